// lepton-train: the training engine on the command line. Progress goes to stderr, one JSON line
// of results to stdout; bad input exits non-zero with a one-line reason. With --workspace a run
// is stored in the workspace and trained by its training session (WorkspaceFit), which an
// engine-only build (no Qt) leaves out.
#include "common/RegularFile.h"
#ifdef LEPTON_WITH_WORKSPACE
#include "WorkspaceFit.h"
#endif
#include "training/ComputeDevice.h"
#include "training/RegressionTrainer.h"
#include "training/TrainedModel.h"
#include "training/Trainer.h"
#include "training/tokenizer/WordPieceTokenizer.h"

#include <chrono>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>
#include <unistd.h>

using namespace lepton;

namespace {

constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInterrupted = 130;

const char *kOverview = R"(usage: lepton-train COMMAND [OPTIONS]
Trains text and tabular classifiers and uses them, without the app. Progress goes to stderr, one
line of JSON results to stdout.

commands:
  fit        train a model on a labelled CSV file, or continue a stopped run (--resume)
  eval       score a trained model on a labelled CSV file
  predict    label a text or the rows of a CSV file with a trained model
  tokenize   print the WordPiece token ids of each input line
  --version  this program's version and its LibTorch (CPU or CUDA, GPUs visible)
  --help     this overview; "lepton-train COMMAND --help" lists a command's options
)";

// Defaults by model kind, as TrainingConfig::withDefaults() fills them in.
const char *kFitHelp = R"(usage: lepton-train fit --train FILE [OPTIONS]
       lepton-train fit --resume DIR [--device D] [--threads N]

data:
  --train FILE                 labelled CSV file to train on (required)
  --eval FILE                  labelled CSV file to evaluate on
                               (default: a stratified split of --train)
  --validation-fraction X      share of --train held out when there is no --eval (default 0.1)
  --text-column NAME           column holding the text (default text)
  --label-column NAME          column holding the class (default label)
  --feature-columns A,B,..     mlp: numeric columns to use (default: every other numeric column)
  --task classification|regression
                               regression predicts a number: from feature columns linear least
                               squares and/or an MLP (--model linear, mlp or linear,mlp, the
                               default), the best by validation RMSE; from texts a scratch
                               preset or BERT checkpoint with one output (--model scratch:tiny,
                               scratch:mini or a folder), its best epoch by validation RMSE
                               (default classification)
model:
  --model M                    scratch:tiny (default; 2 layers, hidden 128), scratch:mini
                               (4 layers, hidden 256), mlp, or a BERT checkpoint folder; the
                               scratch presets add a bag of n-grams and a naive-Bayes prior
                               counted from the training set
  --vocab FILE                 vocab.txt for a scratch model, or a folder holding one (default:
                               bert-base-uncased's from the shared data folder, when it is there)
  --hidden 32,16               mlp: hidden layer sizes (default 32,16)
  --lora-rank N                train LoRA adapters of rank N (at most hidden_size; 4-64 is usual)
                               instead of the whole encoder (default 0: off)
  --lora-alpha X               LoRA scaling (default 16)
  --freeze-encoder             train only the pooler and the classification head
training (defaults: checkpoint | scratch | mlp):
  --epochs N                   passes over the training data (3 | 3 | 500)
  --batch-size N               examples per step (16 | 32 | 32)
  --lr X                       peak learning rate of AdamW (5e-5 | 1e-3 | 1e-3)
  --warmup-ratio X             share of steps warming the rate up before its linear decay
                               (0 | 0.1 | 0)
  --weight-decay X             AdamW weight decay, not on biases and LayerNorm (0 | 0.01 | 1)
  --max-length N               tokens per text, longer texts are cut (128 | 64 | -)
  --grad-accum N               batches added up per optimizer step (default 1)
  --max-grad-norm X            gradient clipping, 0 turns it off (default 1.0)
  --class-weights              weight the loss by inverse class frequency (default off)
  --seed N                     seed of initialisation, split, order and dropout (default 42)
evaluation:
  --eval-every STEPS           also evaluate every STEPS steps (default 0: at each epoch's end)
  --early-stopping-metric M    accuracy, macro_f1 or loss (text regression: rmse, mae, r2 or
                               loss): picks the best model (macro_f1 | macro_f1 | loss; text
                               regression rmse)
  --patience N                 stop after N evaluations without improvement
                               (0: never | 0 | 20)
where:
  --out DIR                    run folder: best model, checkpoint, history (default lepton-run);
                               must be new or empty
  --overwrite                  replace the results in a non-empty --out, once the new run has
                               loaded its data and model
  --resume DIR                 continue the stopped run in DIR with its saved settings
  --device auto|cpu|cuda       auto takes the GPU when this build has CUDA and one is visible
                               (default auto)
  --threads N                  CPU threads for the maths (default: all cores, here %d)
workspace (the run is stored in a Lepton workspace with where its data came from):
  --workspace FILE             the workspace file (or server location) to record the run in
  --name NAME                  the run's name in the workspace (default: the --out folder's name)
  --project ID                 the project the run serves
  --contract ID --partner ID   the contract and partner whose data it trains on
  --confirm-note TEXT          why data under a terminated or expired contract, or with ended
                               data access, may still be used (required for such data)
At the end fit prints how long the run took, its samples/s and, on CUDA, its peak GPU memory.
)";

const char *kEvalHelp = R"(usage: lepton-train eval --model DIR --data FILE [OPTIONS]
  --model DIR                  a folder fit wrote (DIR/best or DIR itself) or a BERT checkpoint
  --data FILE                  labelled CSV file to score
  --text-column NAME           default: the one the model was trained with (else text)
  --label-column NAME          default: the one the model was trained with (else label)
  --max-length N               default: the one the model was trained with
  --batch-size N               examples per forward pass (default 64)
  --device auto|cpu|cuda       default cpu
  --threads N                  CPU threads (default: all cores, here %d)
Prints accuracy, macro-F1, loss and per-class figures as one JSON line; for a regression model
(fit --task regression) MAE, RMSE and R^2.
)";

const char *kPredictHelp = R"(usage: lepton-train predict --model DIR (--text TEXT | --data FILE) [OPTIONS]
  --model DIR                  a folder fit wrote or a BERT checkpoint
  --text TEXT                  one text to label
  --data FILE                  CSV file whose rows to label (its label column is not needed)
  --text-column NAME           default: the one the model was trained with (else text)
  --max-length N               default: the one the model was trained with
  --batch-size N               examples per forward pass (default 64)
  --device auto|cpu|cuda       default cpu
  --threads N                  CPU threads (default: all cores, here %d)
Prints each row's label and class probabilities as one JSON line; for a regression model each
row's predicted number ("value").
)";

const char *kTokenizeHelp = R"(usage: lepton-train tokenize (--vocab FILE | --model DIR) [OPTIONS]
  --vocab FILE                 vocab.txt (one token a line)
  --model DIR                  a model folder whose vocab.txt and tokenizer settings to use
  --input FILE                 texts, one a line (default: standard input)
  --max-length N               cut each line's ids to N, [CLS] and [SEP] included (default: no cut)
Prints one line of token ids per input line.
)";

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// --name value pairs and bare flags.
class Arguments {
public:
    Arguments(int argc, char **argv, const std::set<std::string> &flags, const std::set<std::string> &options)
    {
        for (int i = 2; i < argc; ++i) {
            const std::string arg = argv[i];
            if (arg.rfind("--", 0) != 0) throw UsageError("unexpected argument '" + arg + "'");
            const std::string name = arg.substr(2);
            if (flags.count(name)) { m_values[name] = "1"; continue; }
            if (!options.count(name)) throw UsageError("unknown option " + arg);
            if (i + 1 >= argc) throw UsageError(arg + " needs a value");
            m_values[name] = argv[++i];
        }
    }
    bool has(const std::string &name) const { return m_values.count(name) > 0; }
    // Options given besides these.
    std::vector<std::string> othersThan(const std::set<std::string> &names) const
    {
        std::vector<std::string> others;
        for (const auto &item : m_values)
            if (!names.count(item.first)) others.push_back("--" + item.first);
        return others;
    }
    std::string text(const std::string &name, const std::string &fallback = {}) const
    {
        const auto it = m_values.find(name);
        return it == m_values.end() ? fallback : it->second;
    }
    template <typename T>
    std::optional<T> number(const std::string &name) const
    {
        if (!has(name)) return std::nullopt;
        std::istringstream in(text(name));
        T value;
        if (!(in >> value) || !in.eof())
            throw UsageError("--" + name + " expects a number, not '" + text(name) + "'");
        return value;
    }
    std::vector<std::string> list(const std::string &name) const
    {
        std::vector<std::string> items;
        std::istringstream in(text(name));
        for (std::string item; std::getline(in, item, ',');)
            if (!item.empty()) items.push_back(item);
        return items;
    }

private:
    std::map<std::string, std::string> m_values;
};

int allCores()
{
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// A file option's value, checked before any work: says which option, which file and why.
std::string existingFile(const Arguments &args, const std::string &option)
{
    const std::string path = args.text(option);
    const std::string why = whyNotARegularFile(path);
    if (!why.empty()) throw std::runtime_error("--" + option + " " + path + " " + why);
    return path;
}

// Refuses to write a new run over an earlier one unless asked to (the earlier results are then
// replaced only once the new run has loaded cleanly, by the trainer).
void checkOutputFolder(const std::string &folder, bool overwrite)
{
    std::error_code error;
    if (overwrite || !std::filesystem::exists(folder, error)) return;
    if (!std::filesystem::is_directory(folder, error))
        throw std::runtime_error("--out " + folder + " is a file; give a folder for the run");
    std::filesystem::directory_iterator entries(folder, error);
    if (error) throw std::runtime_error("--out " + folder + " cannot be read: " + error.message());
    if (entries == std::filesystem::directory_iterator()) return;
    throw std::runtime_error("--out " + folder + " already holds files (an earlier run?); give a new or empty "
                             "folder, --resume " + folder + " to continue that run, or --overwrite to replace "
                             "its results");
}

std::string clock(double seconds)
{
    const long s = static_cast<long>(seconds + 0.5);
    char text[32];
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    return text;
}

// A progress bar on stderr, redrawn at most a few times a second (full lines when stderr is a
// file, so logs stay readable).
class ProgressBar : public TrainingProgress {
public:
    void onStep(const StepReport &r) override
    {
        const auto now = std::chrono::steady_clock::now();
        const double interval = m_tty ? 0.2 : 5.0;
        if (r.step != r.totalSteps && std::chrono::duration<double>(now - m_last).count() < interval) return;
        m_last = now;
        const int width = 30;
        const int filled = r.totalSteps ? static_cast<int>(width * r.step / r.totalSteps) : 0;
        std::fprintf(stderr, "%s[%s%s] %3d%% step %lld/%lld epoch %d/%d loss %.4f lr %.2e %.0f samples/s ETA %s%s",
                     m_tty ? "\r" : "", std::string(filled, '#').c_str(), std::string(width - filled, '.').c_str(),
                     r.totalSteps ? static_cast<int>(100 * r.step / r.totalSteps) : 0, static_cast<long long>(r.step),
                     static_cast<long long>(r.totalSteps), r.epoch, r.epochs, r.loss, r.learningRate,
                     r.samplesPerSecond, clock(r.etaSeconds).c_str(), m_tty ? "\033[K" : "\n");
        std::fflush(stderr);
    }
    void onEvaluation(const EvaluationReport &r) override
    {
        if (const auto &regression = r.metrics.regression) {
            std::fprintf(stderr, "%sevaluation at step %lld (epoch %d%s): MAE %.4f RMSE %.4f R^2 %.4f%s\n",
                         m_tty ? "\r\033[K" : "", static_cast<long long>(r.step), r.epoch, r.epochEnd ? " end" : "",
                         regression->mae, regression->rmse, regression->r2, r.best ? " (best so far)" : "");
            return;
        }
        std::fprintf(stderr, "%sevaluation at step %lld (epoch %d%s): loss %.4f accuracy %.4f macro-F1 %.4f%s\n",
                     m_tty ? "\r\033[K" : "", static_cast<long long>(r.step), r.epoch, r.epochEnd ? " end" : "",
                     r.metrics.loss, r.metrics.accuracy, r.metrics.macroF1, r.best ? " (best so far)" : "");
    }
    void onMessage(const ProgressMessage &message) override
    {
        std::fprintf(stderr, "%s%s\n", m_tty ? "\r\033[K" : "", message.text.c_str());
    }

private:
    bool m_tty = isatty(STDERR_FILENO);
    std::chrono::steady_clock::time_point m_last{};
};

Trainer *g_trainer = nullptr;
RegressionTrainer *g_regression = nullptr;
volatile std::sig_atomic_t g_interrupted = 0;

void onInterrupt(int)
{
    g_interrupted = 1;
    // Atomic stores: safe in a signal handler.
    if (g_trainer) g_trainer->cancel();
    if (g_regression) g_regression->cancel();
}

// A regression prints its models' validation metrics and the linear coefficients.
int fitRegression(const TrainingConfig &config)
{
    ProgressBar progress;
    RegressionTrainer trainer(config, &progress);
    g_regression = &trainer;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const RegressionResult result = trainer.run();
    g_regression = nullptr;
    std::cout << result.toJson() << std::endl;
    return result.cancelled && g_interrupted ? kExitInterrupted : 0;
}

int fit(int argc, char **argv, const Arguments &args)
{
    for (const char *option : {"name", "project", "contract", "partner", "confirm-note"})
        if (args.has(option) && !args.has("workspace"))
            throw UsageError(std::string("--") + option + " records the run in a workspace: give --workspace FILE too");
    if (args.has("workspace") && args.has("resume"))
        throw UsageError("--resume continues a run outside a workspace; resume a workspace's run in Lepton Partner Studio");
    TrainingConfig config;
    const bool resume = args.has("resume");
    if (resume) {
        const auto others = args.othersThan({"resume", "device", "threads"});
        if (!others.empty())
            throw UsageError("--resume continues a run with its saved settings; " + others.front() +
                             " cannot change them (only --device and --threads can)");
        config = Trainer::savedConfig(args.text("resume"));
        config.outDir = args.text("resume");
    } else {
        config.trainFile = args.text("train");
        config.evalFile = args.text("eval");
        config.textColumn = args.text("text-column", config.textColumn);
        config.labelColumn = args.text("label-column", config.labelColumn);
        config.featureColumns = args.list("feature-columns");
        config.task = args.text("task", config.task);
        config.model = args.text("model", config.isRegression() ? "linear,mlp" : config.model);
        if (args.has("vocab"))
            config.vocabFile = std::filesystem::is_directory(args.text("vocab")) ? args.text("vocab")
                                                                                 : existingFile(args, "vocab");
        if (config.modelKind() == TrainingConfig::ModelKind::Scratch && config.vocabFile.empty()) {
            config.vocabFile = defaultScratchVocabulary();
            if (config.vocabFile.empty())
                throw UsageError("a scratch model needs a vocabulary: give --vocab vocab.txt (e.g. "
                                 "bert-base-uncased's)");
        }
        for (const auto &size : args.list("hidden")) {
            try {
                config.hiddenLayers.push_back(std::stoi(size));
            } catch (const std::exception &) {
                throw UsageError("--hidden expects sizes like 32,16, not '" + args.text("hidden") + "'");
            }
        }
        config.epochs = args.number<int>("epochs");
        config.batchSize = args.number<int>("batch-size");
        config.learningRate = args.number<double>("lr");
        config.warmupRatio = args.number<double>("warmup-ratio");
        config.weightDecay = args.number<double>("weight-decay");
        config.maxLength = args.number<int>("max-length");
        config.seed = args.number<uint64_t>("seed").value_or(config.seed);
        config.evalEvery = args.number<int>("eval-every").value_or(config.evalEvery);
        if (args.has("early-stopping-metric")) config.bestMetric = args.text("early-stopping-metric");
        config.patience = args.number<int>("patience");
        config.classWeights = args.has("class-weights");
        config.gradientAccumulation = args.number<int>("grad-accum").value_or(config.gradientAccumulation);
        config.maxGradNorm = args.number<double>("max-grad-norm").value_or(config.maxGradNorm);
        config.validationFraction = args.number<double>("validation-fraction").value_or(config.validationFraction);
        config.loraRank = args.number<int>("lora-rank").value_or(config.loraRank);
        config.loraAlpha = args.number<double>("lora-alpha").value_or(config.loraAlpha);
        config.freezeEncoder = args.has("freeze-encoder");
        config.outDir = args.text("out", "lepton-run");
        // Files and folder checked after the options parsed, so a typo in a number is named first.
        if (!args.has("train")) throw UsageError("fit needs --train FILE (or --resume DIR)");
        existingFile(args, "train");
        if (args.has("eval")) existingFile(args, "eval");
        checkOutputFolder(config.outDir, args.has("overwrite"));
    }
    config.device = args.text("device", config.device);
    config.threads = args.number<int>("threads").value_or(allCores());
    if (args.has("workspace")) {
#ifndef LEPTON_WITH_WORKSPACE
        throw UsageError("this lepton-train was built without workspaces (LEPTON_ENGINE_ONLY): train without "
                         "--workspace, or use a full build");
#else
        WorkspaceFit where;
        where.workspace = args.text("workspace");
        where.name = args.text("name");
        where.projectId = args.number<long long>("project").value_or(0);
        where.contractId = args.number<long long>("contract").value_or(0);
        where.partnerId = args.number<long long>("partner").value_or(0);
        where.confirmNote = args.text("confirm-note");
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
        return fitInWorkspace(argc, argv, config, where, &g_interrupted);
#endif
    }
    // A text regression trains (and resumes) like a classifier; feature columns go to RegressionTrainer.
    if (config.isRegression() && !config.isTextRegression()) return fitRegression(config);

    ProgressBar progress;
    Trainer trainer(config, &progress, resume);
    g_trainer = &trainer;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const auto start = std::chrono::steady_clock::now();
    const TrainingResult result = trainer.run();
    const double runSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    g_trainer = nullptr;
    std::string figures = result.statusName() + " in " + clock(runSeconds) + " (" + clock(result.trainSeconds) +
                          " in training steps), " + std::to_string(static_cast<long>(result.samplesPerSecond + 0.5)) +
                          " samples/s";
    if (result.peakGpuBytes > 0) {
        char memory[64];
        std::snprintf(memory, sizeof memory, ", peak GPU memory %.2f GiB", double(result.peakGpuBytes) / (1 << 30));
        figures += memory;
    }
    progress.onMessage({ProgressMessage::Kind::Note, figures});

    nlohmann::ordered_json json;
    json["status"] = result.statusName();
    json["out"] = config.outDir;
    json["best_model"] = result.hasEvaluation ? result.bestFolder : std::string();
    json["steps"] = result.steps;
    json["epochs"] = result.epochsDone;
    json["train_seconds"] = result.trainSeconds;
    json["samples_per_second"] = result.samplesPerSecond;
    json["run_seconds"] = runSeconds;
    json["parameters"] = result.parameters;
    json["peak_gpu_memory_bytes"] = result.peakGpuBytes;
    json["best"] = result.hasEvaluation ? nlohmann::ordered_json::parse(result.best.toJson()) : nlohmann::ordered_json();
    json["last"] = result.hasEvaluation ? nlohmann::ordered_json::parse(result.last.toJson()) : nlohmann::ordered_json();
    std::cout << json.dump() << std::endl;
    if (result.status == TrainingResult::Status::Cancelled)
        std::cerr << "resume with: lepton-train fit --resume " << config.outDir << std::endl;
    return result.status == TrainingResult::Status::Cancelled && g_interrupted ? kExitInterrupted : 0;
}

void applyDataOptions(const Arguments &args, TrainedModel &model)
{
    auto &settings = model.settings();
    settings.textColumn = args.text("text-column", settings.textColumn);
    settings.labelColumn = args.text("label-column", settings.labelColumn);
    settings.maxLength = args.number<int>("max-length").value_or(settings.maxLength);
    setCpuThreads(args.number<int>("threads").value_or(allCores()));
}

int evaluate(const Arguments &args)
{
    if (!args.has("model") || !args.has("data")) throw UsageError("eval needs --model DIR and --data FILE");
    const std::string data = existingFile(args, "data");
    TrainedModel model(args.text("model"), args.text("device", "cpu"));
    applyDataOptions(args, model);
    if (model.predictsNumbers())
        std::cout << model.evaluateRegression(data).toJson() << std::endl;
    else
        std::cout << model.evaluate(data, args.number<int>("batch-size").value_or(64)).toJson() << std::endl;
    return 0;
}

int predict(const Arguments &args)
{
    if (!args.has("model") || args.has("text") == args.has("data"))
        throw UsageError("predict needs --model DIR and either --text TEXT or --data FILE");
    const std::string data = args.has("data") ? existingFile(args, "data") : std::string();
    TrainedModel model(args.text("model"), args.text("device", "cpu"));
    applyDataOptions(args, model);
    const int batchSize = args.number<int>("batch-size").value_or(64);
    const auto predictions = args.has("text") ? model.predictTexts({args.text("text")}, batchSize)
                                              : model.predictCsv(data, batchSize);
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const auto &p : predictions) {
        if (model.predictsNumbers()) {
            rows.push_back({{"value", p.value}});
            continue;
        }
        nlohmann::ordered_json probabilities;
        for (std::size_t k = 0; k < model.labels().size(); ++k) probabilities[model.labels()[k]] = p.probabilities[k];
        rows.push_back({{"label", p.label}, {"probabilities", probabilities}});
    }
    std::cout << nlohmann::ordered_json{{"predictions", rows}}.dump() << std::endl;
    return 0;
}

int tokenize(const Arguments &args)
{
    if (args.has("vocab") == args.has("model")) throw UsageError("tokenize needs --vocab FILE or --model DIR");
    const auto tokenizer = args.has("vocab") ? WordPieceTokenizer::fromVocabFile(existingFile(args, "vocab"), {})
                                             : WordPieceTokenizer::fromFolder(args.text("model"));
    const auto maxLength = static_cast<std::size_t>(
        args.number<long long>("max-length").value_or(std::numeric_limits<int>::max()));
    std::ifstream file;
    if (args.has("input")) {
        file.open(existingFile(args, "input"), std::ios::binary);
        if (!file) throw std::runtime_error("--input " + args.text("input") + " cannot be opened: " + std::strerror(errno));
    }
    std::istream &in = args.has("input") ? file : std::cin;
    std::string out;
    for (std::string line; std::getline(in, line);) {
        const auto ids = tokenizer.encode(line, maxLength).inputIds;
        out.clear();
        for (std::size_t i = 0; i < ids.size(); ++i) out += (i ? " " : "") + std::to_string(ids[i]);
        std::cout << out << '\n';
    }
    std::cout.flush();
    return 0;
}

bool asksForHelp(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) return true;
    return false;
}

int printHelp(const std::string &command)
{
    const std::map<std::string, const char *> help{
        {"fit", kFitHelp}, {"eval", kEvalHelp}, {"predict", kPredictHelp}, {"tokenize", kTokenizeHelp}};
    const auto found = help.find(command);
    std::printf(found == help.end() ? kOverview : found->second, allCores());
    return 0;
}

}  // namespace

int main(int argc, char **argv)
{
    lepton::preferPassiveOpenMpWaiting(argv);
    const std::string command = argc > 1 ? argv[1] : "";
    if (command == "help") return printHelp(argc > 2 ? argv[2] : "");
    if (asksForHelp(argc, argv)) return printHelp(command);
    const std::set<std::string> dataOptions{"model", "data", "text-column", "label-column", "max-length",
                                            "batch-size", "device", "threads"};
    try {
        if (command == "fit") {
            return fit(argc, argv,
                       Arguments(argc, argv, {"class-weights", "freeze-encoder", "overwrite"},
                                 {"train", "eval", "text-column", "label-column", "feature-columns", "model",
                                  "vocab", "hidden", "epochs", "batch-size", "lr", "warmup-ratio",
                                  "weight-decay", "max-length", "seed", "eval-every", "early-stopping-metric",
                                  "patience", "grad-accum", "max-grad-norm", "validation-fraction",
                                  "lora-rank", "lora-alpha", "out", "resume", "device", "threads",
                                  "workspace", "name", "project", "contract", "partner", "confirm-note", "task"}));
        }
        if (command == "eval") return evaluate(Arguments(argc, argv, {}, dataOptions));
        if (command == "predict") {
            auto options = dataOptions;
            options.insert("text");
            return predict(Arguments(argc, argv, {}, options));
        }
        if (command == "tokenize")
            return tokenize(Arguments(argc, argv, {}, {"vocab", "model", "input", "max-length"}));
        if (command == "--version") {
            std::cout << "lepton-train " << LEPTON_VERSION << " (LibTorch " << torchVersionDescription() << ")"
                      << std::endl;
            return 0;
        }
        if (!command.empty()) std::cerr << "lepton-train: unknown command '" << command << "'\n\n";
        std::fprintf(stderr, kOverview, allCores());
        return kExitUsage;
    } catch (const UsageError &e) {
        std::cerr << "lepton-train: " << e.what() << " (lepton-train " << (command.empty() ? "" : command + " ")
                  << "--help lists the options)" << std::endl;
        return kExitUsage;
    } catch (const std::exception &e) {
        std::cerr << "lepton-train: " << e.what() << std::endl;
        return kExitBadInput;
    }
}
