#pragma once
// How a running Trainer reports to its caller: plain C++ callbacks, invoked on the training
// thread. The GUI's worker turns them into queued Qt signals; lepton-train draws a progress bar.
#include "training/Metrics.h"
#include "training/RegressionMetrics.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace lepton {

struct StepReport {
    int64_t step = 0;          // optimizer steps done, over the whole run
    int64_t totalSteps = 0;
    int epoch = 0;             // 1-based
    int epochs = 0;
    double loss = 0.0;         // training loss of this step (mean over its micro-batches)
    double learningRate = 0.0; // the rate this step used
    double samplesPerSecond = 0.0;
    double etaSeconds = 0.0;   // remaining training time at the current speed
};

struct EvaluationReport {
    int64_t step = 0;
    int epoch = 0;
    bool epochEnd = false;     // false: an --eval-every evaluation inside the epoch
    bool best = false;         // this evaluation improved the best metric (best/ was rewritten)
    Metrics metrics;
};

// A regression model measured on the validation data: the linear fit once, the MLP after each epoch.
struct RegressionEvaluationReport {
    std::string model;         // "linear" | "mlp"
    int64_t step = 0;          // the MLP's optimizer steps so far; 0 for the linear fit
    int epoch = 0;             // 1-based for the MLP; 0 for the linear fit
    RegressionMetrics metrics;
};

// A milestone worth a log line. `text` is the whole sentence in English, which lepton-train
// prints; `kind`, `name` and `figures` carry the same facts for a caller that words them in its
// user's language (the GUI). The named constructors write the sentence from the facts.
struct ProgressMessage {
    enum class Kind {
        Note,             // only the text
        ClassData,        // figures: training examples, validation examples, classes
        TargetData,       // figures: training examples, validation examples, target mean, its standard deviation
        FeatureData,      // figures: training rows, validation rows, feature columns
        RegressionModel,  // name: "linear" | "mlp"; figures: validation RMSE, R^2
        StoppingEarly,    // name: the metric; figures: evaluations without improvement
        Stopped,          // stopped on request; the checkpoint continues the run
        Resuming,         // figures: the step it resumes at, the run's steps
        IgnoredTensors,   // loading a checkpoint: name: the first one; figures: how many
        NewHead,          // the checkpoint had no classification head; name: the classes, comma-separated
        ReplacedHead,     // its head scored other classes; name: the new classes, comma-separated
    };
    ProgressMessage(Kind kind, std::string text, std::string name = {}, std::vector<double> figures = {})
        : kind(kind), text(std::move(text)), name(std::move(name)), figures(std::move(figures))
    {
    }
    static ProgressMessage classData(std::size_t training, std::size_t validation, std::size_t classes);
    static ProgressMessage targetData(std::size_t training, std::size_t validation, double mean, double std);
    static ProgressMessage featureData(std::size_t training, std::size_t validation, std::size_t features);
    static ProgressMessage regressionModel(const std::string &model, double rmse, double r2);
    static ProgressMessage stoppingEarly(const std::string &metric, int evaluations);
    static ProgressMessage stopped(const std::string &outDir);
    static ProgressMessage resuming(int64_t step, int64_t steps);
    // classes: comma-separated; the replaced head's classes only go into the English text.
    static ProgressMessage ignoredTensors(std::size_t count, const std::string &first);
    static ProgressMessage newHead(std::size_t count, const std::string &classes);
    static ProgressMessage replacedHead(const std::string &oldClasses, const std::string &classes);

    Kind kind;
    std::string text;
    std::string name;
    std::vector<double> figures;
};

class TrainingProgress {
public:
    virtual ~TrainingProgress() = default;
    virtual void onStep(const StepReport &) {}
    virtual void onEvaluation(const EvaluationReport &) {}
    virtual void onRegressionEvaluation(const RegressionEvaluationReport &) {}
    // Milestones worth a log line: data loaded, model built, stopping early, stopped, resuming.
    virtual void onMessage(const ProgressMessage &) {}
};

}  // namespace lepton
