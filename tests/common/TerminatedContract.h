#pragma once
// A hospital that shared imaging data under a contract that is now terminated: training on that
// data needs the user's reason (TrainingRun::dataAccessProblem).
#include "models/repositories/ContractRepository.h"
#include "models/repositories/PartnerRepository.h"
#include "models/storage/Workspace.h"

#include <QDate>

struct TerminatedContract {
    Partner hospital;
    Contract contract;

    // Stores both; false with *error when the workspace refuses them.
    bool create(Workspace &workspace, const QString &reference, QString *error)
    {
        hospital.name = reference + QStringLiteral(" Westlake Hospital");
        hospital.rating = 4;
        if (!PartnerRepository(workspace).create(hospital, error)) return false;
        contract.reference = reference;
        contract.title = QStringLiteral("Imaging data");
        contract.mode = CooperationMode::DataSharing;
        contract.partyIds = {hospital.id};
        contract.startDate = QDate(2024, 1, 1);
        contract.endDate = QDate(2025, 12, 31);
        contract.totalValue = Money(0, "CNY");
        contract.status = ContractStatus::Terminated;
        return ContractRepository(workspace).create(contract, error);
    }
};
