#pragma once
// Sums a project's dated ledger into revenue, cost, profit and ROI: in total and per month,
// quarter or year. Every entry must be in the project's currency: amounts in different
// currencies are never added together.
#include "LedgerAmount.h"
#include "ProfitAndLoss.h"
#include "ReportingPeriod.h"

#include <QCoreApplication>
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
};
