#pragma once
// The rules a contract must meet before it is stored, as messages a form shows while typing.
#include "models/records/Contract.h"
#include "models/records/ValidationResult.h"

class ContractRepository;

class ContractValidator {
    Q_DECLARE_TR_FUNCTIONS(ContractValidator)
public:
    // With a repository, the reference is also checked to be unique in the workspace.
    explicit ContractValidator(const ContractRepository *repository = nullptr) : m_repository(repository) {}

    ValidationResult validate(const Contract &contract) const;

private:
    const ContractRepository *m_repository;
};
