#pragma once
// What a finished regression run keeps, as the results page and the report show it: every
// model's validation figures (from the run's stored result, RegressionTrainer's regression.json),
// the linear coefficients with their feature names, and the best model's validation predictions
// beside the truth (OUT/validation_predictions.csv), for the scatter and the residuals.
#include "models/records/TrainingRun.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

class RegressionResults {
    Q_DECLARE_TR_FUNCTIONS(RegressionResults)
public:
    struct Model {
        QString name;  // "linear" | "mlp"
        double mae = 0, rmse = 0, r2 = 0;
        qint64 examples = 0;
        int epochs = 0;
    };
    struct Coefficient {
        QString feature;
        double perUnit = 0, perStd = 0;
    };

    // Whether the run predicts a number (its configuration's task), whatever its data: a table or text.
    static bool isRegression(const TrainingRun &run);
    // The figures and coefficients: nullopt without *error while the run has no result yet, with
    // *error when it is unreadable.
    static std::optional<RegressionResults> of(const TrainingRun &run, QString *error);
    // Reads actualPredicted from the run's output folder; false with *error when it cannot.
    bool loadPredictions(const TrainingRun &run, QString *error);

    QString bestModel;
    QList<Model> models;
    bool hasLinear = false;
    double intercept = 0;
    QList<Coefficient> coefficients;
    QList<QPointF> actualPredicted;  // x: the truth, y: the best model's prediction

    const Model *best() const;
};
