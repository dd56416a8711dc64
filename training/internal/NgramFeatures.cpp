#include "training/internal/NgramFeatures.h"

namespace lepton {

NgramFeatures NgramFeatures::of(const torch::Tensor &inputIds, const torch::Tensor &attentionMask,
                                int64_t vocabularySize, int64_t buckets)
{
    const int64_t length = inputIds.size(1);
    const auto first = inputIds.slice(1, 0, length - 1), second = inputIds.slice(1, 1);
    // A large odd multiplier spreads (first, second) over the buckets; ids stay far below 2^40.
    const auto bigrams = vocabularySize + torch::remainder(first * 1000003 + second, buckets);
    const auto mask = attentionMask.to(torch::kFloat32);
    return {torch::cat({inputIds, bigrams}, 1),
            torch::cat({mask, mask.slice(1, 0, length - 1) * mask.slice(1, 1)}, 1)};
}

}  // namespace lepton
