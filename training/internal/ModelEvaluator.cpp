#include "training/internal/ModelEvaluator.h"

#include "training/internal/AutocastGuard.h"
#include "training/BatchOrder.h"
#include "training/internal/RegressionMlp.h"

#include <stdexcept>

namespace lepton {

ModelEvaluator::ModelEvaluator(ClassifierModel &model, const torch::Device &device,
                               const std::atomic<bool> *cancel)
    : m_model(model), m_device(device), m_cancel(cancel)
{
}

std::optional<torch::Tensor> ModelEvaluator::logits(const EncodedDataset &data, std::size_t batchSize)
{
    torch::NoGradGuard noGrad;
    m_model.module().eval();
    const auto classes = static_cast<int64_t>(m_model.labels().size());
    torch::Tensor all = torch::empty({static_cast<int64_t>(data.size()), classes}, torch::kFloat32);
    for (const auto &indices : BatchOrder::forEvaluation(data.lengths(), batchSize)) {
        if (m_cancel && m_cancel->load()) return std::nullopt;
        torch::Tensor out;
        {
            AutocastGuard autocast(m_device);
            out = m_model.logits(data.batch(indices).to(m_device));
        }
        out = out.to(torch::kCPU, torch::kFloat32);
        if (out.size(1) != classes)
            throw std::runtime_error("the model returned " + std::to_string(out.size(1)) +
                                     " scores per example for " + std::to_string(classes) + " classes");
        const auto rows = torch::tensor(std::vector<int64_t>(indices.begin(), indices.end()));
        all.index_copy_(0, rows, out);
    }
    return all;
}

std::optional<Metrics> ModelEvaluator::evaluate(const EncodedDataset &data, std::size_t batchSize)
{
    if (!data.labelled()) throw std::runtime_error("the evaluation data has no label column");
    const auto scores = logits(data, batchSize);
    if (!scores) return std::nullopt;
    const auto labels = torch::tensor(data.labels());
    const double loss = torch::nn::functional::cross_entropy(*scores, labels).item<double>();
    const auto predicted = scores->argmax(1).contiguous();
    const std::vector<int64_t> predictions(predicted.data_ptr<int64_t>(),
                                           predicted.data_ptr<int64_t>() + predicted.numel());
    return Metrics::compute(m_model.labels(), data.labels(), predictions, loss);
}

torch::Tensor ModelEvaluator::probabilities(const EncodedDataset &data, std::size_t batchSize)
{
    const auto scores = logits(data, batchSize);
    if (!scores) throw std::runtime_error("prediction was cancelled");
    return scores->softmax(1);
}

std::optional<std::vector<double>> ModelEvaluator::numbers(const EncodedDataset &data, std::size_t batchSize,
                                                          const TargetScaling &target)
{
    if (m_model.labels().size() != 1)
        throw std::runtime_error("a regression model has one output, this one " +
                                 std::to_string(m_model.labels().size()));
    const auto outputs = logits(data, batchSize);
    if (!outputs) return std::nullopt;
    return target.toLabelUnit(outputs->squeeze(1));
}

std::optional<Metrics> ModelEvaluator::evaluateRegression(const EncodedDataset &data, std::size_t batchSize,
                                                          const TargetScaling &target,
                                                          std::vector<double> *predictions)
{
    if (data.targets().empty()) throw std::runtime_error("the evaluation data has no numeric label column");
    auto predicted = numbers(data, batchSize, target);
    if (!predicted) return std::nullopt;
    Metrics metrics;
    metrics.regression = RegressionMetrics::compute(data.targets(), *predicted);
    metrics.examples = metrics.regression->examples;
    metrics.loss = metrics.regression->rmse * metrics.regression->rmse / (target.std * target.std);
    if (predictions) *predictions = std::move(*predicted);
    return metrics;
}

}  // namespace lepton
