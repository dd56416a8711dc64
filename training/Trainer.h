#pragma once
// Runs one training run from a TrainingConfig: data, model, AdamW with warm-up and linear decay,
// periodic evaluation, the best model in OUT/best, checkpoints in OUT/checkpoint for an exact
// resume. A text regression (TrainingConfig::isTextRegression) trains the text model with one
// output and mean-squared-error loss on the standardised target; its evaluations carry MAE, RMSE
// and R^2 (Metrics::regression), and it writes OUT/validation_predictions.csv and
// OUT/regression.json as RegressionTrainer does. No torch in this header, so the Qt side can
// include it.
#include "training/Metrics.h"
#include "training/TrainingConfig.h"
#include "training/TrainingProgress.h"

#include <atomic>
#include <memory>
#include <string>

namespace lepton {

struct RegressionResult;

struct TrainingResult {
    enum class Status { Finished, EarlyStopped, Cancelled };
    Status status = Status::Finished;
    bool hasEvaluation = false;     // false when cancelled before the first evaluation
    Metrics best;                   // the evaluation that bestFolder holds
    Metrics last;
    int64_t steps = 0;
    int epochsDone = 0;
    double trainSeconds = 0.0;      // time spent in training steps (this session)
    double samplesPerSecond = 0.0;  // training examples per second (this session)
    std::string bestFolder;         // OUT/best: loadClassifier() reads it
    int64_t parameters = 0;         // the model's weights, trainable or not
    int64_t peakGpuBytes = 0;       // CUDA runs: the most GPU memory tensors held (0 on the CPU)
    std::string statusName() const;
    // A text regression's OUT/regression.json: its best evaluation as the one candidate, "text".
    RegressionResult regressionSummary() const;
};

class Trainer {
public:
    // Subfolders of the output folder.
    static constexpr const char *kBestFolder = "best";
    static constexpr const char *kCheckpointFolder = "checkpoint";
    static constexpr const char *kConfigFile = "training_config.json";
    static constexpr const char *kHistoryFile = "history.jsonl";

    // resume: continue the run in config.outDir from its last checkpoint; pass the run's
    // savedConfig() (device and threads may differ from the first session).
    explicit Trainer(TrainingConfig config, TrainingProgress *progress = nullptr, bool resume = false);
    ~Trainer();

    // The configuration a run folder was started with; throws when outDir is not a run folder.
    static TrainingConfig savedConfig(const std::string &outDir);
    // Whether outDir holds a checkpoint to resume from (a run stopped before its first one has none
    // and must start again).
    static bool hasCheckpoint(const std::string &outDir);

    // Trains to the end, to early stopping or to a cancel. Throws std::runtime_error with a
    // message a user can act on (bad data, bad model folder, NaN loss, ...).
    TrainingResult run();

    // Thread-safe: asks run() to stop; it returns within a second, after writing a checkpoint.
    void cancel() { m_cancel.store(true); }
    bool cancelRequested() const { return m_cancel.load(); }

    const TrainingConfig &config() const { return m_config; }

private:
    struct Run;
    TrainingConfig m_config;
    TrainingProgress *m_progress;
    bool m_resume = false;
    std::atomic<bool> m_cancel{false};
};

}  // namespace lepton
