#include "ui/dashboard/AllocationDialog.h"

#include "models/analytics/CoalitionValues.h"
#include "models/analytics/ProportionalScheme.h"
#include "models/analytics/SchemeComparison.h"
#include "models/storage/Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget *newTable(const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

QTableWidgetItem *cell(const QString &text, bool number = false, bool bold = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    if (number) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (bold) {
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }
    return item;
}

// A table as tall as its rows and at least as wide as its columns, so that it never scrolls
// itself and the dialog's scroll bars show all of it; a long table (the coalitions of many
// participants) keeps its own vertical scroll bar after `most` rows.
void fitRows(QTableWidget *table, int most)
{
    table->resizeColumnsToContents();
    const int frame = 2 * table->frameWidth();
    int height = table->horizontalHeader()->sizeHint().height() + frame;
    for (int row = 0; row < table->rowCount() && row < most; ++row) height += table->rowHeight(row);
    const bool scrolls = table->rowCount() > most;
    table->setVerticalScrollBarPolicy(scrolls ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setFixedHeight(height);
    table->setMinimumWidth(table->horizontalHeader()->length() + frame +
                           (scrolls ? table->verticalScrollBar()->sizeHint().width() : 0));
}

// A coalition's value as the column shows it under its currency: "1,234.56", grouped in the
// locale (Money::toString without the " USD"), which Money::parse reads back in that locale.
QString valueText(const Money &value)
{
    return value.toString().chopped(value.currency().size() + 1);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 6px;"));
    return label;
}
}  // namespace

AllocationDialog::AllocationDialog(const ProjectAllocation &allocation, Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_allocation(allocation), m_workspace(workspace)
{
    setObjectName(QStringLiteral("allocationDialog"));
    setWindowTitle(tr("Allocation of %1").arg(allocation.projectName()));
    auto *outer = new QVBoxLayout(this);
    // One scroll bar for the whole statement: on a small screen it scrolls, tables stay whole.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    layout->addWidget(heading(tr("Split by the contract's scheme: %1").arg(Choices::label(allocation.scheme())), this));
    m_chosen = newTable(QStringLiteral("chosenTable"), this);
    layout->addWidget(m_chosen, 0, Qt::AlignLeft);
    m_chosenMissing = new QLabel(this);  // wrapped, where a table cell would widen the dialog
    m_chosenMissing->setObjectName(QStringLiteral("chosenMissing"));
    m_chosenMissing->setWordWrap(true);
    m_chosenMissing->setTextFormat(Qt::PlainText);
    layout->addWidget(m_chosenMissing);
    layout->addWidget(heading(tr("Every scheme side by side"), this));
    m_comparison = newTable(QStringLiteral("comparisonTable"), this);
    layout->addWidget(m_comparison, 0, Qt::AlignLeft);
    // Each scheme's note (why it does not apply, how exact the Shapley value is) below the table,
    // wrapped: inside it a long note would widen its column past the dialog.
    m_comparisonNotes = new QLabel(this);
    m_comparisonNotes->setObjectName(QStringLiteral("comparisonNotes"));
    m_comparisonNotes->setWordWrap(true);
    m_comparisonNotes->setTextFormat(Qt::PlainText);
    layout->addWidget(m_comparisonNotes);

    auto *coalitionHeading = new QHBoxLayout;
    coalitionHeading->addWidget(heading(tr("Shapley game: what each coalition would create, v(S)"), this), 1);
    auto *reset = new QPushButton(tr("Default game"), this);
    reset->setObjectName(QStringLiteral("defaultGame"));
    reset->setToolTip(tr("Values derived from the participants' contributions"));
    connect(reset, &QPushButton::clicked, this, [this] {
        QString why;
        if (m_workspace && !CoalitionValues(m_workspace->database()).clear(m_allocation.projectId(), &why)) {
            m_message->setText(tr("The stored coalition values could not be removed: %1").arg(why));
            return;
        }
        resetGame();
        recompute();
    });
    coalitionHeading->addWidget(reset);
    layout->addLayout(coalitionHeading);
    auto *explanation = new QLabel(ProjectAllocation::joinSentences({allocation.defaultGameExplanation(),
                                                                     tr("Double-click a value to state what a coalition would really create.")}),
                                   this);
    explanation->setObjectName(QStringLiteral("gameExplanation"));
    explanation->setWordWrap(true);
    explanation->setStyleSheet(QStringLiteral("color: palette(dark);"));
    layout->addWidget(explanation);
    m_coalitions = newTable(QStringLiteral("coalitionTable"), this);
    m_coalitions->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_coalitions->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_coalitions, &QTableWidget::cellChanged, this, [this](int row) {
        if (!m_filling) coalitionEdited(row);
    });
    layout->addWidget(m_coalitions, 0, Qt::AlignLeft);
    layout->addStretch(1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    QSize room = screen() ? screen()->availableSize() * 9 / 10 : QSize(1000, 760);
    if (parent) room = room.boundedTo(parent->window()->size());  // never larger than the window it serves
    resize(room.boundedTo(QSize(1000, 760)));

    const ProfitAndLoss f = allocation.figures();
    m_summary->setText(
        tr("<b>%1</b>%2<br>Revenue %3 − cost %4 = profit <b>%5</b> to share among %n participant(s).", "",
           allocation.input().participants.size())
            .arg(allocation.projectName().toHtmlEscaped(),
                 allocation.contractReference().isEmpty()
                     ? tr(" · no contract: shared in proportion to contribution")
                     : tr(" · contract %1").arg(allocation.contractReference().toHtmlEscaped()),
                 f.revenue().toString(), f.cost().toString(), f.profit().toString()));
    // The game as stored with the project (the user's values), else the default one.
    if (m_allocation.input().game && m_allocation.input().participants.size() <= kMaxEditablePlayers) fillCoalitions();
    else resetGame();
    recompute();
}

bool AllocationDialog::open(Workspace &workspace, qint64 projectId, QWidget *parent, QString *error)
{
    QString why;
    const std::optional<ProjectAllocation> allocation = ProjectAllocation::read(workspace, projectId, {}, &why);
    if (!allocation) {
        if (error) *error = why;
        QMessageBox::warning(parent, tr("Allocation"), tr("The allocation cannot be shown: %1").arg(why));
        return false;
    }
    AllocationDialog dialog(*allocation, &workspace, parent);
    dialog.exec();
    return true;
}

QString AllocationDialog::coalitionName(quint64 coalition) const
{
    QStringList names;
    const auto &people = m_allocation.input().participants;
    for (int i = 0; i < people.size(); ++i)
        if (coalition & (1ULL << i)) names << people[i].name;
    return names.join(QStringLiteral(" + "));
}

void AllocationDialog::resetGame()
{
    ProjectAllocationInput &in = m_allocation.input();
    in.game.reset();
    QString why;
    const auto contributions = ProportionalScheme::weights(in.participants, &why);
    if (contributions && in.participants.size() <= kMaxEditablePlayers)
        in.game = CoalitionGame::fromContributions(in.profit.minorUnits(), *contributions, in.synergies, &why);
    m_message->setText(why);
    fillCoalitions();
}

void AllocationDialog::fillCoalitions()
{
    m_filling = true;
    const auto &in = m_allocation.input();
    m_coalitions->clear();
    m_coalitions->setColumnCount(2);
    m_coalitions->setHorizontalHeaderLabels({tr("Coalition S"), tr("v(S), %1").arg(in.profit.currency())});
    if (!in.game) {
        m_coalitions->setRowCount(0);
        if (in.participants.size() > kMaxEditablePlayers)  // otherwise the message says why there is no game
            m_message->setText(tr("With %n participant(s) the coalition table has too many rows to edit here; the Shapley "
                              "value uses the game derived from contributions.", "", in.participants.size()));
        m_filling = false;
        fitRows(m_coalitions, 15);
        return;
    }
    const quint64 everyone = in.game->everyone();
    m_coalitions->setRowCount(int(everyone));
    for (quint64 s = 1; s <= everyone; ++s) {
        const int row = int(s - 1);
        m_coalitions->setItem(row, 0, cell(coalitionName(s)));
        auto *value = cell(valueText(Money(in.game->value(s), in.profit.currency())), true, s == everyone);
        if (s != everyone) value->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        else value->setToolTip(tr("The grand coalition creates the project's profit"));
        m_coalitions->setItem(row, 1, value);
    }
    m_filling = false;
    fitRows(m_coalitions, 15);
}

void AllocationDialog::coalitionEdited(int row)
{
    ProjectAllocationInput &in = m_allocation.input();
    const quint64 coalition = quint64(row) + 1;
    QString why;
    const auto value = Money::parse(m_coalitions->item(row, 1)->text(), in.profit.currency(), QLocale(), &why);
    if (!value || !in.game->setValue(coalition, value->minorUnits(), &why)) {
        m_message->setText(tr("%1 is not a value for %2: %3").arg(m_coalitions->item(row, 1)->text(), coalitionName(coalition), why));
        m_filling = true;
        m_coalitions->item(row, 1)->setText(valueText(Money(in.game->value(coalition), in.profit.currency())));
        m_filling = false;
        return;
    }
    m_message->clear();
    if (m_workspace &&
        !CoalitionValues(m_workspace->database()).save(m_allocation.projectId(), m_allocation.partnerIds(), coalition,
                                                        value->minorUnits(), &why))
        m_message->setText(tr("The value of %1 is used but could not be stored: %2").arg(coalitionName(coalition), why));
    recompute();
}

void AllocationDialog::recompute()
{
    const ProjectAllocationInput &in = m_allocation.input();
    const QString currency = in.profit.currency();
    const int people = in.participants.size();

    // The contract's scheme.
    QString why;
    const std::optional<Allocation> chosen = m_allocation.chosen(&why);
    m_chosen->clear();
    m_chosen->setColumnCount(3);
    m_chosen->setHorizontalHeaderLabels({tr("Participant"), tr("Receives"), tr("Share of profit")});
    m_chosen->setRowCount(chosen ? people + 1 : 0);
    m_chosen->setVisible(bool(chosen));
    m_chosenMissing->setVisible(!chosen);
    if (!chosen) {
        m_chosenMissing->setText(tr("This scheme does not apply: %1").arg(why));
    } else {
        qint64 total = 0;
        for (int i = 0; i < people; ++i) {
            const qint64 amount = chosen->amounts[i].minorUnits();
            total += amount;
            m_chosen->setItem(i, 0, cell(in.participants[i].name));
            m_chosen->setItem(i, 1, cell(chosen->amounts[i].toString(), true));
            const auto share = in.profit.isZero() ? std::nullopt : Rate::fraction(amount, in.profit.minorUnits());
            m_chosen->setItem(i, 2, cell(share ? share->toPercentString() : QStringLiteral("–"), true));
        }
        m_chosen->setItem(people, 0, cell(tr("Total"), false, true));
        m_chosen->setItem(people, 1, cell(Money(total, currency).toString(), true, true));
    }

    // Every scheme.
    const SchemeComparison comparison = SchemeComparison::compare(in);
    const auto &columns = comparison.columns();
    m_comparison->clear();
    m_comparison->setColumnCount(columns.size() + 1);
    QStringList headers{tr("Participant")};
    for (const auto &c : columns) headers << (c.scheme == m_allocation.scheme() ? tr("%1 (contract)").arg(c.title) : c.title);
    m_comparison->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < columns.size(); ++c)  // columns found by scheme, not by position or title
        m_comparison->horizontalHeaderItem(c + 1)->setData(SchemeRole, int(columns[c].scheme));
    m_comparison->setRowCount(people + 1);
    QStringList notes;
    for (int i = 0; i < people; ++i) m_comparison->setItem(i, 0, cell(in.participants[i].name));
    m_comparison->setItem(people, 0, cell(tr("Total"), false, true));
    for (int c = 0; c < columns.size(); ++c) {
        const auto &column = columns[c];
        qint64 total = 0;
        for (int i = 0; i < people; ++i) {
            const QString text = column.allocation ? column.allocation->amounts[i].toString() : QStringLiteral("–");
            if (column.allocation) total += column.allocation->amounts[i].minorUnits();
            m_comparison->setItem(i, c + 1, cell(text, true));
        }
        m_comparison->setItem(people, c + 1, cell(column.allocation ? Money(total, currency).toString() : QStringLiteral("–"), true, true));
        const QString note = column.allocation ? column.allocation->note : column.error;
        if (!note.isEmpty()) notes << tr("%1: %2").arg(column.title, note);
    }
    m_comparisonNotes->setText(notes.join(QLatin1Char('\n')));
    m_comparisonNotes->setVisible(!notes.isEmpty());
    fitRows(m_chosen, people + 1);
    fitRows(m_comparison, people + 1);
}
