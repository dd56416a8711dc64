#include "training/BertConfig.h"

#include "training/ConfigJson.h"

#include <cmath>
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
        throw std::runtime_error(configPath + ": " + key + " has the wrong type (" + describeJson(*found) + ")");
    value = found->get<T>();
}

const char *const ngramBucketsKey = "lepton_ngram_buckets";
const char *const naiveBayesBucketsKey = "lepton_naive_bayes_buckets";

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
    readKey(json, ngramBucketsKey, config.ngramBuckets, configPath);
    readKey(json, naiveBayesBucketsKey, config.naiveBayesBuckets, configPath);
    double classifierDropout = -1;
    readKey(json, "classifier_dropout", classifierDropout, configPath);
    if (classifierDropout >= 0) config.classifierDropout = classifierDropout;
    const std::string positions = configString(json, "position_embedding_type", "absolute", configPath);
    if (positions != "absolute")
        throw std::runtime_error(configPath + ": position_embedding_type '" + positions +
                                 "' is not supported; only absolute position embeddings are");
    config.labels = labelsFromConfig(json, configPath);
    config.validate(configPath);
    return config;
}

void BertConfig::validate(const std::string &source) const
{
    // Upper bounds far above any published BERT (vocabularies ~250k, hidden 4096, 48 layers), so a
    // hostile config.json cannot make the loader allocate terabytes before the weights are read.
    const auto inRange = [&source](const char *key, int64_t value, int64_t most) {
        if (value < 1) throw std::runtime_error(source + ": " + key + " must be positive, not " + std::to_string(value));
        if (value > most)
            throw std::runtime_error(source + ": " + key + " " + std::to_string(value) + " is larger than any model this " +
                                     "engine can build (at most " + std::to_string(most) + ")");
    };
    inRange("vocab_size", vocabSize, 2'000'000);
    inRange("hidden_size", hiddenSize, 16384);
    inRange("num_hidden_layers", numHiddenLayers, 256);
    inRange("num_attention_heads", numAttentionHeads, 1024);
    inRange("intermediate_size", intermediateSize, 65536);
    inRange("max_position_embeddings", maxPositionEmbeddings, 65536);
    inRange("type_vocab_size", typeVocabSize, 1024);
    if (ngramBuckets != 0) inRange(ngramBucketsKey, ngramBuckets, 16'000'000);
    if (naiveBayesBuckets != 0) inRange(naiveBayesBucketsKey, naiveBayesBuckets, 16'000'000);
    checkParameterCount(parameterCount(0), source);
    if (hiddenSize % numAttentionHeads != 0)
        throw std::runtime_error(source + ": hidden_size " + std::to_string(hiddenSize) +
                                 " is not divisible by num_attention_heads " + std::to_string(numAttentionHeads));
    if (hiddenAct != "gelu" && hiddenAct != "gelu_new" && hiddenAct != "gelu_pytorch_tanh" && hiddenAct != "relu" &&
        hiddenAct != "silu" && hiddenAct != "swish")
        throw std::runtime_error(source + ": hidden_act '" + hiddenAct +
                                 "' is not supported; use gelu, gelu_new, gelu_pytorch_tanh, relu or silu");
    if (!(layerNormEps > 0 && std::isfinite(layerNormEps)))
        throw std::runtime_error(source + ": layer_norm_eps must be a positive number");
    if (!(initializerRange > 0 && std::isfinite(initializerRange)))
        throw std::runtime_error(source + ": initializer_range must be a positive number");
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

// Embeddings (with the bag of n-grams' token and bucket rows), the naive-Bayes prior's counts per class, plus per layer attention (4 h^2), feed-forward (2 h i) and the LoRA adapters beside
// query and value (2 x (h r + r h)): the weights a loader would allocate before reading a byte of
// model.safetensors.
double BertConfig::parameterCount(int64_t loraRank) const
{
    const double h = double(hiddenSize);
    const double ngramRows = ngramBuckets > 0 ? double(vocabSize + ngramBuckets) : 0.0;
    const double naiveBayesCounts =
        naiveBayesBuckets > 0 ? double(vocabSize + naiveBayesBuckets) * double(labels.size()) : 0.0;
    return h * (double(vocabSize + maxPositionEmbeddings + typeVocabSize) + ngramRows) + naiveBayesCounts +
           double(numHiddenLayers) * (4 * h * h + 2 * h * double(intermediateSize) + 4 * h * double(loraRank));
}

void BertConfig::checkParameterCount(double parameters, const std::string &source) const
{
    if (parameters > kMaxParameters)
        throw std::runtime_error(source + ": these sizes make a model of " + std::to_string(int64_t(parameters / 1e6)) +
                                 " million parameters, more than the " + std::to_string(int64_t(kMaxParameters / 1e6)) +
                                 " million this engine can build; check vocab_size, hidden_size, num_hidden_layers, "
                                 "intermediate_size and the LoRA rank");
}

void BertConfig::validateLoraRank(int64_t rank, const std::string &source) const
{
    if (rank < 0) throw std::runtime_error(source + ": the LoRA rank must be 0 (off) or positive, not " + std::to_string(rank));
    // An adapter of rank h is already a full h x h update; a larger one only costs memory.
    if (rank > hiddenSize)
        throw std::runtime_error(source + ": LoRA rank " + std::to_string(rank) + " is larger than hidden_size " +
                                 std::to_string(hiddenSize) + "; use a rank of at most " + std::to_string(hiddenSize) +
                                 " (4 to 64 is usual)");
    checkParameterCount(parameterCount(rank), source);
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
    if (ngramBuckets > 0) json[ngramBucketsKey] = ngramBuckets;
    if (naiveBayesBuckets > 0) json[naiveBayesBucketsKey] = naiveBayesBuckets;
    writeLabelsToConfig(json, labels);
    return json;
}

}  // namespace lepton
