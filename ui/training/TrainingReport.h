#pragma once
// A training run's report as a PDF: configuration, data provenance, curves, best metrics with the
// classification report and the confusion matrix (a regression: each model's MAE, RMSE and R^2,
// the linear coefficients and the predicted-vs-actual scatter). Written atomically (temporary
// file + rename).
#include "models/records/TrainingRun.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

class Workspace;

class TrainingReport {
    Q_DECLARE_TR_FUNCTIONS(TrainingReport)
public:
    // scatter: a regression's predicted-vs-actual chart (RegressionResultsView::scatterImage).
    TrainingReport(Workspace &workspace, const TrainingRun &run, const QList<QImage> &charts, const QImage &scatter = {});

    QString html() const;
    bool writePdf(const QString &path, QString *error) const;

private:
    QString regressionHtml() const;

    Workspace &m_workspace;
    TrainingRun m_run;
    QList<QImage> m_charts;
    QImage m_scatter;
};
