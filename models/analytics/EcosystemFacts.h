#pragma once
// The plain facts the ecosystem health indicators are computed from, gathered by whoever reads
// the workspace (a repository query, a test, a benchmark).
#include "models/records/Money.h"
#include "models/analytics/ProfitAndLoss.h"

#include <QDate>
#include <QString>

struct PartnerFacts {
    qint64 id = 0;
    QString name;
    QString industry;
    QString cooperationMode;
    bool active = true;    // false once the partnership has ended
    Money lifetimeRevenue;  // revenue of the partner's projects attributed to it
    Money lifetimeProfit;   // profit allocated to it over all projects
};

struct ContractFacts {
    qint64 id = 0;
    qint64 partnerId = 0;
    QString title;
    QDate endDate;
};

struct MilestoneFacts {
    qint64 id = 0;
    qint64 projectId = 0;
    QString title;
    QDate dueDate;
    bool done = false;
};

struct ProjectFacts {
    qint64 id = 0;
    QString name;
    ProfitAndLoss figures;
};
