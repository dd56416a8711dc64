#include "training/ConfigJson.h"

#include "common/AtomicFile.h"

#include <filesystem>
#include <set>
#include <stdexcept>

namespace lepton {

nlohmann::json readConfigJson(const std::string &folder)
{
    const std::string path = folder + "/config.json";
    std::error_code error;
    const auto bytes = std::filesystem::file_size(path, error);
    if (error) {
        if (!std::filesystem::exists(path))
            throw std::runtime_error(path + " does not exist: a model folder needs a config.json");
        throw std::runtime_error("cannot read " + path + ": " + error.message());
    }
    if (bytes > kMaxConfigJsonBytes)
        throw std::runtime_error(path + " is " + std::to_string(bytes) + " bytes, over the " +
                                 std::to_string(kMaxConfigJsonBytes >> 20) +
                                 " MiB a config.json may have; is it really a model configuration?");
    return parseConfigJson(readWholeFile(path), path);
}

nlohmann::json parseConfigJson(std::string_view text, const std::string &path)
{
    if (text.size() > kMaxConfigJsonBytes)
        throw std::runtime_error(path + " is over the " + std::to_string(kMaxConfigJsonBytes >> 20) +
                                 " MiB a config.json may have; is it really a model configuration?");
    nlohmann::json config;
    try {
        config = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception &error) {
        throw std::runtime_error(path + " is not valid JSON: " + error.what());
    }
    if (!config.is_object()) throw std::runtime_error(path + " is not a JSON object");
    return config;
}

std::string configString(const nlohmann::json &config, const char *key, const std::string &fallback,
                         const std::string &configPath)
{
    const auto found = config.find(key);
    if (found == config.end() || found->is_null()) return fallback;
    if (!found->is_string())
        throw std::runtime_error(configPath + ": " + key + " must be a string, not " + found->type_name());
    return found->get<std::string>();
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
        if (id2label->size() > std::size_t(kMaxLabels))
            throw std::runtime_error(configPath + ": id2label has " + std::to_string(id2label->size()) +
                                     " labels, more than the " + std::to_string(kMaxLabels) + " a model may have");
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
        const auto numLabels = config.find("num_labels");
        int64_t count = 2;
        if (numLabels != config.end() && !numLabels->is_null()) {
            if (!numLabels->is_number_integer())
                throw std::runtime_error(configPath + ": num_labels must be a whole number, not " +
                                         describeJson(*numLabels));
            count = numLabels->get<int64_t>();
        }
        if (count < 1 || count > kMaxLabels)
            throw std::runtime_error(configPath + ": num_labels " + std::to_string(count) + " is not between 1 and " +
                                     std::to_string(kMaxLabels));
        for (int64_t i = 0; i < count; ++i) labels.push_back("LABEL_" + std::to_string(i));
    }
    const auto numLabels = config.find("num_labels");
    if (numLabels != config.end() && numLabels->is_number_integer() &&
        numLabels->get<int64_t>() != static_cast<int64_t>(labels.size()))
        throw std::runtime_error(configPath + ": num_labels " + std::to_string(numLabels->get<int64_t>()) +
                                 " does not match the " + std::to_string(labels.size()) +
                                 " names in id2label");
    try {
        checkLabels(labels);
    } catch (const std::runtime_error &error) {
        throw std::runtime_error(configPath + ": " + error.what());
    }
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
