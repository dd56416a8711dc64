#pragma once
// How well numeric predictions match the truth: what a regression run reports and picks its
// best model by. Plain C++ (no torch, no Qt).
#include <cstdint>
#include <string>
#include <vector>

namespace lepton {

struct RegressionMetrics {
    double mae = 0.0;   // mean absolute error, in the label's unit
    double rmse = 0.0;  // root mean squared error, in the label's unit
    double r2 = 0.0;    // coefficient of determination: 1 - residual / total sum of squares
    int64_t examples = 0;

    // R^2 of a constant truth is 1 for exact predictions and 0 otherwise (as scikit-learn).
    static RegressionMetrics compute(const std::vector<double> &truth, const std::vector<double> &predicted);
    // {"mae":..,"rmse":..,"r2":..,"examples":..}
    std::string toJson() const;
    static RegressionMetrics fromJson(const std::string &json);
};

}  // namespace lepton
