#pragma once
// A data set ready for a model: texts tokenized once up front (or feature rows), cut into padded
// mini-batches on demand. Training-internal (includes torch).
#include "training/internal/ClassifierModel.h"
#include "training/TabularDataset.h"
#include "training/internal/TabularMlp.h"
#include "training/TextDataset.h"
#include "training/tokenizer/WordPieceTokenizer.h"

#include <vector>

namespace lepton {

class EncodedDataset {
public:
    static EncodedDataset fromText(const TextDataset &data, const WordPieceTokenizer &tokenizer,
                                   std::size_t maxLength);
    // Feature rows standardised as the model was trained (its stored mean and std).
    static EncodedDataset fromTabular(const TabularDataset &data, const TabularMlp &model);

    std::size_t size() const { return m_lengths.size(); }
    // Tokens per example (all equal for tabular rows): what length-bucketing sorts by.
    const std::vector<std::size_t> &lengths() const { return m_lengths; }
    const std::vector<int64_t> &labels() const { return m_labels; }
    bool labelled() const { return !m_labels.empty(); }
    // Regression: the texts' numeric targets (TextDataset::targets); empty otherwise.
    const std::vector<double> &targets() const { return m_targets; }

    // The examples at these indices, padded to the longest of them; labels when labelled(),
    // targets when there are any.
    Batch batch(const std::vector<std::size_t> &indices) const;

private:
    std::vector<std::size_t> m_lengths;
    std::vector<int64_t> m_labels;
    std::vector<double> m_targets;
    std::vector<std::vector<int64_t>> m_tokenIds;  // text
    int64_t m_padId = 0;
    torch::Tensor m_features;                      // tabular: [N, F] standardised
};

}  // namespace lepton
