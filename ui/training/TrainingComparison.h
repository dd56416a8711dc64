#pragma once
// Two or more runs overlaid: smoothed training loss, validation loss and validation macro-F1
// against the step, one curve per run, read from the workspace; regressions' validation RMSE per
// MLP epoch (and a linear fit's as a dot at step 0). A chart no selected run has figures for is hidden.
#include <QDialog>

class TrainingChart;
class Workspace;

class TrainingComparison : public QDialog {
    Q_OBJECT
public:
    TrainingComparison(Workspace &workspace, const QList<qint64> &runIds, QWidget *parent = nullptr);

    TrainingChart *lossChart() const { return m_loss; }
    TrainingChart *validationLossChart() const { return m_validationLoss; }
    TrainingChart *macroF1Chart() const { return m_macroF1; }
    TrainingChart *rmseChart() const { return m_rmse; }

private:
    TrainingChart *m_loss;
    TrainingChart *m_validationLoss;
    TrainingChart *m_macroF1;
    TrainingChart *m_rmse;
};
