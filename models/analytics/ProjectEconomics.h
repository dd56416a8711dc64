#pragma once
// Sums a project's dated ledger into revenue, cost, profit and ROI: in total and per month,
// quarter or year. Every entry must be in the project's currency: amounts in different
// currencies are never added together.
#include "models/analytics/LedgerAmount.h"
#include "models/analytics/ProfitAndLoss.h"
#include "models/analytics/ReportingPeriod.h"
#include "models/analytics/WideMath.h"

#include <QCoreApplication>
#include <QMap>
#include <QVector>
#include <optional>

struct PeriodEconomics {
    ReportingPeriod period;
    ProfitAndLoss figures;
};

class ProjectEconomics {
    Q_DECLARE_TR_FUNCTIONS(ProjectEconomics)
public:
    static std::optional<ProfitAndLoss> total(const QVector<LedgerAmount> &entries, const QString &currency,
                                              QString *error = nullptr);

    // One row per period from the first to the last entry's period, in date order; periods
    // without entries are included with zeros so that a time series has no gaps.
    static std::optional<QVector<PeriodEconomics>> byPeriod(const QVector<LedgerAmount> &entries,
                                                            ReportingPeriod::Length length,
                                                            const QString &currency, QString *error = nullptr);

    // Revenue and cost already summed per period (by whoever read them: this class, an SQL
    // aggregate), keyed by the first day of the period.
    struct PeriodTotals {
        WideMath::Int revenue = 0;
        WideMath::Int cost = 0;
    };
    // The same rows as byPeriod() from such sums: first to last period, gaps filled with zeros.
    static std::optional<QVector<PeriodEconomics>> series(const QMap<QDate, PeriodTotals> &byFirstDay,
                                                          ReportingPeriod::Length length, const QString &currency,
                                                          QString *error = nullptr);
    static std::optional<ProfitAndLoss> figures(const PeriodTotals &totals, const QString &currency,
                                                QString *error = nullptr);
};
