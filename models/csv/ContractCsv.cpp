#include "models/csv/ContractCsv.h"

QList<RecordCsv::Field> ContractCsv::fields() const
{
    return {{"reference", tr("Reference"), true},
            {"title", tr("Title"), true},
            {"mode", tr("Cooperation mode")},
            {"parties", tr("Parties (partner names separated by ;)"), true},
            {"start_date", tr("Start date"), true},
            {"end_date", tr("End date"), true},
            {"notice_period_days", tr("Notice period (days)")},
            {"total_value", tr("Total value")},
            {"currency", tr("Currency")},
            {"status", tr("Status")},
            {"nda_signed", tr("NDA signed")},
            {"ip_ownership_terms", tr("IP ownership terms")},
            {"data_allowed_use", tr("Allowed data use")},
            {"anonymisation_required", tr("Anonymisation required")},
            {"data_access_expiry", tr("Data access expiry")},
            {"allocation_method", tr("Benefit allocation")},
            {"pair_synergy_basis_points", tr("Synergy per pair (basis points of profit, 500 = 5 %)")}};
}

bool ContractCsv::cellsOf(qint64 id, QStringList *cells, QString *error) const
{
    const auto c = m_contracts.find(id, error);
    if (!c) return false;
    QStringList parties;
    for (qint64 partnerId : c->partyIds)
        if (const auto partner = m_partners.find(partnerId, error)) parties << partner->name;
    *cells = {c->reference, c->title, Choices::key(c->mode), joinList(parties), c->startDate.toString(Qt::ISODate),
              c->endDate.toString(Qt::ISODate), QString::number(c->noticePeriodDays), c->totalValue.toPlainString(),
              c->totalValue.currency(), Choices::key(c->status), yesNo(c->ndaSigned), c->ipOwnershipTerms, c->dataAllowedUse,
              yesNo(c->anonymisationRequired), c->dataAccessExpiry.toString(Qt::ISODate), Choices::key(c->allocationMethod),
              QString::number(c->pairSynergyBasisPoints)};
    return true;
}

bool ContractCsv::store(const QHash<QString, QString> &values, QString *error)
{
    Contract c;
    c.reference = values.value("reference");
    c.title = values.value("title");
    c.ipOwnershipTerms = values.value("ip_ownership_terms");
    c.dataAllowedUse = values.value("data_allowed_use");
    for (const QString &name : list(values.value("parties"))) {
        const auto partner = m_partners.findByName(name, error);
        if (!partner) {
            *error = tr("parties: there is no partner called \"%1\". Import the partners first, or correct the name.").arg(name);
            return false;
        }
        c.partyIds << partner->id;
    }
    const QString currency = values.value("currency").trimmed().isEmpty() ? c.totalValue.currency() : values.value("currency").trimmed().toUpper();
    const QString amount = values.value("total_value").trimmed();
    if (!amount.isEmpty()) {
        QString why;
        const auto value = Money::parse(amount, currency, QLocale::c(), &why);
        if (!value) {
            *error = tr("total_value: %1").arg(why);
            return false;
        }
        c.totalValue = *value;
    } else {
        c.totalValue = Money(0, currency);
    }
    return choice(values, "mode", &c.mode, error) && choice(values, "status", &c.status, error) &&
           choice(values, "allocation_method", &c.allocationMethod, error) && date(values, "start_date", &c.startDate, error) &&
           date(values, "end_date", &c.endDate, error) && date(values, "data_access_expiry", &c.dataAccessExpiry, error) &&
           integer(values, "notice_period_days", &c.noticePeriodDays, error) &&
           integer(values, "pair_synergy_basis_points", &c.pairSynergyBasisPoints, error) && boolean(values, "nda_signed", &c.ndaSigned, error) &&
           boolean(values, "anonymisation_required", &c.anonymisationRequired, error) && m_contracts.create(c, error);
}
