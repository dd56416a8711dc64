#pragma once
// What a regression run keeps of its best model (OUT/best/regression_model.json), so that eval,
// predict and try-it read rows and give numbers exactly as the run did: the model kind, the
// feature and label columns, the linear coefficients, or for the MLP (whose weights and feature
// standardisation lie beside it, as TabularMlp saves them) and the text model (a BERT folder
// with one output beside it) the target's mean and standard deviation, since they learned the
// standardised target. Plain C++ (no torch, no Qt).
#include "training/LinearRegression.h"

#include <optional>
#include <string>
#include <vector>

namespace lepton {

struct RegressionModelFolder {
    static constexpr const char *kFile = "regression_model.json";

    std::string model;                      // "linear" | "mlp" | "text"
    std::string labelColumn;
    std::vector<std::string> featureNames;  // in input order; empty for "text"
    double targetMean = 0.0, targetStd = 1.0;  // mlp, text: prediction = output * std + mean
    std::optional<LinearRegression> linear;    // model == "linear"

    static bool isIn(const std::string &folder);
    void save(const std::string &folder) const;
    // Throws std::runtime_error naming the file when it is damaged.
    static RegressionModelFolder load(const std::string &folder);
};

}  // namespace lepton
