#pragma once
// Everything that defines a training run. Plain C++ (no torch, no Qt): the Training page fills it
// in, lepton-train parses it from the command line, and the run folder keeps it as config JSON
// so that a stopped run resumes with exactly its settings.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lepton {

struct TrainingConfig {
    enum class ModelKind { Checkpoint, Scratch, Mlp };

    // "classification" (class labels) or "regression" (a numeric label: linear least squares
    // and/or the MLP on feature columns, see RegressionTrainer; or a text model with one output,
    // see Trainer).
    std::string task = "classification";

    // Data
    std::string trainFile;
    std::string evalFile;               // empty: a stratified validation split of trainFile
    double validationFraction = 0.1;
    std::string textColumn = "text";
    std::string labelColumn = "label";
    std::vector<std::string> featureColumns;  // mlp only; empty: every other numeric column
    bool maskPii = false;                // texts: e-mail addresses and phone numbers masked (PiiMasker)

    // Model: a checkpoint folder, "scratch:tiny", "scratch:mini" or "mlp"; for regression on
    // feature columns "linear", "mlp" or "linear,mlp" (both, the better one by validation RMSE
    // kept), on texts a scratch preset or a checkpoint folder.
    std::string model = defaultScratchPreset();
    std::string vocabFile;               // scratch presets: vocab.txt (uncased WordPiece)
    std::vector<int> hiddenLayers;       // mlp; empty: the model's default
    int loraRank = 0;                    // 0: no LoRA
    double loraAlpha = 16.0;
    bool freezeEncoder = false;

    // Optimisation; unset values take the defaults of the model kind (see withDefaults).
    std::optional<int> epochs;
    std::optional<int> batchSize;
    std::optional<double> learningRate;
    std::optional<double> warmupRatio;
    std::optional<double> weightDecay;
    std::optional<int> maxLength;
    int gradientAccumulation = 1;
    double maxGradNorm = 1.0;            // 0: no clipping
    bool classWeights = false;           // weight the loss by inverse class frequency
    uint64_t seed = 42;

    // Evaluation, early stopping, best model
    int evalEvery = 0;                   // optimizer steps; 0: only at the end of each epoch
    // Unset: the model kind's default (MLP: loss with patience 20, so small tabular sets train
    // until the validation loss stops improving; BERT: macro_f1, no early stopping; a text
    // regression: rmse).
    std::optional<std::string> bestMetric; // accuracy | macro_f1 | loss; text regression rmse | mae | r2 | loss
    std::optional<int> patience;           // evaluations without improvement; 0: never stop early

    // Where and how
    std::string outDir;
    std::string device = "auto";         // auto | cpu | cuda
    int threads = 0;                     // CPU threads; 0: LibTorch's default (all cores)

    static std::string defaultScratchPreset() { return "scratch:tiny"; }
    bool isRegression() const { return task == "regression"; }
    // A regression whose model reads texts (a scratch preset or a checkpoint folder), which the
    // Trainer runs, rather than feature columns ("linear", "mlp" or both: RegressionTrainer).
    bool isTextRegression() const;
    // The model reads numeric feature columns (the tabular MLP, a regression's "linear"/"mlp"), not texts.
    bool readsFeatureColumns() const { return modelKind() == ModelKind::Mlp || (isRegression() && !isTextRegression()); }
    ModelKind modelKind() const;
    // A copy with every unset optimisation value filled in for the model kind, checked: throws
    // std::runtime_error naming the first value that is out of range.
    TrainingConfig withDefaults() const;

    std::string toJson() const;
    static TrainingConfig fromJson(const std::string &json);
};

}  // namespace lepton
