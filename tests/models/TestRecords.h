#pragma once
// Small builders for test records, so each test states only what matters to it.
#include "models/records/Contract.h"
#include "models/repositories/ContractRepository.h"
#include "models/records/Partner.h"
#include "models/repositories/PartnerRepository.h"
#include "models/records/Project.h"
#include "models/repositories/ProjectRepository.h"
#include "models/records/TrainingRun.h"
#include "TestBackend.h"
#include "models/storage/Workspace.h"

#include <QTemporaryDir>
#include <QtTest>

namespace TestRecords {

inline Partner partner(const QString &name, PartnerStatus status = PartnerStatus::Active, Industry industry = Industry::Healthcare)
{
    Partner p;
    p.name = name;
    p.kind = PartnerKind::Startup;
    p.industry = industry;
    p.status = status;
    p.country = "China";
    p.city = "Hangzhou";
    p.rating = 3;
    return p;
}

inline Contract contract(const QString &reference, const QList<qint64> &parties)
{
    Contract c;
    c.reference = reference;
    c.title = "Pilot " + reference;
    c.mode = CooperationMode::DataSharing;
    c.partyIds = parties;
    c.startDate = QDate(2025, 1, 1);
    c.endDate = QDate(2026, 12, 31);
    c.noticePeriodDays = 60;
    c.totalValue = Money(1000000, "CNY");
    c.status = ContractStatus::Active;
    return c;
}

inline Project project(const QString &name, const QList<qint64> &participants = {})
{
    Project p;
    p.name = name;
    p.industry = Industry::Logistics;
    p.status = ProjectStatus::Running;
    p.startDate = QDate(2025, 3, 1);
    for (qint64 id : participants) {
        Participant x;
        x.partnerId = id;
        x.contribution = Money(50000, "CNY");
        p.participants << x;
    }
    return p;
}

// A training run as the Training page records it, its data under the given project (0: none).
inline TrainingRun trainingRun(qint64 projectId = 0)
{
    TrainingRun run;
    run.name = "triage";
    run.configJson = "{}";
    run.model = "mlp";
    run.dataFile = "/data/triage.csv";
    run.dataFingerprint = "ab12";
    run.projectId = projectId;
    run.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    run.outputFolder = "/runs/1";
    return run;
}

// A fresh workspace in its own temporary folder, or on the test server (TestBackend).
struct Fixture {
    QTemporaryDir dir;
    Workspace workspace;
    QString location;  // the same workspace when opened again
    bool open()
    {
        QString error;
        if (location.isEmpty()) location = TestBackend::freshLocation(dir.filePath("test.sqlite"));
        const bool ok = workspace.open(location, &error);
        if (!ok) qWarning("%s", qPrintable(error));
        return ok;
    }
};

}  // namespace TestRecords
