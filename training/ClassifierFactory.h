#pragma once
// Creates the classifier a training run starts from. No torch here, so callers that only pass
// a model choice along (the CLI, the Training page) stay light.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace lepton {

class ClassifierModel;

struct ClassifierOptions {
    // Tabular MLP ("mlp"): the numeric columns in input order, their training-set mean and
    // standard deviation (FeatureStandardisation::fit), hidden layer sizes and dropout.
    std::vector<std::string> featureNames;
    std::vector<float> featureMean;
    std::vector<float> featureStd;
    std::vector<int64_t> hiddenSizes{32, 16};
    double dropout = 0.1;
};

// spec: "mlp" (tabular). labels: class names in id order. Throws std::runtime_error with a
// message a user can act on for an unknown spec or inconsistent options.
std::unique_ptr<ClassifierModel> createClassifier(const std::string &spec, const std::vector<std::string> &labels,
                                                  const ClassifierOptions &options = {});

}  // namespace lepton
