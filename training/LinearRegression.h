#pragma once
// Ordinary least squares in closed form: the features are standardised (so the coefficients per
// standard deviation compare the features' influence), the normal equations solved by Cholesky
// in double precision, and the coefficients reported both per standard deviation and per unit of
// each feature with its name. Plain C++ (no torch, no Qt).
#include "training/TabularDataset.h"

#include <string>
#include <vector>

namespace lepton {

class LinearRegression {
public:
    struct Coefficient {
        std::string feature;
        double perUnit = 0.0;  // change of the prediction per unit of the feature
        double perStd = 0.0;   // ... per standard deviation of the feature (0 for a constant one)
    };

    // Fits data.targets on data.features. Throws std::runtime_error when there are fewer rows
    // than features + 1 or a feature is a linear combination of the others (naming it).
    static LinearRegression fit(const TabularDataset &data);

    std::vector<double> predict(const TabularDataset &data) const;
    const std::vector<Coefficient> &coefficients() const { return m_coefficients; }
    double intercept() const { return m_intercept; }

    // {"intercept":..,"coefficients":[{"feature":..,"per_unit":..,"per_std":..},..]}
    std::string toJson() const;
    static LinearRegression fromJson(const std::string &json);

private:
    std::vector<Coefficient> m_coefficients;
    double m_intercept = 0.0;
};

}  // namespace lepton
