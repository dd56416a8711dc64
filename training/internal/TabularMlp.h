#pragma once
// A multi-layer perceptron for numeric CSV columns. Inputs are standardised with the training
// set's mean and standard deviation, which are stored with the model so that evaluation and
// prediction scale new rows exactly as training did. Training-internal (includes torch).
#include "training/internal/ClassifierModel.h"

#include <memory>
#include <string>
#include <vector>

namespace lepton {

struct FeatureStandardisation {
    std::vector<float> mean;
    std::vector<float> std;  // population standard deviation; 1 for a constant column

    // Mean and std of each column of raw [rows, features] values.
    static FeatureStandardisation fit(const torch::Tensor &rawFeatures);
};

struct TabularMlpConfig {
    std::vector<std::string> featureNames;  // the CSV columns, in input order
    std::vector<std::string> labels;
    std::vector<int64_t> hiddenSizes{32, 16};
    double dropout = 0.1;
    FeatureStandardisation standardisation;  // one mean/std per feature
};

class TabularMlp : public ClassifierModel {
public:
    // New weights (torch's default Linear initialisation). Throws on an inconsistent config.
    explicit TabularMlp(TabularMlpConfig config);
    ~TabularMlp() override;
    // A folder that save() wrote.
    static std::unique_ptr<TabularMlp> load(const std::string &folder);

    // (raw - mean) / std for raw [rows, features] values, as Batch::features expects them.
    torch::Tensor standardise(const torch::Tensor &rawFeatures) const;
    const TabularMlpConfig &config() const { return m_config; }

    torch::Tensor logits(const Batch &batch) override;
    torch::nn::Module &module() override;
    std::vector<std::string> labels() const override { return m_config.labels; }
    bool decays(const std::string &parameterName) const override;
    void save(const std::string &folder) const override;

    static constexpr const char *modelType = "lepton_tabular_mlp";
    // Largest network a config may ask for (4 GB of float32 weights; real tabular MLPs have
    // thousands).
    static constexpr double kMaxWeights = 1e9;

private:
    struct Network;
    TabularMlpConfig m_config;
    std::shared_ptr<Network> m_network;
};

}  // namespace lepton
