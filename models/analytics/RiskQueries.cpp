#include "models/analytics/RiskQueries.h"

#include "models/records/Choices.h"
#include "models/records/Contract.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/SqlValue.h"

namespace {

// Runs a statement and hands every row to `row`.
bool eachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error,
             const std::function<void(const SqlStatement &)> &row)
{
    SqlStatement q(db, sql);
    if (!q.exec(values, error)) return false;
    while (q.next()) row(q);
    return true;
}

void laterActivity(RiskFacts &f, const QDate &date)
{
    if (date.isValid() && (!f.lastActivity.isValid() || date > f.lastActivity)) f.lastActivity = date;
}

}  // namespace

std::optional<RiskQueries::Facts> RiskQueries::all(const QDate &today, QString *error) const
{
    Facts facts;
    const QVariant day = SqlValue::fromDate(today);
    const QString active = Choices::key(PartnerStatus::Active);
    bool ok = eachRow(m_db, QStringLiteral("SELECT id, status, rating, created_at FROM partners"), {}, error, [&](const SqlStatement &q) {
        RiskFacts &f = facts.partners[q.value(0).toLongLong()];
        f.expectsActivity = q.value(1).toString() == active;
        f.rating = q.value(2).toInt();
        f.lastActivity = SqlValue::toTime(q.value(3)).date();
    });
    ok = ok && eachRow(m_db, QStringLiteral("SELECT id, status, start_date FROM contracts"), {}, error, [&](const SqlStatement &q) {
        RiskFacts &f = facts.contracts[q.value(0).toLongLong()];
        f.expectsActivity = q.value(1).toString() == Choices::key(ContractStatus::Active);
        f.lastActivity = SqlValue::toDate(q.value(2));
    });
    QMultiHash<qint64, qint64> parties;  // contract -> partner
    ok = ok && eachRow(m_db, QStringLiteral("SELECT contract_id, partner_id FROM contract_parties"), {}, error,
                       [&](const SqlStatement &q) { parties.insert(q.value(0).toLongLong(), q.value(1).toLongLong()); });
    if (!ok) return std::nullopt;
    const auto toParties = [&](qint64 contract, const std::function<void(RiskFacts &)> &apply) {
        for (auto it = parties.constFind(contract); it != parties.cend() && it.key() == contract; ++it)
            if (facts.partners.contains(it.value())) apply(facts.partners[it.value()]);
    };

    // Inside the notice period with no renewal: no contract in draft, negotiation or active
    // with a party in common ends later (each party's latest end tells).
    QHash<qint64, QDate> latestEnd;  // partner -> latest end of its open contracts
    ok = eachRow(m_db, QStringLiteral("SELECT id, end_date FROM contracts WHERE status IN ('draft', 'negotiation', 'active')"), {},
                 error, [&](const SqlStatement &q) {
                     const QDate end = SqlValue::toDate(q.value(1));
                     for (auto it = parties.constFind(q.value(0).toLongLong()); it != parties.cend() && it.key() == q.value(0).toLongLong(); ++it)
                         if (end > latestEnd.value(it.value())) latestEnd[it.value()] = end;
                 });
    ok = ok && eachRow(m_db, QStringLiteral("SELECT id, reference, end_date, notice_days FROM contracts "
                                            "WHERE status = 'active' AND end_date >= ? ORDER BY end_date DESC"),
                       {day}, error, [&](const SqlStatement &q) {
                           const qint64 id = q.value(0).toLongLong();
                           const QDate end = SqlValue::toDate(q.value(2));
                           if (!Contract::isEndingWithinNotice(ContractStatus::Active, end, q.value(3).toInt(), today)) return;
                           for (auto it = parties.constFind(id); it != parties.cend() && it.key() == id; ++it)
                               if (latestEnd.value(it.value()) > end) return;
                           const auto mark = [&](RiskFacts &f) {
                               f.endsWithinNotice = end;  // the soonest last, as rows come latest first
                               f.endingReference = q.value(1).toString();
                           };
                           mark(facts.contracts[id]);
                           toParties(id, mark);
                       });
    // Data terms of active data-sharing contracts.
    ok = ok && eachRow(m_db, QStringLiteral("SELECT id, nda_signed, data_anonymisation FROM contracts "
                                            "WHERE status = 'active' AND (mode = 'data_sharing' OR data_allowed_use <> '')"),
                       {}, error, [&](const SqlStatement &q) {
                           const bool noNda = q.value(1).toLongLong() == 0, noAnonymisation = q.value(2).toLongLong() == 0;
                           const auto mark = [&](RiskFacts &f) {
                               f.dataWithoutNda = f.dataWithoutNda || noNda;
                               f.dataWithoutAnonymisation = f.dataWithoutAnonymisation || noAnonymisation;
                           };
                           mark(facts.contracts[q.value(0).toLongLong()]);
                           toParties(q.value(0).toLongLong(), mark);
                       });
    // Data access ended while runs still use the data: waiting or running, or started after.
    ok = ok && eachRow(m_db, QStringLiteral("SELECT c.id, c.data_access_expiry, COUNT(*) FROM contracts c "
                                            "JOIN training_runs r ON r.contract_id = c.id WHERE c.data_access_expiry IS NOT NULL "
                                            "AND c.data_access_expiry < ? AND (r.status IN ('queued', 'running') "
                                            "OR r.started_at >= c.data_access_expiry) GROUP BY c.id, c.data_access_expiry"),
                       {day}, error, [&](const SqlStatement &q) {
                           const QDate ended = SqlValue::toDate(q.value(1));
                           const int runs = q.value(2).toInt();
                           const auto mark = [&](RiskFacts &f) {
                               if (!f.dataAccessEnded.isValid() || ended < f.dataAccessEnded) f.dataAccessEnded = ended;
                               f.runsUsingEndedData += runs;
                           };
                           mark(facts.contracts[q.value(0).toLongLong()]);
                           toParties(q.value(0).toLongLong(), mark);
                       });
    if (!ok) return std::nullopt;

    // Per project, then added up for its partners and its contract.
    struct ProjectFacts {
        int overdue = 0;
        bool losing = false;
        QDate last;
    };
    QHash<qint64, ProjectFacts> projects;
    ok = eachRow(m_db, QStringLiteral("SELECT project_id, COUNT(*) FROM milestones WHERE done_date IS NULL AND due_date < ? GROUP BY project_id"),
                 {day}, error, [&](const SqlStatement &q) { projects[q.value(0).toLongLong()].overdue = q.value(1).toInt(); });
    ok = ok && eachRow(m_db, QStringLiteral("SELECT DISTINCT project_id FROM ledger_project_totals WHERE revenue_minor < cost_minor"), {},
                       error, [&](const SqlStatement &q) { projects[q.value(0).toLongLong()].losing = true; });
    ok = ok && eachRow(m_db, QStringLiteral("SELECT project_id, MAX(entry_date) FROM ledger_entries GROUP BY project_id"), {}, error,
                       [&](const SqlStatement &q) { projects[q.value(0).toLongLong()].last = SqlValue::toDate(q.value(1)); });
    const auto add = [](RiskFacts &f, const ProjectFacts &p) {
        f.overdueMilestones += p.overdue;
        f.losingProjects += p.losing ? 1 : 0;
        laterActivity(f, p.last);
    };
    ok = ok && eachRow(m_db, QStringLiteral("SELECT project_id, partner_id FROM participants"), {}, error, [&](const SqlStatement &q) {
        const auto p = projects.constFind(q.value(0).toLongLong());
        const auto f = facts.partners.find(q.value(1).toLongLong());
        if (p != projects.cend() && f != facts.partners.end()) add(*f, *p);
    });
    ok = ok && eachRow(m_db, QStringLiteral("SELECT id, contract_id FROM projects WHERE contract_id IS NOT NULL"), {}, error,
                       [&](const SqlStatement &q) {
                           const auto p = projects.constFind(q.value(0).toLongLong());
                           const auto f = facts.contracts.find(q.value(1).toLongLong());
                           if (p != projects.cend() && f != facts.contracts.end()) add(*f, *p);
                       });
    // Each partner's projects' revenue as a share of all projects', in the currency where it is largest.
    QHash<QString, double> revenue;
    ok = ok && eachRow(m_db, QStringLiteral("SELECT currency, SUM(revenue_minor) FROM ledger_project_totals GROUP BY currency"), {},
                       error, [&](const SqlStatement &q) { revenue.insert(q.value(0).toString(), q.value(1).toDouble()); });
    ok = ok && eachRow(m_db, QStringLiteral("SELECT partner_id, currency, revenue_minor FROM ledger_partner_totals"), {}, error,
                       [&](const SqlStatement &q) {
                           const double total = revenue.value(q.value(1).toString());
                           const auto f = facts.partners.find(q.value(0).toLongLong());
                           if (total > 0 && f != facts.partners.end())
                               f->revenueShareBasisPoints = qMax(f->revenueShareBasisPoints, int(10000.0 * q.value(2).toDouble() / total));
                       });
    if (!ok) return std::nullopt;
    return facts;
}
