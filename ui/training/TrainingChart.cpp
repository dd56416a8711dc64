#include "ui/training/TrainingChart.h"

#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

TrainingChart::TrainingChart(const QString &title, const QString &valueTitle, QWidget *parent)
    : QChartView(parent), m_steps(new QValueAxis), m_values(new QValueAxis)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_steps->setTitleText(tr("Step"));
    m_steps->setLabelFormat(QStringLiteral("%d"));
    m_values->setTitleText(valueTitle);
    chart->addAxis(m_steps, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
}

int TrainingChart::addCurve(const QString &name, double smoothing, Qt::PenStyle style)
{
    auto *series = new QLineSeries;
    series->setName(name);
    chart()->addSeries(series);
    series->attachAxis(m_steps);
    series->attachAxis(m_values);
    QPen pen = series->pen();
    pen.setStyle(style);
    pen.setWidthF(style == Qt::SolidLine ? 1.6 : 1.2);
    series->setPen(pen);
    m_curves.append(Curve{series, TrainingCurve(smoothing)});
    return int(m_curves.size()) - 1;
}

void TrainingChart::append(int curve, double step, double value)
{
    if (!std::isfinite(value)) return;  // a NaN loss ends the run with a message; it cannot be drawn
    Curve &c = m_curves[curve];
    c.data.append(step, value);
    c.dirty = true;
}

void TrainingChart::clearPoints()
{
    for (Curve &c : m_curves) {
        c.data.clear();
        c.series->clear();
        c.dirty = false;
    }
    m_steps->setRange(0, 1);
    m_values->setRange(0, 1);
}

int TrainingChart::drawnPoints(int curve) const
{
    return int(m_curves.at(curve).series->count());
}

void TrainingChart::refresh()
{
    if (std::none_of(m_curves.begin(), m_curves.end(), [](const Curve &c) { return c.dirty; })) return;
    // A low and a high point per two pixels keeps the envelope; more only costs paint time.
    const int buckets = std::max(100, int(chart()->plotArea().width() / 2));
    double minX = 0, maxX = 1, minY = 0, maxY = 0;
    bool any = false;
    for (Curve &c : m_curves) {
        if (c.dirty) {
            c.series->replace(c.data.decimated(buckets));
            c.dirty = false;
        }
        if (c.data.size() == 0) continue;
        const QVector<QPointF> &p = c.data.points();
        minX = any ? std::min(minX, p.first().x()) : p.first().x();
        maxX = any ? std::max(maxX, p.last().x()) : p.last().x();
        minY = any ? std::min(minY, c.data.minY()) : c.data.minY();
        maxY = any ? std::max(maxY, c.data.maxY()) : c.data.maxY();
        any = true;
    }
    if (!any) return;
    const double pad = std::max(1e-6, (maxY - minY) * 0.05);
    m_steps->setRange(minX, std::max(maxX, minX + 1));
    m_values->setRange(minY - pad, maxY + pad);
    ++m_refreshes;
}
