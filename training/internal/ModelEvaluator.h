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

class ModelEvaluator {
public:
    ModelEvaluator(ClassifierModel &model, const torch::Device &device,
                   const std::atomic<bool> *cancel = nullptr);

    // Loss, accuracy, per-class scores and confusion matrix of a labelled data set; nullopt when
    // cancelled. Leaves the model in eval mode.
    std::optional<Metrics> evaluate(const EncodedDataset &data, std::size_t batchSize);
    // [N, classes] float32 probabilities on the CPU, rows in the data set's order.
    torch::Tensor probabilities(const EncodedDataset &data, std::size_t batchSize);

private:
    // [N, classes] float32 logits on the CPU in row order; nullopt when cancelled.
    std::optional<torch::Tensor> logits(const EncodedDataset &data, std::size_t batchSize);

    ClassifierModel &m_model;
    torch::Device m_device;
    const std::atomic<bool> *m_cancel;
};

}  // namespace lepton
