#pragma once
// The rules a partner must meet before it is stored, as messages a form shows while typing.
#include "models/records/Partner.h"
#include "models/records/ValidationResult.h"

class PartnerRepository;

class PartnerValidator {
    Q_DECLARE_TR_FUNCTIONS(PartnerValidator)
public:
    // With a repository, the name is also checked to be unique in the workspace.
    explicit PartnerValidator(const PartnerRepository *repository = nullptr) : m_repository(repository) {}

    ValidationResult validate(const Partner &partner) const;
    static bool isValidEmail(const QString &email);

private:
    const PartnerRepository *m_repository;
};
