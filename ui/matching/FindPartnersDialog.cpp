#include "ui/matching/FindPartnersDialog.h"

#include "models/analytics/PartnerProfiles.h"
#include "models/storage/Workspace.h"
#include "ui/widgets/ChoiceCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
constexpr int kShown = 50;
constexpr int kPartnerRole = Qt::UserRole + 1;

QString signedNumber(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(value, 'f', 2);
}

// Down from the need box goes to the results, as in a search field with suggestions.
class DownToResults : public QObject {
public:
    DownToResults(QWidget *results, QObject *parent) : QObject(parent), m_results(results) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
            m_results->setFocus();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_results;
};
}  // namespace

FindPartnersDialog::FindPartnersDialog(Workspace &workspace, qint64 projectId, AddParticipant addParticipant, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_projectId(projectId), m_addParticipant(std::move(addParticipant))
{
    setWindowTitle(tr("Find Partners"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_need = new QLineEdit(this);
    m_need->setPlaceholderText(tr("Capabilities or free text, e.g. medical imaging, 数据标注"));
    m_need->setObjectName(QStringLiteral("need"));
    m_need->setClearButtonEnabled(true);
    form->addRow(tr("&Need:"), m_need);
    m_industry = new QComboBox(this);
    m_industry->addItem(tr("Any industry"), QVariant());
    ChoiceCombo::fill<Industry>(m_industry);
    form->addRow(tr("&Industry:"), m_industry);
    m_needsData = new QCheckBox(tr("The partner is to share &data (weighs NDA and data access)"), this);
    form->addRow(QString(), m_needsData);
    layout->addLayout(form);

    m_results = new QTreeWidget(this);
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({tr("Partner and reasons"), tr("Score")});
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(false);
    m_results->setUniformRowHeights(true);
    layout->addWidget(m_results, 1);
    m_status = new QLabel(tr("Reading the partners..."), this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_add = buttons->addButton(tr("&Add as Participant"), QDialogButtonBox::ActionRole);
    m_add->setObjectName(QStringLiteral("addParticipant"));
    m_add->setVisible(projectId > 0);
    m_add->setToolTip(tr("Adds the selected partner to the project (Enter or a double click does the same; Ctrl+Z undoes it)."));
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b)) push->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &FindPartnersDialog::addSelected);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &FindPartnersDialog::rank);
    connect(m_need, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(m_need, &QLineEdit::returnPressed, this, &FindPartnersDialog::rank);
    connect(m_industry, &QComboBox::currentIndexChanged, this, &FindPartnersDialog::rank);
    connect(m_needsData, &QCheckBox::toggled, this, &FindPartnersDialog::rank);
    connect(m_results, &QTreeWidget::currentItemChanged, this, &FindPartnersDialog::updateButtons);
    // Queued: adding re-ranks, which replaces the item being activated.
    connect(
        m_results, &QTreeWidget::itemActivated, this, [this] {
            if (m_projectId > 0) addSelected();
        },
        Qt::QueuedConnection);
    m_need->installEventFilter(new DownToResults(m_results, this));
    updateButtons();
    resize(760, 560);

    connect(&m_loading, &QFutureWatcher<Loaded>::finished, this, &FindPartnersDialog::loaded);
    const QString path = workspace.path();
    m_loading.setFuture(QtConcurrent::run([path, projectId] {
        Loaded result;
        Workspace own;  // this thread's connection
        if (!own.openWithoutDamageCheck(path, &result.error)) return result;
        const auto profiles = PartnerProfiles::read(own.database(), QDate::currentDate(), &result.error);
        if (!profiles) return result;
        if (projectId > 0 && !(result.need = PartnerProfiles::needOf(own.database(), projectId, &result.error))) return result;
        result.matcher = std::make_shared<const PartnerMatcher>(*profiles);
        return result;
    }));
}

FindPartnersDialog::~FindPartnersDialog()
{
    m_loading.waitForFinished();
}

QString FindPartnersDialog::statusText() const { return m_status->text(); }

void FindPartnersDialog::loaded()
{
    const Loaded result = m_loading.result();
    if (!result.matcher) {
        m_error = result.error;
        m_status->setText(tr("The partners could not be read: %1 Close this window and try again.").arg(result.error));
        emit ranked();
        return;
    }
    m_matcher = result.matcher;
    if (result.need) {
        m_projectNeed = *result.need;
        const QSignalBlocker quiet(m_industry), quietData(m_needsData);
        m_need->setText(m_projectNeed.text);
        if (m_projectNeed.industry) ChoiceCombo::select(m_industry, *m_projectNeed.industry);
        m_needsData->setChecked(m_projectNeed.needsData);
    }
    m_need->setFocus();
    m_need->selectAll();
    rank();
}

TechnologyNeed FindPartnersDialog::need() const
{
    TechnologyNeed need = m_projectNeed;
    need.text = m_need->text();
    need.industry = ChoiceCombo::optional<Industry>(m_industry->currentData());
    need.needsData = m_needsData->isChecked();
    return need;
}

void FindPartnersDialog::rank()
{
    m_delay->stop();
    if (!m_matcher) return;
    const qint64 keep = selectedPartner();
    m_matches = m_matcher->rank(need(), kShown);
    m_results->clear();
    QTreeWidgetItem *current = nullptr;
    for (int i = 0; i < m_matches.size(); ++i) {
        const PartnerMatch &m = m_matches[i];
        auto *item = new QTreeWidgetItem(m_results, {tr("%1. %2").arg(i + 1).arg(m.name), QLocale().toString(m.score, 'f', 2)});
        item->setData(0, kPartnerRole, m.partnerId);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        for (const MatchReason &r : m.reasons) {
            auto *reason = new QTreeWidgetItem(item, {r.text, signedNumber(r.weight)});
            reason->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            reason->setToolTip(0, r.text);
        }
        if (m.partnerId == keep) current = item;
    }
    m_results->expandAll();
    if (!current && m_results->topLevelItemCount() > 0) current = m_results->topLevelItem(0);
    m_results->setCurrentItem(current);
    const int total = m_matcher->partnerCount();
    m_status->setText(m_matches.isEmpty() ? tr("No partner's capabilities match this need. Try other words or fewer of them.")
                                          : tr("Best %1 of %Ln partner(s); the score is the sum of the reasons' weights.", "", total)
                                                .arg(m_matches.size()));
    updateButtons();
    emit ranked();
}

qint64 FindPartnersDialog::selectedPartner() const
{
    QTreeWidgetItem *item = m_results->currentItem();
    if (item && item->parent()) item = item->parent();
    return item ? item->data(0, kPartnerRole).toLongLong() : 0;
}

void FindPartnersDialog::addSelected()
{
    const qint64 partner = selectedPartner();
    if (m_projectId <= 0 || partner <= 0 || !m_addParticipant(partner, this)) return;
    // The new participant now counts as the project's own: what it brings is no longer lacking.
    QString error;
    if (const auto need = PartnerProfiles::needOf(m_workspace.database(), m_projectId, &error)) m_projectNeed = *need;
    rank();
}

void FindPartnersDialog::updateButtons()
{
    m_add->setEnabled(m_projectId > 0 && selectedPartner() > 0 && !m_workspace.isReadOnly());
}
