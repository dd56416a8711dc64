#pragma once
// config.json of a model folder, read and written the way Hugging Face spells it, so that error
// messages name the file and folders stay loadable by transformers.
#include "training/JsonValueText.h"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace lepton {

// A config.json from elsewhere larger than this is refused before it is parsed (real ones are a
// few KB; one with 100,000 labels is about 5 MB).
constexpr std::size_t kMaxConfigJsonBytes = 16u << 20;

// folder/config.json as a JSON object; throws std::runtime_error naming the file.
nlohmann::json readConfigJson(const std::string &folder);
// The text of a config.json as a JSON object; throws std::runtime_error naming path.
nlohmann::json parseConfigJson(std::string_view text, const std::string &path);
// config[key] when it is a string, fallback when it is absent or null; throws naming the key when
// it is something else.
std::string configString(const nlohmann::json &config, const char *key, const std::string &fallback,
                         const std::string &configPath);
// Writes folder/config.json (indented, atomically), creating the folder if needed.
void writeConfigJson(const std::string &folder, const nlohmann::json &config);

// A model has at most this many labels (num_labels / id2label), so a hostile file cannot make
// the loader build billions of names.
constexpr int64_t kMaxLabels = 100000;
// Label names in id order from id2label (string keys "0".."n-1"); when it is absent, num_labels
// default names LABEL_0.. as Hugging Face does (2 labels when neither is given).
std::vector<std::string> labelsFromConfig(const nlohmann::json &config, const std::string &configPath);
// id2label, label2id (string keys, as transformers writes them) and num_labels.
void writeLabelsToConfig(nlohmann::json &config, const std::vector<std::string> &labels);
// Throws when labels are empty or repeat a name: a classifier needs distinct classes.
void checkLabels(const std::vector<std::string> &labels);

}  // namespace lepton
