#include "WorkspaceFit.h"

#include "models/storage/Workspace.h"
#include "session/TrainingSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int kExitFailed = 1;
constexpr int kExitInterrupted = 130;
constexpr int kProgressEveryMs = 5000;  // a line on stderr, readable in a log file

void say(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

}  // namespace

std::string defaultScratchVocabulary()
{
    return TrainingSession::defaultVocabulary().toStdString();
}

int fitInWorkspace(int argc, char **argv, const lepton::TrainingConfig &config, const WorkspaceFit &fit,
                   const volatile std::sig_atomic_t *interrupted)
{
    QCoreApplication app(argc, argv);
    Workspace workspace;
    QString error;
    if (!workspace.open(QString::fromStdString(fit.workspace), &error)) {
        say(QStringLiteral("lepton-train: cannot open the workspace %1: %2").arg(QString::fromStdString(fit.workspace), error));
        return kExitFailed;
    }
    TrainingSession session(workspace);
    TrainingRun run;
    run.outputFolder = QFileInfo(QString::fromStdString(config.outDir)).absoluteFilePath();
    run.name = fit.name.empty() ? QFileInfo(run.outputFolder).fileName() : QString::fromStdString(fit.name);
    run.projectId = fit.projectId;
    run.contractId = fit.contractId;
    run.partnerId = fit.partnerId;
    run.confirmationNote = QString::fromStdString(fit.confirmNote);
    qint64 runId = 0;
    int exitCode = kExitFailed;
    QElapsedTimer sinceProgress;
    QObject::connect(&session, &TrainingSession::runStarted, &app, [&](qint64 id) { runId = id; });
    QObject::connect(&session, &TrainingSession::logLine, &app, [](qint64, const QString &line) { say(line); });
    QObject::connect(&session, &TrainingSession::progress, &app, [&](qint64, const TrainingStepInfo &s) {
        if (sinceProgress.isValid() && sinceProgress.elapsed() < kProgressEveryMs && s.step != s.totalSteps) return;
        sinceProgress.start();
        say(QStringLiteral("step %1/%2 epoch %3/%4 loss %5").arg(s.step).arg(s.totalSteps).arg(s.epoch).arg(s.epochs).arg(s.loss, 0, 'f', 4));
    });
    QObject::connect(&session, &TrainingSession::runEnded, &app, [&](qint64 id, TrainingRun::Status status) {
        QJsonObject result{{QStringLiteral("status"), TrainingRun::statusKey(status)},
                           {QStringLiteral("run_id"), id},
                           {QStringLiteral("out"), run.outputFolder},
                           {QStringLiteral("workspace"), workspace.path()}};
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        exitCode = status == TrainingRun::Status::Finished ? 0 : *interrupted ? kExitInterrupted : kExitFailed;
        app.quit();
    });
    QTimer interruption;
    QObject::connect(&interruption, &QTimer::timeout, &app, [&] {
        if (*interrupted && runId) session.stopRun(runId);
    });
    interruption.start(100);
    if (!session.startRun(config, run, &error)) {
        say(QStringLiteral("lepton-train: %1").arg(error));
        return kExitFailed;
    }
    app.exec();
    return exitCode;
}
