#include "session/BestModelServer.h"

#include "training/TrainedModel.h"
#include "training/Trainer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <exception>
#include <utility>
#include <vector>

namespace P = BestModelProtocol;

namespace {

// Ends a request with a refusal: the code and its details, as the answer carries them.
struct Refusal {
    QJsonObject answer;
};

Refusal refusal(const char *code, QJsonObject details = {})
{
    details.insert(QLatin1String(P::kRefusal), QLatin1String(code));
    return Refusal{std::move(details)};
}

std::vector<float> numbers(const lepton::TrainedModel &model, const QJsonArray &values)
{
    const std::vector<std::string> &names = model.featureNames();
    if (std::size_t(values.size()) != names.size()) {
        QJsonArray order;
        for (const std::string &n : names) order.append(QString::fromStdString(n));
        throw refusal(P::kFeatureCount, {{QLatin1String(P::kFeatures), order}});
    }
    std::vector<float> row;
    for (qsizetype i = 0; i < values.size(); ++i) {
        bool number = false;
        const QString value = values[i].toString();
        const double parsed = QLocale::c().toDouble(value.trimmed(), &number);
        if (!number)
            throw refusal(P::kNotANumber, {{QLatin1String(P::kFeature), QString::fromStdString(names[std::size_t(i)])},
                                           {QLatin1String(P::kValue), value}});
        row.push_back(float(parsed));
    }
    return row;
}

}  // namespace

BestModelServer::BestModelServer() = default;
BestModelServer::~BestModelServer() = default;

QByteArray BestModelServer::answer(const QByteArray &requestLine)
{
    const QJsonObject request = QJsonDocument::fromJson(requestLine).object();
    if (request.contains(QLatin1String(P::kForget))) {
        m_model.reset();
        return {};
    }
    QJsonObject answer;
    try {
        lepton::TrainedModel &model = load(request.value(QLatin1String(P::kFolder)).toString());
        const bool features = request.contains(QLatin1String(P::kFeatures));
        if (features && model.readsText()) throw refusal(P::kReadsText);
        if (!features && !model.readsText()) throw refusal(P::kReadsFeatures);
        lepton::Prediction prediction;
        try {
            prediction = features ? model.predictFeatures(numbers(model, request.value(QLatin1String(P::kFeatures)).toArray()))
                                  : model.predictTexts({request.value(QLatin1String(P::kText)).toString().toStdString()}).front();
        } catch (const std::exception &e) {
            throw refusal(P::kFailed, {{QLatin1String(P::kDetail), QString::fromStdString(e.what())}});
        }
        if (model.predictsNumbers()) {
            answer.insert(QLatin1String(P::kNumber), prediction.value);
            answer.insert(QLatin1String(P::kRequest), request.value(QLatin1String(P::kRequest)));
            return QJsonDocument(answer).toJson(QJsonDocument::Compact);
        }
        std::vector<std::pair<double, QString>> classes;
        const std::vector<std::string> &labels = model.labels();
        for (std::size_t i = 0; i < prediction.probabilities.size() && i < labels.size(); ++i)
            classes.emplace_back(prediction.probabilities[i], QString::fromStdString(labels[i]));
        std::stable_sort(classes.begin(), classes.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QJsonArray list;
        for (const auto &[probability, label] : classes)
            list.append(QJsonObject{{QLatin1String(P::kLabel), label}, {QLatin1String(P::kProbability), probability}});
        answer.insert(QLatin1String(P::kClasses), list);
    } catch (const Refusal &r) {
        answer = r.answer;
    }
    answer.insert(QLatin1String(P::kRequest), request.value(QLatin1String(P::kRequest)));
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

lepton::TrainedModel &BestModelServer::load(const QString &runFolder)
{
    const QString folder = QDir(runFolder).filePath(QLatin1String(lepton::Trainer::kBestFolder));
    if (m_model && m_folder == folder) return *m_model;
    m_model.reset();
    if (runFolder.isEmpty() || !QFileInfo::exists(folder)) throw refusal(P::kNoBestModel);
    try {
        m_model = std::make_unique<lepton::TrainedModel>(folder.toStdString(), "cpu");
    } catch (const std::exception &e) {
        throw refusal(P::kCannotLoad, {{QLatin1String(P::kFolder), folder}, {QLatin1String(P::kDetail), QString::fromStdString(e.what())}});
    }
    m_folder = folder;
    return *m_model;
}
