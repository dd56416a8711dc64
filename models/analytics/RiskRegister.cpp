#include "models/analytics/RiskRegister.h"

#include "models/analytics/RiskQueries.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString reasonsJson(const RiskAssessment &a)
{
    QJsonArray reasons;
    for (const RiskReason &r : a.reasons) reasons.append(QJsonObject{{"text", r.text}, {"serious", r.serious}});
    return QString::fromUtf8(QJsonDocument(reasons).toJson(QJsonDocument::Compact));
}
}  // namespace

QString RiskRegister::key(Kind kind)
{
    return kind == Kind::Partner ? QStringLiteral("partner") : QStringLiteral("contract");
}

bool RiskRegister::assess(const RiskThresholds &thresholds, const QDate &today, QString *error) const
{
    const std::optional<RiskQueries::Facts> facts = RiskQueries(m_db).all(today, error);
    if (!facts) return false;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        if (error) *error = transaction.error();
        return false;
    }
    if (!SqlStatement::execAll(m_db, {QStringLiteral("DELETE FROM partnership_risk")}, error)) return false;
    SqlStatement insert(m_db, QStringLiteral("INSERT INTO partnership_risk (record_kind, record_id, level, reasons) VALUES (?, ?, ?, ?)"));
    for (const auto &[kind, records] : {std::pair{Kind::Partner, &facts->partners}, std::pair{Kind::Contract, &facts->contracts}})
        for (auto it = records->cbegin(); it != records->cend(); ++it) {
            const RiskAssessment a = PartnershipRisk::assess(it.value(), thresholds, today);
            if (!insert.exec({key(kind), it.key(), int(a.level), reasonsJson(a)}, error)) return false;
        }
    return transaction.commit(error);
}

std::optional<RiskAssessment> RiskRegister::find(Kind kind, qint64 id, QString *error) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT level, reasons FROM partnership_risk WHERE record_kind = ? AND record_id = ?"));
    if (!q.exec({key(kind), id}, error) || !q.next()) return std::nullopt;
    RiskAssessment a;
    a.level = RiskLevel(qBound(0, q.value(0).toInt(), 2));
    for (const QJsonValue &r : QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array())
        a.reasons.append({r[QLatin1String("text")].toString(), r[QLatin1String("serious")].toBool()});
    return a;
}

std::optional<RiskRegister::Summary> RiskRegister::summary(Kind kind, QString *error) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT level, COUNT(*) FROM partnership_risk WHERE record_kind = ? GROUP BY level"));
    if (!q.exec({key(kind)}, error)) return std::nullopt;
    Summary s;
    while (q.next()) {
        s.byLevel[RiskLevel(qBound(0, q.value(0).toInt(), 2))] += q.value(1).toInt();
        s.assessed += q.value(1).toInt();
    }
    return s;
}
