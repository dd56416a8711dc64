// The dashboard on the demo workspace as a user meets it: the tiles show the totals the
// analytics compute from the records, a filter narrows them, a click on a bar or a tile opens
// the records behind it, and a change of records refreshes the figures.
#include "ui/dashboard/DashboardPage.h"
#include "DemoFigures.h"
#include "models/analytics/TrendLine.h"
#include "ui/dashboard/TrendSeries.h"
#include "ui/records/ListPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/records/PartnerList.h"
#include "ui/records/ProjectList.h"
#include "ui/records/RecordList.h"
#include "ui/records/ContractList.h"

#include <QBarSet>
#include <QCheckBox>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

class TestDashboard : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    DashboardPage *m_dashboard = nullptr;

    QString tile(const QString &name) const
    {
        return m_dashboard->findChild<QLabel *>(QStringLiteral("value_") + name)->text();
    }
    // Waits for the refresh that the last change started.
    void waitForRefresh(QSignalSpy &spy)
    {
        QVERIFY(spy.wait(10000));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_window = std::make_unique<MainWindow>();
        QString error;
        QVERIFY2(m_window->openWorkspace(m_dir.filePath(QStringLiteral("demo.sqlite")), true, &error), qPrintable(error));
        m_window->show();
        m_dashboard = m_window->findChild<DashboardPage *>();
        QVERIFY(m_dashboard);
        QTRY_VERIFY_WITH_TIMEOUT(m_dashboard->snapshot().has_value(), 10000);
        // LEPTON_SCREENSHOTS=DIR: the README's picture, the window tall enough for every chart.
        if (const QString shots = qEnvironmentVariable("LEPTON_SCREENSHOTS"); !shots.isEmpty()) {
            const QSize size = m_window->size();
            m_window->resize(1280, 1240);
            QTest::qWait(300);
            QVERIFY(m_window->grab().save(shots + QStringLiteral("/dashboard.png")));
            m_window->resize(size);
        }
    }

    void isTheFirstPage()
    {
        m_window->showPage(0);
        QVERIFY(m_dashboard->isVisible());
    }

    void tilesShowTheTotalsOfTheRecords()
    {
        const DashboardSnapshot &s = *m_dashboard->snapshot();
        QCOMPARE(s.currencies, (QStringList{"CNY", "USD"}));  // the demo keeps both; CNY is shown first
        const PortfolioTotals expected = DemoFigures::totals(*m_window->workspace(), s.currency);
        QVERIFY(expected.projectCount() > 10);
        QCOMPARE(tile("revenue"), expected.totalRevenue().toString());
        QCOMPARE(tile("cost"), expected.totalCost().toString());
        QCOMPARE(tile("profit"), expected.totalProfit().toString());
        QCOMPARE(tile("benefit"), expected.cooperationBenefit().toString());
        QCOMPARE(tile("losing"), QStringLiteral("%1 of %2").arg(expected.losingProjectCount()).arg(expected.projectCount()));
        QCOMPARE(tile("overdue"), QString::number(DemoFigures::overdueMilestones(*m_window->workspace(), QDate::currentDate())));
        QVERIFY(!tile("hhi").isEmpty() && tile("hhi") != tr("none"));

        // The profit chart has one bar per leading project, the most profitable on top.
        auto *view = m_dashboard->findChild<QChartView *>(QStringLiteral("profitChart"));
        auto *series = qobject_cast<QHorizontalBarSeries *>(view->chart()->series().first());
        QBarSet *bars = series->barSets().first();
        QCOMPARE(bars->count(), qMin(10, expected.projectCount()));
        QVERIFY(bars->at(bars->count() - 1) >= bars->at(0));
    }

    // Revenue and profit get a dashed least-squares trend from the last period on, named as a
    // trend with its R^2.
    void periodChartShowsLabelledTrendsBeyondTheLastPeriod()
    {
        const DashboardSnapshot &s = *m_dashboard->snapshot();
        const int periods = s.periods.size();
        QVERIFY(periods >= 2);
        QVector<double> revenue;
        for (const auto &p : s.periods) revenue << double(p.figures.revenue().minorUnits());
        const auto line = TrendLine::fit(revenue);
        auto *view = m_dashboard->findChild<QChartView *>(QStringLiteral("periodChart"));
        QStringList names;
        for (QAbstractSeries *series : view->chart()->series()) {
            auto *trend = qobject_cast<QLineSeries *>(series);
            if (!trend || trend->pen().style() != Qt::DashLine) continue;
            names << trend->name();
            QCOMPARE(trend->points().first().x(), double(periods - 1));
            QCOMPARE(trend->points().last().x(), double(periods - 1 + TrendSeries::kPeriodsAhead));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Revenue trend (R² %1)").arg(QLocale().toString(line->rSquared(), 'f', 2)),
                                     names.value(1)}));
        QVERIFY2(names.value(1).startsWith(QStringLiteral("Profit trend (R² ")), qPrintable(names.value(1)));
    }

    void otherCurrencyShowsItsOwnTotals()
    {
        QSignalSpy refreshed(m_dashboard, &DashboardPage::refreshed);
        auto *currency = m_dashboard->findChild<QComboBox *>(QStringLiteral("currency"));
        currency->setCurrentText(QStringLiteral("USD"));
        emit currency->activated(currency->currentIndex());
        waitForRefresh(refreshed);
        QCOMPARE(m_dashboard->snapshot()->currency, QStringLiteral("USD"));
        QCOMPARE(tile("profit"), DemoFigures::totals(*m_window->workspace(), QStringLiteral("USD")).totalProfit().toString());
        currency->setCurrentText(QStringLiteral("CNY"));
        emit currency->activated(currency->currentIndex());
        waitForRefresh(refreshed);
    }

    void industryFilterNarrowsTheTotals()
    {
        const QString currency = m_dashboard->snapshot()->currency;
        // An industry the demo's projects in this currency have.
        const QString industry = m_dashboard->snapshot()->industries.first().key;
        QSignalSpy refreshed(m_dashboard, &DashboardPage::refreshed);
        auto *combo = m_dashboard->findChild<QComboBox *>(QStringLiteral("industry"));
        combo->setCurrentIndex(combo->findData(industry));
        waitForRefresh(refreshed);
        const PortfolioTotals expected = DemoFigures::totals(*m_window->workspace(), currency, industry);
        QCOMPARE(tile("revenue"), expected.totalRevenue().toString());
        QVERIFY(m_dashboard->snapshot()->totals->projectCount() < DemoFigures::totals(*m_window->workspace(), currency).projectCount());
        combo->setCurrentIndex(0);
        waitForRefresh(refreshed);
    }

    // A date range makes the ranking add up every project's entries: the overview shows first,
    // with the counts, the concentration and the ranking marked as pending, then the rest.
    void dateRangeShowsTheOverviewFirstThenTheRanking()
    {
        const QString currency = m_dashboard->snapshot()->currency;
        const QDate from = QDate::currentDate().addMonths(-6), to = QDate::currentDate();
        const PortfolioTotals expected = DemoFigures::totals(*m_window->workspace(), currency, QString(), from, to);
        QVERIFY(expected.projectCount() > 0);
        QVERIFY(expected.totalRevenue().minorUnits() < DemoFigures::totals(*m_window->workspace(), currency).totalRevenue().minorUnits());

        QStringList atOverview;
        QSignalSpy overview(m_dashboard, &DashboardPage::overviewShown);
        QSignalSpy refreshed(m_dashboard, &DashboardPage::refreshed);
        connect(m_dashboard, &DashboardPage::overviewShown, this, [&] {
            const auto *profit = m_dashboard->findChild<QChartView *>(QStringLiteral("profitChart"));
            atOverview = QStringList{tile("revenue"), tile("losing"), tile("hhi"), profit->chart()->title(),
                                     QString::number(refreshed.count())};
        });
        m_dashboard->findChild<QDateEdit *>(QStringLiteral("from"))->setDate(from);
        m_dashboard->findChild<QDateEdit *>(QStringLiteral("to"))->setDate(to);
        m_dashboard->findChild<QCheckBox *>(QStringLiteral("useDates"))->setChecked(true);
        waitForRefresh(refreshed);
        QCOMPARE(overview.count(), 1);
        QCOMPARE(atOverview.value(0), expected.totalRevenue().toString());  // from the day totals already
        QCOMPARE(atOverview.value(1), QStringLiteral("…"));
        QCOMPARE(atOverview.value(2), QStringLiteral("…"));
        QVERIFY2(atOverview.value(3).contains(tr("adding up")), qPrintable(atOverview.value(3)));
        QCOMPARE(atOverview.value(4), QStringLiteral("0"));  // not yet refreshed

        QCOMPARE(tile("revenue"), expected.totalRevenue().toString());
        QCOMPARE(tile("losing"), QStringLiteral("%1 of %2").arg(expected.losingProjectCount()).arg(expected.projectCount()));
        QVERIFY(tile("hhi") != QStringLiteral("…"));
        QVERIFY(m_dashboard->snapshot()->ranked);

        // Without the range every figure comes at once again.
        m_dashboard->findChild<QCheckBox *>(QStringLiteral("useDates"))->setChecked(false);
        waitForRefresh(refreshed);
        QCOMPARE(overview.count(), 1);
    }

    // A date range's projects are added up from the ledger's date index: the figures the records
    // give, with stability read on one connection or beside it on a second.
    void dateRangeRankingMatchesTheRecords()
    {
        DashboardRequest request;
        request.filter.from = QDate::currentDate().addMonths(-7);
        request.filter.to = QDate::currentDate().addMonths(-1);
        request.currency = QStringLiteral("USD");
        const PortfolioTotals expected =
            DemoFigures::totals(*m_window->workspace(), request.currency, QString(), request.filter.from, request.filter.to);
        std::optional<DashboardSnapshot> one;
        for (int threads : {1, 2}) {
            request.threads = threads;
            QString error;
            const auto s = DashboardSnapshot::compute(*m_window->workspace(), request, &error);
            QVERIFY2(s, qPrintable(error));
            QVERIFY(s->slowToRank());
            QCOMPARE(s->totals->projectCount(), expected.projectCount());
            QCOMPARE(s->totals->losingProjectCount(), expected.losingProjectCount());
            QCOMPARE(s->totals->totalRevenue(), expected.totalRevenue());
            QCOMPARE(s->totals->totalCost(), expected.totalCost());
            if (!one) {
                one = s;
                continue;
            }
            QCOMPARE(s->leadingProjects.size(), one->leadingProjects.size());
            for (int i = 0; i < s->leadingProjects.size(); ++i) {
                QCOMPARE(s->leadingProjects[i].id, one->leadingProjects[i].id);
                QCOMPARE(s->leadingProjects[i].figures.profit(), one->leadingProjects[i].figures.profit());
            }
            QCOMPARE(s->concentration->hhi(), one->concentration->hhi());
        }
    }

    void clickOnAProjectBarOpensThatProject()
    {
        auto *view = m_dashboard->findChild<QChartView *>(QStringLiteral("profitChart"));
        QBarSet *bars = qobject_cast<QHorizontalBarSeries *>(view->chart()->series().first())->barSets().first();
        const auto &top = m_dashboard->snapshot()->leadingProjects.first();
        emit bars->clicked(bars->count() - 1);  // the top bar
        ListPage *page = m_window->currentPage();
        QVERIFY(page);
        QVERIFY(qobject_cast<ProjectList *>(page->recordList()));
        QCOMPARE(page->currentId(), top.id);
        m_window->showPage(0);
    }

    void profitShareBarOpensThatPartner()
    {
        // One bar per leading partner, the largest share on top, each the share of the lifetime
        // profit that the snapshot computed; a click on the top bar opens that partner.
        const auto &shares = *m_dashboard->snapshot()->profitShares;
        QVERIFY(!shares.partners().isEmpty());
        auto *view = m_dashboard->findChild<QChartView *>(QStringLiteral("profitShareChart"));
        QBarSet *bars = qobject_cast<QHorizontalBarSeries *>(view->chart()->series().first())->barSets().first();
        QCOMPARE(bars->count(), shares.partners().size());
        const auto &top = shares.partners().first();
        QCOMPARE(bars->at(bars->count() - 1), 100.0 * top.share->toDouble());
        emit bars->clicked(bars->count() - 1);
        ListPage *page = m_window->currentPage();
        QVERIFY(page);
        QVERIFY(qobject_cast<PartnerList *>(page->recordList()));
        QCOMPARE(page->currentId(), top.partnerId);
        m_window->showPage(0);
    }

    void tileOpensTheContractsThatEndSoon()
    {
        QTest::mouseClick(m_dashboard->findChild<QPushButton *>(QStringLiteral("tile_expiring")), Qt::LeftButton);
        ListPage *page = m_window->currentPage();
        QVERIFY(page && qobject_cast<ContractList *>(page->recordList()));
        QCOMPARE(page->findChild<QComboBox *>(QStringLiteral("filter_status"))->currentData().toString(), QStringLiteral("active"));
        m_window->showPage(0);
    }

    void changedRecordsRefreshTheFigures()
    {
        const DashboardSnapshot before = *m_dashboard->snapshot();
        const qint64 projectId = before.leadingProjects.first().id;
        LedgerEntry entry{0, projectId, QDate::currentDate(), LedgerKind::Revenue, Money(123456, before.currency), QStringLiteral("bonus")};
        QString error;
        QVERIFY2(ProjectRepository(*m_window->workspace()).addLedgerEntry(entry, &error), qPrintable(error));
        QSignalSpy refreshed(m_dashboard, &DashboardPage::refreshed);
        ListPage *projects = nullptr;
        for (int i = 0; i < 4; ++i)
            if (ListPage *p = m_window->page(i); p && qobject_cast<ProjectList *>(p->recordList())) projects = p;
        QVERIFY(projects);
        emit projects->recordList()->recordsChanged();  // what the Projects page says after an edit
        waitForRefresh(refreshed);
        QCOMPARE(m_dashboard->snapshot()->totals->totalRevenue().minorUnits(), before.totals->totalRevenue().minorUnits() + 123456);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
