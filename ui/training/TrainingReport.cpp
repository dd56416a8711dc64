#include "ui/training/TrainingReport.h"

#include "models/repositories/ContractRepository.h"
#include "training/Metrics.h"
#include "models/repositories/PartnerRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "training/TrainingConfig.h"
#include "ui/training/RegressionResults.h"
#include "models/storage/Workspace.h"
#include "session/TrainingSession.h"

#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace {

QString cell(const QString &text, const QString &style = {})
{
    return QStringLiteral("<td style='padding:2px 8px;%1'>%2</td>").arg(style, text.toHtmlEscaped());
}

QString number(double value)
{
    return QString::number(value, 'f', 4);
}

}  // namespace

TrainingReport::TrainingReport(Workspace &workspace, const TrainingRun &run, const QList<QImage> &charts, const QImage &scatter)
    : m_workspace(workspace), m_run(run), m_charts(charts), m_scatter(scatter)
{
}

QString TrainingReport::html() const
{
    QString out = QStringLiteral("<h1>%1</h1>").arg(tr("Training run \"%1\"").arg(m_run.name).toHtmlEscaped());
    const QLocale locale;
    auto when = [&](const QDateTime &t) { return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : tr("-"); };
    QString facts;
    auto fact = [&](const QString &name, const QString &value) { facts += QStringLiteral("<tr>") + cell(name, QStringLiteral("font-weight:bold")) + cell(value) + QStringLiteral("</tr>"); };
    fact(tr("Status"), TrainingRun::statusLabel(m_run.status) + (m_run.failureReason.isEmpty() ? QString() : QStringLiteral(": ") + m_run.failureReason));
    fact(tr("Started"), when(m_run.startedAt));
    fact(tr("Ended"), when(m_run.endedAt));
    fact(tr("Model"), m_run.model);
    fact(tr("Data set"), m_run.dataFile);
    fact(tr("SHA-256 of the data set"), m_run.dataFingerprint);
    fact(tr("Output folder"), m_run.outputFolder);
    out += QStringLiteral("<table>%1</table>").arg(facts);

    // Provenance
    facts.clear();
    const auto project = m_run.projectId ? ProjectRepository(m_workspace).find(m_run.projectId) : std::nullopt;
    const auto partner = m_run.partnerId ? PartnerRepository(m_workspace).find(m_run.partnerId) : std::nullopt;
    const auto contract = m_run.contractId ? ContractRepository(m_workspace).find(m_run.contractId) : std::nullopt;
    fact(tr("Project"), project ? project->name : tr("(none)"));
    fact(tr("Partner who shared the data"), partner ? partner->name : tr("(none)"));
    fact(tr("Contract"), contract ? contract->reference + QStringLiteral(" - ") + contract->title : tr("(none)"));
    if (!m_run.confirmationNote.isEmpty()) fact(tr("Confirmation"), m_run.confirmationNote);
    out += QStringLiteral("<h2>%1</h2><table>%2</table>").arg(tr("Data provenance").toHtmlEscaped(), facts);

    // Configuration, as stored (the run folder keeps the same JSON)
    facts.clear();
    try {
        const lepton::TrainingConfig c = lepton::TrainingConfig::fromJson(m_run.configJson.toStdString()).withDefaults();
        fact(tr("Epochs"), QString::number(*c.epochs));
        fact(tr("Batch size"), QString::number(*c.batchSize));
        fact(tr("Learning rate"), QString::number(*c.learningRate, 'g', 4));
        fact(tr("Warm-up ratio"), QString::number(*c.warmupRatio));
        fact(tr("Weight decay"), QString::number(*c.weightDecay));
        if (!c.readsFeatureColumns()) fact(tr("Max length"), QString::number(*c.maxLength));
        fact(tr("Seed"), QString::number(c.seed));
        fact(tr("Label column"), QString::fromStdString(c.labelColumn));
        if (c.isRegression()) fact(tr("Task"), tr("Regression (predict a number)"));
        const QString split = c.isRegression() ? tr("%1 % random validation split") : tr("%1 % stratified validation split");
        fact(tr("Evaluation"), c.evalFile.empty() ? split.arg(c.validationFraction * 100) : QString::fromStdString(c.evalFile));
        fact(tr("Best model by"), c.isRegression() ? tr("validation RMSE") : QString::fromStdString(*c.bestMetric));
        fact(tr("Device"), QString::fromStdString(c.device));
    } catch (const std::exception &e) {
        fact(tr("Configuration"), tr("unreadable: %1").arg(QString::fromStdString(e.what())));
    }
    out += QStringLiteral("<h2>%1</h2><table>%2</table>").arg(tr("Configuration").toHtmlEscaped(), facts);

    out += QStringLiteral("<h2>%1</h2>").arg(tr("Curves").toHtmlEscaped());
    for (int i = 0; i < m_charts.size(); ++i) out += QStringLiteral("<p><img src='chart:%1' width='600'></p>").arg(i);

    out += QStringLiteral("<h2>%1</h2>").arg(tr("Best evaluation").toHtmlEscaped());
    if (RegressionResults::isRegression(m_run)) return out + regressionHtml();
    if (m_run.bestMetricsJson.isEmpty()) return out + QStringLiteral("<p>%1</p>").arg(tr("The run has no evaluation yet.").toHtmlEscaped());
    lepton::Metrics m;
    try {
        m = lepton::Metrics::fromJson(m_run.bestMetricsJson.toStdString());
    } catch (const std::exception &e) {
        return out + QStringLiteral("<p>%1</p>").arg(tr("The stored metrics cannot be read: %1").arg(QString::fromStdString(e.what())).toHtmlEscaped());
    }
    QString report = QStringLiteral("<tr>") + cell(tr("Class")) + cell(tr("Precision")) + cell(tr("Recall")) + cell(tr("F1")) + cell(tr("Support")) + QStringLiteral("</tr>");
    for (const auto &c : m.classes)
        report += QStringLiteral("<tr>") + cell(QString::fromStdString(c.name)) + cell(number(c.precision)) + cell(number(c.recall)) +
                  cell(number(c.f1)) + cell(QString::number(c.support)) + QStringLiteral("</tr>");
    report += QStringLiteral("<tr>") + cell(tr("Accuracy")) + cell({}) + cell({}) + cell(number(m.accuracy)) + cell(QString::number(m.examples)) + QStringLiteral("</tr>");
    report += QStringLiteral("<tr>") + cell(tr("Macro average")) + cell({}) + cell({}) + cell(number(m.macroF1)) + cell({}) + QStringLiteral("</tr>");
    out += QStringLiteral("<table border='1' cellspacing='0'>%1</table>").arg(report);

    QString confusion = QStringLiteral("<tr>") + cell(tr("true \\ predicted"));
    for (const auto &c : m.classes) confusion += cell(QString::fromStdString(c.name));
    confusion += QStringLiteral("</tr>");
    for (size_t t = 0; t < m.confusion.size() && t < m.classes.size(); ++t) {
        qint64 total = 0;
        for (const int64_t v : m.confusion[t]) total += v;
        confusion += QStringLiteral("<tr>") + cell(QString::fromStdString(m.classes[t].name));
        for (size_t p = 0; p < m.confusion[t].size(); ++p) {
            const double share = total ? double(m.confusion[t][p]) / double(total) : 0.0;
            const QColor shade = QColor::fromHsvF(t == p ? 0.33 : 0.0, 0.15 + 0.75 * share, 1.0 - 0.25 * share);
            confusion += cell(QString::number(m.confusion[t][p]), QStringLiteral("background:%1").arg(shade.name()));
        }
        confusion += QStringLiteral("</tr>");
    }
    out += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0'>%2</table>").arg(tr("Confusion matrix").toHtmlEscaped(), confusion);
    return out;
}

QString TrainingReport::regressionHtml() const
{
    QString error;
    const std::optional<RegressionResults> r = RegressionResults::of(m_run, &error);
    if (!r) {
        const QString why = error.isEmpty() ? tr("The run has no evaluation yet.") : error;
        return QStringLiteral("<p>%1</p>").arg(why.toHtmlEscaped());
    }
    QString out;
    QString models = QStringLiteral("<tr>") + cell(tr("Model")) + cell(tr("MAE")) + cell(tr("RMSE")) + cell(tr("R²")) +
                     cell(tr("Examples")) + QStringLiteral("</tr>");
    for (const RegressionResults::Model &m : r->models) {
        const QString style = m.name == r->bestModel ? QStringLiteral("font-weight:bold") : QString();
        models += QStringLiteral("<tr>") + cell(TrainingSession::regressionModelTitle(m.name), style) +
                  cell(QString::number(m.mae, 'f', 2), style) + cell(QString::number(m.rmse, 'f', 2), style) + cell(number(m.r2), style) +
                  cell(QString::number(m.examples), style) + QStringLiteral("</tr>");
    }
    out += QStringLiteral("<p>%1</p><table border='1' cellspacing='0'>%2</table>")
               .arg(tr("Validation figures of each model; the best by RMSE (in bold) is the run's model.").toHtmlEscaped(), models);
    if (r->hasLinear) {
        QString coefficients = QStringLiteral("<tr>") + cell(tr("Feature")) + cell(tr("Per unit")) + cell(tr("Per standard deviation")) +
                               QStringLiteral("</tr>");
        for (const RegressionResults::Coefficient &c : r->coefficients)
            coefficients += QStringLiteral("<tr>") + cell(c.feature) + cell(number(c.perUnit)) + cell(number(c.perStd)) + QStringLiteral("</tr>");
        coefficients += QStringLiteral("<tr>") + cell(tr("(intercept)")) + cell(number(r->intercept)) + cell({}) + QStringLiteral("</tr>");
        out += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0'>%2</table>")
                   .arg(tr("Linear model coefficients").toHtmlEscaped(), coefficients);
    }
    if (!m_scatter.isNull())
        out += QStringLiteral("<h3>%1</h3><p><img src='chart:scatter' width='450'></p>").arg(tr("Predicted vs actual (validation)").toHtmlEscaped());
    return out;
}

bool TrainingReport::writePdf(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("Training run %1").arg(m_run.name));
        QTextDocument document;
        for (int i = 0; i < m_charts.size(); ++i)
            document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)), m_charts.at(i));
        if (!m_scatter.isNull()) document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:scatter")), m_scatter);
        document.setHtml(html());
        document.print(&writer);
    }
    if (!file.commit()) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
