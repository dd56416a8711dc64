#include "models/analytics/TrendLine.h"

std::optional<TrendLine> TrendLine::fit(const QVector<double> &values)
{
    const int n = values.size();
    if (n < 2) return std::nullopt;
    double meanIndex = 0.0, meanValue = 0.0;
    for (int i = 0; i < n; ++i) {
        meanIndex += double(i) / n;
        meanValue += values[i] / n;
    }
    double covariance = 0.0, indexSpread = 0.0;
    for (int i = 0; i < n; ++i) {
        covariance += (i - meanIndex) * (values[i] - meanValue);
        indexSpread += (i - meanIndex) * (i - meanIndex);
    }
    TrendLine line;
    line.m_slope = covariance / indexSpread;
    line.m_intercept = meanValue - line.m_slope * meanIndex;
    double residual = 0.0, total = 0.0;
    for (int i = 0; i < n; ++i) {
        const double error = values[i] - line.valueAt(i);
        residual += error * error;
        total += (values[i] - meanValue) * (values[i] - meanValue);
    }
    line.m_rSquared = total > 0 ? 1.0 - residual / total : (residual == 0 ? 1.0 : 0.0);
    return line;
}
