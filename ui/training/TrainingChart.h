#pragma once
// A live chart of a few training curves (loss, quality or learning rate against the step). Points
// are appended as they arrive; refresh() redraws only the curves that changed, decimated to the
// chart's width, so the page can call it on a timer however fast the run logs. Axes tick at round
// numbers; a curve of one point shows as a dot; an empty chart says what will appear in it.
#include "ui/training/AxisScale.h"
#include "ui/training/TrainingCurve.h"

#include <QChartView>
#include <QList>

class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

class TrainingChart : public QChartView {
    Q_OBJECT
public:
    // What the values are: a loss or a rate is never below 0; a score lies in [0, 1], and its
    // axis spans at least 0.1, so that a dip of a few thousandths does not look like a crash;
    // an explained share of variance (R^2) is at most 1 and below 0 for a model worse than the mean.
    enum class Values { NonNegative, Score, ExplainedShare };

    TrainingChart(const QString &title, const QString &valueTitle, Values values = Values::NonNegative, QWidget *parent = nullptr);

    // Returns the curve's index for append(). smoothing: see TrainingCurve.
    int addCurve(const QString &name, double smoothing = 0.0, Qt::PenStyle style = Qt::SolidLine);
    void append(int curve, double step, double value);
    void setValueTitle(const QString &title);
    // A curve that does not apply to the run shown leaves the chart and its legend.
    void setCurveShown(int curve, bool shown);
    bool isCurveShown(int curve) const;
    // Forgets every point (another run is shown); the curves stay.
    void clearPoints();
    void refresh();

    // Shown in the middle of the chart while it has no point.
    void setEmptyText(const QString &text);
    QString emptyTextShown() const;

    AxisScale stepScale() const { return m_stepScale; }
    AxisScale valueScale() const { return m_valueScale; }
    int storedPoints(int curve) const { return m_curves.at(curve).data.size(); }
    bool hasPoints() const;
    int drawnPoints(int curve) const;
    int refreshCount() const { return m_refreshes; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setScales(const AxisScale &steps, const AxisScale &values);
    void placeEmptyText();

    struct Curve {
        QLineSeries *series;
        TrainingCurve data;
        bool dirty = false;
    };
    QList<Curve> m_curves;
    QValueAxis *m_steps;
    QValueAxis *m_values;
    AxisScale m_stepScale;
    AxisScale m_valueScale;
    double m_floor;
    double m_ceiling;
    double m_minimumSpan;
    QGraphicsSimpleTextItem *m_emptyText;
    int m_refreshes = 0;
};
