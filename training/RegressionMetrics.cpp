#include "training/RegressionMetrics.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace lepton {

RegressionMetrics RegressionMetrics::compute(const std::vector<double> &truth, const std::vector<double> &predicted)
{
    if (truth.size() != predicted.size())
        throw std::logic_error("RegressionMetrics::compute: truth and predictions differ in length");
    RegressionMetrics m;
    m.examples = static_cast<int64_t>(truth.size());
    if (truth.empty()) return m;
    const double n = double(truth.size());
    double mean = 0.0;
    for (const double value : truth) mean += value / n;
    double absolute = 0.0, squared = 0.0, total = 0.0;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        const double error = predicted[i] - truth[i];
        absolute += std::abs(error);
        squared += error * error;
        total += (truth[i] - mean) * (truth[i] - mean);
    }
    m.mae = absolute / n;
    m.rmse = std::sqrt(squared / n);
    m.r2 = total > 0 ? 1.0 - squared / total : (squared == 0 ? 1.0 : 0.0);
    return m;
}

std::string RegressionMetrics::toJson() const
{
    nlohmann::ordered_json j;
    j["mae"] = mae;
    j["rmse"] = rmse;
    j["r2"] = r2;
    j["examples"] = examples;
    return j.dump();
}

RegressionMetrics RegressionMetrics::fromJson(const std::string &text)
{
    const auto j = nlohmann::json::parse(text);
    return {j.at("mae").get<double>(), j.at("rmse").get<double>(), j.at("r2").get<double>(),
            j.at("examples").get<int64_t>()};
}

}  // namespace lepton
