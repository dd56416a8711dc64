#pragma once
// The pieces of the tabular MLP as a regressor that training and a reloaded model share: it
// reads raw feature rows standardised by its own statistics, outputs one number per row, and
// learns the target standardised on the training rows, so its outputs go back to the label's
// unit through the same mean and standard deviation. Training-internal (includes torch).
#include "training/TabularDataset.h"
#include "training/internal/TabularMlp.h"

#include <vector>

namespace lepton {

struct TargetScaling {
    double mean = 0.0, std = 1.0;  // std 1 for a constant target

    static TargetScaling fit(const std::vector<double> &targets);
    torch::Tensor standardise(const std::vector<double> &targets) const;
    std::vector<double> toLabelUnit(const torch::Tensor &outputs) const;
};

// data's feature rows as a [rows, features] float tensor (a copy).
torch::Tensor rawFeatures(const TabularDataset &data);
// The network's one output per row of standardised inputs, with dropout off and no gradients.
torch::Tensor regressionOutputs(TabularMlp &model, const torch::Tensor &standardisedInputs);

}  // namespace lepton
