#include "training/RegressionTrainer.h"

#include "common/AtomicFile.h"
#include "training/BatchOrder.h"
#include "training/ClassifierFactory.h"
#include "training/ComputeDevice.h"
#include "training/DataSplit.h"
#include "training/RegressionModelFolder.h"
#include "training/internal/ModuleState.h"
#include "training/internal/RegressionMlp.h"
#include "training/internal/TabularMlpOptions.h"
#include "training/internal/TorchError.h"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

namespace fs = std::filesystem;

namespace lepton {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The MLP with one output, trained on the standardised target with mean-squared-error loss until
// the loss on a held-back part of the training rows has not improved for `patience` epochs; the
// weights of its best epoch are kept.
class MlpRegression {
public:
    MlpRegression(const TrainingConfig &config, TrainingProgress *progress, const std::atomic<bool> &cancel)
        : m_config(config), m_progress(progress), m_cancel(cancel)
    {
    }

    // Returns false when cancelled. validation is measured after each epoch for the progress.
    bool fit(const TabularDataset &data, const TabularDataset &validation)
    {
        const auto split = DataSplit::random(data.size(), m_config.validationFraction, m_config.seed + 1);
        if (split.validation.empty() || split.train.empty())
            throw std::runtime_error("too few rows to hold some back for the MLP's early stopping");
        const TabularDataset fitPart = data.subset(split.train), stopPart = data.subset(split.validation);

        torch::manual_seed(m_config.seed);
        m_model = std::unique_ptr<TabularMlp>(dynamic_cast<TabularMlp *>(
            createClassifier("mlp", {m_config.labelColumn}, tabularMlpOptions(fitPart, m_config.hiddenLayers)).release()));

        m_target = TargetScaling::fit(fitPart.targets);
        const auto inputs = m_model->standardise(rawFeatures(fitPart));
        const auto targets = m_target.standardise(fitPart.targets);
        const auto stopInputs = m_model->standardise(rawFeatures(stopPart));
        const auto stopTargets = m_target.standardise(stopPart.targets);

        auto &network = m_model->module();
        torch::optim::AdamW optimizer(network.parameters(),
                                      torch::optim::AdamWOptions(*m_config.learningRate).weight_decay(*m_config.weightDecay));
        const std::vector<std::size_t> lengths(fitPart.size(), 1);
        const int64_t stepsPerEpoch = static_cast<int64_t>((fitPart.size() + *m_config.batchSize - 1) / *m_config.batchSize);
        const int64_t totalSteps = stepsPerEpoch * *m_config.epochs;
        double bestLoss = std::numeric_limits<double>::infinity();
        TensorMap bestState;
        int withoutImprovement = 0;
        int64_t step = 0;
        const auto start = Clock::now();
        for (int epoch = 0; epoch < *m_config.epochs; ++epoch) {
            network.train();
            for (const auto &indices : BatchOrder::forTraining(lengths, *m_config.batchSize, m_config.seed, epoch)) {
                if (m_cancel.load()) return false;
                const auto rows = torch::tensor(std::vector<int64_t>(indices.begin(), indices.end()));
                Batch batch;
                batch.features = inputs.index_select(0, rows);
                const auto loss = torch::mse_loss(m_model->logits(batch).squeeze(1), targets.index_select(0, rows));
                const double value = loss.item<double>();
                if (!std::isfinite(value))
                    throw std::runtime_error("the MLP's training loss became " + std::string(std::isnan(value) ? "NaN" : "infinite") +
                                             " in epoch " + std::to_string(epoch + 1) +
                                             "; lower the learning rate or check the data for extreme values");
                optimizer.zero_grad();
                loss.backward();
                if (m_config.maxGradNorm > 0) torch::nn::utils::clip_grad_norm_(network.parameters(), m_config.maxGradNorm);
                optimizer.step();
                ++step;
                if (m_progress) {
                    StepReport report;
                    report.step = step;
                    report.totalSteps = totalSteps;
                    report.epoch = epoch + 1;
                    report.epochs = *m_config.epochs;
                    report.loss = value;
                    report.learningRate = *m_config.learningRate;
                    const double seconds = secondsSince(start);
                    report.samplesPerSecond = double(step * *m_config.batchSize) / std::max(1e-9, seconds);
                    report.etaSeconds = seconds / double(step) * double(totalSteps - step);
                    m_progress->onStep(report);
                }
            }
            m_epochs = epoch + 1;
            if (m_progress)
                m_progress->onRegressionEvaluation(
                    {"mlp", step, m_epochs, RegressionMetrics::compute(validation.targets, predict(validation))});
            const double stopLoss = torch::mse_loss(regressionOutputs(*m_model, stopInputs), stopTargets).item<double>();
            if (stopLoss < bestLoss) {
                bestLoss = stopLoss;
                bestState = moduleState(network);
                withoutImprovement = 0;
            } else if (*m_config.patience > 0 && ++withoutImprovement >= *m_config.patience) {
                break;
            }
        }
        loadModuleState(network, bestState, "the best epoch's weights");
        return true;
    }

    std::vector<double> predict(const TabularDataset &data)
    {
        return m_target.toLabelUnit(regressionOutputs(*m_model, m_model->standardise(rawFeatures(data))));
    }

    int epochs() const { return m_epochs; }
    const TargetScaling &target() const { return m_target; }
    void save(const std::string &folder) const { m_model->save(folder); }

private:
    const TrainingConfig &m_config;
    TrainingProgress *m_progress;
    const std::atomic<bool> &m_cancel;
    std::unique_ptr<TabularMlp> m_model;
    TargetScaling m_target;
    int m_epochs = 0;
};

std::vector<std::string> modelNames(const std::string &spec)
{
    std::vector<std::string> names;
    std::istringstream in(spec);
    for (std::string name; std::getline(in, name, ',');) {
        if (name != "linear" && name != "mlp")
            throw std::runtime_error("a regression fits \"linear\", \"mlp\" or \"linear,mlp\", not '" + spec + "'");
        names.push_back(name);
    }
    if (names.empty()) throw std::runtime_error("name the regression models: \"linear\", \"mlp\" or \"linear,mlp\"");
    return names;
}

}  // namespace

std::string RegressionResult::toJson() const
{
    nlohmann::ordered_json j;
    j["status"] = cancelled ? "cancelled" : "finished";
    j["task"] = "regression";
    j["best_model"] = bestModel;
    j["models"] = nlohmann::ordered_json::array();
    for (const auto &c : candidates)
        j["models"].push_back({{"model", c.model},
                               {"validation", nlohmann::ordered_json::parse(c.validation.toJson())},
                               {"epochs", c.epochs},
                               {"seconds", c.seconds}});
    j["linear"] = linear ? nlohmann::ordered_json::parse(linear->toJson()) : nlohmann::ordered_json();
    return j.dump();
}

void RegressionResult::writeSummary(const std::string &outDir) const
{
    writeFileAtomically((fs::path(outDir) / RegressionTrainer::kResultFile).string(), toJson());
}

void RegressionResult::writeValidationPredictions(const std::string &outDir) const
{
    std::ostringstream pairs;
    pairs.precision(17);
    pairs << "actual,predicted\n";
    for (std::size_t i = 0; i < validationTruth.size(); ++i)
        pairs << validationTruth[i] << ',' << validationPredicted[i] << '\n';
    writeFileAtomically((fs::path(outDir) / RegressionTrainer::kValidationPredictionsFile).string(), pairs.str());
}

RegressionTrainer::RegressionTrainer(TrainingConfig config, TrainingProgress *progress)
    : m_config(std::move(config)), m_progress(progress)
{
}

RegressionResult RegressionTrainer::run() try {
    const TrainingConfig config = m_config.withDefaults();
    const auto models = modelNames(config.model);
    setCpuThreads(config.threads);
    fs::create_directories(config.outDir);

    TabularDataset train = TabularDataset::withTargetsFromCsv(config.trainFile, config.featureColumns, config.labelColumn);
    TabularDataset validation;
    if (!config.evalFile.empty()) {
        validation = TabularDataset::withTargetsFromCsv(config.evalFile, train.featureNames, config.labelColumn);
    } else {
        const auto split = DataSplit::random(train.size(), config.validationFraction, config.seed);
        if (split.validation.empty())
            throw std::runtime_error(config.trainFile + ": too few rows for a validation split; give an "
                                                        "evaluation file with --eval");
        validation = train.subset(split.validation);
        train = train.subset(split.train);
    }
    if (m_progress)
        m_progress->onMessage(ProgressMessage::featureData(train.size(), validation.size(), train.featureCount()));

    RegressionResult result;
    std::vector<std::vector<double>> predictions;
    std::unique_ptr<MlpRegression> mlp;
    for (const auto &name : models) {
        const auto start = Clock::now();
        RegressionCandidate candidate;
        candidate.model = name;
        if (name == "linear") {
            result.linear = LinearRegression::fit(train);
            predictions.push_back(result.linear->predict(validation));
            if (m_progress)
                m_progress->onRegressionEvaluation({"linear", 0, 0, RegressionMetrics::compute(validation.targets, predictions.back())});
        } else {
            mlp = std::make_unique<MlpRegression>(config, m_progress, m_cancel);
            if (!mlp->fit(train, validation)) {
                result.cancelled = true;
                return result;
            }
            candidate.epochs = mlp->epochs();
            predictions.push_back(mlp->predict(validation));
        }
        candidate.seconds = secondsSince(start);
        candidate.validation = RegressionMetrics::compute(validation.targets, predictions.back());
        if (m_progress)
            m_progress->onMessage(
                ProgressMessage::regressionModel(name, candidate.validation.rmse, candidate.validation.r2));
        result.candidates.push_back(candidate);
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < result.candidates.size(); ++i)
        if (result.candidates[i].validation.rmse < result.candidates[best].validation.rmse) best = i;
    result.bestModel = result.candidates[best].model;
    result.validationTruth = validation.targets;
    result.validationPredicted = predictions[best];

    RegressionModelFolder saved;
    saved.model = result.bestModel;
    saved.labelColumn = config.labelColumn;
    saved.featureNames = train.featureNames;
    const std::string bestFolder = (fs::path(config.outDir) / kBestFolder).string();
    fs::create_directories(bestFolder);
    if (saved.model == "linear") {
        saved.linear = result.linear;
    } else {
        mlp->save(bestFolder);
        saved.targetMean = mlp->target().mean;
        saved.targetStd = mlp->target().std;
    }
    saved.save(bestFolder);
    result.writeValidationPredictions(config.outDir);
    result.writeSummary(config.outDir);
    return result;
} catch (const c10::Error &e) {
    throw userError(e);
}

}  // namespace lepton
