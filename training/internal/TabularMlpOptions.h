#pragma once
// The options a new tabular MLP is created with: the data's feature columns, their mean and
// standard deviation on the training rows, and the hidden layers a run asks for (its default
// when none). Shared by classification and regression runs. Training-internal (includes torch).
#include "training/ClassifierFactory.h"
#include "training/TabularDataset.h"

namespace lepton {

ClassifierOptions tabularMlpOptions(const TabularDataset &trainingRows, const std::vector<int> &hiddenLayers);

}  // namespace lepton
