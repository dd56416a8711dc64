#pragma once
// Runs a model over a whole data set without gradients: metrics for evaluation, probabilities for
// prediction. Checks a cancel flag before every batch, so a long evaluation stops promptly.
// Training-internal (includes torch).
#include "training/internal/ClassifierModel.h"
#include "training/internal/EncodedDataset.h"
#include "training/Metrics.h"

#include <atomic>
#include <optional>

namespace lepton {

struct TargetScaling;

class ModelEvaluator {
public:
    ModelEvaluator(ClassifierModel &model, const torch::Device &device,
                   const std::atomic<bool> *cancel = nullptr);

    // Loss, accuracy, per-class scores and confusion matrix of a labelled data set; nullopt when
    // cancelled. Leaves the model in eval mode.
    std::optional<Metrics> evaluate(const EncodedDataset &data, std::size_t batchSize);
    // [N, classes] float32 probabilities on the CPU, rows in the data set's order.
    torch::Tensor probabilities(const EncodedDataset &data, std::size_t batchSize);

    // A regression model (one output, learned on the target standardised by `target`): each row's
    // number in the label's unit, in the data set's order; nullopt when cancelled.
    std::optional<std::vector<double>> numbers(const EncodedDataset &data, std::size_t batchSize,
                                               const TargetScaling &target);
    // Its MAE, RMSE and R^2 against data.targets(), and as loss the mean squared error of the
    // standardised target (what training minimises); the numbers go to predictions when given.
    // nullopt when cancelled.
    std::optional<Metrics> evaluateRegression(const EncodedDataset &data, std::size_t batchSize,
                                              const TargetScaling &target,
                                              std::vector<double> *predictions = nullptr);

private:
    // [N, classes] float32 logits on the CPU in row order; nullopt when cancelled.
    std::optional<torch::Tensor> logits(const EncodedDataset &data, std::size_t batchSize);

    ClassifierModel &m_model;
    torch::Device m_device;
    const std::atomic<bool> *m_cancel;
};

}  // namespace lepton
