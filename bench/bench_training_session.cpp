// bench_training_session: does the window stay responsive while "try it" loads a model, and does
// Stop take effect within a second?
//
// Saves a BERT-base-sized classifier (110 million weights, about 440 MB, random weights and
// bert-base-uncased's vocabulary from ../shared/data) as a run's best model, then asks the
// session's BestModelPredictor to classify a text with it, as the Training page's try-it box does,
// while a 10 ms timer on the calling (GUI) thread measures its own lateness. For comparison it also
// loads the same model on a background thread of this process (as the predictor did before it had
// a process of its own) and on the calling thread (as the box did before that). Then it trains the
// breast cancer MLP through a TrainingSession and times Stop until the run has ended.
//
// On Linux each stall is split into the time the GUI thread was ready but waited for a CPU and the
// time it ran: a loaded machine shows up as waiting, work done on the GUI thread as running.
//
//   bench_training_session        (a minute or two; needs ../shared/data or LEPTON_SHARED_DATA)
//
// Goals: longest stall of the calling thread < 50 ms while the model loads; Stop < 1 s.

// Torch first: its headers use the name "slots", which Qt's headers define as a macro.
#include "training/internal/BertClassifier.h"
#include "training/tokenizer/WordPieceTokenizer.h"

#include "models/storage/Workspace.h"
#include "session/BackgroundPriority.h"
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
#include <atomic>
#include <cstdio>
#include <functional>
#include <thread>

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

// This thread's time on a CPU and its time ready but waiting for one, in ms (Linux's schedstat;
// zeros elsewhere).
struct ThreadTimes {
    double running = 0, waiting = 0;
};

ThreadTimes threadTimes()
{
    ThreadTimes t;
    if (FILE *f = std::fopen("/proc/thread-self/schedstat", "r")) {
        long long running = 0, waiting = 0;
        if (std::fscanf(f, "%lld %lld", &running, &waiting) == 2) t = {running / 1e6, waiting / 1e6};
        std::fclose(f);
    }
    return t;
}

struct Stall {
    qint64 longest = 0;     // ms the thread came late, at most
    double waiting = 0;     // of which it waited for a CPU
    int over50 = 0;         // times it came more than 50 ms late
};

// The lateness of a 10 ms timer on this thread while work runs until done() is true.
Stall measureStall(QCoreApplication &app, const std::function<void()> &start, const std::function<bool()> &done)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    ThreadTimes lastTimes;
    Stall stall;
    const auto late = [&] {
        const qint64 now = clock.elapsed();
        const ThreadTimes times = threadTimes();
        const qint64 lateness = now - last - 10;
        if (lateness > 50) ++stall.over50;
        if (lateness > stall.longest) stall = {lateness, times.waiting - lastTimes.waiting, stall.over50};
        last = now;
        lastTimes = times;
    };
    QTimer probe;
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        late();
        if (done()) app.quit();
    });
    probe.start();
    QTimer::singleShot(0, &app, [&] {
        last = clock.elapsed();
        lastTimes = threadTimes();
        start();
        late();  // a start that blocks is a stall too
    });
    app.exec();
    return stall;
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

    // The page's way: the predictor's process loads and classifies.
    BestModelPredictor predictor;
    ModelAnswer answer;
    bool answered = false;
    QObject::connect(&predictor, &BestModelPredictor::answered, &app, [&](const ModelAnswer &a) {
        answer = a;
        answered = true;
    });
    QElapsedTimer untilAnswer;
    const Stall predictorStall = measureStall(
        app,
        [&] {
            untilAnswer.start();
            predictor.classifyText(runFolder, QStringLiteral("a warm, funny and beautifully acted film"));
        },
        [&] { return answered; });
    const double answerMs = untilAnswer.elapsed();
    if (!answer.error.isEmpty()) std::printf("the predictor failed: %s\n", qPrintable(answer.error));

    // The stalls the shared machine causes on its own, with nothing loading, for as long.
    const Stall baselineStall = measureStall(app, [] {}, [&, idle = QElapsedTimer()]() mutable {
        if (!idle.isValid()) idle.start();
        return idle.elapsed() > answerMs;
    });

    // As the predictor did before: a background thread of this process loads and classifies.
    std::thread background;
    std::atomic<bool> loadedThere{false};
    const Stall threadStall = measureStall(
        app,
        [&] {
            background = std::thread([&] {
                lowerThisThreadsPriority();
                lepton::TrainedModel model(best.toStdString(), "cpu");
                model.predictTexts({"a warm, funny and beautifully acted film"});
                loadedThere = true;
            });
        },
        [&] { return loadedThere.load(); });
    background.join();

    // As the box did at first: the model loaded and used on the calling thread.
    bool loadedHere = false;
    const Stall directStall = measureStall(
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
    const auto stallRows = [](const char *what, const Stall &stall, const char *goal, bool met) {
        row(what, double(stall.longest), "ms", goal, met);
        row("  of which the GUI thread waited for a CPU", stall.waiting, "ms", "(info)", true);
        row("  times it came more than 50 ms late", stall.over50, "", "(info)", true);
    };
    stallRows("longest GUI-thread stall while try-it loads and answers", predictorStall, "< 50 ms", predictorStall.longest < 50);
    row("time from the request to the answer", answerMs, "ms", "(info)", true);
    stallRows("longest GUI-thread stall, as long with nothing to do", baselineStall, "(baseline)", true);
    stallRows("stall while a thread of this process loads (before)", threadStall, "(reference)", true);
    row("stall when the model loads on the GUI thread (first)", double(directStall.longest), "ms", "(reference)", true);
    row("Stop until the run has ended (checkpoint written)", stopMs, "ms", "< 1000 ms", stopMs >= 0 && stopMs < 1000);
    return 0;
}
