#pragma once
// A regression run on a numeric label column: linear least squares (closed form) and/or the
// tabular MLP trained with mean-squared-error loss, each measured on the validation part (the
// evaluation file, else a seeded split of the training file); the one with the lowest validation
// RMSE is the run's best. Results and the linear coefficients go to OUT/regression.json, the
// best model to OUT/best (RegressionModelFolder, with the MLP's weights when it won), its
// validation predictions to OUT/validation_predictions.csv.
// No torch in this header, so the Qt side can include it.
#include "training/LinearRegression.h"
#include "training/RegressionMetrics.h"
#include "training/TrainingConfig.h"
#include "training/TrainingProgress.h"

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace lepton {

struct RegressionCandidate {
    std::string model;               // "linear" | "mlp" | "text" (a text regression, run by the Trainer)
    RegressionMetrics validation;
    int epochs = 0;                  // mlp, text: epochs trained (the best of them is kept)
    double seconds = 0.0;
};

struct RegressionResult {
    bool cancelled = false;
    std::vector<RegressionCandidate> candidates;  // in the order they were fitted
    std::string bestModel;                        // the candidate with the lowest validation RMSE
    std::optional<LinearRegression> linear;       // when "linear" was fitted
    // The best model's validation predictions beside the truth (scatter and residual plots).
    std::vector<double> validationTruth, validationPredicted;
    std::string toJson() const;
    // OUT/regression.json: toJson(). A text regression run writes it too.
    void writeSummary(const std::string &outDir) const;
    // OUT/validation_predictions.csv from validationTruth and validationPredicted.
    void writeValidationPredictions(const std::string &outDir) const;
};

class RegressionTrainer {
public:
    static constexpr const char *kResultFile = "regression.json";
    // The best model, for eval, predict and try-it (TrainedModel reads it).
    static constexpr const char *kBestFolder = "best";
    // The best model's validation predictions, "actual,predicted" a row, for the results page's
    // predicted-vs-actual scatter and residuals.
    static constexpr const char *kValidationPredictionsFile = "validation_predictions.csv";

    explicit RegressionTrainer(TrainingConfig config, TrainingProgress *progress = nullptr);

    // Fits every model config.model names ("linear", "mlp" or "linear,mlp"). Throws
    // std::runtime_error with a message a user can act on (bad data, unknown model, NaN loss).
    RegressionResult run();
    // Thread-safe: run() returns within a step, with cancelled set.
    void cancel() { m_cancel.store(true); }

private:
    TrainingConfig m_config;
    TrainingProgress *m_progress;
    std::atomic<bool> m_cancel{false};
};

}  // namespace lepton
