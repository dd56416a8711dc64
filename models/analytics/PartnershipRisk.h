#pragma once
// Partnership risk: the level (low / medium / high) of a partner or contract with the reasons
// behind it, from concrete indicators (RiskFacts, read by RiskQueries). Each indicator gives one
// reason when it crosses its threshold (RiskThresholds: settings with these defaults):
//
//   serious   a contract inside its notice period with no renewal (no later contract with a
//             common party in draft, negotiation or active); data access ended while training
//             runs still use the data (queued or running, or started after access ended); data
//             shared without an NDA
//   moderate  overdue milestones (1 or more); projects losing money (1 or more); the partner's
//             share of the portfolio's revenue (25 % or more, in any currency); data shared
//             without anonymisation terms; no ledger activity for 6 months (active partners and
//             contracts only); rating 2 or lower
//
// The level: high with any serious reason or with 3 or more moderate ones, medium with one or
// two moderate ones, low with none.
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QSettings;

enum class RiskLevel { Low, Medium, High };

struct RiskThresholds {
    int overdueMilestones = 1;
    int losingProjects = 1;
    int revenueSharePercent = 25;
    int inactiveMonths = 6;
    int lowRating = 2;
    int moderateReasonsForHigh = 3;

    // The defaults above, overridden by the keys under "risk/" (risk/inactiveMonths, ...).
    static RiskThresholds fromSettings(const QSettings &settings);
};

// What the indicators read about one partner or contract.
struct RiskFacts {
    QDate endsWithinNotice;        // end date of a contract inside its notice period, no renewal
    QString endingReference;       // that contract's reference
    QDate dataAccessEnded;         // when data access ended under a contract ...
    int runsUsingEndedData = 0;    // ... and how many training runs still use that data
    bool dataWithoutNda = false;   // an active data-sharing contract without an NDA
    bool dataWithoutAnonymisation = false;
    int overdueMilestones = 0;     // in its projects
    int losingProjects = 0;        // its projects with a lifetime loss (any currency)
    int revenueShareBasisPoints = 0;  // partners: its projects' share of the portfolio revenue
    bool expectsActivity = false;  // an active partner or contract: silence is a risk
    QDate lastActivity;            // newest ledger entry of its projects, else when it started
    int rating = 0;                // partners: 1..5; contracts: 0 (not rated)
};

struct RiskReason {
    QString text;
    bool serious = false;
};

struct RiskAssessment {
    RiskLevel level = RiskLevel::Low;
    QList<RiskReason> reasons;
};

class PartnershipRisk {
    Q_DECLARE_TR_FUNCTIONS(PartnershipRisk)
public:
    static RiskAssessment assess(const RiskFacts &facts, const RiskThresholds &thresholds, const QDate &today);
    static QString label(RiskLevel level);
    // "High", then each reason on a line of its own ("- data is shared without an NDA").
    static QString summary(const RiskAssessment &assessment);
    // Whole months from `from` to `to` (a month counts once its day of the month is reached).
    static int monthsBetween(const QDate &from, const QDate &to);
};
