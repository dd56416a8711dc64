#pragma once
// Classifies a text or one feature row with a run's best model in a process of its own
// (lepton-predict, started at the first request), so that loading a model (seconds for a BERT
// folder) neither freezes the window nor takes its share of a busy CPU. Requests are answered in
// the order they were made; the model stays loaded for the next one until forget(). Should the
// process end (killed for memory, say), the requests it still had are answered with an error and
// the next one starts it again.
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;
class QProcess;

// One class and the probability the model gives it.
struct ClassProbability {
    QString label;
    double probability = 0;
};

// The answer to one request: the classes by falling probability, a regression model's number,
// or what went wrong.
struct ModelAnswer {
    quint64 request = 0;
    QList<ClassProbability> classes;  // empty when error is set or the model predicts numbers
    std::optional<double> number;     // a regression model's prediction
    QString error;

    QString predicted() const { return classes.isEmpty() ? QString() : classes.first().label; }
};

Q_DECLARE_METATYPE(ModelAnswer)

class BestModelPredictor : public QObject {
    Q_OBJECT
public:
    explicit BestModelPredictor(QObject *parent = nullptr);
    // Ends the model's process, without waiting for a model still loading.
    ~BestModelPredictor() override;

    // Each returns the request's number, which answered() carries. folder: a run's output folder.
    quint64 classifyText(const QString &folder, const QString &text);
    quint64 classifyFeatures(const QString &folder, const QStringList &values);
    // The folder's model changed (a new best one): the next request loads it again.
    void forget();
    // The process that holds the model; 0 while none runs.
    qint64 modelProcessId() const;

signals:
    void answered(const ModelAnswer &answer);

private:
    quint64 send(QJsonObject request);
    void readAnswers();
    void processEnded(const QString &why);

    QProcess *m_process = nullptr;
    QList<quint64> m_waiting;  // sent and not answered yet, oldest first
    quint64 m_lastRequest = 0;
};
