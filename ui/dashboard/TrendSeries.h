#pragma once
// A series' least-squares trend (TrendLine) as a dashed chart line that starts at the last period
// and runs a few periods beyond it. Its legend name says "trend" and gives R^2, so nobody reads it
// as a promise, and a low R^2 shows when a straight line says little about the series.
#include <QColor>
#include <QCoreApplication>
#include <QVector>

class QLineSeries;

class TrendSeries {
    Q_DECLARE_TR_FUNCTIONS(TrendSeries)
public:
    static constexpr int kPeriodsAhead = 3;

    // values[i] is period i's value; nullptr with fewer than two values. The caller owns the
    // series (a chart takes it over with addSeries).
    static QLineSeries *create(const QString &seriesName, const QVector<double> &values, const QColor &color);
};
