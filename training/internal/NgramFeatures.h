#pragma once
// A text's count features, shared by the bag of n-grams and the naive-Bayes prior: its token ids
// and its token bigrams, each bigram hashed into one of a fixed number of buckets after the
// vocabulary's rows. Training-internal (includes torch).
#include <torch/torch.h>

namespace lepton {

struct NgramFeatures {
    torch::Tensor rows;     // [B, 2T - 1] int64: token ids, then vocabularySize + bigram bucket
    torch::Tensor weights;  // [B, 2T - 1] float: 1 for a real token or bigram, 0 where padding is involved

    // inputIds, attentionMask [B, T] (T >= 1).
    static NgramFeatures of(const torch::Tensor &inputIds, const torch::Tensor &attentionMask, int64_t vocabularySize,
                            int64_t buckets);
};

}  // namespace lepton
