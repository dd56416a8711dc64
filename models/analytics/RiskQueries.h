#pragma once
// Reads the facts behind partnership risk (PartnershipRisk) for every partner and contract at
// once, in a dozen set-wise queries (none per record), so that 100,000 partners are assessed in
// one pass: contracts inside their notice period and whether a later contract renews them, data
// terms and the training runs still using data whose access ended, and the projects' overdue
// milestones, losses and last ledger entries (from the kept totals and the ledger's index) added
// up per partner (its projects) and per contract (the projects under it), and each partner's
// share of the portfolio's revenue. "today" is a parameter so that results are reproducible.
#include "models/analytics/PartnershipRisk.h"

#include <QHash>
#include <QSqlDatabase>
#include <optional>

class RiskQueries {
    Q_DECLARE_TR_FUNCTIONS(RiskQueries)
public:
    struct Facts {
        QHash<qint64, RiskFacts> partners;
        QHash<qint64, RiskFacts> contracts;
    };

    explicit RiskQueries(const QSqlDatabase &db) : m_db(db) {}

    std::optional<Facts> all(const QDate &today, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};
