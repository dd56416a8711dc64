#include "ui/training/RegressionResultsView.h"

#include "session/TrainingSession.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QTableWidget>
#include <QValueAxis>

#include <algorithm>

namespace {

QTableWidget *table(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    return t;
}

QTableWidgetItem *number(double value, int decimals)
{
    auto *item = new QTableWidgetItem(QString::number(value, 'f', decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QChartView *scatterChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    return view;
}

// Replaces the chart's series by points (dots) and a reference line, with titled axes spanning both.
void plot(QChartView *view, const QList<QPointF> &points, const QString &pointsName, const QList<QPointF> &line,
          const QString &lineName, const QString &xTitle, const QString &yTitle)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto *dots = new QScatterSeries;
    dots->setName(pointsName);
    dots->setMarkerSize(6);
    dots->setBorderColor(Qt::transparent);
    dots->replace(points);
    auto *reference = new QLineSeries;
    reference->setName(lineName);
    reference->replace(line);
    QPen pen(Qt::darkGray, 1.4, Qt::DashLine);
    reference->setPen(pen);
    chart->addSeries(dots);
    chart->addSeries(reference);
    auto *x = new QValueAxis, *y = new QValueAxis;
    x->setTitleText(xTitle);
    x->setLabelFormat(QStringLiteral("%g"));
    y->setLabelFormat(QStringLiteral("%g"));
    y->setTitleText(yTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QList<QPointF> all = points + line;
    if (all.isEmpty()) return;
    auto [minX, maxX] = std::minmax_element(all.cbegin(), all.cend(), [](QPointF a, QPointF b) { return a.x() < b.x(); });
    auto [minY, maxY] = std::minmax_element(all.cbegin(), all.cend(), [](QPointF a, QPointF b) { return a.y() < b.y(); });
    x->setRange(minX->x(), maxX->x());
    y->setRange(minY->y(), maxY->y());
    x->applyNiceNumbers();
    y->applyNiceNumbers();
}

}  // namespace

RegressionResultsView::RegressionResultsView(QWidget *parent)
    : QWidget(parent),
      m_metrics(table({tr("Model"), tr("MAE"), tr("RMSE"), tr("R²"), tr("Examples"), tr("Epochs")})),
      m_coefficients(table({tr("Feature"), tr("Per unit"), tr("Per standard deviation")})),
      m_scatter(scatterChart(tr("Predicted vs actual (validation)"))),
      m_residuals(scatterChart(tr("Residuals (actual - predicted)")))
{
    m_coefficients->setToolTip(tr("The linear model's coefficients: how much the prediction changes per unit, and per standard "
                                  "deviation, of each feature (the second compares the features' influence)."));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Validation figures of each model (the best by RMSE in bold)")), 0, 0);
    layout->addWidget(m_metrics, 1, 0);
    m_coefficientsTitle = new QLabel(tr("Linear model coefficients"));
    layout->addWidget(m_coefficientsTitle, 2, 0);
    layout->addWidget(m_coefficients, 3, 0);
    layout->addWidget(m_scatter, 0, 1, 2, 1);
    layout->addWidget(m_residuals, 2, 1, 2, 1);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);
    layout->setRowStretch(1, 1);
    layout->setRowStretch(3, 1);
}

void RegressionResultsView::clear()
{
    show(RegressionResults{});
}

void RegressionResultsView::show(const RegressionResults &r)
{
    m_metrics->setRowCount(int(r.models.size()));
    for (int i = 0; i < r.models.size(); ++i) {
        const RegressionResults::Model &m = r.models.at(i);
        auto *name = new QTableWidgetItem(TrainingSession::regressionModelTitle(m.name));
        m_metrics->setItem(i, 0, name);
        m_metrics->setItem(i, 1, number(m.mae, 2));
        m_metrics->setItem(i, 2, number(m.rmse, 2));
        m_metrics->setItem(i, 3, number(m.r2, 4));
        m_metrics->setItem(i, 4, number(double(m.examples), 0));
        m_metrics->setItem(i, 5, m.name != QLatin1String("linear") ? number(m.epochs, 0) : new QTableWidgetItem);
        if (m.name == r.bestModel)
            for (int c = 0; c < m_metrics->columnCount(); ++c) {
                QFont bold = m_metrics->item(i, c)->font();
                bold.setBold(true);
                m_metrics->item(i, c)->setFont(bold);
            }
    }
    m_metrics->resizeColumnsToContents();
    // Every column in view: the charts beside the table give way rather than the figures scroll
    // (Chinese headers at 1024x700 did).
    m_metrics->setMinimumWidth(m_metrics->horizontalHeader()->length() + 2 * m_metrics->frameWidth());

    // A text model (or an MLP alone) has no coefficients to show.
    m_coefficientsTitle->setVisible(r.hasLinear);
    m_coefficients->setVisible(r.hasLinear);
    m_coefficients->setRowCount(r.hasLinear ? int(r.coefficients.size()) + 1 : 0);
    for (int i = 0; i < r.coefficients.size() && r.hasLinear; ++i) {
        m_coefficients->setItem(i, 0, new QTableWidgetItem(r.coefficients.at(i).feature));
        m_coefficients->setItem(i, 1, number(r.coefficients.at(i).perUnit, 4));
        m_coefficients->setItem(i, 2, number(r.coefficients.at(i).perStd, 4));
    }
    if (r.hasLinear) {
        m_coefficients->setItem(int(r.coefficients.size()), 0, new QTableWidgetItem(tr("(intercept)")));
        m_coefficients->setItem(int(r.coefficients.size()), 1, number(r.intercept, 4));
    }
    m_coefficients->resizeColumnsToContents();

    QList<QPointF> residuals, diagonal, zero;
    double low = 0, high = 0;
    for (int i = 0; i < r.actualPredicted.size(); ++i) {
        const QPointF p = r.actualPredicted.at(i);
        residuals << QPointF(p.y(), p.x() - p.y());
        low = i ? std::min({low, p.x(), p.y()}) : std::min(p.x(), p.y());
        high = i ? std::max({high, p.x(), p.y()}) : std::max(p.x(), p.y());
    }
    if (!r.actualPredicted.isEmpty()) {
        diagonal = {QPointF(low, low), QPointF(high, high)};
        auto [lowest, highest] = std::minmax_element(r.actualPredicted.cbegin(), r.actualPredicted.cend(),
                                                     [](QPointF a, QPointF b) { return a.y() < b.y(); });
        zero = {QPointF(lowest->y(), 0), QPointF(highest->y(), 0)};
    }
    plot(m_scatter, r.actualPredicted, tr("Validation rows"), diagonal, tr("y = x (perfect prediction)"), tr("Actual"), tr("Predicted"));
    plot(m_residuals, residuals, tr("Validation rows"), zero, tr("No error"), tr("Predicted"), tr("Residual"));
}

QImage RegressionResultsView::scatterImage(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_scatter->render(&painter);
    return image;
}
