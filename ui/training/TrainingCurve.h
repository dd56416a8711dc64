#pragma once
// One curve of a training chart: keeps every point it was given and hands the chart a decimated
// copy, so that 100,000 logged steps draw as a few thousand points with the same envelope.
#include <QPointF>
#include <QVector>

class TrainingCurve {
public:
    // smoothing: 0 keeps the values; w in (0, 1) stores the exponential moving average with
    // weight w instead (TensorBoard's smoothing, debiased so the start is not pulled to zero).
    explicit TrainingCurve(double smoothing = 0.0) : m_smoothing(smoothing) {}

    // x at or before the last point's x replaces the points from there on.
    void append(double x, double y);
    void clear();
    int size() const { return int(m_points.size()); }
    const QVector<QPointF> &points() const { return m_points; }
    double minY() const { return m_minY; }
    double maxY() const { return m_maxY; }

    // At most 2 * buckets points: for each of buckets equal slices of the x range the lowest and
    // the highest point in x order, so spikes stay visible. All points when they are fewer.
    QVector<QPointF> decimated(int buckets) const;

private:
    double m_smoothing;
    double m_average = 0.0;
    double m_weightSum = 0.0;
    double m_minY = 0.0;
    double m_maxY = 0.0;
    QVector<QPointF> m_points;
};
