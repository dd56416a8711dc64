#pragma once
// What the analytics say about a workspace, computed record by record from the repositories
// (every project's whole ledger through ProjectEconomics), independently of the SQL aggregates
// the dashboard and the reports use, so that the tests compare two separate computations.
#include "models/repositories/ContractRepository.h"
#include "models/analytics/PortfolioTotals.h"
#include "models/analytics/ProjectEconomics.h"
#include "models/repositories/ProjectRepository.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/Workspace.h"

#include <QtTest>

namespace DemoFigures {

inline QList<qint64> ids(Workspace &ws, const QString &table)
{
    QList<qint64> result;
    SqlStatement q(ws.database(), QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
    QString error;
    if (!q.exec(&error)) qFatal("%s", qPrintable(error));
    while (q.next()) result << q.value(0).toLongLong();
    return result;
}

// Each project's figures in the currency, for the projects with ledger entries in it (dated
// from `from` to `to` inclusive, where given).
inline QMap<qint64, ProfitAndLoss> projectFigures(Workspace &ws, const QString &currency, const QString &industry = QString(),
                                                  const QDate &from = QDate(), const QDate &to = QDate())
{
    QMap<qint64, ProfitAndLoss> result;
    ProjectRepository projects(ws);
    for (qint64 id : ids(ws, QStringLiteral("projects"))) {
        const Project p = *projects.find(id);
        if (!industry.isEmpty() && Choices::key(p.industry) != industry) continue;
        QVector<LedgerAmount> amounts;
        for (const LedgerEntry &e : projects.ledger(id))
            if (e.amount.currency() == currency && !(from.isValid() && e.date < from) && !(to.isValid() && e.date > to))
                amounts.append({e.date, e.kind == LedgerKind::Revenue ? LedgerAmount::Kind::Revenue : LedgerAmount::Kind::Cost, e.amount});
        if (!amounts.isEmpty()) result.insert(id, *ProjectEconomics::total(amounts, currency));
    }
    return result;
}

inline PortfolioTotals totals(Workspace &ws, const QString &currency, const QString &industry = QString(),
                              const QDate &from = QDate(), const QDate &to = QDate())
{
    const QMap<qint64, ProfitAndLoss> figures = projectFigures(ws, currency, industry, from, to);
    return *PortfolioTotals::compute(QVector<ProfitAndLoss>(figures.begin(), figures.end()),
                                     PortfolioTotals::defaultExpectedReturn(), currency);
}

inline int overdueMilestones(Workspace &ws, const QDate &today)
{
    int count = 0;
    ProjectRepository projects(ws);
    for (qint64 id : ids(ws, QStringLiteral("projects"))) {
        const Project project = *projects.find(id);
        for (const Milestone &m : project.milestones) count += m.isOverdue(today);
    }
    return count;
}

}  // namespace DemoFigures
