#pragma once
// A training run's report as a PDF: configuration, data provenance, curves, best metrics with the
// classification report and the confusion matrix. Written atomically (temporary file + rename).
#include "models/records/TrainingRun.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

class Workspace;

class TrainingReport {
    Q_DECLARE_TR_FUNCTIONS(TrainingReport)
public:
    TrainingReport(Workspace &workspace, const TrainingRun &run, const QList<QImage> &charts);

    QString html() const;
    bool writePdf(const QString &path, QString *error) const;

private:
    Workspace &m_workspace;
    TrainingRun m_run;
    QList<QImage> m_charts;
};
