#include "training/ClassifierFactory.h"

#include "training/internal/BertClassifier.h"
#include "training/ConfigJson.h"
#include "training/internal/TabularMlp.h"

#include <filesystem>
#include <map>
#include <stdexcept>

namespace lepton {

namespace {

struct ScratchPreset {
    int64_t layers, hidden, heads, intermediate, ngramBuckets, naiveBayesBuckets;
};

const std::map<std::string, ScratchPreset> &scratchPresets()
{
    // The naive-Bayes prior wants few bucket collisions: on MR, naive Bayes alone scored 0.748 with
    // 2^14 buckets and 0.777 with 2^18 (counts are cheap: 4 bytes a bucket and class).
    static const std::map<std::string, ScratchPreset> presets = {
        {"scratch:tiny", {2, 128, 2, 512, 1 << 14, 1 << 18}}, {"scratch:mini", {4, 256, 4, 1024, 1 << 16, 1 << 18}}};
    return presets;
}

WordPieceTokenizer scratchVocabulary(const std::string &vocabulary)
{
    if (vocabulary.empty())
        throw std::runtime_error("a from-scratch model needs a vocabulary: give a vocab.txt file "
                                 "(e.g. bert-base-uncased-vocab.txt) or a folder that holds one");
    if (std::filesystem::is_directory(vocabulary)) return WordPieceTokenizer::fromFolder(vocabulary);
    return WordPieceTokenizer::fromVocabFile(vocabulary, WordPieceTokenizer::Options{});
}

}  // namespace

std::vector<std::string> scratchPresetNames()
{
    std::vector<std::string> names;
    for (const auto &preset : scratchPresets()) names.push_back(preset.first);
    return names;
}

std::unique_ptr<ClassifierModel> createClassifier(const std::string &spec, const std::vector<std::string> &labels,
                                                  const ClassifierOptions &options)
{
    const BertTrainingMode mode{options.loraRank, options.loraAlpha, options.freezeEncoder};
    if (spec == "mlp") {
        TabularMlpConfig config;
        config.featureNames = options.featureNames;
        config.labels = labels;
        config.hiddenSizes = options.hiddenSizes;
        config.dropout = options.dropout;
        config.standardisation = {options.featureMean, options.featureStd};
        return std::make_unique<TabularMlp>(std::move(config));
    }
    const auto preset = scratchPresets().find(spec);
    if (preset != scratchPresets().end()) {
        auto tokenizer = scratchVocabulary(options.vocabulary);
        BertConfig config;
        config.numHiddenLayers = preset->second.layers;
        config.hiddenSize = preset->second.hidden;
        config.numAttentionHeads = preset->second.heads;
        config.intermediateSize = preset->second.intermediate;
        config.ngramBuckets = options.countFeatures ? preset->second.ngramBuckets : 0;
        config.naiveBayesBuckets = options.countFeatures ? preset->second.naiveBayesBuckets : 0;
        config.vocabSize = static_cast<int64_t>(tokenizer.vocabularySize());
        config.padTokenId = tokenizer.padId();
        config.maxPositionEmbeddings = options.maxLength;
        config.labels = labels;
        config.validate(spec);
        return std::make_unique<BertClassifier>(std::move(config), std::move(tokenizer), mode);
    }
    if (std::filesystem::is_directory(spec)) {
        const std::string modelType = configString(readConfigJson(spec), "model_type", "", spec + "/config.json");
        if (modelType != "bert")
            throw std::runtime_error(spec + "/config.json: model_type '" + modelType +
                                     "' cannot be fine-tuned; give a BERT checkpoint folder");
        return BertClassifier::load(spec, labels, mode);
    }
    std::string presets;
    for (const auto &name : scratchPresetNames()) presets += name + ", ";
    throw std::runtime_error("unknown model '" + spec + "'; use " + presets +
                             "mlp or the path of a BERT checkpoint folder");
}

}  // namespace lepton
