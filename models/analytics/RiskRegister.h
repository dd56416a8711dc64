#pragma once
// The partnership risk of every partner and contract as last assessed, kept in the workspace
// (table partnership_risk) so that lists sort and filter by it and the dashboard counts it.
// assess() reads every record's facts (RiskQueries), assesses them (PartnershipRisk) and
// replaces the kept levels and reasons in one transaction; the window runs it on a worker thread
// when a workspace opens and after records change. Reasons are kept as text in the language of
// whoever assessed last.
#include "models/analytics/PartnershipRisk.h"

#include <QMap>
#include <QSqlDatabase>
#include <optional>

class RiskRegister {
    Q_DECLARE_TR_FUNCTIONS(RiskRegister)
public:
    enum class Kind { Partner, Contract };
    struct Summary {
        int assessed = 0;
        QMap<RiskLevel, int> byLevel;
    };

    explicit RiskRegister(const QSqlDatabase &db) : m_db(db) {}

    // Assesses every partner and contract as of today; false with the reason when it failed
    // (nothing kept changes then).
    bool assess(const RiskThresholds &thresholds, const QDate &today, QString *error) const;

    // The kept assessment of one record; nothing when it has not been assessed yet.
    std::optional<RiskAssessment> find(Kind kind, qint64 id, QString *error = nullptr) const;
    // How many of a kind are kept at each level.
    std::optional<Summary> summary(Kind kind, QString *error = nullptr) const;

    static QString key(Kind kind);

private:
    QSqlDatabase m_db;
};
