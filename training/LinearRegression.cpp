#include "training/LinearRegression.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace lepton {

LinearRegression LinearRegression::fit(const TabularDataset &data)
{
    const std::size_t n = data.size(), k = data.featureCount();
    if (data.targets.size() != n) throw std::runtime_error("a linear regression needs a numeric label for every row");
    if (n < k + 1)
        throw std::runtime_error("a linear regression on " + std::to_string(k) + " features needs at least " +
                                 std::to_string(k + 1) + " rows; the data has " + std::to_string(n));
    const auto x = [&](std::size_t row, std::size_t column) { return double(data.features[row * k + column]); };

    std::vector<double> mean(k, 0.0), deviation(k, 0.0);
    double targetMean = 0.0;
    for (std::size_t r = 0; r < n; ++r) {
        for (std::size_t c = 0; c < k; ++c) mean[c] += x(r, c);
        targetMean += data.targets[r];
    }
    for (double &value : mean) value /= double(n);
    targetMean /= double(n);
    for (std::size_t r = 0; r < n; ++r)
        for (std::size_t c = 0; c < k; ++c) deviation[c] += (x(r, c) - mean[c]) * (x(r, c) - mean[c]) / double(n);
    // A spread at rounding level is a constant column.
    for (std::size_t c = 0; c < k; ++c)
        deviation[c] = std::sqrt(deviation[c]) > 1e-12 * std::max(1.0, std::abs(mean[c])) ? std::sqrt(deviation[c]) : 0.0;

    // Normal equations on the standardised columns: (Z'Z) b = Z'(y - mean y). A constant column
    // carries no information and keeps a zero coefficient (its row and column are the identity).
    std::vector<std::vector<double>> gram(k, std::vector<double>(k, 0.0));
    std::vector<double> right(k, 0.0);
    std::vector<double> z(k);
    for (std::size_t r = 0; r < n; ++r) {
        for (std::size_t c = 0; c < k; ++c) z[c] = deviation[c] > 0 ? (x(r, c) - mean[c]) / deviation[c] : 0.0;
        for (std::size_t i = 0; i < k; ++i) {
            right[i] += z[i] * (data.targets[r] - targetMean);
            for (std::size_t j = 0; j <= i; ++j) gram[i][j] += z[i] * z[j];
        }
    }
    for (std::size_t i = 0; i < k; ++i)
        if (!(deviation[i] > 0)) gram[i][i] = 1.0;

    // Cholesky: gram = L L'. A pivot that all but vanishes means the column is (nearly) a linear
    // combination of earlier ones, and its coefficient would be arbitrary.
    std::vector<std::vector<double>> lower(k, std::vector<double>(k, 0.0));
    for (std::size_t i = 0; i < k; ++i) {
        for (std::size_t j = 0; j <= i; ++j) {
            double sum = gram[i][j];
            for (std::size_t p = 0; p < j; ++p) sum -= lower[i][p] * lower[j][p];
            if (i == j) {
                if (sum <= 1e-9 * gram[i][i])
                    throw std::runtime_error("feature '" + data.featureNames[i] +
                                             "' is a linear combination of the other features, so its "
                                             "coefficient is not defined; leave it out with --feature-columns");
                lower[i][i] = std::sqrt(sum);
            } else {
                lower[i][j] = sum / lower[j][j];
            }
        }
    }
    std::vector<double> solution(k);
    for (std::size_t i = 0; i < k; ++i) {
        double sum = right[i];
        for (std::size_t p = 0; p < i; ++p) sum -= lower[i][p] * solution[p];
        solution[i] = sum / lower[i][i];
    }
    for (std::size_t i = k; i-- > 0;) {
        double sum = solution[i];
        for (std::size_t p = i + 1; p < k; ++p) sum -= lower[p][i] * solution[p];
        solution[i] = sum / lower[i][i];
    }

    LinearRegression model;
    model.m_intercept = targetMean;
    for (std::size_t c = 0; c < k; ++c) {
        Coefficient coefficient;
        coefficient.feature = data.featureNames[c];
        coefficient.perStd = deviation[c] > 0 ? solution[c] : 0.0;
        coefficient.perUnit = deviation[c] > 0 ? solution[c] / deviation[c] : 0.0;
        model.m_intercept -= coefficient.perUnit * mean[c];
        model.m_coefficients.push_back(coefficient);
    }
    return model;
}

std::vector<double> LinearRegression::predict(const TabularDataset &data) const
{
    const std::size_t k = m_coefficients.size();
    if (data.featureNames.size() != k)
        throw std::runtime_error("the linear model has " + std::to_string(k) + " features, the data " +
                                 std::to_string(data.featureNames.size()));
    std::vector<double> predictions(data.size(), m_intercept);
    for (std::size_t r = 0; r < data.size(); ++r)
        for (std::size_t c = 0; c < k; ++c)
            predictions[r] += m_coefficients[c].perUnit * double(data.features[r * k + c]);
    return predictions;
}

std::string LinearRegression::toJson() const
{
    nlohmann::ordered_json j;
    j["intercept"] = m_intercept;
    j["coefficients"] = nlohmann::ordered_json::array();
    for (const auto &c : m_coefficients)
        j["coefficients"].push_back({{"feature", c.feature}, {"per_unit", c.perUnit}, {"per_std", c.perStd}});
    return j.dump(2);
}

LinearRegression LinearRegression::fromJson(const std::string &json)
{
    try {
        const auto j = nlohmann::json::parse(json);
        LinearRegression model;
        model.m_intercept = j.at("intercept").get<double>();
        for (const auto &c : j.at("coefficients"))
            model.m_coefficients.push_back(
                {c.at("feature").get<std::string>(), c.at("per_unit").get<double>(), c.at("per_std").get<double>()});
        return model;
    } catch (const nlohmann::json::exception &e) {
        throw std::runtime_error(std::string("the linear model is damaged: ") + e.what());
    }
}

}  // namespace lepton
