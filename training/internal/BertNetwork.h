#pragma once
// BERT for sequence classification as torch modules whose parameter names are exactly
// transformers' BertForSequenceClassification names ("bert.encoder.layer.0.attention.self.query
// .weight", "classifier.bias"), so checkpoints map one to one. Training-internal (includes torch).
#include "training/BertConfig.h"
#include "training/internal/BagOfNgrams.h"
#include "training/internal/LoraAdapter.h"
#include "training/internal/NaiveBayesPrior.h"
#include "training/internal/Safetensors.h"

#include <torch/torch.h>
#include <vector>

namespace lepton {

class BertLayerImpl : public torch::nn::Module {
public:
    explicit BertLayerImpl(const BertConfig &config);
    // hidden [B, T, H]; additiveMask [B, 1, 1, T]: 0 for tokens, a huge negative for padding.
    torch::Tensor forward(const torch::Tensor &hidden, const torch::Tensor &additiveMask);
    void addLora(int64_t rank, double alpha);

    torch::nn::Linear query{nullptr}, key{nullptr}, value{nullptr};
    LoraAdapter queryLora{nullptr}, valueLora{nullptr};

private:
    torch::Tensor splitHeads(const torch::Tensor &x) const;

    int64_t m_heads;
    std::string m_activation;
    torch::nn::Module *m_self = nullptr;  // "attention.self", where the LoRA adapters live
    torch::nn::Linear m_attentionDense{nullptr}, m_intermediateDense{nullptr}, m_outputDense{nullptr};
    torch::nn::LayerNorm m_attentionNorm{nullptr}, m_outputNorm{nullptr};
    torch::nn::Dropout m_attentionDropout{nullptr}, m_hiddenDropout{nullptr};
};
TORCH_MODULE(BertLayer);

class BertNetworkImpl : public torch::nn::Module {
public:
    // Weights initialised as transformers does: Linear and Embedding normal(0, initializer_range)
    // with zero bias and a zero padding row, LayerNorm weight 1 and bias 0.
    explicit BertNetworkImpl(const BertConfig &config);
    // [B, numLabels]; attentionMask and tokenTypeIds may be undefined (all tokens, type 0).
    // countedLabels: for training texts the naive-Bayes prior has counted, their classes.
    torch::Tensor forward(const torch::Tensor &inputIds, const torch::Tensor &attentionMask,
                          const torch::Tensor &tokenTypeIds, const torch::Tensor &countedLabels = {});
    // Only when config.naiveBayesBuckets > 0, else null.
    NaiveBayesPrior naiveBayes() const { return m_naiveBayes; }

    // LoRA adapters on every layer's query and value projections.
    void addLora(int64_t rank, double alpha);
    // transformers-named weights with any LoRA update merged into query/value.
    TensorMap exportState() const;
    // Parameter names that are LoRA adapters (not part of a plain BERT checkpoint).
    static bool isLoraParameter(const std::string &name);

private:
    BertConfig m_config;
    torch::nn::Embedding m_words{nullptr}, m_positions{nullptr}, m_tokenTypes{nullptr};
    torch::nn::LayerNorm m_embeddingNorm{nullptr};
    torch::nn::Linear m_pooler{nullptr}, m_classifier{nullptr};
    torch::nn::Dropout m_hiddenDropout{nullptr}, m_classifierDropout{nullptr};
    std::vector<BertLayer> m_layers;
    BagOfNgrams m_ngrams{nullptr};  // only when config.ngramBuckets > 0
    NaiveBayesPrior m_naiveBayes{nullptr};
};

}  // namespace lepton
