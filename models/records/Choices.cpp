#include "models/records/Choices.h"

// Keys are part of the file format: add new entries, never rename or remove one.

template <>
const QList<ChoiceEntry<PartnerKind>> &choiceTable<PartnerKind>()
{
    static const QList<ChoiceEntry<PartnerKind>> table = {
        {PartnerKind::Enterprise, "enterprise", QT_TRANSLATE_NOOP("Choices", "Enterprise")},
        {PartnerKind::Startup, "startup", QT_TRANSLATE_NOOP("Choices", "Startup")},
        {PartnerKind::ResearchInstitute, "research_institute", QT_TRANSLATE_NOOP("Choices", "Research institute")},
        {PartnerKind::University, "university", QT_TRANSLATE_NOOP("Choices", "University")},
        {PartnerKind::Government, "government", QT_TRANSLATE_NOOP("Choices", "Government")},
        {PartnerKind::Other, "other", QT_TRANSLATE_NOOP("Choices", "Other")},
    };
    return table;
}

template <>
const QList<ChoiceEntry<Industry>> &choiceTable<Industry>()
{
    static const QList<ChoiceEntry<Industry>> table = {
        {Industry::Healthcare, "healthcare", QT_TRANSLATE_NOOP("Choices", "Healthcare")},
        {Industry::Finance, "finance", QT_TRANSLATE_NOOP("Choices", "Finance")},
        {Industry::Manufacturing, "manufacturing", QT_TRANSLATE_NOOP("Choices", "Manufacturing")},
        {Industry::Transport, "transport", QT_TRANSLATE_NOOP("Choices", "Transport")},
        {Industry::Education, "education", QT_TRANSLATE_NOOP("Choices", "Education")},
        {Industry::SmartCity, "smart_city", QT_TRANSLATE_NOOP("Choices", "Smart city")},
        {Industry::Logistics, "logistics", QT_TRANSLATE_NOOP("Choices", "Logistics")},
        {Industry::Agriculture, "agriculture", QT_TRANSLATE_NOOP("Choices", "Agriculture")},
        {Industry::Retail, "retail", QT_TRANSLATE_NOOP("Choices", "Retail")},
        {Industry::Other, "other", QT_TRANSLATE_NOOP("Choices", "Other")},
    };
    return table;
}

template <>
const QList<ChoiceEntry<PartnerTier>> &choiceTable<PartnerTier>()
{
    static const QList<ChoiceEntry<PartnerTier>> table = {
        {PartnerTier::Strategic, "strategic", QT_TRANSLATE_NOOP("Choices", "Strategic")},
        {PartnerTier::Key, "key", QT_TRANSLATE_NOOP("Choices", "Key")},
        {PartnerTier::Standard, "standard", QT_TRANSLATE_NOOP("Choices", "Standard")},
    };
    return table;
}

template <>
const QList<ChoiceEntry<PartnerStatus>> &choiceTable<PartnerStatus>()
{
    static const QList<ChoiceEntry<PartnerStatus>> table = {
        {PartnerStatus::Prospect, "prospect", QT_TRANSLATE_NOOP("Choices", "Prospect")},
        {PartnerStatus::Active, "active", QT_TRANSLATE_NOOP("Choices", "Active")},
        {PartnerStatus::Paused, "paused", QT_TRANSLATE_NOOP("Choices", "Paused")},
        {PartnerStatus::Ended, "ended", QT_TRANSLATE_NOOP("Choices", "Ended")},
    };
    return table;
}

template <>
const QList<ChoiceEntry<CooperationMode>> &choiceTable<CooperationMode>()
{
    static const QList<ChoiceEntry<CooperationMode>> table = {
        {CooperationMode::JointRnD, "joint_rnd", QT_TRANSLATE_NOOP("Choices", "Joint R&D")},
        {CooperationMode::ResourceSharing, "resource_sharing", QT_TRANSLATE_NOOP("Choices", "Resource sharing")},
        {CooperationMode::TechnologyLicensing, "technology_licensing", QT_TRANSLATE_NOOP("Choices", "Technology licensing")},
        {CooperationMode::DataSharing, "data_sharing", QT_TRANSLATE_NOOP("Choices", "Data sharing")},
        {CooperationMode::StrategicInvestment, "strategic_investment", QT_TRANSLATE_NOOP("Choices", "Strategic investment")},
        {CooperationMode::JointMarketing, "joint_marketing", QT_TRANSLATE_NOOP("Choices", "Joint marketing")},
    };
    return table;
}

template <>
const QList<ChoiceEntry<ContractStatus>> &choiceTable<ContractStatus>()
{
    static const QList<ChoiceEntry<ContractStatus>> table = {
        {ContractStatus::Draft, "draft", QT_TRANSLATE_NOOP("Choices", "Draft")},
        {ContractStatus::Negotiation, "negotiation", QT_TRANSLATE_NOOP("Choices", "Negotiation")},
        {ContractStatus::Active, "active", QT_TRANSLATE_NOOP("Choices", "Active")},
        {ContractStatus::Expired, "expired", QT_TRANSLATE_NOOP("Choices", "Expired")},
        {ContractStatus::Terminated, "terminated", QT_TRANSLATE_NOOP("Choices", "Terminated")},
    };
    return table;
}

template <>
const QList<ChoiceEntry<AllocationMethod>> &choiceTable<AllocationMethod>()
{
    static const QList<ChoiceEntry<AllocationMethod>> table = {
        {AllocationMethod::ProportionalToContribution, "proportional", QT_TRANSLATE_NOOP("Choices", "Proportional to contribution")},
        {AllocationMethod::FixedShares, "fixed_shares", QT_TRANSLATE_NOOP("Choices", "Fixed shares")},
        {AllocationMethod::PerformanceBased, "performance", QT_TRANSLATE_NOOP("Choices", "Performance-based")},
        {AllocationMethod::Shapley, "shapley", QT_TRANSLATE_NOOP("Choices", "Shapley value")},
    };
    return table;
}

template <>
const QList<ChoiceEntry<ProjectStatus>> &choiceTable<ProjectStatus>()
{
    static const QList<ChoiceEntry<ProjectStatus>> table = {
        {ProjectStatus::Planned, "planned", QT_TRANSLATE_NOOP("Choices", "Planned")},
        {ProjectStatus::Running, "running", QT_TRANSLATE_NOOP("Choices", "Running")},
        {ProjectStatus::OnHold, "on_hold", QT_TRANSLATE_NOOP("Choices", "On hold")},
        {ProjectStatus::Done, "done", QT_TRANSLATE_NOOP("Choices", "Done")},
        {ProjectStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Choices", "Cancelled")},
    };
    return table;
}

template <>
const QList<ChoiceEntry<ParticipantRole>> &choiceTable<ParticipantRole>()
{
    static const QList<ChoiceEntry<ParticipantRole>> table = {
        {ParticipantRole::TechnologyProvider, "technology_provider", QT_TRANSLATE_NOOP("Choices", "Technology provider")},
        {ParticipantRole::DataProvider, "data_provider", QT_TRANSLATE_NOOP("Choices", "Data provider")},
        {ParticipantRole::Channel, "channel", QT_TRANSLATE_NOOP("Choices", "Channel")},
        {ParticipantRole::Investor, "investor", QT_TRANSLATE_NOOP("Choices", "Investor")},
        {ParticipantRole::DomainExpert, "domain_expert", QT_TRANSLATE_NOOP("Choices", "Domain expert")},
        {ParticipantRole::Other, "other", QT_TRANSLATE_NOOP("Choices", "Other")},
    };
    return table;
}

template <>
const QList<ChoiceEntry<LedgerKind>> &choiceTable<LedgerKind>()
{
    static const QList<ChoiceEntry<LedgerKind>> table = {
        {LedgerKind::Revenue, "revenue", QT_TRANSLATE_NOOP("Choices", "Revenue")},
        {LedgerKind::Cost, "cost", QT_TRANSLATE_NOOP("Choices", "Cost")},
    };
    return table;
}
