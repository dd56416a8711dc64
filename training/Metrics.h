#pragma once
// The quality of one evaluation: what the Training page shows and `lepton-train eval` prints.
// Classification fills the class figures; a text regression run fills `regression` instead.
// Plain C++ (no torch, no Qt).
#include "training/RegressionMetrics.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lepton {

struct ClassMetrics {
    std::string name;
    double precision = 0.0;  // 0 when the class was never predicted
    double recall = 0.0;
    double f1 = 0.0;
    int64_t support = 0;     // examples whose true class this is
};

struct Metrics {
    double loss = 0.0;  // mean cross-entropy; regression: mean squared error of the standardised target
    double accuracy = 0.0;
    double macroF1 = 0.0;
    int64_t examples = 0;
    std::vector<ClassMetrics> classes;
    std::vector<std::vector<int64_t>> confusion;  // [true class][predicted class]
    std::optional<RegressionMetrics> regression;  // regression runs: MAE, RMSE, R^2 in the label's unit

    static Metrics compute(const std::vector<std::string> &classNames,
                           const std::vector<int64_t> &truth, const std::vector<int64_t> &predicted,
                           double loss);

    // "accuracy", "macro_f1" or "loss"; with regression figures "mae", "rmse", "r2" or "loss".
    // Throws for any other name.
    double value(const std::string &metricName) const;
    // True when a larger value of the metric is better (accuracy, macro_f1, r2).
    static bool higherIsBetter(const std::string &metricName);
    // One JSON object: loss, accuracy, macro_f1, examples, per_class{name:{precision,recall,f1,
    // support}}, labels, confusion_matrix; with regression figures also "regression":{mae,rmse,r2,
    // examples}.
    std::string toJson() const;
    static Metrics fromJson(const std::string &json);
};

}  // namespace lepton
