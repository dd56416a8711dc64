#pragma once
// fastText's text representation (Joulin et al. 2016) beside a from-scratch BERT: the mean of
// learned embeddings of a text's tokens and of its token bigrams, each bigram hashed into one of
// a fixed number of buckets. WordPiece tokens are words in English and characters in Chinese, so
// the bigrams are word bigrams there and character bigrams here. On a few thousand examples this
// linear view is hard to overfit, where a transformer from random weights is easy to.
// Training-internal (includes torch).
#include <torch/torch.h>

namespace lepton {

class BagOfNgramsImpl : public torch::nn::Module {
public:
    BagOfNgramsImpl(int64_t vocabularySize, int64_t buckets, int64_t dimensions);

    // inputIds, attentionMask [B, T] -> [B, dimensions]; padding counts for nothing.
    torch::Tensor forward(const torch::Tensor &inputIds, const torch::Tensor &attentionMask);

    // Rows: the vocabulary's tokens, then the bigram buckets.
    torch::nn::Embedding embeddings{nullptr};

private:
    int64_t m_vocabularySize, m_buckets;
};
TORCH_MODULE(BagOfNgrams);

}  // namespace lepton
