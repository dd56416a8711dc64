#include "models/analytics/PartnerMatcher.h"

#include "models/repositories/LedgerTotals.h"
#include "training/tokenizer/TextNormalizer.h"

#include <algorithm>
#include <cmath>

namespace {

// Words that say nothing about a capability; the IDF of a small workspace would not tell.
const QSet<QString> &functionWords()
{
    static const QSet<QString> words{"a", "an", "and", "or", "of", "for", "in", "on", "to", "the", "with", "by", "at", "from"};
    return words;
}

// Every word of the text in order, as the engine's normaliser splits it, without punctuation.
QStringList words(const QString &text)
{
    static const lepton::TextNormalizer normalizer(true, true, true);
    const QByteArray utf8 = text.toUtf8();
    std::string chars;
    std::vector<uint32_t> ends;
    normalizer.splitWords(std::string_view(utf8.constData(), size_t(utf8.size())), chars, ends);
    QStringList out;
    uint32_t begin = 0;
    for (const uint32_t end : ends) {
        const QString word = QString::fromUtf8(chars.data() + begin, int(end - begin));
        begin = end;
        const bool meaningful = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (meaningful && !functionWords().contains(word)) out << word;
    }
    return out;
}

QString documentOf(const PartnerProfile &p)
{
    return p.capabilityTags.join(QLatin1Char(' ')) + QLatin1Char(' ') + p.notes;
}

double statusWeight(PartnerStatus status)
{
    switch (status) {
    case PartnerStatus::Active: return 0.5;
    case PartnerStatus::Paused: return -0.25;
    case PartnerStatus::Ended: return -1.0;
    case PartnerStatus::Prospect: return 0;
    }
    return 0;
}

// +1 when the past projects made money in total (no currency lost), -1 when they lost (none made).
int profitSign(const QList<Money> &profit)
{
    bool gain = false, loss = false;
    for (const Money &m : profit) {
        gain = gain || m.minorUnits() > 0;
        loss = loss || m.minorUnits() < 0;
    }
    return gain == loss ? 0 : (gain ? 1 : -1);
}

double trackWeight(const PartnerProfile &p)
{
    return 0.2 * std::min(p.pastProjects, 5) + 0.5 * profitSign(p.profit);
}

double ratingWeight(const PartnerProfile &p) { return (p.rating - 3) * 0.25; }

double dataWeight(const PartnerProfile &p, const TechnologyNeed &need)
{
    if (!need.needsData) return 0;
    return p.dataTermsInForce ? 0.5 : -0.5;
}

double industryWeight(const PartnerProfile &p, const TechnologyNeed &need)
{
    return need.industry && *need.industry == p.industry ? 1.0 : 0;
}

}  // namespace

PartnerMatcher::PartnerMatcher(QList<PartnerProfile> partners) : m_partners(std::move(partners))
{
    m_lengths.reserve(size_t(m_partners.size()));
    qint64 total = 0;
    for (int i = 0; i < m_partners.size(); ++i) {
        const QStringList all = words(documentOf(m_partners[i]));
        QHash<QString, int> counts;
        for (const QString &w : all) ++counts[w];
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            auto slot = m_termIds.find(it.key());
            if (slot == m_termIds.end()) {
                slot = m_termIds.insert(it.key(), int(m_postings.size()));
                m_postings.emplace_back();
            }
            m_postings[size_t(*slot)].push_back({i, it.value()});
        }
        m_lengths.push_back(int(all.size()));
        total += all.size();
    }
    m_averageLength = m_partners.isEmpty() ? 0 : double(total) / m_partners.size();
}

QStringList PartnerMatcher::terms(const QString &text)
{
    QStringList distinct;
    QSet<QString> seen;
    for (const QString &w : words(text))
        if (!seen.contains(w)) {
            seen.insert(w);
            distinct << w;
        }
    return distinct;
}

QList<PartnerMatch> PartnerMatcher::rank(const TechnologyNeed &need, int limit) const
{
    const QStringList needTerms = terms(need.text);
    QSet<QString> projectHas;
    for (const QString &tag : need.projectCapabilities)
        for (const QString &t : terms(tag)) projectHas.insert(t);

    // BM25 per partner, split into what it brings (terms the project lacks) and what it repeats.
    const size_t n = size_t(m_partners.size());
    std::vector<double> brings(n, 0), repeats(n, 0);
    std::vector<char> candidate(n, needTerms.isEmpty() ? 1 : 0);
    for (const QString &t : needTerms) {
        const auto id = m_termIds.constFind(t);
        if (id == m_termIds.cend()) continue;
        const std::vector<Posting> &postings = m_postings[size_t(*id)];
        const double df = double(postings.size());
        const double idf = std::log(1 + (double(n) - df + 0.5) / (df + 0.5));
        const bool lacking = !projectHas.contains(t);
        for (const Posting &p : postings) {
            const double norm = 1 - kB + kB * m_lengths[size_t(p.partner)] / m_averageLength;
            const double part = idf * p.count * (kK1 + 1) / (p.count + kK1 * norm);
            (lacking ? brings : repeats)[size_t(p.partner)] += lacking ? part : part / 2;
            candidate[size_t(p.partner)] = 1;
        }
    }

    struct Scored {
        double score;
        int partner;
    };
    std::vector<Scored> scored;
    for (size_t i = 0; i < n; ++i) {
        const PartnerProfile &p = m_partners[int(i)];
        if (!candidate[i] || need.participants.contains(p.id)) continue;
        const double score = brings[i] + repeats[i] + industryWeight(p, need) + trackWeight(p) + ratingWeight(p) +
                             statusWeight(p.status) + dataWeight(p, need);
        scored.push_back({score, int(i)});
    }
    const auto better = [this](const Scored &a, const Scored &b) {
        if (a.score != b.score) return a.score > b.score;
        return m_partners[a.partner].name.compare(m_partners[b.partner].name, Qt::CaseInsensitive) < 0;
    };
    const size_t shown = std::min(scored.size(), size_t(std::max(limit, 0)));
    std::partial_sort(scored.begin(), scored.begin() + ptrdiff_t(shown), scored.end(), better);

    // Reasons only for the partners shown: which of their tags carry the matched terms.
    QSet<QString> lacking;
    for (const QString &t : needTerms)
        if (!projectHas.contains(t)) lacking.insert(t);
    const bool forProject = !need.participants.isEmpty() || !need.projectCapabilities.isEmpty();
    QList<PartnerMatch> out;
    for (size_t k = 0; k < shown; ++k) {
        const int i = scored[k].partner;
        const PartnerProfile &p = m_partners[i];
        PartnerMatch match{p.id, p.name, scored[k].score, {}};
        const QSet<QString> has = [&] {
            const QStringList all = words(documentOf(p));
            return QSet<QString>(all.cbegin(), all.cend());
        }();
        QStringList broughtTags, repeatedTags;
        for (const QString &tag : p.capabilityTags) {
            const QStringList tagTerms = terms(tag);
            const auto in = [&](const QSet<QString> &set) {
                return std::any_of(tagTerms.cbegin(), tagTerms.cend(), [&](const QString &t) { return set.contains(t) && needTerms.contains(t); });
            };
            if (in(lacking)) broughtTags << tag;
            else if (in(projectHas)) repeatedTags << tag;
        }
        int covered = 0;
        for (const QString &t : lacking) covered += has.contains(t) ? 1 : 0;
        if (brings[size_t(i)] > 0) {
            const QString what = broughtTags.isEmpty() ? tr("notes mention the need") : broughtTags.join(QStringLiteral(", "));
            match.reasons.append({forProject ? tr("brings: %1 (%2 of %3 needs the project lacks)").arg(what).arg(covered).arg(lacking.size())
                                             : tr("brings: %1 (%2 of %3 needs)").arg(what).arg(covered).arg(lacking.size()),
                                  brings[size_t(i)]});
        }
        if (repeats[size_t(i)] > 0)
            match.reasons.append({tr("repeats what the project has: %1")
                                      .arg(repeatedTags.isEmpty() ? tr("notes") : repeatedTags.join(QStringLiteral(", "))),
                                  repeats[size_t(i)]});
        if (const double w = industryWeight(p, need); w != 0)
            match.reasons.append({tr("same industry: %1").arg(Choices::label(p.industry)), w});
        if (const double w = trackWeight(p); w != 0)
            match.reasons.append({tr("%n past project(s), profit %1", "", p.pastProjects).arg(LedgerTotals::format(p.profit)), w});
        if (const double w = ratingWeight(p); w != 0) match.reasons.append({tr("rating %1 of 5").arg(p.rating), w});
        if (const double w = statusWeight(p.status); w != 0)
            match.reasons.append({tr("status: %1").arg(Choices::label(p.status)), w});
        if (const double w = dataWeight(p, need); w != 0)
            match.reasons.append({p.dataTermsInForce ? tr("NDA and data access in force") : tr("no NDA with open data access"), w});
        out.append(match);
    }
    return out;
}
