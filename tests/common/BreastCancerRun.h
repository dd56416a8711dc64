#pragma once
// The quickest real training run: the tabular MLP on the breast cancer CSV, one thread, for
// exactly the given epochs (no early stopping, so a test knows how many steps it runs).
#include "training/TrainingConfig.h"

#include <QString>

inline lepton::TrainingConfig breastCancerMlp(const QString &csv, int epochs)
{
    lepton::TrainingConfig c;
    c.trainFile = csv.toStdString();
    c.labelColumn = "diagnosis";
    c.model = "mlp";
    c.epochs = epochs;
    c.patience = 0;
    c.validationFraction = 0.2;
    c.threads = 1;
    return c;
}
