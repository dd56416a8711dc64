#include "ui/records/FormDialog.h"

#include "ui/widgets/FieldEditor.h"
#include "ui/widgets/Mnemonic.h"
#include "models/records/ValidationResult.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

FormDialog::FormDialog(const QString &title, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(title);
    auto *outer = new QVBoxLayout(this);

    // Long forms (contracts) scroll instead of growing past the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    m_form = new QFormLayout(body);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);
    m_body = body;

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("formSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: palette(mid);"));
    outer->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        // Everything counts as touched now, so every remaining problem is shown.
        for (auto &f : m_fields) f.touched = true;
        revalidate();
        if (isFormValid()) accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(m_buttons);
    setMinimumWidth(520);

    // Subclasses add their fields in their constructors; check once they are all there.
    QTimer::singleShot(0, this, &FormDialog::revalidate);
}

void FormDialog::showEvent(QShowEvent *event)
{
    // Open tall enough to show the whole form (and room for a message or two), within the screen.
    if (!m_sized) {
        m_sized = true;
        const int available = screen() ? screen()->availableGeometry().height() * 85 / 100 : 800;
        const int wanted = m_body->sizeHint().height() + m_summary->sizeHint().height()
                           + m_buttons->sizeHint().height() + 80;
        resize(qMax(width(), m_body->sizeHint().width() + 40), qMin(qMax(height(), wanted), available));
    }
    QDialog::showEvent(event);
}

QPushButton *FormDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QPushButton *FormDialog::addButton(const QIcon &icon, const QString &text)
{
    QPushButton *button = m_buttons->addButton(text, QDialogButtonBox::DestructiveRole);
    button->setIcon(icon);
    return button;
}

void FormDialog::addSection(const QString &title)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    label->setContentsMargins(0, 8, 0, 2);
    m_form->addRow(label);
}

void FormDialog::addField(const QString &key, const QString &label, QWidget *field)
{
    field->setObjectName(key);
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    auto *error = new QLabel(box);
    error->setObjectName(QStringLiteral("error_") + key);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error->setVisible(false);
    v->addWidget(error);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(field);
    m_form->addRow(caption, box);
    m_fields.insert(key, Field{field, error, Mnemonic::plain(label), field->toolTip(), false});
    m_order.append(key);
    watch(field);
}

void FormDialog::watch(QWidget *w)
{
    auto changed = [this, w] { markTouched(w); revalidate(); };
    if (auto *f = qobject_cast<FieldEditor *>(w)) {
        connect(f, &FieldEditor::edited, this, changed);
        return;  // it reports its parts' changes itself
    }
    if (auto *e = qobject_cast<QLineEdit *>(w)) connect(e, &QLineEdit::textChanged, this, changed);
    else if (auto *c = qobject_cast<QComboBox *>(w)) connect(c, &QComboBox::currentIndexChanged, this, changed);
    else if (auto *d = qobject_cast<QDateEdit *>(w)) connect(d, &QDateEdit::dateChanged, this, changed);
    else if (auto *s = qobject_cast<QSpinBox *>(w)) connect(s, &QSpinBox::valueChanged, this, changed);
    else if (auto *n = qobject_cast<QDoubleSpinBox *>(w)) connect(n, &QDoubleSpinBox::valueChanged, this, changed);
    else if (auto *p = qobject_cast<QPlainTextEdit *>(w)) connect(p, &QPlainTextEdit::textChanged, this, changed);
    else if (auto *b = qobject_cast<QAbstractButton *>(w)) connect(b, &QAbstractButton::toggled, this, changed);
}

void FormDialog::markTouched(QWidget *widget)
{
    for (auto &f : m_fields)
        if (f.widget == widget) f.touched = true;
}

void FormDialog::revalidate()
{
    if (m_validating) return;
    m_validating = true;
    const QHash<QString, QString> errors = validationErrors();
    int shown = 0;
    for (const QString &key : std::as_const(m_order)) {
        Field &f = m_fields[key];
        const QString message = errors.value(key);
        // An untouched empty field of a new record is not yet an error worth shouting about.
        const bool show = !message.isEmpty() && f.touched;
        f.error->setText(message);
        f.error->setVisible(show);
        f.widget->setToolTip(message.isEmpty() ? f.hint : message);
        if (show) ++shown;
    }
    okButton()->setEnabled(errors.isEmpty());
    QStringList unattached;  // rules about no single field are explained under the form
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        if (!m_fields.contains(it.key())) unattached << it.value();
    if (errors.isEmpty())
        m_summary->clear();
    else if (!unattached.isEmpty())
        m_summary->setText(unattached.join(QLatin1Char('\n')));
    else {
        QStringList names;  // in the form's order, so the user finds them top to bottom
        for (const QString &key : std::as_const(m_order))
            if (errors.contains(key)) names << m_fields.value(key).label;
        m_summary->setText(tr("Before the record can be saved, fill in or correct: %1.").arg(QLocale().createSeparatedList(names)));
    }
    m_validating = false;
}

QString FormDialog::errorText(const QString &key) const
{
    const auto it = m_fields.constFind(key);
    return it == m_fields.cend() || it->error->isHidden() ? QString() : it->error->text();
}

bool FormDialog::isFormValid() const
{
    return validationErrors().isEmpty();
}

QHash<QString, QString> FormDialog::byField(const ValidationResult &result)
{
    QHash<QString, QString> errors;
    for (const ValidationIssue &issue : result.issues()) {
        QString &text = errors[issue.field];
        text = text.isEmpty() ? issue.message : text + QLatin1Char(' ') + issue.message;
    }
    return errors;
}
