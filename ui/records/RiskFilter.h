#pragma once
// The Risk filter of the partner and contract lists: the value is the lowest level shown, so
// "Medium or high" is what the dashboard's "partnerships at risk" tile opens.
#include "models/analytics/PartnershipRisk.h"
#include "ui/records/RecordList.h"

#include <QCoreApplication>

namespace RiskFilter {

inline const QString kKey = QStringLiteral("risk");

inline RecordList::Filter filter()
{
    return {kKey, QCoreApplication::translate("RiskFilter", "Risk"),
            {{QCoreApplication::translate("RiskFilter", "Any risk"), QVariant()},
             {QCoreApplication::translate("RiskFilter", "Medium or high"), int(RiskLevel::Medium)},
             {QCoreApplication::translate("RiskFilter", "High"), int(RiskLevel::High)}}};
}

inline std::optional<RiskLevel> atLeast(const QVariant &value)
{
    return value.isValid() ? std::optional(RiskLevel(value.toInt())) : std::nullopt;
}

}  // namespace RiskFilter
