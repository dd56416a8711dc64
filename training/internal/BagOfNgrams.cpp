#include "training/internal/BagOfNgrams.h"

namespace lepton {

BagOfNgramsImpl::BagOfNgramsImpl(int64_t vocabularySize, int64_t buckets, int64_t dimensions)
    : m_vocabularySize(vocabularySize), m_buckets(buckets)
{
    embeddings = register_module("embeddings", torch::nn::Embedding(vocabularySize + buckets, dimensions));
}

torch::Tensor BagOfNgramsImpl::forward(const torch::Tensor &inputIds, const torch::Tensor &attentionMask)
{
    const int64_t length = inputIds.size(1);
    const auto first = inputIds.slice(1, 0, length - 1), second = inputIds.slice(1, 1);
    // A large odd multiplier spreads (first, second) over the buckets; ids stay far below 2^40.
    const auto bigrams = m_vocabularySize + torch::remainder(first * 1000003 + second, m_buckets);
    const auto mask = attentionMask.to(torch::kFloat32);
    const auto weights = torch::cat({mask, mask.slice(1, 0, length - 1) * mask.slice(1, 1)}, 1);
    const auto vectors = embeddings(torch::cat({inputIds, bigrams}, 1));
    return (vectors * weights.unsqueeze(-1)).sum(1) / weights.sum(1, true).clamp_min(1);
}

}  // namespace lepton
