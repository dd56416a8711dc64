#include "models/analytics/PartnershipRisk.h"

#include <QLocale>
#include <QSettings>

RiskThresholds RiskThresholds::fromSettings(const QSettings &settings)
{
    RiskThresholds t;
    const auto read = [&settings](const char *key, int fallback) {
        return settings.value(QStringLiteral("risk/") + QLatin1String(key), fallback).toInt();
    };
    t.overdueMilestones = read("overdueMilestones", t.overdueMilestones);
    t.losingProjects = read("losingProjects", t.losingProjects);
    t.revenueSharePercent = read("revenueSharePercent", t.revenueSharePercent);
    t.inactiveMonths = read("inactiveMonths", t.inactiveMonths);
    t.lowRating = read("lowRating", t.lowRating);
    t.moderateReasonsForHigh = read("moderateReasonsForHigh", t.moderateReasonsForHigh);
    return t;
}

int PartnershipRisk::monthsBetween(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to <= from) return 0;
    int months = (to.year() - from.year()) * 12 + to.month() - from.month();
    if (to.day() < from.day()) --months;
    return months;
}

QString PartnershipRisk::label(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low: return tr("Low");
    case RiskLevel::Medium: return tr("Medium");
    case RiskLevel::High: return tr("High");
    }
    return {};
}

QString PartnershipRisk::summary(const RiskAssessment &assessment)
{
    QString text = label(assessment.level);
    for (const RiskReason &r : assessment.reasons) text += QStringLiteral("\n- ") + r.text;
    return text;
}

RiskAssessment PartnershipRisk::assess(const RiskFacts &f, const RiskThresholds &t, const QDate &today)
{
    RiskAssessment a;
    const QLocale locale;
    const auto date = [&locale](const QDate &d) { return locale.toString(d, QLocale::ShortFormat); };
    if (f.endsWithinNotice.isValid())
        a.reasons.append({tr("contract %1 ends on %2, inside its notice period, with no renewal")
                              .arg(f.endingReference, date(f.endsWithinNotice)),
                          true});
    if (f.dataAccessEnded.isValid() && f.runsUsingEndedData > 0)
        a.reasons.append({tr("data access ended on %1 while %n training run(s) still use the data", "", f.runsUsingEndedData)
                              .arg(date(f.dataAccessEnded)),
                          true});
    if (f.dataWithoutNda) a.reasons.append({tr("data is shared without an NDA"), true});
    if (f.overdueMilestones >= t.overdueMilestones && f.overdueMilestones > 0)
        a.reasons.append({tr("%n overdue milestone(s)", "", f.overdueMilestones)});
    if (f.losingProjects >= t.losingProjects && f.losingProjects > 0)
        a.reasons.append({tr("%n project(s) losing money", "", f.losingProjects)});
    if (f.revenueShareBasisPoints > 0 && f.revenueShareBasisPoints >= t.revenueSharePercent * 100)
        a.reasons.append({tr("%1 % of the portfolio's revenue depends on it").arg(locale.toString(f.revenueShareBasisPoints / 100.0, 'f', 1))});
    if (f.dataWithoutAnonymisation) a.reasons.append({tr("data is shared without anonymisation terms")});
    if (const int idle = monthsBetween(f.lastActivity, today); f.expectsActivity && f.lastActivity.isValid() && idle >= t.inactiveMonths)
        a.reasons.append({tr("no activity for %n month(s)", "", idle)});
    if (f.rating > 0 && f.rating <= t.lowRating) a.reasons.append({tr("low rating: %1 of 5").arg(f.rating)});

    int moderate = 0;
    bool serious = false;
    for (const RiskReason &r : a.reasons) {
        serious = serious || r.serious;
        moderate += r.serious ? 0 : 1;
    }
    a.level = serious || moderate >= t.moderateReasonsForHigh ? RiskLevel::High : (moderate > 0 ? RiskLevel::Medium : RiskLevel::Low);
    return a;
}
