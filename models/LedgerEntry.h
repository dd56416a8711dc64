#pragma once
// One dated revenue or cost line of a project. Amounts are never negative: the kind says which
// way the money goes.
#include "Choices.h"
#include "Money.h"

#include <QDate>
#include <QJsonObject>

struct LedgerEntry {
    qint64 id = 0;
    qint64 projectId = 0;
    QDate date;
    LedgerKind kind = LedgerKind::Revenue;
    Money amount{0, QStringLiteral("USD")};
    QString description;

    QJsonObject toJson() const;
    bool operator==(const LedgerEntry &o) const { return toJson() == o.toJson(); }
};
