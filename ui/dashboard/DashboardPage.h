#pragma once
// The Dashboard page: portfolio totals and health indicators as tiles, and charts of profit by
// project, revenue and cost over time, how the leading projects' profit is shared, revenue by
// industry, contracts by cooperation mode and by status, and each leading partner's lifetime
// profit share, and ecosystem stability month by month (partnerships active, new and ended;
// revenue concentration and the largest partner's share) with a sentence stating its trend. A
// filter bar narrows everything to a
// date range, an industry, a partner and a currency. Values show on hover; a click drills into
// the records (drillDown) or opens a project's allocation.
//
// The figures come from DashboardSnapshot, computed on a worker thread with its own connection
// to the workspace file (Qt's rule: a connection stays on its thread); the page re-reads when
// records change (refreshSoon), a burst of changes causing one refresh.
#include "models/analytics/DashboardSnapshot.h"

#include <QFutureWatcher>
#include <QHash>
#include <QVariant>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QCheckBox;
class QGridLayout;
class FittingLabel;
class QLabel;
class QTimer;
class ListPage;
class RecordPicker;
class Workspace;

// Where a click on the dashboard leads: a list page, narrowed to a filter and/or one record.
struct DashboardDrillDown {
    enum class List { Partners, Contracts, Projects };
    List list = List::Projects;
    qint64 recordId = 0;     // select this record (0: none)
    QString search;          // search text that finds it
    QString filterKey;       // a filter of the list page ("industry", "status")
    QVariant filterValue;    // the stored key to filter on
};

class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(Workspace *workspace, QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString title() const { return tr("Dashboard"); }
    QIcon icon() const;

    // The figures on screen (absent until the first refresh finished).
    const std::optional<DashboardSnapshot> &snapshot() const { return m_snapshot; }
    DashboardRequest request() const;

    // The list page a drill-down leads to, and showing the target there.
    static ListPage *pageFor(const QList<ListPage *> &pages, DashboardDrillDown::List list);
    static void showIn(ListPage *page, const DashboardDrillDown &target);

public slots:
    void refresh();      // now
    void refreshSoon();  // after a short pause, so that a burst of changes refreshes once

signals:
    void refreshed();  // the page shows a new snapshot (or the reason there is none)
    // For a long date range first: the page shows the overview while the projects are added up.
    void overviewShown();
    void drillDown(const DashboardDrillDown &target);
    void allocationRequested(qint64 projectId);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    struct Result {
        std::optional<DashboardSnapshot> snapshot;
        QString error;
        int run = 0;  // which refresh computed it
    };
    QWidget *createFilterBar();
    void addTile(const QString &name, const QString &title, const DashboardDrillDown *target);
    void setTile(const QString &name, const QString &value, const QString &note, const QString &tip = QString());
    QChartView *addChart(const QString &name, int row, int column, int columns = 1);
    void display(const Result &result);
    void showTiles(const DashboardSnapshot &s);
    void showProfitByProject(const DashboardSnapshot &s);
    void showPeriods(const DashboardSnapshot &s);
    void showSplits(const DashboardSnapshot &s);
    void showDonut(QChartView *view, const QString &title, const QVector<QPair<QString, qint64>> &slices,
                   const QString &unit, const std::function<void(int)> &onClick);
    void showPipeline(const DashboardSnapshot &s);
    void showProfitShares(const DashboardSnapshot &s);
    void showStability(const DashboardSnapshot &s);
    QString money(qint64 minor) const;
    void hoverText(const QString &text);

    Workspace *m_workspace;
    QString m_path;
    std::optional<DashboardSnapshot> m_snapshot;
    QFutureWatcher<Result> m_watcher;
    bool m_again = false;
    int m_runs = 0;      // refreshes started
    int m_shownRun = 0;  // the refresh whose figures are on screen
    QTimer *m_delay = nullptr;

    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_industry = nullptr;
    RecordPicker *m_partner = nullptr;
    qint64 m_partnerId = 0;
    QComboBox *m_currency = nullptr;
    QComboBox *m_length = nullptr;
    QLabel *m_status = nullptr;

    QGridLayout *m_tileGrid = nullptr;
    QGridLayout *m_charts = nullptr;
    struct Tile {
        FittingLabel *value = nullptr;
        QLabel *note = nullptr;
    };
    QHash<QString, Tile> m_tiles;  // by name: "revenue", "benefit", ...
    QChartView *m_profitView = nullptr;
    QChartView *m_periodView = nullptr;
    QChartView *m_splitView = nullptr;
    QChartView *m_industryView = nullptr;
    QChartView *m_modeView = nullptr;
    QChartView *m_pipelineView = nullptr;
    QChartView *m_shareView = nullptr;
    QChartView *m_partnershipView = nullptr;
    QChartView *m_concentrationView = nullptr;
    QLabel *m_stabilityTrend = nullptr;
};
