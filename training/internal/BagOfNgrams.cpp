#include "training/internal/BagOfNgrams.h"

#include "training/internal/NgramFeatures.h"

namespace lepton {

BagOfNgramsImpl::BagOfNgramsImpl(int64_t vocabularySize, int64_t buckets, int64_t dimensions)
    : m_vocabularySize(vocabularySize), m_buckets(buckets)
{
    embeddings = register_module("embeddings", torch::nn::Embedding(vocabularySize + buckets, dimensions));
}

torch::Tensor BagOfNgramsImpl::forward(const torch::Tensor &inputIds, const torch::Tensor &attentionMask)
{
    const auto features = NgramFeatures::of(inputIds, attentionMask, m_vocabularySize, m_buckets);
    const auto vectors = embeddings(features.rows);
    return (vectors * features.weights.unsqueeze(-1)).sum(1) / features.weights.sum(1, true).clamp_min(1);
}

}  // namespace lepton
