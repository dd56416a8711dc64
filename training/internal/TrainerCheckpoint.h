#pragma once
// What a resumed run needs to continue exactly where a stopped one left off, in OUT/checkpoint:
//   model/               the model folder (ClassifierModel::save)
//   optimizer.pt         AdamW moments and step counts
//   rng.pt               the CPU random generator (dropout) at the last optimizer step
//   trainer_state.json   position in the data order (epoch, batch), step (= the learning-rate
//                        schedule's position), best metric and patience, pending evaluation
// The folder is written beside the old one and swapped in by renames, so a crash leaves either
// the old or the new checkpoint, never a mixture. Training-internal (includes torch).
#include "training/internal/ClassifierModel.h"
#include "training/Metrics.h"

#include <optional>
#include <string>

namespace lepton {

struct TrainerState {
    int epoch = 0;                  // epochs completed
    std::size_t batchInEpoch = 0;   // micro-batches of the current epoch already trained on
    int64_t step = 0;               // optimizer steps done
    bool evaluationPending = false; // stopped before the evaluation due at this position
    bool pendingAtEpochEnd = false;
    std::optional<Metrics> best;    // the evaluation best/ holds
    std::optional<Metrics> last;
    int evaluationsWithoutImprovement = 0;
    bool earlyStopped = false;

    std::string toJson() const;
    static TrainerState fromJson(const std::string &json);
};

class TrainerCheckpoint {
public:
    static constexpr const char *kModelFolder = "model";
    static constexpr const char *kStateFile = "trainer_state.json";

    static void write(const std::string &folder, const ClassifierModel &model,
                      torch::optim::Optimizer &optimizer, const torch::Tensor &rngState,
                      const TrainerState &state);

    // The readable checkpoint folder, recovering from a crash in the middle of a swap; throws
    // when the run has no checkpoint.
    static std::string existing(const std::string &folder);
    // Whether existing() would find one.
    static bool exists(const std::string &folder);
    static TrainerState readState(const std::string &folder);
    static void readOptimizer(const std::string &folder, torch::optim::Optimizer &optimizer);
    static torch::Tensor readRng(const std::string &folder);
};

// Makes staging the new content of target by two renames (target -> target.old, staging ->
// target), then removes the old content. Also used for OUT/best.
void replaceFolder(const std::string &staging, const std::string &target);
// After a crash between the two renames of replaceFolder: puts target.old back.
void recoverFolder(const std::string &target);

}  // namespace lepton
