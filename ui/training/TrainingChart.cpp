#include "ui/training/TrainingChart.h"

#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr int kMaxTicks = 5;  // intervals per axis: round labels that never crowd a small chart

}  // namespace

TrainingChart::TrainingChart(const QString &title, const QString &valueTitle, Values values, QWidget *parent)
    : QChartView(parent),
      m_steps(new QValueAxis),
      m_values(new QValueAxis),
      m_floor(values == Values::ExplainedShare ? -std::numeric_limits<double>::infinity() : 0.0),
      m_ceiling(values == Values::NonNegative ? std::numeric_limits<double>::infinity() : 1.0),
      m_minimumSpan(values == Values::NonNegative ? 0.0 : 0.1),
      m_emptyText(new QGraphicsSimpleTextItem)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // A step smaller than the axes' labels: four curves' names fit one row at 1024x700.
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    chart->legend()->setFont(legendFont);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_steps->setTitleText(tr("Step"));
    m_steps->setLabelFormat(QStringLiteral("%d"));
    m_values->setTitleText(valueTitle);
    chart->addAxis(m_steps, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    m_emptyText->setBrush(palette().color(QPalette::PlaceholderText));
    scene()->addItem(m_emptyText);
    setScales(AxisScale::around(0, 1, kMaxTicks, true), AxisScale::around(0, 1, kMaxTicks));
}

void TrainingChart::setValueTitle(const QString &title)
{
    m_values->setTitleText(title);
}

void TrainingChart::setCurveShown(int curve, bool shown)
{
    QLineSeries *series = m_curves.at(curve).series;
    series->setVisible(shown);
    for (QLegendMarker *marker : chart()->legend()->markers(series)) marker->setVisible(shown);
}

bool TrainingChart::isCurveShown(int curve) const
{
    return m_curves.at(curve).series->isVisible();
}

void TrainingChart::setEmptyText(const QString &text)
{
    m_emptyText->setText(text);
    placeEmptyText();
}

QString TrainingChart::emptyTextShown() const
{
    return m_emptyText->isVisible() ? m_emptyText->text() : QString();
}

void TrainingChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placeEmptyText();
}

bool TrainingChart::hasPoints() const
{
    return std::any_of(m_curves.cbegin(), m_curves.cend(), [](const Curve &c) { return c.data.size() > 0; });
}

void TrainingChart::placeEmptyText()
{
    const bool empty = !hasPoints();
    m_emptyText->setVisible(empty && !m_emptyText->text().isEmpty());
    const QRectF area = chart()->plotArea();
    const QRectF text = m_emptyText->boundingRect();
    m_emptyText->setPos(area.center().x() - text.width() / 2, area.center().y() - text.height() / 2);
}

void TrainingChart::setScales(const AxisScale &steps, const AxisScale &values)
{
    m_stepScale = steps;
    m_valueScale = values;
    m_steps->setRange(steps.min, steps.max);
    m_steps->setTickCount(steps.tickCount());
    m_values->setRange(values.min, values.max);
    m_values->setTickCount(values.tickCount());
    m_values->setLabelFormat(QStringLiteral("%.%1f").arg(values.decimals()));
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
        c.series->setPointsVisible(false);
        c.dirty = false;
    }
    setScales(AxisScale::around(0, 1, kMaxTicks, true), AxisScale::around(0, 1, kMaxTicks));
    placeEmptyText();
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
            c.series->setPointsVisible(c.data.size() == 1);  // a line needs two points; one shows as a dot
            c.series->setMarkerSize(c.data.size() == 1 ? 7 : 5);
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
    placeEmptyText();
    if (!any) return;
    // Steps from 0, so that a single evaluation sits at its place in the run rather than alone
    // on an axis of its own.
    const AxisScale steps = AxisScale::around(std::min(0.0, minX), std::max(maxX, 1.0), kMaxTicks, true);
    double low = minY, high = maxY;
    const double span = std::max({m_minimumSpan, high - low, std::abs(high) * 0.1, 1e-9});
    const double middle = (low + high) / 2;
    low = std::max(m_floor, middle - span / 2);
    high = std::min(m_ceiling, middle + span / 2);
    AxisScale values = AxisScale::around(low, high, kMaxTicks);
    values.min = std::max(values.min, m_floor);
    values.max = std::min(values.max, m_ceiling);
    setScales(steps, values);
    ++m_refreshes;
}
