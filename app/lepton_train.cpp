// lepton-train: the training engine on the command line (no Qt). Progress goes to stderr, one
// JSON line of results to stdout; bad input exits non-zero with a one-line reason.
#include "training/ComputeDevice.h"
#include "training/RegressionTrainer.h"
#include "training/TrainedModel.h"
#include "training/Trainer.h"
#include "training/tokenizer/WordPieceTokenizer.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
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

const char *kUsage = R"(usage: lepton-train COMMAND [OPTIONS]
  fit       --train FILE [--eval FILE] [--out DIR] [--model FOLDER|scratch:tiny|scratch:mini|mlp]
            [--task classification|regression] (regression: --model linear|mlp|linear,mlp)
            [--text-column NAME] [--label-column NAME] [--feature-columns A,B,..] [--vocab FILE]
            [--epochs N] [--batch-size N] [--lr X] [--warmup-ratio X] [--weight-decay X]
            [--max-length N] [--seed N] [--eval-every STEPS] [--early-stopping-metric
            accuracy|macro_f1|loss] [--patience N] [--class-weights] [--grad-accum N]
            [--max-grad-norm X] [--validation-fraction X] [--hidden 32,16] [--lora-rank N]
            [--lora-alpha X] [--freeze-encoder] [--device auto|cpu|cuda] [--threads N]
  fit       --resume DIR [--device ..] [--threads N]      continue a stopped run
  eval      --model DIR --data FILE [--text-column ..] [--label-column ..] [--max-length N]
  predict   --model DIR (--text TEXT | --data FILE) [--text-column ..]
  tokenize  (--vocab FILE | --model DIR) [--input FILE] [--max-length N]
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

std::string defaultVocabulary()
{
    const char *env = std::getenv("LEPTON_SHARED_DATA");
    for (const std::string &dir : {std::string(env ? env : ""), std::string(LEPTON_SHARED_DATA_DEFAULT)}) {
        if (dir.empty()) continue;
        const auto path = std::filesystem::path(dir) / "vocab" / "bert-base-uncased-vocab.txt";
        if (std::filesystem::exists(path)) return path.string();
    }
    return {};
}

int allCores()
{
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
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
        std::fprintf(stderr, "%sevaluation at step %lld (epoch %d%s): loss %.4f accuracy %.4f macro-F1 %.4f%s\n",
                     m_tty ? "\r\033[K" : "", static_cast<long long>(r.step), r.epoch, r.epochEnd ? " end" : "",
                     r.metrics.loss, r.metrics.accuracy, r.metrics.macroF1, r.best ? " (best so far)" : "");
    }
    void onMessage(const std::string &text) override
    {
        std::fprintf(stderr, "%s%s\n", m_tty ? "\r\033[K" : "", text.c_str());
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

int fit(const Arguments &args)
{
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
        config.vocabFile = args.text("vocab");
        if (config.modelKind() == TrainingConfig::ModelKind::Scratch && config.vocabFile.empty()) {
            config.vocabFile = defaultVocabulary();
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
    }
    config.device = args.text("device", config.device);
    config.threads = args.number<int>("threads").value_or(allCores());
    if (config.isRegression()) return fitRegression(config);

    ProgressBar progress;
    Trainer trainer(config, &progress, resume);
    g_trainer = &trainer;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const TrainingResult result = trainer.run();
    g_trainer = nullptr;

    nlohmann::ordered_json json;
    json["status"] = result.statusName();
    json["out"] = config.outDir;
    json["best_model"] = result.hasEvaluation ? result.bestFolder : std::string();
    json["steps"] = result.steps;
    json["epochs"] = result.epochsDone;
    json["train_seconds"] = result.trainSeconds;
    json["samples_per_second"] = result.samplesPerSecond;
    json["best"] = result.hasEvaluation ? nlohmann::ordered_json::parse(result.best.toJson()) : nlohmann::ordered_json();
    json["last"] = result.hasEvaluation ? nlohmann::ordered_json::parse(result.last.toJson()) : nlohmann::ordered_json();
    std::cout << json.dump() << std::endl;
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
    TrainedModel model(args.text("model"), args.text("device", "cpu"));
    applyDataOptions(args, model);
    const Metrics metrics = model.evaluate(args.text("data"), args.number<int>("batch-size").value_or(64));
    std::cout << metrics.toJson() << std::endl;
    return 0;
}

int predict(const Arguments &args)
{
    if (!args.has("model") || args.has("text") == args.has("data"))
        throw UsageError("predict needs --model DIR and either --text TEXT or --data FILE");
    TrainedModel model(args.text("model"), args.text("device", "cpu"));
    applyDataOptions(args, model);
    const int batchSize = args.number<int>("batch-size").value_or(64);
    const auto predictions = args.has("text") ? model.predictTexts({args.text("text")}, batchSize)
                                              : model.predictCsv(args.text("data"), batchSize);
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const auto &p : predictions) {
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
    const auto tokenizer = args.has("vocab") ? WordPieceTokenizer::fromVocabFile(args.text("vocab"), {})
                                             : WordPieceTokenizer::fromFolder(args.text("model"));
    const auto maxLength = static_cast<std::size_t>(
        args.number<long long>("max-length").value_or(std::numeric_limits<int>::max()));
    std::ifstream file;
    if (args.has("input")) {
        file.open(args.text("input"), std::ios::binary);
        if (!file) throw std::runtime_error(args.text("input") + ": cannot open the file");
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

}  // namespace

int main(int argc, char **argv)
{
    lepton::preferPassiveOpenMpWaiting(argv);
    const std::string command = argc > 1 ? argv[1] : "";
    const std::set<std::string> dataOptions{"model", "data", "text-column", "label-column", "max-length",
                                            "batch-size", "device", "threads"};
    try {
        if (command == "fit") {
            return fit(Arguments(argc, argv, {"class-weights", "freeze-encoder"},
                                 {"train", "eval", "text-column", "label-column", "feature-columns", "model",
                                  "vocab", "hidden", "epochs", "batch-size", "lr", "warmup-ratio",
                                  "weight-decay", "max-length", "seed", "eval-every", "early-stopping-metric",
                                  "patience", "grad-accum", "max-grad-norm", "validation-fraction",
                                  "lora-rank", "lora-alpha", "out", "resume", "device", "threads", "task"}));
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
            std::cout << "lepton-train (LibTorch " << torchVersionDescription() << ")" << std::endl;
            return 0;
        }
        std::cerr << kUsage;
        return kExitUsage;
    } catch (const UsageError &e) {
        std::cerr << "lepton-train: " << e.what() << " (run lepton-train without arguments for help)" << std::endl;
        return kExitUsage;
    } catch (const std::exception &e) {
        std::cerr << "lepton-train: " << e.what() << std::endl;
        return kExitBadInput;
    }
}
