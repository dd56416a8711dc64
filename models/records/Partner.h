#pragma once
// A company, institute or agency that Lepton works with (or hopes to).
#include "models/records/Choices.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

struct Partner {
    qint64 id = 0;  // 0 until stored
    QString name;   // unique in a workspace (case-insensitive)
    PartnerKind kind = PartnerKind::Enterprise;
    Industry industry = Industry::Other;
    QString country;
    QString city;
    QString website;
    QString contactPerson;
    QString email;
    QString phone;
    QStringList capabilityTags;  // free text such as "medical imaging", "IoT"
    PartnerTier tier = PartnerTier::Standard;
    PartnerStatus status = PartnerStatus::Prospect;
    int rating = 3;  // 1..5
    QString notes;
    QDateTime createdAt;  // UTC, set by the repository
    QDateTime updatedAt;
    // The stored version this record was read at (0 until stored): every save adds 1, and a save or
    // delete over a version that has moved on is refused as a conflict.
    qint64 version = 0;

    // Every field by its stable name, for the audit log.
    QJsonObject toJson() const;
    bool operator==(const Partner &o) const { return toJson() == o.toJson(); }
};
