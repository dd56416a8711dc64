#pragma once
// Which examples go into which mini-batch. Examples of similar length share a batch, so padding
// (and wasted compute) stays small; the order is a pure function of (seed, epoch), which is what
// makes a resumed run see exactly the batches an uninterrupted one would.
#include <cstdint>
#include <vector>

namespace lepton {

using BatchList = std::vector<std::vector<std::size_t>>;

struct BatchOrder {
    // Shuffle, sort each pool of 50 batches' worth of examples by length, cut into batches, then
    // shuffle the batches.
    static BatchList forTraining(const std::vector<std::size_t> &lengths, std::size_t batchSize,
                                 uint64_t seed, int epoch);
    // All examples sorted by length (no randomness): fastest for evaluation and prediction.
    static BatchList forEvaluation(const std::vector<std::size_t> &lengths, std::size_t batchSize);
};

}  // namespace lepton
