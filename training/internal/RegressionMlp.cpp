#include "training/internal/RegressionMlp.h"

#include <cmath>

namespace lepton {

TargetScaling TargetScaling::fit(const std::vector<double> &targets)
{
    TargetScaling scaling;
    if (targets.empty()) return scaling;
    double sum = 0.0, squares = 0.0;
    for (const double y : targets) sum += y;
    scaling.mean = sum / double(targets.size());
    for (const double y : targets) squares += (y - scaling.mean) * (y - scaling.mean);
    scaling.std = std::sqrt(squares / double(targets.size()));
    if (!(scaling.std > 0)) scaling.std = 1.0;
    return scaling;
}

torch::Tensor TargetScaling::standardise(const std::vector<double> &targets) const
{
    std::vector<float> values;
    values.reserve(targets.size());
    for (const double y : targets) values.push_back(float((y - mean) / std));
    return torch::tensor(values);
}

std::vector<double> TargetScaling::toLabelUnit(const torch::Tensor &outputs) const
{
    const auto values = outputs.to(torch::kFloat64).contiguous();
    std::vector<double> numbers(values.data_ptr<double>(), values.data_ptr<double>() + values.numel());
    for (double &value : numbers) value = value * std + mean;
    return numbers;
}

torch::Tensor rawFeatures(const TabularDataset &data)
{
    return torch::from_blob(const_cast<float *>(data.features.data()),
                            {static_cast<int64_t>(data.size()), static_cast<int64_t>(data.featureCount())},
                            torch::kFloat32)
        .clone();
}

torch::Tensor regressionOutputs(TabularMlp &model, const torch::Tensor &standardisedInputs)
{
    torch::NoGradGuard noGrad;
    model.module().eval();
    Batch batch;
    batch.features = standardisedInputs;
    return model.logits(batch).squeeze(1);
}

}  // namespace lepton
