#include "ui/training/TrainingComparison.h"

#include "ui/training/TrainingChart.h"
#include "models/repositories/TrainingRunRepository.h"

#include <QDialogButtonBox>
#include <QGridLayout>

#include <utility>

namespace {
constexpr double kLossSmoothing = 0.9;
}

TrainingComparison::TrainingComparison(Workspace &workspace, const QList<qint64> &runIds, QWidget *parent)
    : QDialog(parent),
      m_loss(new TrainingChart(tr("Training loss (smoothed)"), tr("Cross-entropy"))),
      m_validationLoss(new TrainingChart(tr("Validation loss"), tr("Cross-entropy"))),
      m_macroF1(new TrainingChart(tr("Validation macro-F1"), tr("Score"), TrainingChart::Values::Score)),
      m_rmse(new TrainingChart(tr("Validation RMSE"), tr("Label unit")))
{
    setWindowTitle(tr("Compare Training Runs"));
    TrainingRunRepository runs(workspace);
    for (const qint64 id : runIds) {
        const std::optional<TrainingRun> run = runs.find(id);
        if (!run) continue;
        const int loss = m_loss->addCurve(run->name, kLossSmoothing);
        const int validation = m_validationLoss->addCurve(run->name);
        const int f1 = m_macroF1->addCurve(run->name);
        QList<MetricPoint> rmse, linearRmse;
        for (const MetricPoint &p : runs.metricPoints(id)) {
            if (p.kind == QLatin1String(MetricPoint::kTrainLoss)) m_loss->append(loss, double(p.step), p.value);
            else if (p.kind == QLatin1String(MetricPoint::kValidationLoss)) m_validationLoss->append(validation, double(p.step), p.value);
            else if (p.kind == QLatin1String(MetricPoint::kMacroF1)) m_macroF1->append(f1, double(p.step), p.value);
            else if (p.kind == QLatin1String(MetricPoint::kValidationRmse)) rmse << p;
            else if (p.kind == QLatin1String(MetricPoint::kLinearRmse)) linearRmse << p;
        }
        // Only the models a run fitted get a curve (the MLP's, the linear fit's dot).
        for (const auto &[points, name] : {std::pair{rmse, run->name}, std::pair{linearRmse, tr("%1 (linear)").arg(run->name)}}) {
            if (points.isEmpty()) continue;
            const int curve = m_rmse->addCurve(name);
            for (const MetricPoint &p : points) m_rmse->append(curve, double(p.step), p.value);
        }
    }
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_loss, 0, 0, 1, 2);
    layout->addWidget(m_validationLoss, 1, 0);
    layout->addWidget(m_macroF1, 1, 1);
    layout->addWidget(m_rmse, 2, 0, 1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons, 3, 0, 1, 2);
    resize(1100, 750);
    for (TrainingChart *chart : {m_loss, m_validationLoss, m_macroF1, m_rmse}) {
        chart->refresh();
        chart->setVisible(chart == m_loss || chart->hasPoints());
    }
}
