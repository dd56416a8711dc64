#pragma once
// A BERT text classifier (transformers' BertForSequenceClassification): loads Hugging Face
// checkpoint folders, trains whole, with LoRA adapters or with a frozen encoder, and saves a
// folder that transformers loads back. Training-internal (includes torch).
#include "training/BertConfig.h"
#include "training/internal/ClassifierModel.h"
#include "training/tokenizer/WordPieceTokenizer.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lepton {

class BertNetworkImpl;

struct BertTrainingMode {
    int64_t loraRank = 0;     // > 0: LoRA on query/value, encoder frozen, merged into the weights on save
    double loraAlpha = 16;    // LoRA update scale is alpha / rank
    bool freezeEncoder = false;  // only the pooler and the classification head train
};

class BertClassifier : public ClassifierModel {
public:
    // Fresh weights initialised as transformers does; config.labels are the classes.
    BertClassifier(BertConfig config, WordPieceTokenizer tokenizer, const BertTrainingMode &mode = {});
    ~BertClassifier() override;

    // A Hugging Face BERT folder (config.json, vocab.txt, model.safetensors) or one save() wrote.
    // labels: the classes to train; empty keeps the checkpoint's id2label. A checkpoint without a
    // matching head gets a new one, which notes() reports. mode: how to train from here; unset
    // restores the mode that save() recorded (frozen parts, LoRA adapters unmerged), so that a
    // resumed run continues exactly where it stopped.
    static std::unique_ptr<BertClassifier> load(const std::string &folder, const std::vector<std::string> &labels = {},
                                                const std::optional<BertTrainingMode> &mode = std::nullopt);

    const BertConfig &config() const { return m_config; }
    const WordPieceTokenizer &tokenizer() const { return m_tokenizer; }

    torch::Tensor logits(const Batch &batch) override;
    torch::nn::Module &module() override;
    std::vector<std::string> labels() const override { return m_config.labels; }
    bool decays(const std::string &parameterName) const override;
    // A plain transformers folder (LoRA merged into model.safetensors). A run in another mode also
    // records it in config.json ("lepton_training_mode") and, for LoRA, keeps the unmerged
    // adapters in lora_adapters.safetensors, which transformers ignores.
    void save(const std::string &folder) const override;
    std::vector<ProgressMessage> notes() const override { return m_notes; }
    void clearTrainingCounts() override;
    void addTrainingCounts(const Batch &batch) override;

private:
    void applyTrainingMode(const BertTrainingMode &mode);

    BertConfig m_config;
    BertTrainingMode m_mode;
    WordPieceTokenizer m_tokenizer;
    std::shared_ptr<BertNetworkImpl> m_network;
    std::vector<ProgressMessage> m_notes;
};

}  // namespace lepton
