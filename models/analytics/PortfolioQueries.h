#pragma once
// Revenue, cost and profit summed by the workspace database (SQLite or PostgreSQL) over its ledger:
// per period, per project, per partner, per industry. Nothing is loaded whole: the database
// aggregates (with the ledger's project index, which holds the dates and amounts, the participants'
// partner index, the projects' industry index) and only the summed rows come back, ranked lists
// limited to what is shown.
// Each query is for one currency: amounts in different currencies are never added together;
// currencies() says which exist.
// Cost (bench_dashboard, 2,000,000 entries): without a date filter the lifetime totals that
// schema v6 keeps per project and per partner answer, and without a partner or project filter
// the per-day totals (v6) and per-industry-and-day totals (v9) do (a few thousand rows); only a
// date range combined with per-project figures still reads the ledger's entries: along the
// project index that holds their amounts (v10) for some projects, along the date index (v17)
// for all of them, added up per project in ranking().
#include "models/analytics/ProfitAndLoss.h"
#include "models/analytics/ProjectEconomics.h"
#include "models/analytics/ReportingPeriod.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>
#include <optional>
#include <vector>

class PortfolioQueries {
    Q_DECLARE_TR_FUNCTIONS(PortfolioQueries)
public:
    // What the dashboard's filters narrow to; empty parts do not narrow.
    struct Filter {
        QDate from, to;       // inclusive entry dates
        QString industry;     // project industry key ("healthcare")
        qint64 partnerId = 0;  // projects this partner takes part in
        qint64 projectId = 0;
    };
    using RevenueByPartner = QHash<qint64, qint64>;  // partner id -> revenue in minor units
    struct Totals {
        qint64 id = 0;        // project or partner id; 0 for an industry
        QString key;          // project or partner name, industry key
        ProfitAndLoss figures;
    };
    enum class Rank { LeastProfitableFirst, MostProfitableFirst };

    explicit PortfolioQueries(const QSqlDatabase &db) : m_db(db) {}

    // Whether per-project figures for the filter add up the entries of every project: a date
    // range without a partner or project, the one slow case on a large ledger (three months of
    // bench_dashboard's workspace hold 600,000 entries of 200,000 projects).
    static bool sumsEveryProjectsEntries(const Filter &filter);

    // Currencies the filtered ledger holds, alphabetically.
    std::optional<QStringList> currencies(const Filter &filter, QString *error = nullptr) const;
    // Revenue, cost, profit per month/quarter/year, gaps filled with zeros.
    std::optional<QVector<PeriodEconomics>> periods(ReportingPeriod::Length length, const Filter &filter,
                                                    const QString &currency, QString *error = nullptr) const;
    std::optional<ProfitAndLoss> total(const Filter &filter, const QString &currency, QString *error = nullptr) const;
    // All projects the filter keeps, added up by the database: their revenue and cost, how many
    // there are and how many lose money.
    struct ProjectSums {
        qint64 revenue = 0, cost = 0;
        int projects = 0, losing = 0;
    };
    std::optional<ProjectSums> projectSums(const Filter &filter, const QString &currency, QString *error = nullptr) const;
    // The first `limit` projects by profit.
    std::optional<QVector<Totals>> byProject(const Filter &filter, const QString &currency, Rank rank, int limit,
                                             QString *error = nullptr) const;
    // Per partner: the revenue and cost of the projects it takes part in (a project with three
    // partners counts fully for each of them), the first `limit` by profit. With a partner
    // filter: that partner and those it shares projects with, over the shared projects.
    std::optional<QVector<Totals>> byPartner(const Filter &filter, const QString &currency, Rank rank, int limit,
                                             QString *error = nullptr) const;
    // Per partner the revenue of the projects it takes part in, as byPartner counts it: what
    // revenue concentration needs, without names or ranking. Partners without revenue may be
    // left out; they weigh nothing.
    std::optional<RevenueByPartner> partnerRevenues(const Filter &filter, const QString &currency,
                                                    QString *error = nullptr) const;
    // Per project industry, by revenue, largest first.
    std::optional<QVector<Totals>> byIndustry(const Filter &filter, const QString &currency,
                                              QString *error = nullptr) const;

    // All of the above that the dashboard needs at once: the projects' sums and counts (as
    // projectSums()), the `leading` most profitable (as byProject()) and the partners' revenue
    // (as partnerRevenues()). Without a filter from the totals the schema keeps; otherwise in
    // one pass over the per-project sums joined to their partners, added up here: a date range
    // reads its 800,000 entries once instead of once per figure, and no sort groups the
    // partners (bench_dashboard).
    // Values kept by record id: a date range adds up 600,000 entries by project and 400,000
    // participations by partner, and an array indexed by id costs a fraction of a hash lookup
    // each (bench_dashboard). Ids are the database's sequential keys, so the array is about as
    // long as the table; ids far beyond that (rows written by hand) are kept in a hash.
    template <typename T>
    class ById {
    public:
        T &operator[](qint64 id)
        {
            if (id < 0 || id >= kIndexed) return m_beyond[id];
            if (id >= qint64(m_byId.size())) m_byId.resize(size_t(id) + 1);
            return m_byId[size_t(id)];
        }
        const T *find(qint64 id) const
        {
            if (id >= 0 && id < qint64(m_byId.size())) return &m_byId[size_t(id)];
            const auto beyond = m_beyond.constFind(id);
            return beyond == m_beyond.cend() ? nullptr : &beyond.value();
        }
        // Every id ever touched, with its value (ids below the highest touched one as well).
        template <typename F>
        void forEach(F f) const
        {
            for (size_t id = 0; id < m_byId.size(); ++id) f(qint64(id), m_byId[id]);
            for (auto p = m_beyond.cbegin(); p != m_beyond.cend(); ++p) f(p.key(), p.value());
        }
    private:
        static constexpr qint64 kIndexed = 1 << 22;
        std::vector<T> m_byId;
        QHash<qint64, T> m_beyond;
    };
    // Revenue per partner, added up by partner id.
    class PartnerTally {
    public:
        bool add(qint64 partnerId, qint64 revenue, QString *error = nullptr);
        RevenueByPartner nonZero() const;  // partners without revenue weigh nothing
    private:
        ById<qint64> m_revenue;
    };
    struct Ranking {
        ProjectSums sums;
        QVector<Totals> leading;
        PartnerTally partners;
    };
    std::optional<Ranking> ranking(const Filter &filter, const QString &currency, int leading, QString *error = nullptr) const;

private:
    QString perProjectSums(const Filter &filter, const QString &currency, QVariantList *values) const;
    std::optional<QVector<Totals>> ranked(const QString &group, const QString &join, const QString &named,
                                          const Filter &filter, const QString &currency, const QString &order,
                                          int limit, QString *error) const;
    // Whole ledger: the first `limit` rows of totals the schema keeps (per project or partner).
    std::optional<QVector<Totals>> kept(const QString &totals, const QString &id, const QString &names,
                                        const QString &currency, Rank rank, int limit, QString *error) const;
    std::optional<QVector<Totals>> rows(const QString &sql, const QVariantList &values, const QString &currency,
                                        QString *error) const;
    QSqlDatabase m_db;
};
