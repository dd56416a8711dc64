#include "training/Trainer.h"

#include "common/AtomicFile.h"
#include "training/internal/AutocastGuard.h"
#include "training/BatchOrder.h"
#include "training/internal/BertClassifier.h"
#include "training/ClassifierFactory.h"
#include "training/internal/ClassifierModel.h"
#include "training/ComputeDevice.h"
#include "training/DataSplit.h"
#include "training/internal/EncodedDataset.h"
#include "training/internal/FusedAdamW.h"
#include "training/internal/ModelEvaluator.h"
#include "training/internal/RegressionMlp.h"
#include "training/RegressionModelFolder.h"
#include "training/RegressionTrainer.h"
#include "training/internal/TabularMlp.h"
#include "training/internal/TabularMlpOptions.h"
#include "training/TrainedModel.h"
#include "training/internal/TorchError.h"
#include "training/internal/TrainerCheckpoint.h"

#include <ATen/CPUGeneratorImpl.h>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <future>
#include <mutex>
#include <numeric>

namespace fs = std::filesystem;

namespace lepton {

std::string TrainingResult::statusName() const
{
    switch (status) {
    case Status::Finished: return "finished";
    case Status::EarlyStopped: return "early_stopped";
    case Status::Cancelled: return "cancelled";
    }
    return "finished";
}

RegressionResult TrainingResult::regressionSummary() const
{
    RegressionCandidate candidate;
    candidate.model = "text";
    if (best.regression) candidate.validation = *best.regression;
    candidate.epochs = epochsDone;
    candidate.seconds = trainSeconds;
    RegressionResult summary;
    summary.cancelled = status == Status::Cancelled;
    summary.candidates.push_back(candidate);
    summary.bestModel = candidate.model;
    return summary;
}

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Dropout draws from the default CPU generator; its state is part of a checkpoint.
torch::Tensor cpuRngState()
{
    auto generator = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(generator.mutex());
    return generator.get_state();
}

void setCpuRngState(const torch::Tensor &state)
{
    auto generator = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(generator.mutex());
    generator.set_state(state);
}

// Training and validation parts: the evaluation file when there is one (read with the training
// file's classes), else a stratified split of the training file (a random one for a regression).
template <typename Dataset, typename Load>
std::pair<Dataset, Dataset> trainAndValidation(const TrainingConfig &config, Load load)
{
    Dataset all = load(config.trainFile, nullptr);
    if (!config.evalFile.empty()) {
        Dataset validation = load(config.evalFile, &all);
        return {std::move(all), std::move(validation)};
    }
    const auto split = config.isTextRegression()
                           ? DataSplit::random(all.size(), config.validationFraction, config.seed)
                           : DataSplit::stratified(all.labels, config.validationFraction, config.seed);
    if (split.validation.empty())
        throw std::runtime_error(config.trainFile + ": too few rows for a validation split; give "
                                                    "a separate evaluation file");
    return {all.subset(split.train), all.subset(split.validation)};
}

}  // namespace

struct Trainer::Run {
    Trainer &owner;
    const TrainingConfig config;  // with defaults filled in
    TrainingProgress *progress;
    torch::Device device{torch::kCPU};

    EncodedDataset train, validation;
    std::vector<std::string> classNames;
    std::vector<int64_t> trainCounts;
    std::unique_ptr<ClassifierModel> model;
    std::unique_ptr<FusedAdamW> optimizer;
    torch::Tensor classWeights;
    TargetScaling target;  // text regression: the model learns the target standardised by this
    TrainerState state;
    torch::Tensor rngAtStep;
    std::size_t batchesPerEpoch = 0;
    int64_t stepsPerEpoch = 0, totalSteps = 0, warmupSteps = 0;

    // Declared after the data it reads, so it is destroyed (waited for) first.
    std::future<Batch> nextBatch;
    std::size_t nextBatchIndex = 0;

    TrainingResult result;
    int64_t stepsThisSession = 0;
    int64_t samplesThisSession = 0;

    Run(Trainer &trainer, TrainingConfig resolved)
        : owner(trainer), config(std::move(resolved)), progress(trainer.m_progress)
    {
    }

    void message(ProgressMessage message)
    {
        if (progress) progress->onMessage(message);
    }
    std::string outPath(const char *name) const { return (fs::path(config.outDir) / name).string(); }

    // ---- set-up -------------------------------------------------------------------------------

    // Reads the data and, unless resuming, creates the model (an MLP needs the training data's
    // feature statistics); then encodes both parts for that model.
    void prepare()
    {
        ClassLabels classes;
        if (config.modelKind() == TrainingConfig::ModelKind::Mlp) {
            auto [t, v] = trainAndValidation<TabularDataset>(config, [&](const std::string &path, const TabularDataset *known) {
                return TabularDataset::fromCsv(path, known ? known->featureNames : config.featureColumns,
                                               config.labelColumn, known ? &known->classes : nullptr);
            });
            classes = t.classes;
            if (!model) model = createClassifier(config.model, classes.names(), tabularMlpOptions(t, config.hiddenLayers));
            const auto *mlp = dynamic_cast<const TabularMlp *>(model.get());
            if (!mlp) throw std::runtime_error("the model is not a tabular MLP");
            train = EncodedDataset::fromTabular(t, *mlp);
            validation = EncodedDataset::fromTabular(v, *mlp);
        } else {
            const bool regression = config.isTextRegression();
            auto [t, v] = trainAndValidation<TextDataset>(config, [&](const std::string &path, const TextDataset *known) {
                TextDataset data = regression ? TextDataset::withTargetsFromCsv(path, config.textColumn, config.labelColumn)
                                              : TextDataset::fromCsv(path, config.textColumn, config.labelColumn,
                                                                     known ? &known->classes : nullptr);
                if (config.maskPii) data.maskPii();
                return data;
            });
            // A regression's one output is named after its label column (id2label in config.json).
            classes = regression ? ClassLabels({config.labelColumn}) : t.classes;
            if (regression) target = TargetScaling::fit(t.targets);
            if (!model) model = createClassifier(config.model, classes.names(), textOptions());
            const auto *bert = dynamic_cast<const BertClassifier *>(model.get());
            if (!bert) throw std::runtime_error("the model is not a text classifier");
            const auto maxLength = static_cast<std::size_t>(*config.maxLength);
            train = EncodedDataset::fromText(t, bert->tokenizer(), maxLength);
            validation = EncodedDataset::fromText(v, bert->tokenizer(), maxLength);
        }
        for (const auto &note : model->notes()) message(note);
        classNames = classes.names();
        if (model->labels() != classNames)
            throw std::runtime_error("the model's classes differ from the classes in " + config.trainFile);
        trainCounts.assign(classNames.size(), 0);
        for (const int64_t label : train.labels()) ++trainCounts[label];
        message(config.isTextRegression()
                    ? ProgressMessage::targetData(train.size(), validation.size(), target.mean, target.std)
                    : ProgressMessage::classData(train.size(), validation.size(), classNames.size()));
    }

    ClassifierOptions textOptions() const
    {
        ClassifierOptions options;
        options.vocabulary = config.vocabFile;
        options.maxLength = *config.maxLength;
        options.loraRank = config.loraRank;
        options.loraAlpha = config.loraAlpha;
        options.freezeEncoder = config.freezeEncoder;
        options.countFeatures = !config.isTextRegression();
        return options;
    }

    // A fresh run's model counts its training set before the first step (the naive-Bayes prior);
    // a resumed run has those counts in its checkpoint.
    void countTrainingSet()
    {
        model->clearTrainingCounts();
        constexpr std::size_t chunk = 1024;
        for (std::size_t first = 0; first < train.size(); first += chunk) {
            std::vector<std::size_t> indices(std::min(chunk, train.size() - first));
            std::iota(indices.begin(), indices.end(), first);
            model->addTrainingCounts(train.batch(indices).to(device));
        }
    }

    void buildOptimizer()
    {
        std::vector<torch::Tensor> decayed, plain;
        for (const auto &item : model->module().named_parameters()) {
            if (!item.value().requires_grad()) continue;
            (model->decays(item.key()) ? decayed : plain).push_back(item.value());
        }
        if (decayed.empty() && plain.empty())
            throw std::runtime_error("the model has no trainable parameters (everything is frozen)");
        std::vector<torch::optim::OptimizerParamGroup> groups;
        auto options = [&](double decay) {
            auto o = std::make_unique<torch::optim::AdamWOptions>(*config.learningRate);
            o->weight_decay(decay);
            return o;
        };
        if (!decayed.empty()) groups.emplace_back(decayed, options(*config.weightDecay));
        if (!plain.empty()) groups.emplace_back(plain, options(0.0));
        optimizer = std::make_unique<FusedAdamW>(std::move(groups), torch::optim::AdamWOptions(*config.learningRate));
    }

    void planSchedule()
    {
        batchesPerEpoch = (train.size() + *config.batchSize - 1) / *config.batchSize;
        stepsPerEpoch = static_cast<int64_t>((batchesPerEpoch + config.gradientAccumulation - 1) /
                                             config.gradientAccumulation);
        totalSteps = stepsPerEpoch * *config.epochs;
        warmupSteps = static_cast<int64_t>(std::ceil(*config.warmupRatio * double(totalSteps)));
        if (config.classWeights) {
            // Inverse class frequency, scaled so a balanced set has all weights 1.
            std::vector<float> weights;
            const double n = double(train.size()), k = double(classNames.size());
            for (const int64_t count : trainCounts)
                weights.push_back(count ? float(n / (k * double(count))) : 0.f);
            classWeights = torch::tensor(weights).to(device);
        }
    }

    // Linear warm-up to the peak rate, then linear decay to zero (Hugging Face's
    // get_linear_schedule_with_warmup), as a function of the step: no scheduler state to lose.
    double learningRateAt(int64_t step) const
    {
        const double peak = *config.learningRate;
        if (step < warmupSteps) return peak * double(step + 1) / double(warmupSteps);
        const double remaining = double(totalSteps - step) / double(std::max<int64_t>(1, totalSteps - warmupSteps));
        return peak * std::max(0.0, remaining);
    }

    // ---- training -----------------------------------------------------------------------------

    // Micro-batch b of this epoch's order; the next one is cut and padded on another thread
    // meanwhile, so a step never waits for its batch.
    Batch takeBatch(const BatchList &batches, std::size_t b)
    {
        Batch batch = nextBatch.valid() && nextBatchIndex == b ? nextBatch.get() : train.batch(batches[b]);
        if (nextBatch.valid()) nextBatch.get();  // built for an order that is no longer current
        if (b + 1 < batches.size()) {
            nextBatchIndex = b + 1;
            nextBatch = std::async(std::launch::async, [this, indices = batches[b + 1]] { return train.batch(indices); });
        }
        return batch.to(device);
    }

    // One optimizer step over micro-batches [first, last) of this epoch's order. Returns false
    // (leaving weights untouched) when cancelled in the middle.
    bool trainStep(const BatchList &batches, std::size_t first, std::size_t last, Clock::time_point &stepStart)
    {
        model->module().train();
        optimizer->clearGradients();
        // CUDA's dropout generator is not in the checkpoint: seeded from the step, a resumed run
        // draws the same masks as an uninterrupted one.
        if (device.is_cuda()) torch::cuda::manual_seed_all(config.seed + static_cast<uint64_t>(state.step));
        int64_t samples = 0;
        for (std::size_t b = first; b < last; ++b) samples += static_cast<int64_t>(batches[b].size());
        double lossSum = 0.0;
        for (std::size_t b = first; b < last; ++b) {
            if (owner.cancelRequested()) return false;
            const Batch batch = takeBatch(batches, b);
            torch::Tensor loss;
            {
                AutocastGuard autocast(device);
                const auto logits = model->logits(batch).to(torch::kFloat32);
                loss = config.isTextRegression()
                           ? torch::mse_loss(logits.squeeze(1), (batch.targets - target.mean) / target.std)
                           : torch::nn::functional::cross_entropy(
                                 logits, batch.labels,
                                 torch::nn::functional::CrossEntropyFuncOptions().weight(classWeights));
            }
            const double value = loss.item<double>();
            if (!std::isfinite(value))
                throw std::runtime_error(
                    "the training loss became " + std::string(std::isnan(value) ? "NaN" : "infinite") +
                    " at step " + std::to_string(state.step + 1) + " (epoch " +
                    std::to_string(state.epoch + 1) + "); the run was stopped. Lower the learning "
                    "rate (now " + std::to_string(*config.learningRate) + "), keep gradient "
                    "clipping on, or check the data for extreme values");
            // Each micro-batch counts by its share of the examples, as one large batch would.
            const double share = double(batches[b].size()) / double(samples);
            (loss * share).backward();
            lossSum += value * share;
        }
        if (config.maxGradNorm > 0) optimizer->clipGradientNorm(config.maxGradNorm);
        const double rate = learningRateAt(state.step);
        for (auto &group : optimizer->param_groups())
            static_cast<torch::optim::AdamWOptions &>(group.options()).lr(rate);
        optimizer->step();
        ++state.step;
        state.batchInEpoch = last;
        rngAtStep = cpuRngState();

        const double seconds = secondsSince(stepStart);
        result.trainSeconds += seconds;
        ++stepsThisSession;
        samplesThisSession += samples;
        stepStart = Clock::now();
        if (progress) {
            StepReport report;
            report.step = state.step;
            report.totalSteps = totalSteps;
            report.epoch = state.epoch + 1;
            report.epochs = *config.epochs;
            report.loss = lossSum;
            report.learningRate = rate;
            report.samplesPerSecond = double(samplesThisSession) / std::max(1e-9, result.trainSeconds);
            report.etaSeconds = double(totalSteps - state.step) * result.trainSeconds / double(stepsThisSession);
            progress->onStep(report);
        }
        return true;
    }

    // Evaluates, keeps the best model, counts patience, writes a checkpoint. False when cancelled.
    bool evaluateAndCheckpoint(bool epochEnd)
    {
        state.evaluationPending = true;
        state.pendingAtEpochEnd = epochEnd;
        ModelEvaluator evaluator(*model, device, &owner.m_cancel);
        const auto batchSize = static_cast<std::size_t>(*config.batchSize) * 2;
        RegressionResult predictions;  // text regression: the validation numbers, for best/'s file
        const auto metrics = config.isTextRegression()
                                 ? evaluator.evaluateRegression(validation, batchSize, target, &predictions.validationPredicted)
                                 : evaluator.evaluate(validation, batchSize);
        if (!metrics) return false;
        state.evaluationPending = false;
        state.last = *metrics;
        const std::string &metric = *config.bestMetric;
        const double value = metrics->value(metric);
        const bool higher = Metrics::higherIsBetter(metric);
        const bool improved = !state.best || (higher ? value > state.best->value(metric)
                                                      : value < state.best->value(metric));
        if (improved) {
            state.best = *metrics;
            state.evaluationsWithoutImprovement = 0;
            const std::string staging = outPath(kBestFolder) + ".tmp";
            fs::remove_all(staging);
            saveModel(staging);
            replaceFolder(staging, outPath(kBestFolder));
            if (config.isTextRegression()) {
                predictions.validationTruth = validation.targets();
                predictions.writeValidationPredictions(config.outDir);
            }
        } else {
            ++state.evaluationsWithoutImprovement;
        }
        if (*config.patience > 0 && state.evaluationsWithoutImprovement >= *config.patience) {
            state.earlyStopped = true;
            message(ProgressMessage::stoppingEarly(metric, *config.patience));
        }
        appendHistory(*metrics, epochEnd);
        writeCheckpoint();
        if (progress) {
            EvaluationReport report;
            report.step = state.step;
            report.epoch = epochEnd ? state.epoch : state.epoch + 1;
            report.epochEnd = epochEnd;
            report.best = improved;
            report.metrics = *metrics;
            progress->onEvaluation(report);
        }
        return true;
    }

    // The model folder plus how its data was read, so that TrainedModel evaluates it the same way.
    void saveModel(const std::string &folder) const
    {
        model->save(folder);
        DataSettings settings;
        settings.textColumn = config.textColumn;
        settings.labelColumn = config.labelColumn;
        settings.maxLength = *config.maxLength;
        settings.save(folder);
        if (config.isTextRegression()) {
            RegressionModelFolder regression;
            regression.model = "text";
            regression.labelColumn = config.labelColumn;
            regression.targetMean = target.mean;
            regression.targetStd = target.std;
            regression.save(folder);
        }
    }

    void appendHistory(const Metrics &metrics, bool epochEnd)
    {
        std::ofstream history(outPath(kHistoryFile), std::ios::app);
        history << "{\"step\":" << state.step << ",\"epoch\":" << state.epoch
                << ",\"epoch_end\":" << (epochEnd ? "true" : "false") << ",\"metrics\":" << metrics.toJson()
                << "}\n";
    }

    void writeCheckpoint()
    {
        TrainerCheckpoint::write(outPath(kCheckpointFolder), *model, *optimizer, rngAtStep, state);
    }

    TrainingResult finish(TrainingResult::Status status)
    {
        result.status = status;
        result.steps = state.step;
        result.epochsDone = state.epoch;
        result.hasEvaluation = state.best.has_value();
        if (state.best) result.best = *state.best;
        if (state.last) result.last = *state.last;
        result.samplesPerSecond = double(samplesThisSession) / std::max(1e-9, result.trainSeconds);
        result.bestFolder = outPath(kBestFolder);
        for (const auto &parameter : model->module().parameters()) result.parameters += parameter.numel();
        result.peakGpuBytes = peakGpuMemoryBytes();
        if (config.isTextRegression() && state.best) result.regressionSummary().writeSummary(config.outDir);
        return result;
    }

    TrainingResult cancelled()
    {
        writeCheckpoint();
        message(ProgressMessage::stopped(config.outDir));
        return finish(TrainingResult::Status::Cancelled);
    }

    TrainingResult trainLoop()
    {
        if (state.evaluationPending && !evaluateAndCheckpoint(state.pendingAtEpochEnd)) return cancelled();
        while (state.epoch < *config.epochs && !state.earlyStopped) {
            const BatchList batches = BatchOrder::forTraining(train.lengths(), *config.batchSize,
                                                              config.seed, state.epoch);
            auto stepStart = Clock::now();
            while (state.batchInEpoch < batches.size()) {
                if (owner.cancelRequested()) return cancelled();
                const std::size_t first = state.batchInEpoch;
                const std::size_t last = std::min(batches.size(), first + config.gradientAccumulation);
                if (!trainStep(batches, first, last, stepStart)) return cancelled();
                if (config.evalEvery > 0 && state.step % config.evalEvery == 0 && last < batches.size()) {
                    if (!evaluateAndCheckpoint(false)) return cancelled();
                    if (state.earlyStopped) break;
                    stepStart = Clock::now();
                }
            }
            if (state.earlyStopped) break;
            ++state.epoch;
            state.batchInEpoch = 0;
            if (!evaluateAndCheckpoint(true)) return cancelled();
        }
        return finish(state.earlyStopped ? TrainingResult::Status::EarlyStopped
                                         : TrainingResult::Status::Finished);
    }
};

Trainer::Trainer(TrainingConfig config, TrainingProgress *progress, bool resume)
    : m_config(std::move(config)), m_progress(progress), m_resume(resume)
{
}

Trainer::~Trainer() = default;

TrainingConfig Trainer::savedConfig(const std::string &outDir)
{
    const std::string path = (fs::path(outDir) / kConfigFile).string();
    if (!fs::exists(path))
        throw std::runtime_error(outDir + ": not a training run folder (no " + kConfigFile + ")");
    return TrainingConfig::fromJson(readWholeFile(path));
}

bool Trainer::hasCheckpoint(const std::string &outDir)
{
    return fs::exists(fs::path(outDir) / kConfigFile) && TrainerCheckpoint::exists((fs::path(outDir) / kCheckpointFolder).string());
}

TrainingResult Trainer::run() try {
    Run run(*this, m_config.withDefaults());
    const TrainingConfig &config = run.config;
    const auto device = ComputeDevice::parse(config.device);
    run.device = device.kind == ComputeDevice::Kind::Cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    setCpuThreads(config.threads);
    fs::create_directories(config.outDir);
    resetPeakGpuMemory();

    std::string checkpoint;
    if (m_resume) {
        checkpoint = TrainerCheckpoint::existing(run.outPath(kCheckpointFolder));
        recoverFolder(run.outPath(kBestFolder));
        run.state = TrainerCheckpoint::readState(checkpoint);
        run.model = loadClassifier(checkpoint + "/" + TrainerCheckpoint::kModelFolder);
    } else {
        torch::manual_seed(config.seed);
    }
    run.prepare();
    run.model->module().to(run.device);
    run.planSchedule();
    run.buildOptimizer();
    if (m_resume) {
        TrainerCheckpoint::readOptimizer(checkpoint, *run.optimizer);
        setCpuRngState(TrainerCheckpoint::readRng(checkpoint));
        run.message(ProgressMessage::resuming(run.state.step, run.totalSteps));
    } else {
        run.countTrainingSet();
        // A fresh run in a used folder must not leave the previous run's results behind; they go
        // only now that its data and model have loaded, since the model may come from that folder.
        for (const char *stale : {kHistoryFile, kBestFolder, kCheckpointFolder, RegressionTrainer::kResultFile,
                                  RegressionTrainer::kValidationPredictionsFile})
            fs::remove_all(run.outPath(stale));
        writeFileAtomically(run.outPath(kConfigFile), m_config.toJson());
    }
    run.rngAtStep = cpuRngState();
    return run.trainLoop();
} catch (const c10::Error &e) {
    throw userError(e);
}

}  // namespace lepton
