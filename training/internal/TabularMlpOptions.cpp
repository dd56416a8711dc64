#include "training/internal/TabularMlpOptions.h"

#include "training/internal/TabularMlp.h"

namespace lepton {

ClassifierOptions tabularMlpOptions(const TabularDataset &trainingRows, const std::vector<int> &hiddenLayers)
{
    const auto raw = torch::from_blob(const_cast<float *>(trainingRows.features.data()),
                                      {static_cast<int64_t>(trainingRows.size()), static_cast<int64_t>(trainingRows.featureCount())},
                                      torch::kFloat32);
    const auto standardisation = FeatureStandardisation::fit(raw);
    ClassifierOptions options;
    options.featureNames = trainingRows.featureNames;
    options.featureMean = standardisation.mean;
    options.featureStd = standardisation.std;
    if (!hiddenLayers.empty()) options.hiddenSizes.assign(hiddenLayers.begin(), hiddenLayers.end());
    return options;
}

}  // namespace lepton
