#pragma once
// A joint project: who takes part and how, its milestones. Its ledger (revenue and cost lines)
// can be long, so it is read and written separately (ProjectRepository::ledger).
#include "models/records/Choices.h"
#include "models/records/Money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

struct Participant {
    qint64 partnerId = 0;
    ParticipantRole role = ParticipantRole::TechnologyProvider;
    Money contribution{0, QStringLiteral("USD")};  // not negative
    int fixedShareBasisPoints = 0;  // fixed share in 1/100 of a percent: 2500 = 25 %
    double performanceScore = 0;    // 0..100, for performance-based allocation

    QJsonObject toJson() const;
};

struct Milestone {
    qint64 id = 0;
    QString title;
    QDate dueDate;
    QDate doneDate;  // null while open

    bool isOverdue(const QDate &today) const { return !doneDate.isValid() && dueDate < today; }
    QJsonObject toJson() const;
};

struct Project {
    qint64 id = 0;
    QString name;
    Industry industry = Industry::Other;
    qint64 contractId = 0;  // 0: no contract
    ProjectStatus status = ProjectStatus::Planned;
    QDate startDate;
    QDate endDate;  // null while open-ended
    QList<Participant> participants;
    QList<Milestone> milestones;
    QDateTime createdAt;
    QDateTime updatedAt;
    // The stored version this record was read at (0 until stored): every save adds 1, and a save or
    // delete over a version that has moved on is refused as a conflict.
    qint64 version = 0;

    bool hasOverdueMilestones(const QDate &today) const;
    QJsonObject toJson() const;
    bool operator==(const Project &o) const { return toJson() == o.toJson(); }
};
