#pragma once
// Counts behind the ecosystem health tiles and the contract charts, answered by SQLite with
// the workspace's indexes: partners active and ended, contracts ending within 30/60/90 days,
// overdue milestones, contracts by status (the pipeline) and by cooperation mode. The ledger
// sums live in PortfolioQueries. Each query follows the dashboard's industry and partner
// filter where the records have one; "today" is a parameter so that results are reproducible.
#include "models/analytics/EcosystemHealth.h"
#include "models/records/Money.h"
#include "models/analytics/PortfolioQueries.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

class EcosystemQueries {
    Q_DECLARE_TR_FUNCTIONS(EcosystemQueries)
public:
    struct ExpiringCounts {  // cumulative, as EcosystemHealth::ExpiringContracts
        int within30 = 0, within60 = 0, within90 = 0;
    };
    struct ContractGroup {  // contracts of one status or cooperation mode
        QString key;        // the stored key ("active", "joint_rnd")
        int contracts = 0;
        Money value;        // their total value in the asked currency (others are not added)
    };

    explicit EcosystemQueries(const QSqlDatabase &db) : m_db(db) {}

    // Partners by industry (filter.industry) or just filter.partnerId; active = status "active".
    std::optional<EcosystemHealth::PartnerCounts> partnerCounts(const PortfolioQueries::Filter &filter,
                                                                QString *error = nullptr) const;
    // The day the 30/60/90 days of expiringContracts count from: the end of the filter's date
    // range when it has one (what was coming up then), else today.
    static QDate expiryReference(const PortfolioQueries::Filter &filter, const QDate &today);
    // Contracts that end on or after the reference day and within 30/60/90 days of it, narrowed
    // like the other indicators: to filter.partnerId's contracts and to the contracts of the
    // filter's industry's (or project's) projects.
    std::optional<ExpiringCounts> expiringContracts(const PortfolioQueries::Filter &filter, const QDate &today,
                                                    QString *error = nullptr) const;
    // Milestones not done whose due date has passed, in projects the filter keeps.
    std::optional<int> overdueMilestones(const PortfolioQueries::Filter &filter, const QDate &today,
                                         QString *error = nullptr) const;
    // Contracts the filter keeps (as for expiringContracts) per status and per cooperation mode,
    // in the order of the choices.
    std::optional<QVector<ContractGroup>> contractsByStatus(const PortfolioQueries::Filter &filter,
                                                            const QString &currency, QString *error = nullptr) const;
    std::optional<QVector<ContractGroup>> contractsByMode(const PortfolioQueries::Filter &filter,
                                                          const QString &currency, QString *error = nullptr) const;

private:
    std::optional<QVector<ContractGroup>> contractsBy(const QString &column, const QStringList &keys,
                                                      const PortfolioQueries::Filter &filter, const QString &currency,
                                                      QString *error) const;
    QSqlDatabase m_db;
};
