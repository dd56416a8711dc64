#pragma once
// Technology matching: ranks partners by how well they fit a need (a project's, or one typed as
// capabilities, industry and free text). Every score is the sum of the reasons it lists:
//
//   capabilities  BM25 (k1 = 1.2, b = 0.75) of the need's terms over each partner's capability
//                 tags and notes; a term the project's participants already bring counts half,
//                 so a partner who brings what the project lacks ranks above one who repeats it
//   industry      +1 when the partner works in the need's industry
//   track record  +0.2 per past project (at most +1), +0.5 when those projects made a profit in
//                 total, -0.5 when they lost money
//   rating        (rating - 3) x 0.25
//   status        active +0.5, paused -0.25, ended -1
//   data terms    when the need asks for the partner's data: +0.5 with an NDA in force under an
//                 active contract whose data access has not expired, else -0.5
//
// Terms are the words of the engine's BERT normaliser (lower-cased, accents stripped, every CJK
// character a term of its own), without punctuation and a few English function words. A need
// with terms ranks only partners who match at least one; a need without terms ranks them all.
// The index is built once per workspace read; ranking 100,000 partners takes milliseconds
// (bench_analytics).
#include "models/records/Choices.h"
#include "models/records/Money.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>
#include <vector>

// What the ranking knows about one partner.
struct PartnerProfile {
    qint64 id = 0;
    QString name;
    Industry industry = Industry::Other;
    PartnerStatus status = PartnerStatus::Prospect;
    int rating = 3;
    QStringList capabilityTags;
    QString notes;
    int pastProjects = 0;
    QList<Money> profit;         // of its past projects, per currency
    bool dataTermsInForce = false;  // NDA signed under an active contract with data access open
};

// What is asked for: typed by the user, or a project's (its participants and their capabilities).
struct TechnologyNeed {
    QString text;                       // capabilities and free text
    std::optional<Industry> industry;
    bool needsData = false;             // the partner is to share data
    QStringList projectCapabilities;    // what the project's participants already bring
    QSet<qint64> participants;          // already in the project: not proposed again
};

struct MatchReason {
    QString text;   // "brings: medical imaging, data annotation; covers 2 of 3 needs the project lacks"
    double weight;  // its part of the score
};

struct PartnerMatch {
    qint64 partnerId = 0;
    QString name;
    double score = 0;
    QList<MatchReason> reasons;  // in the order of the score's terms above; zero weights left out
};

class PartnerMatcher {
    Q_DECLARE_TR_FUNCTIONS(PartnerMatcher)
public:
    static constexpr double kK1 = 1.2;
    static constexpr double kB = 0.75;

    explicit PartnerMatcher(QList<PartnerProfile> partners);

    // The best `limit` partners for the need, best first (ties by name).
    QList<PartnerMatch> rank(const TechnologyNeed &need, int limit = 50) const;

    int partnerCount() const { return int(m_partners.size()); }
    // The distinct terms of a text as the ranking reads them (for the reasons and for tests).
    static QStringList terms(const QString &text);

private:
    struct Posting {
        int partner;  // index into m_partners
        int count;    // the term's occurrences in the partner's text
    };

    QList<PartnerProfile> m_partners;
    QHash<QString, int> m_termIds;
    std::vector<std::vector<Posting>> m_postings;  // by term id
    std::vector<int> m_lengths;                    // terms in each partner's text
    double m_averageLength = 0;
};
