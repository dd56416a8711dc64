#include "training/internal/TabularMlp.h"

#include "training/ConfigJson.h"
#include "training/internal/ModuleState.h"
#include "training/internal/Safetensors.h"

#include <stdexcept>

namespace lepton {

struct TabularMlp::Network : torch::nn::Module {
    torch::nn::ModuleList hidden;
    torch::nn::Linear output{nullptr};
    torch::nn::Dropout dropout{nullptr};

    Network(int64_t inputs, const std::vector<int64_t> &hiddenSizes, int64_t outputs, double dropoutRate)
    {
        hidden = register_module("hidden", torch::nn::ModuleList());
        int64_t width = inputs;
        for (const int64_t size : hiddenSizes) {
            hidden->push_back(torch::nn::Linear(width, size));
            width = size;
        }
        output = register_module("output", torch::nn::Linear(width, outputs));
        dropout = register_module("dropout", torch::nn::Dropout(dropoutRate));
    }

    torch::Tensor forward(torch::Tensor x)
    {
        for (const auto &layer : *hidden) x = dropout(torch::relu(layer->as<torch::nn::Linear>()->forward(x)));
        return output(x);
    }
};

FeatureStandardisation FeatureStandardisation::fit(const torch::Tensor &rawFeatures)
{
    if (rawFeatures.dim() != 2 || rawFeatures.size(0) == 0)
        throw std::runtime_error("feature standardisation needs a [rows, features] table with at least one row");
    const auto values = rawFeatures.to(torch::kCPU, torch::kFloat64);
    const auto meanExact = values.mean(0);
    const auto mean = meanExact.to(torch::kFloat32).contiguous();
    auto std = (values - meanExact).pow(2).mean(0).sqrt();  // population std, as scikit-learn scales
    // A constant column carries no information; dividing by 1 keeps it at 0 instead of NaN.
    std = torch::where(std > 1e-12, std, torch::ones_like(std)).to(torch::kFloat32).contiguous();
    FeatureStandardisation result;
    result.mean.assign(mean.data_ptr<float>(), mean.data_ptr<float>() + mean.numel());
    result.std.assign(std.data_ptr<float>(), std.data_ptr<float>() + std.numel());
    return result;
}

TabularMlp::TabularMlp(TabularMlpConfig config) : m_config(std::move(config))
{
    checkLabels(m_config.labels);
    const auto features = m_config.featureNames.size();
    if (features == 0) throw std::runtime_error("the MLP needs at least one numeric feature column");
    if (m_config.standardisation.mean.size() != features || m_config.standardisation.std.size() != features)
        throw std::runtime_error("the MLP has " + std::to_string(features) + " feature columns but " +
                                 std::to_string(m_config.standardisation.mean.size()) + " means and " +
                                 std::to_string(m_config.standardisation.std.size()) + " standard deviations");
    for (const float value : m_config.standardisation.std)
        if (!(value > 0)) throw std::runtime_error("feature standard deviations must be positive");
    // Weights per layer, summed before anything is allocated: a config.json from elsewhere with
    // hidden_sizes [1e12] is refused instead of exhausting memory.
    double weights = 0;
    double width = double(features);
    for (const int64_t size : m_config.hiddenSizes) {
        if (size < 1) throw std::runtime_error("MLP hidden layer sizes must be positive");
        weights += width * double(size);
        width = double(size);
    }
    weights += width * double(m_config.labels.size());
    if (weights > kMaxWeights)
        throw std::runtime_error("the MLP's hidden_sizes make " + std::to_string(int64_t(weights / 1e6)) +
                                 " million weights, more than the " + std::to_string(int64_t(kMaxWeights / 1e6)) +
                                 " million this engine builds");
    if (m_config.dropout < 0 || m_config.dropout >= 1)
        throw std::runtime_error("MLP dropout must be in [0, 1)");
    m_network = std::make_shared<Network>(static_cast<int64_t>(features), m_config.hiddenSizes,
                                          static_cast<int64_t>(m_config.labels.size()), m_config.dropout);
}

TabularMlp::~TabularMlp() = default;

torch::Tensor TabularMlp::standardise(const torch::Tensor &rawFeatures) const
{
    const auto features = static_cast<int64_t>(m_config.featureNames.size());
    if (rawFeatures.dim() != 2 || rawFeatures.size(1) != features)
        throw std::runtime_error("the MLP expects " + std::to_string(features) + " feature columns, got shape " +
                                 shapeText(rawFeatures.sizes()));
    const auto options = torch::TensorOptions().dtype(torch::kFloat32);
    const auto mean = torch::tensor(m_config.standardisation.mean, options).to(rawFeatures.device());
    const auto std = torch::tensor(m_config.standardisation.std, options).to(rawFeatures.device());
    return (rawFeatures.to(torch::kFloat32) - mean) / std;
}

torch::Tensor TabularMlp::logits(const Batch &batch)
{
    if (!batch.features.defined()) throw std::runtime_error("the MLP needs a batch with feature values");
    return m_network->forward(batch.features);
}

torch::nn::Module &TabularMlp::module()
{
    return *m_network;
}

bool TabularMlp::decays(const std::string &parameterName) const
{
    return parameterName.size() < 5 || parameterName.compare(parameterName.size() - 5, 5, ".bias") != 0;
}

void TabularMlp::save(const std::string &folder) const
{
    nlohmann::json config = {{"model_type", modelType},
                             {"architectures", {"TabularMlp"}},
                             {"feature_names", m_config.featureNames},
                             {"feature_mean", m_config.standardisation.mean},
                             {"feature_std", m_config.standardisation.std},
                             {"hidden_sizes", m_config.hiddenSizes},
                             {"dropout", m_config.dropout}};
    writeLabelsToConfig(config, m_config.labels);
    writeConfigJson(folder, config);
    writeSafetensors(folder + "/model.safetensors", moduleState(*m_network));
}

std::unique_ptr<TabularMlp> TabularMlp::load(const std::string &folder)
{
    const auto json = readConfigJson(folder);
    const std::string configPath = folder + "/config.json";
    TabularMlpConfig config;
    try {
        config.featureNames = json.at("feature_names").get<std::vector<std::string>>();
        config.standardisation.mean = json.at("feature_mean").get<std::vector<float>>();
        config.standardisation.std = json.at("feature_std").get<std::vector<float>>();
        config.hiddenSizes = json.at("hidden_sizes").get<std::vector<int64_t>>();
        config.dropout = json.at("dropout").get<double>();
    } catch (const nlohmann::json::exception &error) {
        throw std::runtime_error(configPath + ": " + error.what());
    }
    config.labels = labelsFromConfig(json, configPath);
    std::unique_ptr<TabularMlp> model;
    try {
        model = std::make_unique<TabularMlp>(std::move(config));
    } catch (const std::runtime_error &error) {
        throw std::runtime_error(configPath + ": " + error.what());
    }
    const std::string weights = folder + "/model.safetensors";
    loadModuleState(*model->m_network, readSafetensors(weights), weights);
    return model;
}

}  // namespace lepton
