#pragma once
// config.json of a model folder, read and written the way Hugging Face spells it, so that error
// messages name the file and folders stay loadable by transformers.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace lepton {

// folder/config.json as a JSON object; throws std::runtime_error naming the file.
nlohmann::json readConfigJson(const std::string &folder);
// Writes folder/config.json (indented, atomically), creating the folder if needed.
void writeConfigJson(const std::string &folder, const nlohmann::json &config);

// Label names in id order from id2label (string keys "0".."n-1"); when it is absent, num_labels
// default names LABEL_0.. as Hugging Face does (2 labels when neither is given).
std::vector<std::string> labelsFromConfig(const nlohmann::json &config, const std::string &configPath);
// id2label, label2id (string keys, as transformers writes them) and num_labels.
void writeLabelsToConfig(nlohmann::json &config, const std::vector<std::string> &labels);
// Throws when labels are empty or repeat a name: a classifier needs distinct classes.
void checkLabels(const std::vector<std::string> &labels);

}  // namespace lepton
