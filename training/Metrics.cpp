#include "training/Metrics.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace lepton {

Metrics Metrics::compute(const std::vector<std::string> &classNames, const std::vector<int64_t> &truth,
                         const std::vector<int64_t> &predicted, double loss)
{
    if (truth.size() != predicted.size())
        throw std::logic_error("Metrics::compute: truth and predictions differ in length");
    const std::size_t k = classNames.size();
    Metrics m;
    m.loss = loss;
    m.examples = static_cast<int64_t>(truth.size());
    m.confusion.assign(k, std::vector<int64_t>(k, 0));
    int64_t correct = 0;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        ++m.confusion.at(truth[i]).at(predicted[i]);
        correct += truth[i] == predicted[i];
    }
    m.accuracy = truth.empty() ? 0.0 : double(correct) / double(truth.size());
    for (std::size_t c = 0; c < k; ++c) {
        int64_t predictedAsC = 0, actualC = 0;
        for (std::size_t o = 0; o < k; ++o) {
            predictedAsC += m.confusion[o][c];
            actualC += m.confusion[c][o];
        }
        const int64_t tp = m.confusion[c][c];
        ClassMetrics cm;
        cm.name = classNames[c];
        cm.support = actualC;
        cm.precision = predictedAsC ? double(tp) / double(predictedAsC) : 0.0;
        cm.recall = actualC ? double(tp) / double(actualC) : 0.0;
        cm.f1 = cm.precision + cm.recall > 0 ? 2 * cm.precision * cm.recall / (cm.precision + cm.recall)
                                             : 0.0;
        m.macroF1 += cm.f1 / double(k);
        m.classes.push_back(cm);
    }
    return m;
}

bool Metrics::higherIsBetter(const std::string &metricName)
{
    return metricName != "loss" && metricName != "mae" && metricName != "rmse";
}

double Metrics::value(const std::string &metricName) const
{
    if (metricName == "loss") return loss;
    if (regression) {
        if (metricName == "mae") return regression->mae;
        if (metricName == "rmse") return regression->rmse;
        if (metricName == "r2") return regression->r2;
        throw std::runtime_error("unknown regression metric '" + metricName + "'; use rmse, mae, r2 or loss");
    }
    if (metricName == "accuracy") return accuracy;
    if (metricName == "macro_f1") return macroF1;
    throw std::runtime_error("unknown metric '" + metricName + "'; use accuracy, macro_f1 or loss");
}

std::string Metrics::toJson() const
{
    nlohmann::ordered_json json;
    json["loss"] = loss;
    json["accuracy"] = accuracy;
    json["macro_f1"] = macroF1;
    json["examples"] = examples;
    nlohmann::ordered_json perClass = nlohmann::ordered_json::object();
    std::vector<std::string> labels;
    for (const auto &c : classes) {
        perClass[c.name] = {{"precision", c.precision}, {"recall", c.recall}, {"f1", c.f1},
                            {"support", c.support}};
        labels.push_back(c.name);
    }
    json["per_class"] = perClass;
    json["labels"] = labels;
    json["confusion_matrix"] = confusion;
    if (regression) json["regression"] = nlohmann::ordered_json::parse(regression->toJson());
    return json.dump();
}

Metrics Metrics::fromJson(const std::string &text)
{
    const auto json = nlohmann::ordered_json::parse(text);
    Metrics m;
    m.loss = json.at("loss").get<double>();
    m.accuracy = json.at("accuracy").get<double>();
    m.macroF1 = json.at("macro_f1").get<double>();
    m.examples = json.at("examples").get<int64_t>();
    for (const auto &name : json.at("labels")) {
        const auto &c = json.at("per_class").at(name.get<std::string>());
        m.classes.push_back({name.get<std::string>(), c.at("precision").get<double>(),
                             c.at("recall").get<double>(), c.at("f1").get<double>(),
                             c.at("support").get<int64_t>()});
    }
    m.confusion = json.at("confusion_matrix").get<std::vector<std::vector<int64_t>>>();
    if (json.contains("regression")) m.regression = RegressionMetrics::fromJson(json.at("regression").dump());
    return m;
}

}  // namespace lepton
