#pragma once
// Classifies a text or one feature row with a run's best model on a thread of its own, so that
// loading a model (seconds for a BERT folder) never freezes the window. Requests are answered in
// the order they were made; the model stays loaded for the next one until forget().
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

class BestModelWorker;
class QThread;

// One class and the probability the model gives it.
struct ClassProbability {
    QString label;
    double probability = 0;
};

// The answer to one request: the classes by falling probability, or what went wrong.
struct ModelAnswer {
    quint64 request = 0;
    QList<ClassProbability> classes;  // empty when error is set
    QString error;

    QString predicted() const { return classes.isEmpty() ? QString() : classes.first().label; }
};

Q_DECLARE_METATYPE(ModelAnswer)

class BestModelPredictor : public QObject {
    Q_OBJECT
public:
    explicit BestModelPredictor(QObject *parent = nullptr);
    // Waits for the request in progress (a model still loading) to end.
    ~BestModelPredictor() override;

    // Each returns the request's number, which answered() carries. folder: a run's output folder.
    quint64 classifyText(const QString &folder, const QString &text);
    quint64 classifyFeatures(const QString &folder, const QStringList &values);
    // The folder's model changed (a new best one): the next request loads it again.
    void forget();

signals:
    void answered(const ModelAnswer &answer);

private:
    QThread *m_thread;
    BestModelWorker *m_worker;  // lives on m_thread
    quint64 m_lastRequest = 0;
};
