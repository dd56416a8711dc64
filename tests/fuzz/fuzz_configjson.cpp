// libFuzzer target: a model folder's config.json as BertClassifier::load reads it
// (training/ConfigJson + training/BertConfig). A config that is accepted must survive being
// written back and read again, as a saved checkpoint is.
#include "training/BertConfig.h"
#include "training/ConfigJson.h"
#include "FuzzCheck.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    try {
        const auto json = lepton::parseConfigJson(text, "config.json");
        lepton::configString(json, "model_type", "", "config.json");
        const auto config = lepton::BertConfig::fromJson(json, "config.json");
        FUZZ_CHECK(config.hiddenSize % config.numAttentionHeads == 0);
        FUZZ_CHECK(config.padTokenId >= 0 && config.padTokenId < config.vocabSize);
        FUZZ_CHECK(!config.labels.empty() && config.labels.size() <= std::size_t(lepton::kMaxLabels));
        const auto again = lepton::BertConfig::fromJson(config.toJson(), "saved config.json");
        FUZZ_CHECK(again.labels == config.labels && again.vocabSize == config.vocabSize &&
                   again.hiddenSize == config.hiddenSize && again.numHiddenLayers == config.numHiddenLayers);
    } catch (const std::runtime_error &error) {
        FUZZ_CHECK(std::string(error.what()).find("config.json") != std::string::npos);
    }
    return 0;
}
