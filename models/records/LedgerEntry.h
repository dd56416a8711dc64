#pragma once
// One dated revenue or cost line of a project. Amounts are never negative: the kind says which
// way the money goes.
#include "models/records/Choices.h"
#include "models/records/Money.h"

#include <QDate>
#include <QJsonObject>

struct LedgerEntry {
    qint64 id = 0;
    qint64 projectId = 0;
    QDate date;
    LedgerKind kind = LedgerKind::Revenue;
    Money amount{0, QStringLiteral("USD")};
    QString description;
    // The stored version this record was read at (0 until stored): every save adds 1, and a save or
    // delete over a version that has moved on is refused as a conflict.
    qint64 version = 0;

    QJsonObject toJson() const;
    bool operator==(const LedgerEntry &o) const { return toJson() == o.toJson(); }
};
