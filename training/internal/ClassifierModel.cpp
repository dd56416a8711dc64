#include "training/internal/ClassifierModel.h"

#include "training/internal/BertClassifier.h"
#include "training/ConfigJson.h"
#include "training/internal/TabularMlp.h"

#include <stdexcept>

namespace lepton {

Batch Batch::to(const torch::Device &device) const
{
    const auto move = [&device](const torch::Tensor &tensor) {
        return tensor.defined() ? tensor.to(device) : tensor;
    };
    return Batch{move(inputIds), move(attentionMask), move(tokenTypeIds), move(features), move(labels), move(targets)};
}

int64_t Batch::size() const
{
    for (const auto *tensor : {&inputIds, &features, &labels, &targets})
        if (tensor->defined()) return tensor->size(0);
    return 0;
}

std::unique_ptr<ClassifierModel> loadClassifier(const std::string &folder)
{
    const auto config = readConfigJson(folder);
    const std::string modelType = configString(config, "model_type", "", folder + "/config.json");
    if (modelType == "bert") return BertClassifier::load(folder);
    if (modelType == TabularMlp::modelType) return TabularMlp::load(folder);
    throw std::runtime_error(folder + "/config.json: model_type '" + modelType +
                             "' is not supported; this engine loads bert and " + TabularMlp::modelType +
                             " folders");
}

}  // namespace lepton
