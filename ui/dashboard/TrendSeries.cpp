#include "ui/dashboard/TrendSeries.h"

#include "models/analytics/TrendLine.h"

#include <QLineSeries>
#include <QLocale>
#include <QPen>

QLineSeries *TrendSeries::create(const QString &seriesName, const QVector<double> &values, const QColor &color)
{
    const auto line = TrendLine::fit(values);
    if (!line) return nullptr;
    auto *series = new QLineSeries;
    series->setName(tr("%1 trend (R² %2)").arg(seriesName, QLocale().toString(line->rSquared(), 'f', 2)));
    const int last = int(values.size()) - 1;
    for (int i = last; i <= last + kPeriodsAhead; ++i) series->append(i, line->valueAt(i));
    QPen pen(color);
    pen.setWidthF(1.6);
    pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    return series;
}
