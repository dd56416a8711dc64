#pragma once
// The architecture of a BERT checkpoint as Hugging Face's config.json describes it. Missing keys
// take transformers' BertConfig defaults; values that cannot work are errors naming the key.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace lepton {

struct BertConfig {
    int64_t vocabSize = 30522;
    int64_t hiddenSize = 768;
    int64_t numHiddenLayers = 12;
    int64_t numAttentionHeads = 12;
    int64_t intermediateSize = 3072;
    std::string hiddenAct = "gelu";  // gelu (exact erf), gelu_new / gelu_pytorch_tanh, relu, silu
    int64_t maxPositionEmbeddings = 512;
    int64_t typeVocabSize = 2;
    double layerNormEps = 1e-12;
    double hiddenDropoutProb = 0.1;
    double attentionProbsDropoutProb = 0.1;
    std::optional<double> classifierDropout;  // unset: hiddenDropoutProb, as transformers does
    double initializerRange = 0.02;
    int64_t padTokenId = 0;
    // > 0: a bag of token and hashed token-bigram embeddings in this many bigram buckets is added
    // to the pooled output (BagOfNgrams; from-scratch models). config.json's
    // "lepton_ngram_buckets", which transformers ignores, as it ignores those weights.
    int64_t ngramBuckets = 0;
    // > 0: a naive-Bayes prior over tokens and token bigrams hashed into this many buckets is
    // added to the logits (NaiveBayesPrior; from-scratch classifiers). "lepton_naive_bayes_buckets".
    int64_t naiveBayesBuckets = 0;
    std::vector<std::string> labels{"LABEL_0", "LABEL_1"};

    // A config.json asking for more weights than this (16 GB as float32; BERT-large has 340
    // million) is refused before anything is allocated.
    static constexpr double kMaxParameters = 4e9;

    // configPath is only for messages ("model/config.json: hidden_size 768 is not divisible ...").
    static BertConfig fromJson(const nlohmann::json &json, const std::string &configPath);
    // transformers-compatible: model_type bert, architectures BertForSequenceClassification,
    // id2label/label2id with string keys.
    nlohmann::json toJson() const;
    // Throws std::runtime_error "<source>: <key> ..." for values that cannot build a model.
    void validate(const std::string &source) const;
    // LoRA adapters of this rank on every layer must fit the layers (rank <= hidden_size) and,
    // with the rest of the model, the parameter limit. Throws "<source>: LoRA rank ...".
    void validateLoraRank(int64_t rank, const std::string &source) const;
    // The weights the network has, with LoRA adapters of this rank (0: none).
    double parameterCount(int64_t loraRank) const;

private:
    void checkParameterCount(double parameters, const std::string &source) const;
};

}  // namespace lepton
