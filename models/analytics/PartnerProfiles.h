#pragma once
// Reads what technology matching needs from a workspace: every partner's capabilities, track
// record (past projects and their profit, from the kept partner totals) and data terms, and a
// project's need (its name, industry, participants and what they bring). Four queries, none per
// partner, so that 100,000 partners read in one pass.
#include "models/analytics/PartnerMatcher.h"

#include <QDate>
#include <QSqlDatabase>

class PartnerProfiles {
    Q_DECLARE_TR_FUNCTIONS(PartnerProfiles)
public:
    static std::optional<QList<PartnerProfile>> read(const QSqlDatabase &db, const QDate &today, QString *error);
    // The project's own need: its name as the text, its industry, its participants and their
    // capabilities; it asks for data when its contract is a data-sharing one.
    static std::optional<TechnologyNeed> needOf(const QSqlDatabase &db, qint64 projectId, QString *error);
};
