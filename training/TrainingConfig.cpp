#include "training/TrainingConfig.h"

#include "training/Metrics.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace lepton {

TrainingConfig::ModelKind TrainingConfig::modelKind() const
{
    if (model == "mlp") return ModelKind::Mlp;
    if (model.rfind("scratch:", 0) == 0) return ModelKind::Scratch;
    return ModelKind::Checkpoint;
}

bool TrainingConfig::isTextRegression() const
{
    if (!isRegression()) return false;
    if (modelKind() == ModelKind::Scratch) return true;
    // "linear", "linear,mlp", a misspelt list: RegressionTrainer's models (it names the mistake).
    return modelKind() == ModelKind::Checkpoint && model != "linear" && model.find(',') == std::string::npos;
}

TrainingConfig TrainingConfig::withDefaults() const
{
    struct Defaults { int epochs, batchSize; double lr, warmup, decay; int maxLength; const char *bestMetric; int patience; };
    // Checkpoints: Hugging Face Trainer's defaults (batch 8 -> 16 as a CPU compromise). Scratch:
    // tuned on MR (bench_training). MLP: small tabular sets need many short epochs, and their
    // small validation splits make accuracy a coarse guide: train until the validation loss has
    // not improved for 20 epochs and keep the model with the lowest loss. On standardised
    // features a strong weight decay (1.0, i.e. weights shrink by lr per step) keeps the small
    // network from overfitting a few hundred rows (bench_tabular).
    Defaults d{3, 16, 5e-5, 0.0, 0.0, 128, "macro_f1", 0};
    if (modelKind() == ModelKind::Scratch) d = {3, 32, 1e-3, 0.1, 0.01, 64, "macro_f1", 0};
    if (readsFeatureColumns()) d = {500, 32, 1e-3, 0.0, 1.0, 0, "loss", 20};
    // A text regression trains as its text model does and keeps the epoch with the lowest RMSE.
    if (isTextRegression()) d.bestMetric = "rmse";

    TrainingConfig c = *this;
    c.epochs = epochs.value_or(d.epochs);
    c.batchSize = batchSize.value_or(d.batchSize);
    c.learningRate = learningRate.value_or(d.lr);
    c.warmupRatio = warmupRatio.value_or(d.warmup);
    c.weightDecay = weightDecay.value_or(d.decay);
    c.maxLength = maxLength.value_or(d.maxLength);
    c.bestMetric = bestMetric.value_or(d.bestMetric);
    c.patience = patience.value_or(d.patience);

    auto require = [](bool ok, const std::string &what) {
        if (!ok) throw std::runtime_error(what);
    };
    require(!c.trainFile.empty(), "no training file: give one with --train FILE");
    require(*c.epochs >= 1, "epochs must be at least 1");
    require(*c.batchSize >= 1, "the batch size must be at least 1");
    require(*c.learningRate > 0, "the learning rate must be positive");
    require(*c.warmupRatio >= 0 && *c.warmupRatio < 1, "the warm-up ratio must be in [0, 1)");
    require(*c.weightDecay >= 0, "the weight decay must not be negative");
    require(c.task == "classification" || c.task == "regression",
            "the task must be classification or regression, not '" + c.task + "'");
    require(c.readsFeatureColumns() || *c.maxLength >= 2,
            "the max length must be at least 2");
    require(c.gradientAccumulation >= 1, "gradient accumulation must be at least 1 step");
    require(c.maxGradNorm >= 0, "the maximum gradient norm must not be negative (0 turns clipping off)");
    require(c.evalEvery >= 0, "eval-every must not be negative");
    require(*c.patience >= 0, "the patience must not be negative");
    require(c.loraRank >= 0, "the LoRA rank must not be negative");
    require(c.threads >= 0, "the thread count must not be negative");
    require(c.validationFraction > 0 && c.validationFraction < 1,
            "the validation fraction must be between 0 and 1");
    require(!c.outDir.empty(), "no output folder: give one with --out DIR");
    require(!(c.isTextRegression() && c.classWeights), "class weights need classes; a regression has none");
    Metrics probe;
    if (c.isTextRegression()) probe.regression.emplace();
    probe.value(*c.bestMetric);  // throws for an unknown metric name
    return c;
}

namespace {
template <typename T>
nlohmann::json optionalJson(const std::optional<T> &value)
{
    return value ? nlohmann::json(*value) : nlohmann::json();
}
template <typename T>
std::optional<T> optionalFrom(const nlohmann::json &json, const char *key)
{
    if (!json.contains(key) || json[key].is_null()) return std::nullopt;
    return json[key].get<T>();
}
}  // namespace

std::string TrainingConfig::toJson() const
{
    nlohmann::ordered_json j;
    j["task"] = task;
    j["train_file"] = trainFile;
    j["eval_file"] = evalFile;
    j["validation_fraction"] = validationFraction;
    j["text_column"] = textColumn;
    j["label_column"] = labelColumn;
    j["feature_columns"] = featureColumns;
    j["model"] = model;
    j["vocab_file"] = vocabFile;
    j["hidden_layers"] = hiddenLayers;
    j["lora_rank"] = loraRank;
    j["lora_alpha"] = loraAlpha;
    j["freeze_encoder"] = freezeEncoder;
    j["epochs"] = optionalJson(epochs);
    j["batch_size"] = optionalJson(batchSize);
    j["learning_rate"] = optionalJson(learningRate);
    j["warmup_ratio"] = optionalJson(warmupRatio);
    j["weight_decay"] = optionalJson(weightDecay);
    j["max_length"] = optionalJson(maxLength);
    j["gradient_accumulation"] = gradientAccumulation;
    j["max_grad_norm"] = maxGradNorm;
    j["class_weights"] = classWeights;
    j["mask_pii"] = maskPii;
    j["seed"] = seed;
    j["eval_every"] = evalEvery;
    j["best_metric"] = optionalJson(bestMetric);
    j["patience"] = optionalJson(patience);
    j["out_dir"] = outDir;
    j["device"] = device;
    j["threads"] = threads;
    return j.dump(2);
}

TrainingConfig TrainingConfig::fromJson(const std::string &text)
{
    try {
        const auto j = nlohmann::json::parse(text);
        TrainingConfig c;
        c.task = j.value("task", c.task);  // configs written before regression existed classified
        c.trainFile = j.at("train_file").get<std::string>();
        c.evalFile = j.at("eval_file").get<std::string>();
        c.validationFraction = j.at("validation_fraction").get<double>();
        c.textColumn = j.at("text_column").get<std::string>();
        c.labelColumn = j.at("label_column").get<std::string>();
        c.featureColumns = j.at("feature_columns").get<std::vector<std::string>>();
        c.model = j.at("model").get<std::string>();
        c.vocabFile = j.at("vocab_file").get<std::string>();
        c.hiddenLayers = j.at("hidden_layers").get<std::vector<int>>();
        c.loraRank = j.at("lora_rank").get<int>();
        c.loraAlpha = j.at("lora_alpha").get<double>();
        c.freezeEncoder = j.at("freeze_encoder").get<bool>();
        c.epochs = optionalFrom<int>(j, "epochs");
        c.batchSize = optionalFrom<int>(j, "batch_size");
        c.learningRate = optionalFrom<double>(j, "learning_rate");
        c.warmupRatio = optionalFrom<double>(j, "warmup_ratio");
        c.weightDecay = optionalFrom<double>(j, "weight_decay");
        c.maxLength = optionalFrom<int>(j, "max_length");
        c.gradientAccumulation = j.at("gradient_accumulation").get<int>();
        c.maxGradNorm = j.at("max_grad_norm").get<double>();
        c.classWeights = j.at("class_weights").get<bool>();
        c.maskPii = j.value("mask_pii", false);  // configs written before masking existed did not mask
        c.seed = j.at("seed").get<uint64_t>();
        c.evalEvery = j.at("eval_every").get<int>();
        c.bestMetric = optionalFrom<std::string>(j, "best_metric");
        c.patience = optionalFrom<int>(j, "patience");
        c.outDir = j.at("out_dir").get<std::string>();
        c.device = j.at("device").get<std::string>();
        c.threads = j.at("threads").get<int>();
        return c;
    } catch (const nlohmann::json::exception &e) {
        throw std::runtime_error(std::string("the run's training configuration is damaged: ") + e.what());
    }
}

}  // namespace lepton
