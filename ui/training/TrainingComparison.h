#pragma once
// Two or more runs overlaid: smoothed training loss, validation loss and validation macro-F1
// against the step, one curve per run, read from the workspace.
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

private:
    TrainingChart *m_loss;
    TrainingChart *m_validationLoss;
    TrainingChart *m_macroF1;
};
