#include "ui/training/RegressionResults.h"

#include "training/RegressionTrainer.h"
#include "training/TrainingConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

bool RegressionResults::isRegression(const TrainingRun &run)
{
    try {
        return lepton::TrainingConfig::fromJson(run.configJson.toStdString()).isRegression();
    } catch (const std::exception &) {
        return false;  // an unreadable configuration is reported where the run is shown
    }
}

std::optional<RegressionResults> RegressionResults::of(const TrainingRun &run, QString *error)
{
    if (run.bestMetricsJson.isEmpty()) return std::nullopt;
    QJsonParseError parse;
    const QJsonObject json = QJsonDocument::fromJson(run.bestMetricsJson.toUtf8(), &parse).object();
    if (parse.error != QJsonParseError::NoError || json.value(QLatin1String("task")).toString() != QLatin1String("regression")) {
        *error = tr("The stored result of this run is not a regression's.");
        return std::nullopt;
    }
    RegressionResults r;
    r.bestModel = json.value(QLatin1String("best_model")).toString();
    for (const QJsonValue &value : json.value(QLatin1String("models")).toArray()) {
        const QJsonObject m = value.toObject(), v = m.value(QLatin1String("validation")).toObject();
        r.models << Model{m.value(QLatin1String("model")).toString(), v.value(QLatin1String("mae")).toDouble(),
                          v.value(QLatin1String("rmse")).toDouble(), v.value(QLatin1String("r2")).toDouble(),
                          qint64(v.value(QLatin1String("examples")).toDouble()), m.value(QLatin1String("epochs")).toInt()};
    }
    const QJsonObject linear = json.value(QLatin1String("linear")).toObject();
    r.hasLinear = !linear.isEmpty();
    r.intercept = linear.value(QLatin1String("intercept")).toDouble();
    for (const QJsonValue &value : linear.value(QLatin1String("coefficients")).toArray()) {
        const QJsonObject c = value.toObject();
        r.coefficients << Coefficient{c.value(QLatin1String("feature")).toString(), c.value(QLatin1String("per_unit")).toDouble(),
                                      c.value(QLatin1String("per_std")).toDouble()};
    }
    return r;
}

bool RegressionResults::loadPredictions(const TrainingRun &run, QString *error)
{
    actualPredicted.clear();
    QFile pairs(QDir(run.outputFolder).filePath(QString::fromLatin1(lepton::RegressionTrainer::kValidationPredictionsFile)));
    if (!pairs.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = tr("The validation predictions of this run cannot be read: %1").arg(pairs.errorString());
        return false;
    }
    pairs.readLine();  // actual,predicted
    while (!pairs.atEnd()) {
        const QList<QByteArray> cells = pairs.readLine().trimmed().split(',');
        bool actualOk = false, predictedOk = false;
        const double actual = cells.value(0).toDouble(&actualOk), predicted = cells.value(1).toDouble(&predictedOk);
        if (actualOk && predictedOk) actualPredicted << QPointF(actual, predicted);
    }
    return true;
}

const RegressionResults::Model *RegressionResults::best() const
{
    for (const Model &m : models)
        if (m.name == bestModel) return &m;
    return nullptr;
}
