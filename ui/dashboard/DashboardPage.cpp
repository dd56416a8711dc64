#include "ui/dashboard/DashboardPage.h"

#include "ui/shell/AppSettings.h"
#include "ui/dashboard/TrendSeries.h"
#include "ui/widgets/ChoiceCombo.h"
#include "ui/widgets/FittingLabel.h"
#include "models/lists/PartnerListModel.h"
#include "ui/widgets/RecordPicker.h"
#include "ui/reports/Report.h"
#include "ui/records/ListPage.h"
#include "ui/records/ContractList.h"
#include "ui/records/PartnerList.h"
#include "ui/records/RiskFilter.h"
#include "ui/records/ProjectList.h"
#include "models/storage/Workspace.h"
#include "models/records/DateText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPieSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <cmath>

namespace {

// A chart view hands its previous chart back to the caller instead of deleting it.
void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

// Horizontal bars need a label's height per row: QtCharts draws "..." for a label taller than its
// row, and a name in Chinese script (set in a CJK font) is taller than a Latin one.
void fitRows(QChartView *view, int rows)
{
    view->setMinimumHeight(qMax(280, 110 + 22 * rows));
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() + 1);
    chart->setTitleFont(font);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QValueAxis *moneyAxis(const ChartScale &scale, double low, double high)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(scale.unit);
    const double bottom = qMin(0.0, low / scale.divisor), top = qMax(0.0, high / scale.divisor);
    // Nothing to show (no entries yet) still gets a scale: nice numbers of an empty range are NaN.
    axis->setRange(bottom, top > bottom ? top : bottom + 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.3g"));
    return axis;
}

QFont smaller(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

// Names along one side of a chart, in the smaller label font; the caller attaches its series.
QBarCategoryAxis *addCategoryAxis(QChart *chart, const QStringList &names, Qt::Alignment side)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(names);
    axis->setLabelsFont(smaller(axis->labelsFont()));
    chart->addAxis(axis, side);
    return axis;
}

// Horizontal bars: project names down the left, money along the bottom.
void attachProjectAndMoneyAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &projects,
                               const ChartScale &scale, double low, double high)
{
    series->attachAxis(addCategoryAxis(chart, projects, Qt::AlignLeft));
    QValueAxis *values = moneyAxis(scale, low, high);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
}

// Slices and participants told apart at a glance (the chart theme's shades of one blue are not).
QColor categoryColor(int index)
{
    static const QRgb colors[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
    return QColor(colors[index % int(std::size(colors))]);
}

// Rows of a tile: "title" over "value".
const char *const kTileStyle =
    "QPushButton { text-align: left; border: 1px solid palette(mid); border-radius: 6px; background: palette(base); padding: 6px 10px; }"
    "QPushButton:hover { border-color: palette(highlight); }";
// A tile's value before it is known: before the first refresh, and while a date range is added up.
const QString kPending = QStringLiteral("…");
}  // namespace

DashboardPage::DashboardPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_path(workspace->path())
{
    setObjectName(QStringLiteral("dashboard"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 4);
    outer->addWidget(createFilterBar());
    outer->addWidget(m_status);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tileGrid = new QGridLayout;
    m_tileGrid->setSpacing(6);
    layout->addLayout(m_tileGrid);
    m_charts = new QGridLayout;
    m_charts->setSpacing(6);
    layout->addLayout(m_charts, 1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    const DashboardDrillDown projects{DashboardDrillDown::List::Projects, 0, {}, {}, {}};
    const DashboardDrillDown contracts{DashboardDrillDown::List::Contracts, 0, {}, QStringLiteral("status"),
                                       Choices::key(ContractStatus::Active)};
    const DashboardDrillDown partners{DashboardDrillDown::List::Partners, 0, {}, QStringLiteral("status"),
                                      Choices::key(PartnerStatus::Active)};
    const DashboardDrillDown allPartners{DashboardDrillDown::List::Partners, 0, {}, {}, {}};
    addTile(QStringLiteral("revenue"), tr("Revenue (R)"), &projects);
    addTile(QStringLiteral("cost"), tr("Cost (C)"), &projects);
    addTile(QStringLiteral("profit"), tr("Profit"), &projects);
    addTile(QStringLiteral("benefit"), tr("Cooperation benefit (E)"), nullptr);
    addTile(QStringLiteral("losing"), tr("Projects losing money"), &projects);
    addTile(QStringLiteral("hhi"), tr("Revenue concentration (HHI)"), &allPartners);
    addTile(QStringLiteral("expiring"), tr("Contracts ending soon"), &contracts);
    addTile(QStringLiteral("overdue"), tr("Overdue milestones"), &projects);
    addTile(QStringLiteral("partners"), tr("Partners active / ended"), &partners);
    const DashboardDrillDown atRisk{DashboardDrillDown::List::Partners, 0, {}, RiskFilter::kKey, int(RiskLevel::Medium)};
    addTile(QStringLiteral("atRisk"), tr("Partnerships at risk"), &atRisk);

    m_profitView = addChart(QStringLiteral("profitChart"), 0, 0);
    m_periodView = addChart(QStringLiteral("periodChart"), 0, 1, 2);
    m_pipelineView = addChart(QStringLiteral("pipelineChart"), 1, 0);
    m_industryView = addChart(QStringLiteral("industryChart"), 1, 1);
    m_modeView = addChart(QStringLiteral("modeChart"), 1, 2);
    // Full width: the legend beside the bars names every participant.
    m_splitView = addChart(QStringLiteral("allocationChart"), 2, 0, 3);
    m_shareView = addChart(QStringLiteral("profitShareChart"), 3, 0, 3);  // long partner names need the width
    // Ecosystem stability: the trend in words, then two full-width charts (a month's label each)
    // rather than three scales on one: counts of partners, and the index beside a percentage.
    m_stabilityTrend = new QLabel(this);
    m_stabilityTrend->setObjectName(QStringLiteral("stabilityTrend"));
    m_stabilityTrend->setWordWrap(true);
    m_stabilityTrend->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont emphasis = m_stabilityTrend->font();
    emphasis.setBold(true);
    m_stabilityTrend->setFont(emphasis);
    m_charts->addWidget(m_stabilityTrend, 4, 0, 1, 3);
    m_partnershipView = addChart(QStringLiteral("partnershipChart"), 5, 0, 3);
    m_concentrationView = addChart(QStringLiteral("concentrationChart"), 6, 0, 3);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(200);
    connect(m_delay, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(&m_watcher, &QFutureWatcher<Result>::resultReadyAt, this, [this](int index) { display(m_watcher.resultAt(index)); });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
    refresh();
}

// A refresh still running on the worker is not waited for: it uses only its own connection and
// values, and its result is dropped with the watcher, so closing a large workspace never blocks.
DashboardPage::~DashboardPage() = default;

QIcon DashboardPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/projects.svg"));
}

QWidget *DashboardPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);

    m_useDates = new QCheckBox(tr("From"), bar);
    m_useDates->setObjectName(QStringLiteral("useDates"));
    m_useDates->setToolTip(tr("Only ledger entries dated in this range"));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), 1, 1), bar);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QDateEdit(today, bar);
    m_to->setObjectName(QStringLiteral("to"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DateText::dateFormat());
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &DashboardPage::refreshSoon);
    }
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        refreshSoon();
    });
    row->addWidget(m_useDates);
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to"), bar));
    row->addWidget(m_to);

    m_industry = new QComboBox(bar);
    m_industry->setObjectName(QStringLiteral("industry"));
    m_industry->addItem(tr("All industries"), QString());
    ChoiceCombo::fill<Industry>(m_industry);
    connect(m_industry, &QComboBox::currentIndexChanged, this, &DashboardPage::refreshSoon);
    row->addWidget(m_industry);

    m_partner = new RecordPicker(new PartnerListModel(*m_workspace), PartnerListModel::Name, tr("All partners"), bar);
    m_partner->setObjectName(QStringLiteral("partner"));
    m_partner->setClearOnChoice(false);
    m_partner->setClearButtonEnabled(true);
    m_partner->setMinimumWidth(140);
    connect(m_partner, &RecordPicker::chosen, this, [this](qint64 id) {
        m_partnerId = id;
        refreshSoon();
    });
    connect(m_partner, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_partnerId != 0) {
            m_partnerId = 0;
            refreshSoon();
        }
    });
    row->addWidget(m_partner);

    m_currency = new QComboBox(bar);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setToolTip(tr("Amounts in different currencies are never added together"));
    connect(m_currency, &QComboBox::activated, this, &DashboardPage::refreshSoon);
    row->addWidget(m_currency);

    m_length = new QComboBox(bar);
    m_length->setObjectName(QStringLiteral("periodLength"));
    m_length->addItem(tr("By month"), int(ReportingPeriod::Length::Month));
    m_length->addItem(tr("By quarter"), int(ReportingPeriod::Length::Quarter));
    m_length->setCurrentIndex(1);
    connect(m_length, &QComboBox::currentIndexChanged, this, &DashboardPage::refreshSoon);
    row->addWidget(m_length);

    // An icon, as in the toolbar, so that the filters fit a 1024-pixel screen.
    auto *reload = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), bar);
    reload->setObjectName(QStringLiteral("refresh"));
    reload->setToolTip(tr("Refresh"));
    connect(reload, &QPushButton::clicked, this, &DashboardPage::refresh);
    row->addWidget(reload);
    row->addStretch(1);
    // Under the filters, where a long status ("Amounts in CNY; the ledger also holds ...") may
    // wrap instead of widening the window.
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_status->setWordWrap(true);
    return bar;
}

void DashboardPage::addTile(const QString &name, const QString &title, const DashboardDrillDown *target)
{
    auto *tile = new QPushButton(this);
    tile->setObjectName(QStringLiteral("tile_") + name);
    tile->setStyleSheet(QString::fromLatin1(kTileStyle));
    tile->setMinimumHeight(78);
    tile->setCursor(target ? Qt::PointingHandCursor : Qt::ArrowCursor);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    auto *caption = new QLabel(title, tile);
    caption->setStyleSheet(QStringLiteral("color: palette(dark); border: none;"));
    auto *value = new FittingLabel(kPending, tile);
    value->setObjectName(QStringLiteral("value_") + name);
    value->setStyleSheet(QStringLiteral("border: none;"));  // a style sheet's font could not shrink
    QFont big = value->font();
    big.setPointSizeF(14);
    big.setWeight(QFont::DemiBold);
    value->setFont(big);
    auto *note = new QLabel(tile);
    note->setObjectName(QStringLiteral("note_") + name);
    note->setStyleSheet(QStringLiteral("color: palette(dark); font-size: 8pt; border: none;"));
    for (QLabel *label : std::initializer_list<QLabel *>{caption, value, note}) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        layout->addWidget(label);
    }
    if (target) connect(tile, &QPushButton::clicked, this, [this, t = *target] { emit drillDown(t); });
    const int index = m_tiles.size();
    m_tileGrid->addWidget(tile, index / 5, index % 5);
    m_tiles.insert(name, {value, note});
}

void DashboardPage::setTile(const QString &name, const QString &value, const QString &note, const QString &tip)
{
    const Tile &tile = m_tiles.value(name);
    Q_ASSERT(tile.value);
    tile.value->setText(value);
    tile.note->setText(note);
    tile.value->parentWidget()->setToolTip(tip);
}

QChartView *DashboardPage::addChart(const QString &name, int row, int column, int columns)
{
    auto *view = new QChartView(this);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(280);
    view->setChart(newChart(QString()));
    m_charts->addWidget(view, row, column, 1, columns);
    return view;
}

DashboardRequest DashboardPage::request() const
{
    DashboardRequest r;
    if (m_useDates->isChecked()) {
        r.filter.from = m_from->date();
        r.filter.to = m_to->date();
    }
    r.filter.industry = m_industry->currentData().toString();
    r.filter.partnerId = m_partnerId;
    r.currency = m_currency->currentText();
    r.expectedReturn = AppSettings::expectedReturn();
    r.length = ReportingPeriod::Length(m_length->currentData().toInt());
    return r;
}

void DashboardPage::refreshSoon()
{
    m_delay->start();
}

void DashboardPage::refresh()
{
    m_delay->stop();
    if (m_watcher.isRunning()) {  // the running one is out of date: start again when it ends
        m_again = true;
        return;
    }
    m_status->setText(tr("Updating..."));
    const DashboardRequest r = request();
    const QString path = m_path;
    m_watcher.setFuture(QtConcurrent::run([path, r, run = ++m_runs](QPromise<Result> &promise) {
        Result result;
        result.run = run;
        Workspace workspace;  // this thread's own connection
        if (workspace.openWithoutDamageCheck(path, &result.error))
            result.snapshot = DashboardSnapshot::overview(workspace, r, &result.error);
        // A long date range: the overview shows while every project's sums are added up.
        if (result.snapshot && result.snapshot->slowToRank()) promise.addResult(result);
        if (result.snapshot && !result.snapshot->rank(workspace, &result.error)) result.snapshot.reset();
        promise.addResult(result);
    }));
}

void DashboardPage::display(const Result &result)
{
    if (!result.snapshot) {
        m_status->setText(tr("The dashboard could not be updated: %1 Press Refresh to try again.").arg(result.error));
        emit refreshed();
        return;
    }
    // A refresh shows at most its overview and then its ranking: a second result of the same
    // run is the ranking, which redraws only what it adds.
    const bool rankingOnly = result.run == m_shownRun;
    m_shownRun = result.run;
    m_snapshot = result.snapshot;
    const DashboardSnapshot &s = *m_snapshot;
    QStringList others = s.currencies;
    others.removeAll(s.currency);
    QString status = others.isEmpty() ? tr("Amounts in %1.").arg(s.currency)
                                      : tr("Amounts in %1; the ledger also holds %2.").arg(s.currency, others.join(QStringLiteral(", ")));
    if (!s.ranked) status += QLatin1Char(' ') + tr("Adding up every project and partner over the date range...");
    m_status->setText(status);
    showTiles(s);
    showProfitByProject(s);
    showSplits(s);
    if (rankingOnly) {
        emit refreshed();
        return;
    }
    m_currency->clear();
    m_currency->addItems(s.currencies.isEmpty() ? QStringList{s.currency} : s.currencies);
    m_currency->setCurrentText(s.currency);
    showPeriods(s);
    showPipeline(s);
    showProfitShares(s);
    showStability(s);

    QVector<QPair<QString, qint64>> industries;
    for (const auto &i : s.industries) industries.append({Choices::labelForKey<Industry>(i.key), i.figures.revenue().minorUnits()});
    showDonut(m_industryView, tr("Revenue by industry"), industries, s.currency, [this](int index) {
        if (!m_snapshot || index >= m_snapshot->industries.size()) return;
        emit drillDown({DashboardDrillDown::List::Projects, 0, {}, QStringLiteral("industry"), m_snapshot->industries[index].key});
    });
    QVector<QPair<QString, qint64>> modes;
    for (const auto &m : s.modes)
        if (m.contracts > 0) modes.append({Choices::labelForKey<CooperationMode>(m.key), m.contracts});
    showDonut(m_modeView, tr("Contracts by cooperation mode"), modes, tr("contracts"), [this](int index) {
        if (!m_snapshot) return;
        QStringList keys;
        for (const auto &m : m_snapshot->modes)
            if (m.contracts > 0) keys << m.key;
        if (index < keys.size())
            emit drillDown({DashboardDrillDown::List::Contracts, 0, {}, QStringLiteral("mode"), keys[index]});
    });
    if (s.ranked) emit refreshed();
    else emit overviewShown();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    // The charts' hover text belongs to this page: a drill-down to a list takes it away.
    QToolTip::hideText();
    QWidget::hideEvent(event);
}

QString DashboardPage::money(qint64 minor) const
{
    return Money(minor, m_snapshot ? m_snapshot->currency : QString()).toString();
}

void DashboardPage::hoverText(const QString &text)
{
    // A hover that arrives after a click led to another page shows nothing there.
    if (text.isEmpty() || !isVisible()) QToolTip::hideText();
    else QToolTip::showText(QCursor::pos(), text);
}

void DashboardPage::showTiles(const DashboardSnapshot &s)
{
    const auto &t = s.totals;
    const QString none = tr("none");
    const QString projects = !t ? tr("no ledger entries") : s.ranked ? tr("%n project(s)", "", t->projectCount()) : tr("counting projects...");
    setTile(QStringLiteral("revenue"), t ? t->totalRevenue().toString() : none, projects);
    setTile(QStringLiteral("cost"), t ? t->totalCost().toString() : none, projects);
    setTile(QStringLiteral("profit"), t ? t->totalProfit().toString() : none, tr("R - C, the sum of project profits"));
    setTile(QStringLiteral("benefit"), t ? t->cooperationBenefit().toString() : none,
            t ? tr("E = R - C + r × C, r = %1").arg(t->expectedReturn().toPercentString()) : QString(),
            t ? tr("The cooperation benefit E = R - C + r × C: revenue R less cost C, plus the return r expected on the cost "
                   "invested (r × C = %1).\nr is the return rate on the cost invested, usually 20% to 30%; it is %2 now. "
                   "Set it in Edit > Settings.")
                    .arg(t->expectedReturnOnCost().toString(), t->expectedReturn().toPercentString())
              : QString());
    setTile(QStringLiteral("losing"), !t ? none : s.ranked ? tr("%1 of %2").arg(t->losingProjectCount()).arg(t->projectCount()) : kPending,
            tr("profit below zero"));
    if (!s.ranked)
        setTile(QStringLiteral("hhi"), kPending, tr("adding up partners..."));
    else if (s.concentration)
        setTile(QStringLiteral("hhi"), QString::number(s.concentration->hhi()), s.concentration->label(),
                tr("Herfindahl-Hirschman index of revenue by partner: 0 spread thin, 10000 one partner"));
    else
        setTile(QStringLiteral("hhi"), none, QString(), s.concentrationNote);
    setTile(QStringLiteral("expiring"), tr("%1 / %2 / %3").arg(s.expiring.within30).arg(s.expiring.within60).arg(s.expiring.within90),
            tr("30 / 60 / 90 days from %1").arg(DateText::date(s.expiringFrom)),
            tr("Contracts ending on or after %1 and within 30, 60 or 90 days of it: the end of the date range when one "
               "is set, else today; narrowed by the industry and partner filters.")
                .arg(DateText::date(s.expiringFrom)));
    setTile(QStringLiteral("overdue"), QString::number(s.overdueMilestones), tr("not done, due date passed"));
    setTile(QStringLiteral("partners"), tr("%1 / %2").arg(s.partners.active).arg(s.partners.ended), tr("status active / ended"));
    const QMap<RiskLevel, int> &risk = s.partnerRisk.byLevel;
    setTile(QStringLiteral("atRisk"), tr("%1 high / %2 medium").arg(risk.value(RiskLevel::High)).arg(risk.value(RiskLevel::Medium)),
            tr("of %n partner(s), all filters aside", "", s.partnerRisk.assessed),
            tr("Partners whose contracts, projects, data terms, revenue share, activity or rating give a reason for concern; "
               "click to list them with their reasons."));
}

void DashboardPage::showProfitByProject(const DashboardSnapshot &s)
{
    QChart *chart = newChart(!s.ranked                      ? tr("Profit by project: adding up the date range...")
                             : s.leadingProjects.isEmpty() ? tr("Profit by project: no entries here")
                                                           : tr("Profit of the %n most profitable project(s)", "", s.leadingProjects.size()));
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Profit"));
    set->setColor(QColor(0x2e, 0x7d, 0x32));
    QStringList names;
    double low = 0, high = 0;
    for (const auto &p : s.leadingProjects) {
        low = qMin(low, double(p.figures.profit().minorUnits()));
        high = qMax(high, double(p.figures.profit().minorUnits()));
    }
    const ChartScale scale = ChartScale::of(qMax(high, -low), s.currency);
    // Bottom to top, so that the most profitable project is on top.
    for (int i = s.leadingProjects.size() - 1; i >= 0; --i) {
        const auto &p = s.leadingProjects[i];
        *set << p.figures.profit().minorUnits() / scale.divisor;
        names << p.key;
    }
    series->append(set);
    chart->addSeries(series);
    attachProjectAndMoneyAxes(chart, series, names, scale, low, high);
    chart->legend()->hide();
    const int count = s.leadingProjects.size();
    connect(set, &QBarSet::hovered, this, [this, count](bool on, int index) {
        if (!on || !m_snapshot || index < 0 || index >= count) return hoverText(QString());
        const auto &p = m_snapshot->leadingProjects[count - 1 - index];
        hoverText(tr("%1\nProfit %2\nRevenue %3\nCost %4\nROI %5\nClick to open the project")
                      .arg(p.key, p.figures.profit().toString(), p.figures.revenue().toString(),
                           p.figures.cost().toString(), p.figures.roiText()));
    });
    connect(set, &QBarSet::clicked, this, [this, count](int index) {
        if (!m_snapshot || index < 0 || index >= count) return;
        const auto &p = m_snapshot->leadingProjects[count - 1 - index];
        emit drillDown({DashboardDrillDown::List::Projects, p.id, p.key, {}, {}});
    });
    replaceChart(m_profitView, chart);
    fitRows(m_profitView, names.size());
}

void DashboardPage::showProfitShares(const DashboardSnapshot &s)
{
    const QVector<LifetimeProfitShare::Partner> none;
    const auto &partners = s.profitShares ? s.profitShares->partners() : none;
    QChart *chart = newChart(partners.isEmpty() ? tr("Lifetime profit share: no partner with a profit share in this view")
                                                : tr("Lifetime profit share of the %n leading partner(s)", "", partners.size()));
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Lifetime profit share"));
    set->setColor(QColor(0x6a, 0x1b, 0x9a));
    QStringList names;
    double low = 0, high = 0;
    // Bottom to top, so that the partner with the largest share is on top.
    for (int i = partners.size() - 1; i >= 0; --i) {
        const double percent = partners[i].share ? 100.0 * partners[i].share->toDouble() : 0.0;
        *set << percent;
        names << partners[i].name;
        low = qMin(low, percent);
        high = qMax(high, percent);
    }
    series->append(set);
    chart->addSeries(series);
    series->attachAxis(addCategoryAxis(chart, names, Qt::AlignLeft));
    auto *percents = new QValueAxis;
    percents->setTitleText(tr("% of the portfolio's lifetime profit"));
    percents->setRange(low, qMax(high, 1.0));
    percents->applyNiceNumbers();
    percents->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(percents, Qt::AlignBottom);
    series->attachAxis(percents);
    chart->legend()->hide();
    const int count = partners.size();
    connect(set, &QBarSet::hovered, this, [this, count](bool on, int index) {
        if (!on || !m_snapshot || !m_snapshot->profitShares || index < 0 || index >= count) return hoverText(QString());
        const auto &p = m_snapshot->profitShares->partners()[count - 1 - index];
        hoverText(tr("%1\nLifetime profit of its projects %2\nShare of the portfolio's lifetime profit (%3): %4\n"
                     "Click to open the partner")
                      .arg(p.name, p.profit.toString(), m_snapshot->profitShares->portfolioProfit().toString(),
                           p.share ? p.share->toPercentString(1) : tr("none, the portfolio made no profit")));
    });
    connect(set, &QBarSet::clicked, this, [this, count](int index) {
        if (!m_snapshot || !m_snapshot->profitShares || index < 0 || index >= count) return;
        const auto &p = m_snapshot->profitShares->partners()[count - 1 - index];
        emit drillDown({DashboardDrillDown::List::Partners, p.partnerId, p.name, {}, {}});
    });
    m_shareView->setToolTip(
        tr("Each partner's lifetime profit share: the profit of the projects it takes part in over the whole ledger, as a share "
           "of the lifetime profit of all projects the industry and partner filters keep; the date range does not apply. "
           "A project with several partners counts fully for each, so the shares may add up to more than 100%."));
    replaceChart(m_shareView, chart);
    fitRows(m_shareView, names.size());
}

namespace {
// A line of one colour whose points show while there are few.
QLineSeries *stabilityLine(const QString &name, QColor color, int points, Qt::PenStyle style = Qt::SolidLine)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(2.2);
    pen.setStyle(style);
    series->setPen(pen);
    series->setPointsVisible(points <= 12);
    return series;
}

// A value axis of round ticks from 0: `top` rounded up to a nice number, or fixed ticks.
QValueAxis *countAxis(const QString &title, double top, const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, qMax(top, 4.0));
    axis->applyNiceNumbers();
    axis->setLabelFormat(format);
    return axis;
}
}  // namespace

void DashboardPage::showStability(const DashboardSnapshot &s)
{
    const bool series = s.stability && s.stability->hasSeries();
    const QString tooFew = tr("fewer than two months of data in this view");
    QChart *partners = newChart(series ? tr("Partnerships by month") : tr("Partnerships by month: %1").arg(tooFew));
    QChart *concentration = newChart(series ? tr("Revenue concentration by month") : tr("Revenue concentration by month: %1").arg(tooFew));
    m_stabilityTrend->setText(s.stability ? s.stability->trend() : QString());
    const QString definitions =
        tr("Active: partners with a signed contract (active, expired or terminated) running in the month. New: the partner's first "
           "signed contract starts in the month. Ended: its last one ends in the month. Concentration: the HHI of the partners' "
           "revenue in the month (0 spread thin, 10000 one partner), a project's revenue counting for each of its partners, and "
           "the largest partner's share of that revenue. The industry filter keeps the partners of that industry.");
    m_partnershipView->setToolTip(definitions);
    m_concentrationView->setToolTip(definitions);
    if (series) {
        const auto &months = s.stability->months();
        QStringList labels;
        double most = 0;
        for (const auto &m : months) {
            labels << ReportingPeriod(ReportingPeriod::Length::Month, m.first).label();
            most = qMax(most, double(qMax(m.active, qMax(m.started, m.ended))));
        }
        const int n = int(months.size());
        auto *active = stabilityLine(tr("Active partners"), QColor(0x15, 0x65, 0xc0), n);
        auto *started = stabilityLine(tr("New partnerships"), QColor(0x2e, 0x7d, 0x32), n);
        auto *ended = stabilityLine(tr("Ended partnerships"), QColor(0xc6, 0x28, 0x28), n);
        auto *hhi = stabilityLine(tr("HHI"), QColor(0x6a, 0x1b, 0x9a), n);
        auto *largest = stabilityLine(tr("Largest partner's share"), QColor(0xef, 0x6c, 0x00), n, Qt::DashLine);
        for (int i = 0; i < n; ++i) {
            const auto &m = months[i];
            active->append(i, m.active);
            started->append(i, m.started);
            ended->append(i, m.ended);
            // A month without revenue has no index: the line joins the months around it.
            if (m.concentration) {
                hhi->append(i, double(m.concentration->hhi()));
                largest->append(i, m.largestShare);
            }
        }
        QBarCategoryAxis *partnersX = addCategoryAxis(partners, labels, Qt::AlignBottom);
        partnersX->setLabelsAngle(labels.size() > 6 ? -90 : 0);
        QValueAxis *counts = countAxis(tr("partners"), most, QStringLiteral("%.0f"));
        partners->addAxis(counts, Qt::AlignLeft);
        for (QLineSeries *line : {active, started, ended}) {
            partners->addSeries(line);
            line->attachAxis(partnersX);
            line->attachAxis(counts);
        }
        QBarCategoryAxis *concentrationX = addCategoryAxis(concentration, labels, Qt::AlignBottom);
        concentrationX->setLabelsAngle(labels.size() > 6 ? -90 : 0);
        auto *index = new QValueAxis;
        index->setTitleText(tr("HHI (0 to 10000)"));
        index->setRange(0, 10000);
        index->setTickCount(6);
        index->setLabelFormat(QStringLiteral("%.0f"));
        concentration->addAxis(index, Qt::AlignLeft);
        auto *share = new QValueAxis;
        share->setTitleText(tr("largest share, %"));
        share->setRange(0, 100);
        share->setTickCount(6);
        share->setLabelFormat(QStringLiteral("%.0f"));
        share->setGridLineVisible(false);  // the ticks meet the index's grid lines
        concentration->addAxis(share, Qt::AlignRight);
        concentration->addSeries(hhi);
        hhi->attachAxis(concentrationX);
        hhi->attachAxis(index);
        concentration->addSeries(largest);
        largest->attachAxis(concentrationX);
        largest->attachAxis(share);
        for (QLineSeries *line : {active, started, ended, hhi, largest})
            connect(line, &QLineSeries::hovered, this, [this](const QPointF &point, bool on) {
                const int i = qRound(point.x());
                if (!on || !m_snapshot || !m_snapshot->stability || i < 0 || i >= m_snapshot->stability->months().size())
                    return hoverText(QString());
                const auto &m = m_snapshot->stability->months()[i];
                const QString index = m.concentration ? tr("%1 (%2)").arg(m.concentration->hhi()).arg(m.concentration->label())
                                                      : tr("none, no revenue");
                hoverText(tr("%1\nActive partners %2\nNew partnerships %3\nEnded partnerships %4\nRevenue concentration (HHI) %5\n"
                             "Largest partner's share %6%\nPartners' revenue %7")
                              .arg(ReportingPeriod(ReportingPeriod::Length::Month, m.first).label())
                              .arg(m.active)
                              .arg(m.started)
                              .arg(m.ended)
                              .arg(index)
                              .arg(QLocale().toString(m.largestShare, 'f', 1))
                              .arg(money(m.revenue)));
            });
    }
    replaceChart(m_partnershipView, partners);
    replaceChart(m_concentrationView, concentration);
}

void DashboardPage::showPeriods(const DashboardSnapshot &s)
{
    const bool monthly = s.request.length == ReportingPeriod::Length::Month;
    QChart *chart = newChart(monthly ? tr("Revenue and cost by month") : tr("Revenue and cost by quarter"));
    auto *revenue = new QLineSeries;
    revenue->setName(tr("Revenue"));
    auto *cost = new QLineSeries;
    cost->setName(tr("Cost"));
    auto *profit = new QLineSeries;
    profit->setName(tr("Profit"));
    QStringList labels;
    double low = 0, high = 0;
    for (const auto &p : s.periods)
        for (const Money &m : {p.figures.revenue(), p.figures.cost(), p.figures.profit()}) {
            low = qMin(low, double(m.minorUnits()));
            high = qMax(high, double(m.minorUnits()));
        }
    const ChartScale scale = ChartScale::of(qMax(high, -low), s.currency);
    for (int i = 0; i < s.periods.size(); ++i) {
        const auto &p = s.periods[i];
        revenue->append(i, p.figures.revenue().minorUnits() / scale.divisor);
        cost->append(i, p.figures.cost().minorUnits() / scale.divisor);
        profit->append(i, p.figures.profit().minorUnits() / scale.divisor);
        labels << p.period.label();
    }
    // Revenue and profit trends run a few periods past the last one; the axes make room for them.
    QList<QLineSeries *> trends;
    for (QLineSeries *series : {revenue, profit}) {
        QVector<double> values;
        for (const QPointF &point : series->points()) values << point.y();
        if (auto *trend = TrendSeries::create(series->name(), values, series == revenue ? QColor(0x15, 0x65, 0xc0) : QColor(0x2e, 0x7d, 0x32)))
            trends << trend;
    }
    for (const QLineSeries *trend : trends)
        for (const QPointF &point : trend->points()) {
            low = qMin(low, point.y() * scale.divisor);
            high = qMax(high, point.y() * scale.divisor);
        }
    if (!trends.isEmpty())
        for (ReportingPeriod period = s.periods.last().period; labels.size() < s.periods.size() + TrendSeries::kPeriodsAhead;) {
            period = period.next();
            labels << period.label();
        }
    QBarCategoryAxis *axisX = addCategoryAxis(chart, labels, Qt::AlignBottom);
    axisX->setLabelsAngle(labels.size() > 6 ? -90 : 0);
    QValueAxis *axisY = moneyAxis(scale, low, high);
    chart->addAxis(axisY, Qt::AlignLeft);
    const QList<QColor> colors{QColor(0x15, 0x65, 0xc0), QColor(0xc6, 0x28, 0x28), QColor(0x2e, 0x7d, 0x32)};
    int c = 0;
    for (QLineSeries *series : {revenue, cost, profit}) {
        QPen pen(colors[c++]);
        pen.setWidthF(2.2);
        series->setPen(pen);
        series->setPointsVisible(s.periods.size() <= 12);
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        connect(series, &QLineSeries::hovered, this, [this](const QPointF &point, bool on) {
            const int i = qRound(point.x());
            if (!on || !m_snapshot || i < 0 || i >= m_snapshot->periods.size()) return hoverText(QString());
            const auto &p = m_snapshot->periods[i];
            hoverText(tr("%1\nRevenue %2\nCost %3\nProfit %4\nClick to show only this period")
                          .arg(p.period.label(), p.figures.revenue().toString(), p.figures.cost().toString(),
                               p.figures.profit().toString()));
        });
        // A click narrows the dashboard to that period.
        connect(series, &QLineSeries::clicked, this, [this](const QPointF &point) {
            const int i = qRound(point.x());
            if (!m_snapshot || i < 0 || i >= m_snapshot->periods.size()) return;
            const ReportingPeriod period = m_snapshot->periods[i].period;
            m_from->setDate(period.first());
            m_to->setDate(period.last());
            m_useDates->setChecked(true);
            refreshSoon();
        });
    }
    for (QLineSeries *trend : trends) {
        chart->addSeries(trend);
        trend->attachAxis(axisX);
        trend->attachAxis(axisY);
    }
    replaceChart(m_periodView, chart);
}

void DashboardPage::showSplits(const DashboardSnapshot &s)
{
    QChart *chart = newChart(s.ranked ? tr("Profit shared by each contract's scheme") : tr("Profit shared: adding up the date range..."));
    auto *series = new QHorizontalStackedBarSeries;
    // One bar set per participant, with a value in each project it takes part in.
    QStringList participants;
    for (const auto &split : s.splits)
        for (const QString &name : split.participants)
            if (!participants.contains(name)) participants << name;
    const int projects = s.splits.size();
    double low = 0, high = 0;
    for (const auto &split : s.splits) {
        qint64 gains = 0, losses = 0;
        for (const Money &m : split.amounts) (m.minorUnits() < 0 ? losses : gains) += m.minorUnits();
        low = qMin(low, double(losses));
        high = qMax(high, double(gains));
    }
    const ChartScale scale = ChartScale::of(qMax(high, -low), s.currency);
    for (const QString &name : participants) {
        auto *set = new QBarSet(name);
        set->setColor(categoryColor(int(participants.indexOf(name))));
        for (int row = projects - 1; row >= 0; --row) {
            const auto &split = s.splits[row];
            const int at = split.participants.indexOf(name);
            *set << (at >= 0 && at < split.amounts.size() ? split.amounts[at].minorUnits() / scale.divisor : 0.0);
        }
        series->append(set);
        connect(set, &QBarSet::hovered, this, [this, name, projects](bool on, int index) {
            if (!on || !m_snapshot || index < 0 || index >= projects) return hoverText(QString());
            const auto &split = m_snapshot->splits[projects - 1 - index];
            const int at = split.participants.indexOf(name);
            if (at < 0 || at >= split.amounts.size()) return hoverText(QString());
            hoverText(tr("%1\n%2 receives %3 (%4)\nClick to see the allocation")
                          .arg(split.project, name, split.amounts[at].toString(), split.scheme));
        });
        connect(set, &QBarSet::clicked, this, [this, projects](int index) {
            if (m_snapshot && index >= 0 && index < projects)
                emit allocationRequested(m_snapshot->splits[projects - 1 - index].projectId);
        });
    }
    chart->addSeries(series);
    QStringList names;
    for (int row = projects - 1; row >= 0; --row)
        names << (s.splits[row].error.isEmpty() ? s.splits[row].project : tr("%1 (not shared)").arg(s.splits[row].project));
    attachProjectAndMoneyAxes(chart, series, names, scale, low, high);
    // The legend beside the bars names who each colour is, one participant a line.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setFont(smaller(chart->legend()->font()));
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    replaceChart(m_splitView, chart);
    fitRows(m_splitView, qMax<int>(names.size(), participants.size()));
}

void DashboardPage::showDonut(QChartView *view, const QString &title, const QVector<QPair<QString, qint64>> &slices,
                              const QString &unit, const std::function<void(int)> &onClick)
{
    QChart *chart = newChart(title);
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    qint64 total = 0;
    for (const auto &slice : slices) total += qMax<qint64>(0, slice.second);
    const bool isMoney = m_snapshot && unit == m_snapshot->currency;
    for (int i = 0; i < slices.size(); ++i) {
        const qint64 value = qMax<qint64>(0, slices[i].second);
        QPieSlice *slice = series->append(slices[i].first, double(value));
        slice->setColor(categoryColor(i));
        slice->setBorderColor(Qt::white);
        const double percent = total > 0 ? 100.0 * double(value) / double(total) : 0.0;
        // The legend names each slice with its share; labels around the ring would crowd it.
        slice->setLabel(QStringLiteral("%1 %2%").arg(slices[i].first).arg(percent, 0, 'f', 0));
        const QString amount = isMoney ? money(value) : QStringLiteral("%1 %2").arg(value).arg(unit);
        connect(slice, &QPieSlice::hovered, this, [this, slice, amount, name = slices[i].first, percent](bool on) {
            slice->setExploded(on);
            hoverText(on ? tr("%1\n%2 (%3%)\nClick to see the records").arg(name, amount).arg(percent, 0, 'f', 1) : QString());
        });
        connect(slice, &QPieSlice::clicked, this, [onClick, i] { onClick(i); });
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setFont(smaller(chart->legend()->font()));
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    // The legend as wide as its longest entry (QtCharts cuts entries to half the chart's width).
    const QFontMetrics metrics(chart->legend()->font());
    int widest = 0;
    for (const QPieSlice *slice : series->slices()) widest = qMax(widest, metrics.horizontalAdvance(slice->label()));
    chart->legend()->setMinimumWidth(widest + 4 * metrics.height());
    replaceChart(view, chart);
}

void DashboardPage::showPipeline(const DashboardSnapshot &s)
{
    QChart *chart = newChart(tr("Contract pipeline by status"));
    // Horizontal bars: the statuses' names read in full down the left, however narrow the chart.
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Contracts"));
    set->setColor(QColor(0x15, 0x65, 0xc0));
    QStringList labels;
    int most = 1;
    // Bottom to top, so that the pipeline reads from Draft down to Terminated.
    for (int i = s.pipeline.size() - 1; i >= 0; --i) {
        *set << s.pipeline[i].contracts;
        labels << Choices::labelForKey<ContractStatus>(s.pipeline[i].key);
        most = qMax(most, s.pipeline[i].contracts);
    }
    const int count = s.pipeline.size();
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    series->attachAxis(addCategoryAxis(chart, labels, Qt::AlignLeft));
    auto *counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setRange(0, most + 1);
    counts->setTickCount(qMin(most + 2, 6));
    if (most > 5) counts->applyNiceNumbers();  // ticks at 1000s, not at 815, 1630, ...
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    chart->legend()->hide();
    connect(set, &QBarSet::hovered, this, [this, count](bool on, int index) {
        if (!on || !m_snapshot || index < 0 || index >= count) return hoverText(QString());
        const auto &g = m_snapshot->pipeline[count - 1 - index];
        hoverText(tr("%1: %n contract(s)\nValue in %2: %3\nClick to see them", "", g.contracts)
                      .arg(Choices::labelForKey<ContractStatus>(g.key), g.value.currency(), g.value.toString()));
    });
    connect(set, &QBarSet::clicked, this, [this, count](int index) {
        if (m_snapshot && index >= 0 && index < count)
            emit drillDown({DashboardDrillDown::List::Contracts, 0, {}, QStringLiteral("status"), m_snapshot->pipeline[count - 1 - index].key});
    });
    replaceChart(m_pipelineView, chart);
}

ListPage *DashboardPage::pageFor(const QList<ListPage *> &pages, DashboardDrillDown::List list)
{
    for (ListPage *page : pages) {
        RecordList *records = page->recordList();
        if ((list == DashboardDrillDown::List::Partners && qobject_cast<PartnerList *>(records)) ||
            (list == DashboardDrillDown::List::Contracts && qobject_cast<ContractList *>(records)) ||
            (list == DashboardDrillDown::List::Projects && qobject_cast<ProjectList *>(records)))
            return page;
    }
    return nullptr;
}

void DashboardPage::showIn(ListPage *page, const DashboardDrillDown &target)
{
    // Only what the target asks for narrows the list: every other filter goes back to "All".
    page->clearFilters();
    if (!target.filterKey.isEmpty()) page->applyFilter(target.filterKey, target.filterValue);
    page->search(target.search);
    if (target.recordId > 0) page->selectId(target.recordId);
}
