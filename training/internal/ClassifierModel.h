#pragma once
// The contract between the trainer and every classifier it can train (BERT family, tabular MLP).
// Includes torch: only training/*.cpp may include this header, never the Qt side.
#include "training/TrainingProgress.h"

#include <memory>
#include <string>
#include <torch/torch.h>
#include <vector>

namespace lepton {

// One mini-batch. Text models read the token tensors, tabular models the feature matrix.
struct Batch {
    torch::Tensor inputIds;       // [B, T] int64
    torch::Tensor attentionMask;  // [B, T] int64, 1 = token, 0 = padding
    torch::Tensor tokenTypeIds;   // [B, T] int64
    torch::Tensor features;       // [B, F] float32 (already standardised)
    torch::Tensor labels;         // [B] int64 (undefined when predicting)
    torch::Tensor targets;        // [B] float32 regression targets in the label's unit (undefined otherwise)

    Batch to(const torch::Device &device) const;
    int64_t size() const;
};

class ClassifierModel {
public:
    virtual ~ClassifierModel() = default;

    // [B, numLabels] unnormalised scores.
    virtual torch::Tensor logits(const Batch &batch) = 0;
    // The torch module: parameters (frozen ones have requires_grad false), train()/eval(), to().
    virtual torch::nn::Module &module() = 0;
    // Label names in id order (id2label).
    virtual std::vector<std::string> labels() const = 0;
    // False for parameters AdamW must not decay (biases, LayerNorm weights).
    virtual bool decays(const std::string &parameterName) const = 0;
    // Writes a self-contained model folder (config.json, model.safetensors, vocabulary or
    // feature standardisation), every file atomically, so that loadClassifier reads it back.
    virtual void save(const std::string &folder) const = 0;
    // What loading or creating the model decided on the user's behalf and should be shown to
    // them (e.g. "the checkpoint has no classification head; a new one was initialised").
    virtual std::vector<ProgressMessage> notes() const { return {}; }
    // A model that counts its training set before learning (a from-scratch text model's
    // naive-Bayes prior) is given it here, batch by batch, when a run starts afresh; the counts
    // are part of its saved state from then on. Other models ignore it.
    virtual void clearTrainingCounts() {}
    virtual void addTrainingCounts(const Batch &) {}
};

// Loads any folder that a ClassifierModel::save wrote, or a Hugging Face BERT checkpoint folder
// (dispatch on config.json's model_type). Throws std::runtime_error with a message a user can act on.
std::unique_ptr<ClassifierModel> loadClassifier(const std::string &folder);

}  // namespace lepton
