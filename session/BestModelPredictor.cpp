#include "session/BestModelPredictor.h"

#include "session/BackgroundPriority.h"
#include "training/TrainedModel.h"
#include "training/Trainer.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <memory>
#include <stdexcept>

using TrainedModel = lepton::TrainedModel;

// Lives on the predictor's thread: the model is loaded, used and dropped there only.
class BestModelWorker : public QObject {
    Q_OBJECT
public:
    void classify(quint64 request, const QString &runFolder, const QString &text, const QStringList &values, bool features)
    {
        ModelAnswer answer;
        answer.request = request;
        try {
            TrainedModel &model = load(runFolder);
            lepton::Prediction prediction;
            if (features) {
                if (model.readsText()) throw std::runtime_error(tr("This run's model reads text, not feature values.").toStdString());
                prediction = model.predictFeatures(numbers(model, values));
            } else {
                if (!model.readsText()) throw std::runtime_error(tr("This run's model reads feature values, not text.").toStdString());
                prediction = model.predictTexts({text.toStdString()}).front();
            }
            const std::vector<std::string> &labels = model.labels();
            for (std::size_t i = 0; i < prediction.probabilities.size() && i < labels.size(); ++i)
                answer.classes << ClassProbability{QString::fromStdString(labels[i]), prediction.probabilities[i]};
            std::stable_sort(answer.classes.begin(), answer.classes.end(),
                             [](const ClassProbability &a, const ClassProbability &b) { return a.probability > b.probability; });
        } catch (const std::exception &e) {
            answer.error = QString::fromStdString(e.what());
        }
        emit answered(answer);
    }

    void forget() { m_model.reset(); }

signals:
    void answered(const ModelAnswer &answer);

private:
    TrainedModel &load(const QString &runFolder)
    {
        const QString folder = QDir(runFolder).filePath(QLatin1String(lepton::Trainer::kBestFolder));
        if (m_model && m_folder == folder) return *m_model;
        m_model.reset();
        if (runFolder.isEmpty() || !QFileInfo::exists(folder))
            throw std::runtime_error(tr("This run has no best model yet; it is saved at the run's first evaluation.").toStdString());
        try {
            m_model = std::make_unique<TrainedModel>(folder.toStdString(), "cpu");
        } catch (const std::exception &e) {
            throw std::runtime_error(tr("The best model in %1 cannot be loaded: %2").arg(folder, QString::fromStdString(e.what())).toStdString());
        }
        m_folder = folder;
        return *m_model;
    }

    static std::vector<float> numbers(const TrainedModel &model, const QStringList &values)
    {
        const std::vector<std::string> &names = model.featureNames();
        if (std::size_t(values.size()) != names.size()) {
            QStringList order;
            for (const std::string &n : names) order << QString::fromStdString(n);
            throw std::runtime_error(tr("Give %1 feature values, in this order: %2").arg(order.size()).arg(order.join(QStringLiteral(", "))).toStdString());
        }
        std::vector<float> row;
        for (int i = 0; i < values.size(); ++i) {
            bool number = false;
            const double value = QLocale::c().toDouble(values[i].trimmed(), &number);
            if (!number)
                throw std::runtime_error(tr("The value of \"%1\" is \"%2\", which is not a number.")
                                             .arg(QString::fromStdString(names[std::size_t(i)]), values[i])
                                             .toStdString());
            row.push_back(float(value));
        }
        return row;
    }

    std::unique_ptr<TrainedModel> m_model;
    QString m_folder;
};

BestModelPredictor::BestModelPredictor(QObject *parent) : QObject(parent), m_thread(new QThread(this)), m_worker(new BestModelWorker)
{
    qRegisterMetaType<ModelAnswer>();
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, [] { lowerThisThreadsPriority(); });
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &BestModelWorker::answered, this, &BestModelPredictor::answered);
    m_thread->start();
}

BestModelPredictor::~BestModelPredictor()
{
    m_thread->quit();
    m_thread->wait();
}

quint64 BestModelPredictor::classifyText(const QString &folder, const QString &text)
{
    const quint64 request = ++m_lastRequest;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request, folder, text] { worker->classify(request, folder, text, {}, false); });
    return request;
}

quint64 BestModelPredictor::classifyFeatures(const QString &folder, const QStringList &values)
{
    const quint64 request = ++m_lastRequest;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request, folder, values] { worker->classify(request, folder, {}, values, true); });
    return request;
}

void BestModelPredictor::forget()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->forget(); });
}

#include "BestModelPredictor.moc"
