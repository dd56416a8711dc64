#pragma once
// The fixed vocabularies of the records (kinds, industries, statuses, modes, roles...).
// Each value is stored in the workspace as a stable English text key ("research_institute"), so
// reordering an enum or translating the app never changes what a file means; what a person reads
// is the translated label.
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

enum class PartnerKind { Enterprise, Startup, ResearchInstitute, University, Government, Other };
enum class Industry {
    Healthcare, Finance, Manufacturing, Transport, Education, SmartCity, Logistics, Agriculture,
    Retail, Other
};
enum class PartnerTier { Strategic, Key, Standard };
enum class PartnerStatus { Prospect, Active, Paused, Ended };
enum class CooperationMode {
    JointRnD, ResourceSharing, TechnologyLicensing, DataSharing, StrategicInvestment, JointMarketing
};
enum class ContractStatus { Draft, Negotiation, Active, Expired, Terminated };
// How the parties of a contract agreed to share its benefits.
enum class AllocationMethod { ProportionalToContribution, FixedShares, PerformanceBased, Shapley };
enum class ProjectStatus { Planned, Running, OnHold, Done, Cancelled };
enum class ParticipantRole { TechnologyProvider, DataProvider, Channel, Investor, DomainExpert, Other };
enum class LedgerKind { Revenue, Cost };

template <typename E>
struct ChoiceEntry {
    E value;
    const char *key;    // stored in the workspace and in CSV files; never changes
    const char *label;  // English source text, translated in context "Choices"
};

// One table per vocabulary, defined in Choices.cpp.
template <typename E>
const QList<ChoiceEntry<E>> &choiceTable();

class Choices {
    Q_DECLARE_TR_FUNCTIONS(Choices)
public:
    template <typename E>
    static QList<E> all()
    {
        QList<E> values;
        for (const auto &entry : choiceTable<E>()) values.append(entry.value);
        return values;
    }

    template <typename E>
    static QString key(E value)
    {
        for (const auto &entry : choiceTable<E>())
            if (entry.value == value) return QString::fromLatin1(entry.key);
        return {};
    }

    // The key of an optional choice; empty for "any" (list filters).
    template <typename E>
    static QString key(const std::optional<E> &value)
    {
        return value ? key(*value) : QString();
    }

    // Accepts the stored key, or (for CSV files people typed) the English or translated label,
    // case-insensitively.
    template <typename E>
    static std::optional<E> fromKey(const QString &text)
    {
        const QString t = text.trimmed();
        for (const auto &entry : choiceTable<E>()) {
            if (t.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0 ||
                t.compare(QLatin1String(entry.label), Qt::CaseInsensitive) == 0 ||
                t.compare(tr(entry.label), Qt::CaseInsensitive) == 0)
                return entry.value;
        }
        return std::nullopt;
    }

    template <typename E>
    static QString label(E value)
    {
        for (const auto &entry : choiceTable<E>())
            if (entry.value == value) return tr(entry.label);
        return {};
    }

    // The label for a stored key (list models read keys straight from SQL).
    template <typename E>
    static QString labelForKey(const QString &key)
    {
        const auto value = fromKey<E>(key);
        return value ? label(*value) : key;
    }
};

template <> const QList<ChoiceEntry<PartnerKind>> &choiceTable<PartnerKind>();
template <> const QList<ChoiceEntry<Industry>> &choiceTable<Industry>();
template <> const QList<ChoiceEntry<PartnerTier>> &choiceTable<PartnerTier>();
template <> const QList<ChoiceEntry<PartnerStatus>> &choiceTable<PartnerStatus>();
template <> const QList<ChoiceEntry<CooperationMode>> &choiceTable<CooperationMode>();
template <> const QList<ChoiceEntry<ContractStatus>> &choiceTable<ContractStatus>();
template <> const QList<ChoiceEntry<AllocationMethod>> &choiceTable<AllocationMethod>();
template <> const QList<ChoiceEntry<ProjectStatus>> &choiceTable<ProjectStatus>();
template <> const QList<ChoiceEntry<ParticipantRole>> &choiceTable<ParticipantRole>();
template <> const QList<ChoiceEntry<LedgerKind>> &choiceTable<LedgerKind>();
