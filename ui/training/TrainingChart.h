#pragma once
// A live chart of a few training curves (loss, quality or learning rate against the step). Points
// are appended as they arrive; refresh() redraws only the curves that changed, decimated to the
// chart's width, so the page can call it on a timer however fast the run logs.
#include "ui/training/TrainingCurve.h"

#include <QChartView>
#include <QList>

class QLineSeries;
class QValueAxis;

class TrainingChart : public QChartView {
    Q_OBJECT
public:
    TrainingChart(const QString &title, const QString &valueTitle, QWidget *parent = nullptr);

    // Returns the curve's index for append(). smoothing: see TrainingCurve.
    int addCurve(const QString &name, double smoothing = 0.0, Qt::PenStyle style = Qt::SolidLine);
    void append(int curve, double step, double value);
    // Forgets every point (another run is shown); the curves stay.
    void clearPoints();
    void refresh();

    int storedPoints(int curve) const { return m_curves.at(curve).data.size(); }
    int drawnPoints(int curve) const;
    int refreshCount() const { return m_refreshes; }

private:
    struct Curve {
        QLineSeries *series;
        TrainingCurve data;
        bool dirty = false;
    };
    QList<Curve> m_curves;
    QValueAxis *m_steps;
    QValueAxis *m_values;
    int m_refreshes = 0;
};
