#include "training/internal/BertClassifier.h"

#include "training/internal/BertNetwork.h"
#include "training/ConfigJson.h"
#include "training/internal/ModuleState.h"
#include "training/internal/Safetensors.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <stdexcept>

namespace lepton {

namespace {

bool startsWith(const std::string &text, const std::string &prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

bool endsWith(const std::string &text, const std::string &suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isHeadParameter(const std::string &name)
{
    return startsWith(name, "classifier.");
}

// The naive-Bayes prior counts per class, so like the head it belongs to one set of classes.
bool isNaiveBayesState(const std::string &name)
{
    return startsWith(name, "naive_bayes.");
}

// Pre-training heads and the position_ids buffer are in many checkpoints but not in a classifier.
bool isIgnoredCheckpointTensor(const std::string &name)
{
    return startsWith(name, "cls.") || endsWith(name, "position_ids");
}

// A checkpoint's tensor name as our (transformers') parameter name: checkpoints saved from
// BertModel lack the "bert." prefix (our bag of n-grams and naive-Bayes prior sit beside "bert.",
// not in it), TensorFlow-era ones call LayerNorm's parameters gamma/beta.
std::string modelName(std::string name)
{
    if (name.find("LayerNorm") != std::string::npos) {
        if (endsWith(name, ".gamma")) name.replace(name.size() - 5, 5, "weight");
        else if (endsWith(name, ".beta")) name.replace(name.size() - 4, 4, "bias");
    }
    if (!startsWith(name, "bert.") && !isHeadParameter(name) && !startsWith(name, "ngrams.") && !isNaiveBayesState(name))
        name = "bert." + name;
    return name;
}

const char *const modeKey = "lepton_training_mode";
const char *const adaptersFile = "/lora_adapters.safetensors";

// What LoRA changes in a layer: the adapters and the frozen query/value weights they sit beside.
bool isLoraState(const std::string &name)
{
    return BertNetworkImpl::isLoraParameter(name) || endsWith(name, "attention.self.query.weight") ||
           endsWith(name, "attention.self.value.weight");
}

std::optional<BertTrainingMode> recordedMode(const nlohmann::json &config, const std::string &configPath)
{
    const auto found = config.find(modeKey);
    if (found == config.end()) return std::nullopt;
    try {
        return BertTrainingMode{found->at("lora_rank").get<int64_t>(), found->at("lora_alpha").get<double>(),
                                found->at("freeze_encoder").get<bool>()};
    } catch (const nlohmann::json::exception &error) {
        throw std::runtime_error(configPath + ": " + modeKey + " is damaged (" + error.what() + ")");
    }
}

bool hasDefaultLabelNames(const std::vector<std::string> &labels)
{
    for (size_t i = 0; i < labels.size(); ++i)
        if (labels[i] != "LABEL_" + std::to_string(i)) return false;
    return true;
}

std::string joined(const std::vector<std::string> &names)
{
    std::string text;
    for (const auto &name : names) text += (text.empty() ? "" : ", ") + name;
    return text;
}

}  // namespace

BertClassifier::BertClassifier(BertConfig config, WordPieceTokenizer tokenizer, const BertTrainingMode &mode)
    : m_config(std::move(config)), m_mode(mode), m_tokenizer(std::move(tokenizer))
{
    if (static_cast<int64_t>(m_tokenizer.vocabularySize()) > m_config.vocabSize)
        throw std::runtime_error("the vocabulary has " + std::to_string(m_tokenizer.vocabularySize()) +
                                 " tokens but the model only " + std::to_string(m_config.vocabSize) +
                                 " embeddings (vocab_size); use the checkpoint's own vocab.txt");
    m_config.validateLoraRank(mode.loraRank, "lora_rank");
    m_network = std::make_shared<BertNetworkImpl>(m_config);
    applyTrainingMode(mode);
}

BertClassifier::~BertClassifier() = default;

void BertClassifier::applyTrainingMode(const BertTrainingMode &mode)
{
    if (mode.loraRank > 0) m_network->addLora(mode.loraRank, mode.loraAlpha);
    if (mode.loraRank == 0 && !mode.freezeEncoder) return;
    for (auto &item : m_network->named_parameters(true)) {
        const bool trains = isHeadParameter(item.key()) || BertNetworkImpl::isLoraParameter(item.key()) ||
                            (mode.freezeEncoder && startsWith(item.key(), "bert.pooler."));
        item.value().set_requires_grad(trains);
    }
}

std::unique_ptr<BertClassifier> BertClassifier::load(const std::string &folder, const std::vector<std::string> &labels,
                                                     const std::optional<BertTrainingMode> &mode)
{
    const std::string configPath = folder + "/config.json";
    const auto json = readConfigJson(folder);
    BertConfig config = BertConfig::fromJson(json, configPath);
    const auto recorded = mode ? std::nullopt : recordedMode(json, configPath);
    if (recorded) config.validateLoraRank(recorded->loraRank, configPath + ": " + modeKey);
    const std::vector<std::string> checkpointLabels = config.labels;
    if (!labels.empty()) config.labels = labels;
    checkLabels(config.labels);
    // A naive-Bayes prior counts per class; a model with one output (a regression) has none.
    if (config.labels.size() < 2) config.naiveBayesBuckets = 0;

    const std::string weightsPath = folder + "/model.safetensors";
    if (!std::filesystem::exists(weightsPath))
        throw std::runtime_error(weightsPath + " does not exist; this engine reads safetensors checkpoints only "
                                 "(convert a pytorch_model.bin with transformers' save_pretrained)");
    auto model = std::make_unique<BertClassifier>(config, WordPieceTokenizer::fromFolder(folder),
                                                  mode.value_or(recorded.value_or(BertTrainingMode{})));

    std::set<std::string> parameterNames;
    for (const auto &item : model->m_network->named_parameters(true)) parameterNames.insert(item.key());
    std::vector<std::string> unused;
    const auto wanted = [&](const std::string &name) {
        if (isIgnoredCheckpointTensor(name)) return false;
        if (isNaiveBayesState(name) && !parameterNames.count(name)) return false;  // went with the classes
        if (parameterNames.count(modelName(name))) return true;
        unused.push_back(name);
        return false;
    };
    TensorMap state;
    for (auto &[name, tensor] : readSafetensors(weightsPath, wanted)) {
        const std::string mapped = modelName(name);
        if (state.count(mapped))
            throw std::runtime_error(weightsPath + ": tensor '" + mapped + "' appears twice (with and without the "
                                     "bert. prefix or as gamma/beta and weight/bias)");
        state[mapped] = tensor;
    }
    if (!unused.empty())
        model->m_notes.push_back(ProgressMessage::ignoredTensors(unused.size(), unused.front()));

    // The classification head is kept only when it scores the same classes; rows are reordered
    // when the checkpoint lists those classes in another order.
    bool keepHead = false;
    const auto headWeight = state.find("classifier.weight");
    if (headWeight == state.end() || !state.count("classifier.bias")) {
        model->m_notes.push_back(ProgressMessage::newHead(config.labels.size(), joined(config.labels)));
    } else if (headWeight->second.size(0) != static_cast<int64_t>(checkpointLabels.size())) {
        throw std::runtime_error(weightsPath + ": tensor 'classifier.weight' has " +
                                 std::to_string(headWeight->second.size(0)) + " rows but config.json names " +
                                 std::to_string(checkpointLabels.size()) + " labels");
    } else if (checkpointLabels == config.labels ||
               (checkpointLabels.size() == config.labels.size() && hasDefaultLabelNames(checkpointLabels))) {
        keepHead = true;
    } else if (std::is_permutation(checkpointLabels.begin(), checkpointLabels.end(), config.labels.begin(),
                                   config.labels.end())) {
        std::vector<int64_t> rows;
        for (const auto &label : config.labels)
            rows.push_back(std::find(checkpointLabels.begin(), checkpointLabels.end(), label) - checkpointLabels.begin());
        const auto order = torch::tensor(rows);
        state["classifier.weight"] = headWeight->second.index_select(0, order);
        state["classifier.bias"] = state["classifier.bias"].index_select(0, order);
        for (const char *name : {"naive_bayes.counts", "naive_bayes.examples"}) {
            const auto counts = state.find(name);
            if (counts != state.end()) counts->second = counts->second.index_select(counts->second.dim() - 1, order);
        }
        keepHead = true;
    } else {
        model->m_notes.push_back(ProgressMessage::replacedHead(joined(checkpointLabels), joined(config.labels)));
    }
    loadModuleState(*model->m_network, state, weightsPath, [keepHead](const std::string &name) {
        return !BertNetworkImpl::isLoraParameter(name) && (keepHead || !(isHeadParameter(name) || isNaiveBayesState(name)));
    });
    if (recorded && recorded->loraRank > 0) {
        const std::string adaptersPath = folder + adaptersFile;
        if (!std::filesystem::exists(adaptersPath))
            throw std::runtime_error(adaptersPath + " is missing: config.json says this model trains LoRA adapters");
        loadModuleState(*model->m_network, readSafetensors(adaptersPath), adaptersPath, isLoraState);
    }
    return model;
}

torch::Tensor BertClassifier::logits(const Batch &batch)
{
    // Training batches come from the counted training set: the prior leaves their own counts out.
    const bool counted = m_network->is_training() && batch.labels.defined();
    return m_network->forward(batch.inputIds, batch.attentionMask, batch.tokenTypeIds,
                              counted ? batch.labels : torch::Tensor());
}

void BertClassifier::clearTrainingCounts()
{
    if (auto prior = m_network->naiveBayes()) prior->clearCounts();
}

void BertClassifier::addTrainingCounts(const Batch &batch)
{
    auto prior = m_network->naiveBayes();
    if (prior && batch.labels.defined()) prior->addCounts(batch.inputIds, batch.attentionMask, batch.labels);
}

torch::nn::Module &BertClassifier::module()
{
    return *m_network;
}

bool BertClassifier::decays(const std::string &parameterName) const
{
    return !endsWith(parameterName, ".bias") && parameterName.find("LayerNorm.") == std::string::npos &&
           !isNaiveBayesState(parameterName);
}

void BertClassifier::save(const std::string &folder) const
{
    auto config = m_config.toJson();
    if (m_mode.loraRank > 0 || m_mode.freezeEncoder)
        config[modeKey] = {{"lora_rank", m_mode.loraRank},
                           {"lora_alpha", m_mode.loraAlpha},
                           {"freeze_encoder", m_mode.freezeEncoder}};
    writeConfigJson(folder, config);
    writeSafetensors(folder + "/model.safetensors", m_network->exportState());
    if (m_mode.loraRank > 0) writeSafetensors(folder + adaptersFile, moduleState(*m_network, isLoraState));
    else std::filesystem::remove(folder + adaptersFile);
    m_tokenizer.save(folder);
}

}  // namespace lepton
