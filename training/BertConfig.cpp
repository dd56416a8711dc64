#include "BertConfig.h"

#include "ConfigJson.h"

#include <stdexcept>

namespace lepton {

namespace {

template <typename T>
void readKey(const nlohmann::json &json, const char *key, T &value, const std::string &configPath)
{
    const auto found = json.find(key);
    if (found == json.end() || found->is_null()) return;
    const bool typeFits = std::is_same_v<T, std::string> ? found->is_string()
                          : std::is_integral_v<T>        ? found->is_number_integer()
                                                         : found->is_number();
    if (!typeFits)
        throw std::runtime_error(configPath + ": " + key + " has the wrong type (" + found->dump() + ")");
    value = found->get<T>();
}

}  // namespace

BertConfig BertConfig::fromJson(const nlohmann::json &json, const std::string &configPath)
{
    BertConfig config;
    readKey(json, "vocab_size", config.vocabSize, configPath);
    readKey(json, "hidden_size", config.hiddenSize, configPath);
    readKey(json, "num_hidden_layers", config.numHiddenLayers, configPath);
    readKey(json, "num_attention_heads", config.numAttentionHeads, configPath);
    readKey(json, "intermediate_size", config.intermediateSize, configPath);
    readKey(json, "hidden_act", config.hiddenAct, configPath);
    readKey(json, "max_position_embeddings", config.maxPositionEmbeddings, configPath);
    readKey(json, "type_vocab_size", config.typeVocabSize, configPath);
    readKey(json, "layer_norm_eps", config.layerNormEps, configPath);
    readKey(json, "hidden_dropout_prob", config.hiddenDropoutProb, configPath);
    readKey(json, "attention_probs_dropout_prob", config.attentionProbsDropoutProb, configPath);
    readKey(json, "initializer_range", config.initializerRange, configPath);
    readKey(json, "pad_token_id", config.padTokenId, configPath);
    double classifierDropout = -1;
    readKey(json, "classifier_dropout", classifierDropout, configPath);
    if (classifierDropout >= 0) config.classifierDropout = classifierDropout;
    const std::string positions = json.value("position_embedding_type", std::string("absolute"));
    if (positions != "absolute")
        throw std::runtime_error(configPath + ": position_embedding_type '" + positions +
                                 "' is not supported; only absolute position embeddings are");
    config.labels = labelsFromConfig(json, configPath);
    config.validate(configPath);
    return config;
}

void BertConfig::validate(const std::string &source) const
{
    const auto positive = [&source](const char *key, int64_t value) {
        if (value < 1) throw std::runtime_error(source + ": " + key + " must be positive, not " + std::to_string(value));
    };
    positive("vocab_size", vocabSize);
    positive("hidden_size", hiddenSize);
    positive("num_hidden_layers", numHiddenLayers);
    positive("num_attention_heads", numAttentionHeads);
    positive("intermediate_size", intermediateSize);
    positive("max_position_embeddings", maxPositionEmbeddings);
    positive("type_vocab_size", typeVocabSize);
    if (hiddenSize % numAttentionHeads != 0)
        throw std::runtime_error(source + ": hidden_size " + std::to_string(hiddenSize) +
                                 " is not divisible by num_attention_heads " + std::to_string(numAttentionHeads));
    if (hiddenAct != "gelu" && hiddenAct != "gelu_new" && hiddenAct != "gelu_pytorch_tanh" && hiddenAct != "relu" &&
        hiddenAct != "silu" && hiddenAct != "swish")
        throw std::runtime_error(source + ": hidden_act '" + hiddenAct +
                                 "' is not supported; use gelu, gelu_new, gelu_pytorch_tanh, relu or silu");
    if (!(layerNormEps > 0)) throw std::runtime_error(source + ": layer_norm_eps must be positive");
    if (!(initializerRange > 0)) throw std::runtime_error(source + ": initializer_range must be positive");
    const auto probability = [&source](const char *key, double value) {
        if (!(value >= 0 && value < 1))
            throw std::runtime_error(source + ": " + key + " must be in [0, 1), not " + std::to_string(value));
    };
    probability("hidden_dropout_prob", hiddenDropoutProb);
    probability("attention_probs_dropout_prob", attentionProbsDropoutProb);
    if (classifierDropout) probability("classifier_dropout", *classifierDropout);
    if (padTokenId < 0 || padTokenId >= vocabSize)
        throw std::runtime_error(source + ": pad_token_id " + std::to_string(padTokenId) + " is outside the vocabulary");
    checkLabels(labels);
}

nlohmann::json BertConfig::toJson() const
{
    nlohmann::json json = {{"architectures", {"BertForSequenceClassification"}},
                           {"model_type", "bert"},
                           {"vocab_size", vocabSize},
                           {"hidden_size", hiddenSize},
                           {"num_hidden_layers", numHiddenLayers},
                           {"num_attention_heads", numAttentionHeads},
                           {"intermediate_size", intermediateSize},
                           {"hidden_act", hiddenAct},
                           {"max_position_embeddings", maxPositionEmbeddings},
                           {"type_vocab_size", typeVocabSize},
                           {"layer_norm_eps", layerNormEps},
                           {"hidden_dropout_prob", hiddenDropoutProb},
                           {"attention_probs_dropout_prob", attentionProbsDropoutProb},
                           {"classifier_dropout", nullptr},
                           {"initializer_range", initializerRange},
                           {"pad_token_id", padTokenId},
                           {"position_embedding_type", "absolute"},
                           {"problem_type", "single_label_classification"},
                           {"torch_dtype", "float32"}};
    if (classifierDropout) json["classifier_dropout"] = *classifierDropout;
    writeLabelsToConfig(json, labels);
    return json;
}

}  // namespace lepton
