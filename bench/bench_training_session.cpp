// bench_training_session: does the window stay responsive while "try it" loads a model, and does
// Stop take effect within a second?
//
// Saves a BERT-base-sized classifier (110 million weights, about 440 MB, random weights and
// bert-base-uncased's vocabulary from ../shared/data) as a run's best model, then asks the
// session's BestModelPredictor to classify a text with it, as the Training page's try-it box does,
// while a 10 ms timer on the calling (GUI) thread measures its own lateness. For comparison it also
// loads the same model on the calling thread, as the box did before. Then it trains the breast
// cancer MLP through a TrainingSession and times Stop until the run has ended.
//
//   bench_training_session        (a few seconds; needs ../shared/data or LEPTON_SHARED_DATA)
//
// Goals: longest stall of the calling thread < 50 ms while the model loads; Stop < 1 s.

// Torch first: its headers use the name "slots", which Qt's headers define as a macro.
#include "training/internal/BertClassifier.h"
#include "training/tokenizer/WordPieceTokenizer.h"

#include "models/storage/Workspace.h"
#include "session/TrainingSession.h"
#include "training/TrainedModel.h"
#include "training/Trainer.h"
#include "training/TrainingConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

QString sharedData(const QString &relative)
{
    QString dir = qEnvironmentVariable("LEPTON_SHARED_DATA");
    if (dir.isEmpty()) dir = QStringLiteral(LEPTON_SHARED_DATA_DEFAULT);
    return QDir::cleanPath(dir + QLatin1Char('/') + relative);
}

void row(const char *what, double measured, const char *unit, const char *goal, bool met)
{
    std::printf("| %-58s | %9.1f %-3s | %-10s | %-4s |\n", what, measured, unit, goal, met ? "met" : "MISS");
}

// The longest lateness of a 10 ms timer on this thread while work runs until done() is true.
qint64 longestStall(QCoreApplication &app, const std::function<void()> &start, const std::function<bool()> &done)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worst = 0;
    QTimer probe;
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last - 10);
        last = now;
        if (done()) app.quit();
    });
    probe.start();
    QTimer::singleShot(0, &app, [&] {
        last = clock.elapsed();
        start();
        const qint64 now = clock.elapsed();  // a start that blocks is a stall too
        worst = std::max(worst, now - last - 10);
        last = now;
    });
    app.exec();
    return std::max<qint64>(worst, 0);
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString vocab = sharedData(QStringLiteral("vocab/bert-base-uncased-vocab.txt"));
    const QString cancer = sharedData(QStringLiteral("tabular/breast_cancer.csv"));
    if (!QFileInfo::exists(vocab) || !QFileInfo::exists(cancer)) {
        std::printf("shared data not found (%s); set LEPTON_SHARED_DATA\n", qPrintable(vocab));
        return 1;
    }
    QTemporaryDir dir;
    const QString runFolder = dir.filePath(QStringLiteral("bert-run"));
    const QString best = QDir(runFolder).filePath(QLatin1String(lepton::Trainer::kBestFolder));
    QElapsedTimer clock;
    clock.start();
    {
        lepton::BertConfig config;  // BERT-base's architecture
        config.labels = {"negative", "positive"};
        const auto tokenizer = lepton::WordPieceTokenizer::fromVocabFile(vocab.toStdString(), {});
        lepton::BertClassifier(config, tokenizer).save(best.toStdString());
    }
    std::printf("saved a BERT-base classifier in %.1f s\n", clock.elapsed() / 1000.0);

    // The stall the shared machine causes on its own, with nothing to do here.
    const qint64 baselineStall = longestStall(app, [] {}, [&, idle = QElapsedTimer()]() mutable {
        if (!idle.isValid()) idle.start();
        return idle.elapsed() > 3000;
    });

    // The page's way: the predictor's thread loads and classifies.
    BestModelPredictor predictor;
    ModelAnswer answer;
    bool answered = false;
    QObject::connect(&predictor, &BestModelPredictor::answered, &app, [&](const ModelAnswer &a) {
        answer = a;
        answered = true;
    });
    QElapsedTimer untilAnswer;
    const qint64 predictorStall = longestStall(
        app,
        [&] {
            untilAnswer.start();
            predictor.classifyText(runFolder, QStringLiteral("a warm, funny and beautifully acted film"));
        },
        [&] { return answered; });
    const double answerMs = untilAnswer.elapsed();
    if (!answer.error.isEmpty()) std::printf("the predictor failed: %s\n", qPrintable(answer.error));

    // The way it was: the model loaded and used on the calling thread.
    bool loadedHere = false;
    const qint64 directStall = longestStall(
        app,
        [&] {
            lepton::TrainedModel model(best.toStdString(), "cpu");
            model.predictTexts({"a warm, funny and beautifully acted film"});
            loadedHere = true;
        },
        [&] { return loadedHere; });

    // Stop: a running MLP run through the session, until it has ended.
    Workspace workspace;
    QString error;
    if (!workspace.open(dir.filePath(QStringLiteral("workspace.sqlite")), &error)) {
        std::printf("cannot open a workspace: %s\n", qPrintable(error));
        return 1;
    }
    double stopMs = -1;
    {
        TrainingSession session(workspace);
        lepton::TrainingConfig config;
        config.trainFile = cancer.toStdString();
        config.labelColumn = "diagnosis";
        config.model = "mlp";
        config.epochs = 100000;
        config.threads = 1;
        TrainingRun run;
        run.name = QStringLiteral("stopped");
        run.outputFolder = dir.filePath(QStringLiteral("mlp-run"));
        QElapsedTimer sinceStop;
        qint64 steps = 0;
        QObject::connect(&session, &TrainingSession::progress, &app, [&](qint64 id, const TrainingStepInfo &s) {
            steps = s.step;
            if (s.step >= 2000 && !sinceStop.isValid()) {
                sinceStop.start();
                session.stopRun(id);
            }
        });
        QObject::connect(&session, &TrainingSession::runEnded, &app, [&] {
            if (sinceStop.isValid()) stopMs = sinceStop.elapsed();
            app.quit();
        });
        if (!session.startRun(config, run, &error)) {
            std::printf("cannot start the run: %s\n", qPrintable(error));
            return 1;
        }
        app.exec();
    }

    std::printf("\nbench_training_session: BERT-base try-it (%s), breast cancer MLP stop\n\n",
                answer.error.isEmpty() ? qPrintable(QStringLiteral("predicted %1").arg(answer.predicted())) : "failed");
    std::printf("| %-58s | %13s | %-10s | %-4s |\n", "measure", "value", "goal", "");
    std::printf("|%s|%s|%s|%s|\n", std::string(60, '-').c_str(), std::string(15, '-').c_str(), std::string(12, '-').c_str(),
                std::string(6, '-').c_str());
    row("longest GUI-thread stall, 3 s with nothing to do", double(baselineStall), "ms", "(baseline)", true);
    row("longest GUI-thread stall while try-it loads and answers", double(predictorStall), "ms", "< 50 ms", predictorStall < 50);
    row("time from the request to the answer", answerMs, "ms", "(info)", true);
    row("stall when the model loads on the GUI thread (before)", double(directStall), "ms", "(reference)", true);
    row("Stop until the run has ended (checkpoint written)", stopMs, "ms", "< 1000 ms", stopMs >= 0 && stopMs < 1000);
    return 0;
}
