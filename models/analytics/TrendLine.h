#pragma once
// The least-squares straight line through a series of equally spaced values (months or
// quarters), value = intercept + slope * index, with R^2 saying how much of the series' ups and
// downs a straight line explains. The dashboard draws it beyond the last period as a trend:
// what the past would give if it went on in a straight line, not a promise.
#include <QVector>
#include <optional>

class TrendLine {
public:
    // nullopt with fewer than two values (no line is defined by one point).
    static std::optional<TrendLine> fit(const QVector<double> &values);

    double slope() const { return m_slope; }
    double intercept() const { return m_intercept; }
    // 1 - residual / total sum of squares; 1 for a constant series the line meets exactly.
    double rSquared() const { return m_rSquared; }
    double valueAt(double index) const { return m_intercept + m_slope * index; }

private:
    TrendLine() = default;
    double m_slope = 0.0, m_intercept = 0.0, m_rSquared = 0.0;
};
