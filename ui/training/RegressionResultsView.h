#pragma once
// A regression run's results in place of a classifier's report and confusion matrix: each
// model's validation MAE, RMSE and R^2 (the best marked), the linear coefficients with their
// feature names, the best model's predictions against the truth with the line y = x, and its
// residuals against its predictions (a model without bias scatters them evenly around 0).
#include "ui/training/RegressionResults.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;

class RegressionResultsView : public QWidget {
    Q_OBJECT
public:
    explicit RegressionResultsView(QWidget *parent = nullptr);

    void show(const RegressionResults &results);
    void clear();

    QTableWidget *metricsTable() const { return m_metrics; }
    QTableWidget *coefficientsTable() const { return m_coefficients; }
    QChartView *scatterView() const { return m_scatter; }
    QChartView *residualView() const { return m_residuals; }
    // The predicted-vs-actual scatter drawn at size, for the report.
    QImage scatterImage(const QSize &size) const;

private:
    QTableWidget *m_metrics;
    QLabel *m_coefficientsTitle;
    QTableWidget *m_coefficients;
    QChartView *m_scatter;
    QChartView *m_residuals;
};
