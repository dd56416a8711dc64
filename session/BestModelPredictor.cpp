#include "session/BestModelPredictor.h"

#include "session/BackgroundPriority.h"
#include "session/BestModelServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <utility>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace P = BestModelProtocol;

namespace {

// Installed beside the application; the tests and benchmarks use the build's own.
QString modelProgram()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("lepton-predict"));
    return QFileInfo::exists(beside) ? beside : QStringLiteral(LEPTON_PREDICT_PROGRAM);
}

QString refusalText(const QJsonObject &answer)
{
    const QString code = answer.value(QLatin1String(P::kRefusal)).toString();
    const QString detail = answer.value(QLatin1String(P::kDetail)).toString();
    if (code == QLatin1String(P::kNoBestModel))
        return BestModelPredictor::tr("This run has no best model yet; it is saved at the run's first evaluation.");
    if (code == QLatin1String(P::kCannotLoad))
        return BestModelPredictor::tr("The best model in %1 cannot be loaded: %2").arg(answer.value(QLatin1String(P::kFolder)).toString(), detail);
    if (code == QLatin1String(P::kReadsText)) return BestModelPredictor::tr("This run's model reads text, not feature values.");
    if (code == QLatin1String(P::kReadsFeatures)) return BestModelPredictor::tr("This run's model reads feature values, not text.");
    if (code == QLatin1String(P::kFeatureCount)) {
        const QJsonArray names = answer.value(QLatin1String(P::kFeatures)).toArray();
        QStringList order;
        for (const QJsonValue &name : names) order << name.toString();
        return BestModelPredictor::tr("Give %1 feature values, in this order: %2").arg(order.size()).arg(order.join(QStringLiteral(", ")));
    }
    if (code == QLatin1String(P::kNotANumber))
        return BestModelPredictor::tr("The value of \"%1\" is \"%2\", which is not a number.")
            .arg(answer.value(QLatin1String(P::kFeature)).toString(), answer.value(QLatin1String(P::kValue)).toString());
    return BestModelPredictor::tr("The model cannot classify this input: %1").arg(detail.isEmpty() ? code : detail);
}

ModelAnswer answerFrom(const QJsonObject &line)
{
    ModelAnswer answer;
    answer.request = quint64(line.value(QLatin1String(P::kRequest)).toInteger());
    if (line.contains(QLatin1String(P::kRefusal))) {
        answer.error = refusalText(line);
        return answer;
    }
    if (line.contains(QLatin1String(P::kNumber))) {
        answer.number = line.value(QLatin1String(P::kNumber)).toDouble();
        return answer;
    }
    const QJsonArray classes = line.value(QLatin1String(P::kClasses)).toArray();
    for (const QJsonValue &c : classes)
        answer.classes << ClassProbability{c[QLatin1String(P::kLabel)].toString(), c[QLatin1String(P::kProbability)].toDouble()};
    return answer;
}

}  // namespace

BestModelPredictor::BestModelPredictor(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ModelAnswer>();
}

BestModelPredictor::~BestModelPredictor()
{
    if (!m_process) return;
    m_process->disconnect(this);
    m_process->kill();  // it holds nothing worth keeping
    m_process->waitForFinished();
}

quint64 BestModelPredictor::classifyText(const QString &folder, const QString &text)
{
    return send({{QLatin1String(P::kFolder), folder}, {QLatin1String(P::kText), text}});
}

quint64 BestModelPredictor::classifyFeatures(const QString &folder, const QStringList &values)
{
    return send({{QLatin1String(P::kFolder), folder}, {QLatin1String(P::kFeatures), QJsonArray::fromStringList(values)}});
}

void BestModelPredictor::forget()
{
    if (m_process) m_process->write(QJsonDocument(QJsonObject{{QLatin1String(P::kForget), true}}).toJson(QJsonDocument::Compact) + '\n');
}

qint64 BestModelPredictor::modelProcessId() const
{
    return m_process ? m_process->processId() : 0;
}

quint64 BestModelPredictor::send(QJsonObject request)
{
    const quint64 number = ++m_lastRequest;
    request.insert(QLatin1String(P::kRequest), qint64(number));
    m_waiting << number;
    if (!m_process) {
        m_process = new QProcess(this);
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);  // the engine's warnings
        connect(m_process, &QProcess::readyReadStandardOutput, this, &BestModelPredictor::readAnswers);
        connect(m_process, &QProcess::finished, this, [this] {
            processEnded(tr("The process that loads the model ended before it answered; try again. If a large model ends it "
                            "every time, close other programs to free memory."));
        });
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                processEnded(tr("The program that loads models (%1) cannot be started: %2. Reinstall Lepton Partner Studio.")
                                 .arg(m_process->program(), m_process->errorString()));
        });
#ifdef Q_OS_UNIX
        // A session of its own from before the engine's libraries load: Linux schedules the
        // processes of a session as one group (autogroup), so a model loading in the window's
        // group spends the window's share of a busy CPU, and the GUI thread waits (see
        // bench_training_session). Runs in the child between fork and exec.
        m_process->setChildProcessModifier([] {
            setsid();
            lowerThisThreadsPriority();
        });
#endif
        m_process->start(modelProgram(), {});
    }
    if (m_process) m_process->write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    return number;
}

void BestModelPredictor::readAnswers()
{
    while (m_process && m_process->canReadLine()) {
        const ModelAnswer answer = answerFrom(QJsonDocument::fromJson(m_process->readLine()).object());
        m_waiting.removeOne(answer.request);
        emit answered(answer);
    }
}

void BestModelPredictor::processEnded(const QString &why)
{
    readAnswers();  // what it answered before it ended
    if (!m_process) return;
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    // Queued: a caller learns its request's number from the call that may have failed to start.
    for (const quint64 request : std::exchange(m_waiting, {})) {
        ModelAnswer answer;
        answer.request = request;
        answer.error = why;
        QMetaObject::invokeMethod(this, [this, answer] { emit answered(answer); }, Qt::QueuedConnection);
    }
}
