#include "models/records/PartnerValidator.h"

#include "models/repositories/PartnerRepository.h"

#include <QRegularExpression>

bool PartnerValidator::isValidEmail(const QString &email)
{
    // Deliberately loose (RFC 5322 allows far more): one @, no spaces, a dot in the domain.
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s.]+$)"));
    return pattern.match(email).hasMatch();
}

ValidationResult PartnerValidator::validate(const Partner &partner) const
{
    ValidationResult result;
    const QString name = partner.name.trimmed();
    if (name.isEmpty())
        result.add(QStringLiteral("name"), tr("Enter the partner's name."));
    else if (m_repository && m_repository->nameTaken(name, partner.id))
        result.add(QStringLiteral("name"), tr("Another partner is already called \"%1\". Choose a different name.").arg(name));
    if (!partner.email.trimmed().isEmpty() && !isValidEmail(partner.email.trimmed()))
        result.add(QStringLiteral("email"), tr("\"%1\" is not an e-mail address such as name@example.com.").arg(partner.email.trimmed()));
    if (partner.rating < 1 || partner.rating > 5)
        result.add(QStringLiteral("rating"), tr("The rating must be between 1 and 5."));
    for (const QString &tag : partner.capabilityTags)
        if (tag.trimmed().isEmpty()) {
            result.add(QStringLiteral("capability_tags"), tr("Remove the empty capability tag."));
            break;
        }
    return result;
}
