#pragma once
// Creates the classifier a training run starts from. No torch here, so callers that only pass
// a model choice along (the CLI, the Training page) stay light.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace lepton {

class ClassifierModel;

struct ClassifierOptions {
    // From-scratch BERT presets: a vocab.txt file (lower-casing, as the uncased BERT vocabulary
    // wants) or a folder with vocab.txt and tokenizer_config.json.
    std::string vocabulary;
    // From-scratch BERT presets: the longest sequence the model accepts (max_position_embeddings).
    int64_t maxLength = 512;
    // BERT: LoRA rank (0 = off) and alpha; a frozen encoder trains only pooler and head.
    int64_t loraRank = 0;
    double loraAlpha = 16;
    bool freezeEncoder = false;
    // From-scratch BERT presets: their bag of n-grams beside [CLS] and their naive-Bayes prior.
    // A regression leaves both out: the prior needs classes, and beside the squared-error loss
    // the bag's unbounded output made training unstable (SMS spam scores, held-out R^2 0.22 at lr
    // 2e-3 and 0.00 at 1e-3, against 0.74 and 0.80 without it).
    bool countFeatures = true;

    // Tabular MLP ("mlp"): the numeric columns in input order, their training-set mean and
    // standard deviation (FeatureStandardisation::fit), hidden layer sizes and dropout.
    std::vector<std::string> featureNames;
    std::vector<float> featureMean;
    std::vector<float> featureStd;
    std::vector<int64_t> hiddenSizes{32, 16};
    double dropout = 0.1;
};

// The from-scratch presets, for help texts: "scratch:tiny" (2 layers, hidden 128, 2 heads,
// intermediate 512) and "scratch:mini" (4 layers, hidden 256, 4 heads, intermediate 1024), each
// with a bag of n-grams and, for classes, a naive-Bayes prior.
std::vector<std::string> scratchPresetNames();

// spec: a from-scratch preset, a checkpoint folder (Hugging Face BERT or one a run saved), or
// "mlp" (tabular). labels: class names in id order. What was decided on the user's behalf (a new
// classification head) is in the model's notes(). Throws std::runtime_error with a message a
// user can act on for an unknown spec or inconsistent options.
std::unique_ptr<ClassifierModel> createClassifier(const std::string &spec, const std::vector<std::string> &labels,
                                                  const ClassifierOptions &options = {});

}  // namespace lepton
