#include "ClassifierFactory.h"

#include "TabularMlp.h"

#include <stdexcept>

namespace lepton {

std::unique_ptr<ClassifierModel> createClassifier(const std::string &spec, const std::vector<std::string> &labels,
                                                  const ClassifierOptions &options)
{
    if (spec == "mlp") {
        TabularMlpConfig config;
        config.featureNames = options.featureNames;
        config.labels = labels;
        config.hiddenSizes = options.hiddenSizes;
        config.dropout = options.dropout;
        config.standardisation = {options.featureMean, options.featureStd};
        return std::make_unique<TabularMlp>(std::move(config));
    }
    throw std::runtime_error("unknown model '" + spec + "'; use mlp");
}

}  // namespace lepton
