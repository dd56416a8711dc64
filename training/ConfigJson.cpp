#include "ConfigJson.h"

#include "AtomicFile.h"

#include <filesystem>
#include <set>
#include <stdexcept>

namespace lepton {

nlohmann::json readConfigJson(const std::string &folder)
{
    const std::string path = folder + "/config.json";
    if (!std::filesystem::exists(path))
        throw std::runtime_error(path + " does not exist: a model folder needs a config.json");
    nlohmann::json config;
    try {
        config = nlohmann::json::parse(readWholeFile(path));
    } catch (const nlohmann::json::exception &error) {
        throw std::runtime_error(path + " is not valid JSON: " + error.what());
    }
    if (!config.is_object()) throw std::runtime_error(path + " is not a JSON object");
    return config;
}

void writeConfigJson(const std::string &folder, const nlohmann::json &config)
{
    std::filesystem::create_directories(folder);
    writeFileAtomically(folder + "/config.json", config.dump(2) + "\n");
}

std::vector<std::string> labelsFromConfig(const nlohmann::json &config, const std::string &configPath)
{
    std::vector<std::string> labels;
    const auto id2label = config.find("id2label");
    if (id2label != config.end() && !id2label->is_null()) {
        if (!id2label->is_object())
            throw std::runtime_error(configPath + ": id2label must map ids (\"0\", \"1\", ...) to names");
        labels.resize(id2label->size());
        for (const auto &[key, value] : id2label->items()) {
            size_t id = 0;
            try {
                size_t used = 0;
                id = std::stoul(key, &used);
                if (used != key.size()) throw std::invalid_argument(key);
            } catch (const std::exception &) {
                throw std::runtime_error(configPath + ": id2label key '" + key + "' is not an id");
            }
            if (id >= labels.size() || !labels[id].empty() || !value.is_string())
                throw std::runtime_error(configPath + ": id2label must give one name to each id 0.." +
                                         std::to_string(labels.size() - 1));
            labels[id] = value.get<std::string>();
        }
    } else {
        const int64_t count = config.value("num_labels", int64_t(2));
        if (count < 1) throw std::runtime_error(configPath + ": num_labels must be at least 1");
        for (int64_t i = 0; i < count; ++i) labels.push_back("LABEL_" + std::to_string(i));
    }
    const auto numLabels = config.find("num_labels");
    if (numLabels != config.end() && numLabels->is_number_integer() &&
        numLabels->get<int64_t>() != static_cast<int64_t>(labels.size()))
        throw std::runtime_error(configPath + ": num_labels " + std::to_string(numLabels->get<int64_t>()) +
                                 " does not match the " + std::to_string(labels.size()) +
                                 " names in id2label");
    checkLabels(labels);
    return labels;
}

void writeLabelsToConfig(nlohmann::json &config, const std::vector<std::string> &labels)
{
    nlohmann::json id2label = nlohmann::json::object(), label2id = nlohmann::json::object();
    for (size_t i = 0; i < labels.size(); ++i) {
        id2label[std::to_string(i)] = labels[i];
        label2id[labels[i]] = i;
    }
    config["id2label"] = id2label;
    config["label2id"] = label2id;
    config["num_labels"] = labels.size();
}

void checkLabels(const std::vector<std::string> &labels)
{
    if (labels.empty()) throw std::runtime_error("a classifier needs at least one label");
    std::set<std::string> seen;
    for (const auto &label : labels)
        if (!seen.insert(label).second) throw std::runtime_error("label '" + label + "' is given twice");
}

}  // namespace lepton
