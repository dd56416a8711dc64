#pragma once
// The rules a project (with its participants and milestones) and its ledger entries must meet,
// as messages a form shows while typing.
#include "models/records/LedgerEntry.h"
#include "models/records/Project.h"
#include "models/records/ValidationResult.h"

class ProjectValidator {
    Q_DECLARE_TR_FUNCTIONS(ProjectValidator)
public:
    ValidationResult validate(const Project &project) const;
    ValidationResult validate(const LedgerEntry &entry) const;
};
