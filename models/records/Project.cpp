#include "models/records/Project.h"

#include <QJsonArray>

QJsonObject Participant::toJson() const
{
    return QJsonObject{
        {"partner_id", partnerId},
        {"role", Choices::key(role)},
        {"contribution_minor", QString::number(contribution.minorUnits())},
        {"currency", contribution.currency()},
        {"fixed_share_bp", fixedShareBasisPoints},
        {"performance_score", performanceScore},
    };
}

QJsonObject Milestone::toJson() const
{
    return QJsonObject{
        {"id", id},
        {"title", title},
        {"due_date", dueDate.toString(Qt::ISODate)},
        {"done_date", doneDate.toString(Qt::ISODate)},
    };
}

bool Project::hasOverdueMilestones(const QDate &today) const
{
    for (const Milestone &m : milestones)
        if (m.isOverdue(today)) return true;
    return false;
}

QJsonObject Project::toJson() const
{
    QJsonArray people, steps;
    for (const Participant &p : participants) people.append(p.toJson());
    for (const Milestone &m : milestones) steps.append(m.toJson());
    return QJsonObject{
        {"id", id},
        {"name", name},
        {"industry", Choices::key(industry)},
        {"contract_id", contractId},
        {"status", Choices::key(status)},
        {"start_date", startDate.toString(Qt::ISODate)},
        {"end_date", endDate.toString(Qt::ISODate)},
        {"participants", people},
        {"milestones", steps},
        {"created_at", createdAt.toString(Qt::ISODateWithMs)},
        {"updated_at", updatedAt.toString(Qt::ISODateWithMs)},
        {"version", version},
    };
}
