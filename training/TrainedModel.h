#pragma once
// A trained model folder put to use: evaluation on a labelled CSV file and class probabilities
// (a regression model: numbers) for new texts or feature rows. Accepts a model folder or a run
// folder (then its best/ model). No torch in this header (pimpl), so the Training page's "try
// it" box can use it.
#include "training/Metrics.h"
#include "training/RegressionMetrics.h"

#include <memory>
#include <string>
#include <vector>

namespace lepton {

// How the training data was read, stored beside the model (data_settings.json) so that
// evaluation and prediction read and encode files exactly as training did.
struct DataSettings {
    static constexpr const char *kFile = "data_settings.json";
    std::string textColumn = "text";
    std::string labelColumn = "label";
    int maxLength = 128;                      // text models: tokens per example

    void save(const std::string &folder) const;
    // Defaults when the folder has no data_settings.json (e.g. a Hugging Face checkpoint).
    static DataSettings load(const std::string &folder);
};

struct Prediction {
    std::string label;                  // classification
    std::vector<double> probabilities;  // in labels() order; empty for a regression model
    double value = 0.0;                 // regression: the predicted number
};

class TrainedModel {
public:
    // Throws std::runtime_error with a message a user can act on. device: auto | cpu | cuda.
    explicit TrainedModel(const std::string &folder, const std::string &device = "cpu");
    ~TrainedModel();
    TrainedModel(const TrainedModel &) = delete;
    TrainedModel &operator=(const TrainedModel &) = delete;

    const std::string &folder() const;
    const std::vector<std::string> &labels() const;
    bool readsText() const;  // false: a tabular model that reads feature columns
    bool predictsNumbers() const;  // a regression model: Prediction::value, evaluateRegression()
    DataSettings &settings();

    // Classification models; a regression model refuses (evaluateRegression).
    Metrics evaluate(const std::string &csvPath, int batchSize = 64);
    // Regression models: MAE, RMSE and R^2 on a CSV file with a numeric label column.
    RegressionMetrics evaluateRegression(const std::string &csvPath);
    std::vector<Prediction> predictCsv(const std::string &csvPath, int batchSize = 64);
    std::vector<Prediction> predictTexts(const std::vector<std::string> &texts, int batchSize = 64);
    // One feature row in featureNames() order (tabular models), scaled as in training.
    Prediction predictFeatures(const std::vector<float> &values);
    // The feature columns a tabular model reads, in order; empty for a text model.
    const std::vector<std::string> &featureNames() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace lepton
