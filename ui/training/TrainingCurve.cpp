#include "ui/training/TrainingCurve.h"

#include <algorithm>

void TrainingCurve::append(double x, double y)
{
    // A run resumed from a checkpoint older than its last logged step logs those steps again:
    // the new values replace the old ones, as in the workspace, and x stays sorted.
    while (!m_points.isEmpty() && m_points.last().x() >= x) m_points.removeLast();
    if (m_smoothing > 0) {
        m_average = m_smoothing * m_average + (1 - m_smoothing) * y;
        m_weightSum = m_smoothing * m_weightSum + (1 - m_smoothing);
        y = m_average / m_weightSum;
    }
    if (m_points.isEmpty()) {
        m_minY = m_maxY = y;
    } else {
        m_minY = std::min(m_minY, y);
        m_maxY = std::max(m_maxY, y);
    }
    m_points.append(QPointF(x, y));
}

void TrainingCurve::clear()
{
    m_points.clear();
    m_average = m_weightSum = 0.0;
}

QVector<QPointF> TrainingCurve::decimated(int buckets) const
{
    if (buckets < 1 || m_points.size() <= 2 * buckets) return m_points;
    QVector<QPointF> out;
    out.reserve(2 * buckets + 2);
    const double x0 = m_points.first().x();
    const double width = std::max(1e-12, m_points.last().x() - x0);
    int i = 0;
    const int n = int(m_points.size());
    for (int b = 0; b < buckets && i < n; ++b) {
        const double end = x0 + width * double(b + 1) / double(buckets);
        int low = i, high = i;
        for (; i < n && (m_points[i].x() <= end || b == buckets - 1); ++i) {
            if (m_points[i].y() < m_points[low].y()) low = i;
            if (m_points[i].y() > m_points[high].y()) high = i;
        }
        out.append(m_points[std::min(low, high)]);
        if (low != high) out.append(m_points[std::max(low, high)]);
    }
    return out;
}
