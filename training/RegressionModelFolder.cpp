#include "training/RegressionModelFolder.h"

#include "common/AtomicFile.h"
#include "common/RegularFile.h"

#include <filesystem>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace lepton {

bool RegressionModelFolder::isIn(const std::string &folder)
{
    std::error_code error;
    return fs::exists(fs::symlink_status(fs::path(folder) / kFile, error));
}

void RegressionModelFolder::save(const std::string &folder) const
{
    nlohmann::ordered_json j;
    j["task"] = "regression";
    j["model"] = model;
    j["label_column"] = labelColumn;
    j["feature_names"] = featureNames;
    j["target_mean"] = targetMean;
    j["target_std"] = targetStd;
    j["linear"] = linear ? nlohmann::ordered_json::parse(linear->toJson()) : nlohmann::ordered_json();
    writeFileAtomically((fs::path(folder) / kFile).string(), j.dump(2));
}

RegressionModelFolder RegressionModelFolder::load(const std::string &folder)
{
    const std::string path = (fs::path(folder) / kFile).string();
    RegressionModelFolder saved;
    try {
        // A few kilobytes of JSON; the bound keeps a planted device or huge file from filling memory.
        const auto j = nlohmann::json::parse(readRegularFile(path, 16u << 20, "a regression_model.json"));
        saved.model = j.at("model").get<std::string>();
        saved.labelColumn = j.at("label_column").get<std::string>();
        saved.featureNames = j.at("feature_names").get<std::vector<std::string>>();
        saved.targetMean = j.at("target_mean").get<double>();
        saved.targetStd = j.at("target_std").get<double>();
        if (saved.model == "linear") saved.linear = LinearRegression::fromJson(j.at("linear").dump());
    } catch (const std::exception &e) {
        throw std::runtime_error(path + ": damaged (" + e.what() + ")");
    }
    if (saved.model != "linear" && saved.model != "mlp" && saved.model != "text")
        throw std::runtime_error(path + ": unknown regression model '" + saved.model + "'");
    if (saved.linear && saved.linear->coefficients().size() != saved.featureNames.size())
        throw std::runtime_error(path + ": the linear model's coefficients do not match its feature names");
    return saved;
}

}  // namespace lepton
