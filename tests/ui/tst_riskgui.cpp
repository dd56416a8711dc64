// Partnership risk as a user meets it on the demo workspace at 1366x768: once assessed, the
// Partners list shows a Risk column that a click on its header sorts and the Risk filter
// narrows, the detail gives the reasons, and the dashboard's "Partnerships at risk" tile
// opens the partners at medium or high risk. The same in Chinese.
#include "models/analytics/RiskRegister.h"
#include "models/lists/PartnerListModel.h"
#include "models/storage/Workspace.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/records/ListPage.h"
#include "ui/records/RecordList.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

class TestRiskGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static void shoot(QWidget *w, const QString &name)
    {
        if (const QString shots = qEnvironmentVariable("LEPTON_SCREENSHOTS"); !shots.isEmpty())
            QVERIFY(w->grab().save(shots + QLatin1Char('/') + name));
    }

    // The levels the Partners list shows, top to bottom.
    static QStringList shownLevels(QTableView *table)
    {
        QStringList levels;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            levels << table->model()->index(row, PartnerListModel::Risk).data().toString();
        return levels;
    }

    void walkThrough(const QString &language, const QString &high)
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(m_dir.filePath(language + QStringLiteral(".sqlite")), true, &error), qPrintable(error));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dashboard = window.findChild<DashboardPage *>();
        // Assessed on a worker thread after opening; the tile follows.
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->snapshot() && dashboard->snapshot()->partnerRisk.assessed > 0, 20000);
        const RiskRegister::Summary summary = *RiskRegister(window.workspace()->database()).summary(RiskRegister::Kind::Partner);
        const int atRisk = summary.byLevel.value(RiskLevel::High) + summary.byLevel.value(RiskLevel::Medium);
        QVERIFY2(atRisk > 0, "the demo has partnerships at risk");
        QVERIFY(dashboard->findChild<QLabel *>(QStringLiteral("value_atRisk"))->text().contains(QString::number(summary.byLevel.value(RiskLevel::High))));
        window.showPage(0);  // the dashboard (the window may remember another page)
        shoot(&window, QStringLiteral("risk-tile-%1.png").arg(language));

        // The tile opens the partners at medium or high risk.
        auto *tile = dashboard->findChild<QPushButton *>(QStringLiteral("tile_atRisk"));
        QTest::mouseClick(tile, Qt::LeftButton);
        ListPage *page = window.currentPage();
        QVERIFY(page);
        QTableView *table = page->table();
        QTRY_COMPARE(table->model()->rowCount(), atRisk);
        QVERIFY(!shownLevels(table).contains(PartnershipRisk::label(RiskLevel::Low)));

        // A click on the Risk header sorts by level; the first click puts the lowest first.
        QHeaderView *header = table->horizontalHeader();
        const int x = header->sectionViewportPosition(PartnerListModel::Risk) + header->sectionSize(PartnerListModel::Risk) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        if (header->sortIndicatorOrder() == Qt::AscendingOrder)
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_COMPARE(shownLevels(table).value(0), high);
        page->selectId(table->model()->index(0, 0).data(RecordListModel::IdRole).toLongLong());
        const auto kept = RiskRegister(window.workspace()->database()).find(RiskRegister::Kind::Partner, page->currentId());
        QVERIFY(kept && !kept->reasons.isEmpty());
        QVERIFY(page->recordList()->detailHtml(page->currentId()).contains(kept->reasons.first().text.toHtmlEscaped()));
        shoot(&window, QStringLiteral("risk-column-%1.png").arg(language));

        // The Risk filter by keyboard: High only.
        auto *filter = page->findChild<QComboBox *>(QStringLiteral("filter_risk"));
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_End);
        QTRY_COMPARE(table->model()->rowCount(), summary.byLevel.value(RiskLevel::High));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void english() { walkThrough(QStringLiteral("en"), QStringLiteral("High")); }

    void chinese()
    {
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(LEPTON_QM_FILE)));
        QCoreApplication::installTranslator(&chinese);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        walkThrough(QStringLiteral("zh"), QStringLiteral("高"));
        QCoreApplication::removeTranslator(&chinese);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestRiskGui)
#include "tst_riskgui.moc"
