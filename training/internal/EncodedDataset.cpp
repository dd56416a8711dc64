#include "training/internal/EncodedDataset.h"

#include <algorithm>
#include <stdexcept>

namespace lepton {

EncodedDataset EncodedDataset::fromText(const TextDataset &data, const WordPieceTokenizer &tokenizer,
                                        std::size_t maxLength)
{
    EncodedDataset encoded;
    encoded.m_padId = tokenizer.padId();
    encoded.m_labels = data.labels;
    encoded.m_targets = data.targets;
    encoded.m_tokenIds.reserve(data.size());
    for (const auto &text : data.texts) {
        encoded.m_tokenIds.push_back(tokenizer.encode(text, maxLength).inputIds);
        encoded.m_lengths.push_back(encoded.m_tokenIds.back().size());
    }
    return encoded;
}

EncodedDataset EncodedDataset::fromTabular(const TabularDataset &data, const TabularMlp &model)
{
    if (data.featureNames != model.config().featureNames)
        throw std::runtime_error("the data's feature columns differ from the ones the model was trained on");
    EncodedDataset encoded;
    encoded.m_labels = data.labels;
    const auto raw = torch::from_blob(const_cast<float *>(data.features.data()),
                                      {static_cast<int64_t>(data.size()), static_cast<int64_t>(data.featureCount())},
                                      torch::kFloat32);
    encoded.m_features = model.standardise(raw).contiguous().clone();
    encoded.m_lengths.assign(data.size(), data.featureCount());
    return encoded;
}

Batch EncodedDataset::batch(const std::vector<std::size_t> &indices) const
{
    const auto count = static_cast<int64_t>(indices.size());
    Batch batch;
    if (m_features.defined()) {
        const auto rows = torch::tensor(std::vector<int64_t>(indices.begin(), indices.end()));
        batch.features = m_features.index_select(0, rows);
    } else {
        std::size_t longest = 0;
        for (const std::size_t i : indices) longest = std::max(longest, m_lengths[i]);
        const auto width = static_cast<int64_t>(longest);
        batch.inputIds = torch::full({count, width}, m_padId, torch::kInt64);
        batch.attentionMask = torch::zeros({count, width}, torch::kInt64);
        batch.tokenTypeIds = torch::zeros({count, width}, torch::kInt64);
        int64_t *ids = batch.inputIds.data_ptr<int64_t>();
        int64_t *mask = batch.attentionMask.data_ptr<int64_t>();
        for (int64_t row = 0; row < count; ++row) {
            const auto &tokens = m_tokenIds[indices[row]];
            std::copy(tokens.begin(), tokens.end(), ids + row * width);
            std::fill_n(mask + row * width, tokens.size(), int64_t(1));
        }
    }
    if (labelled()) {
        batch.labels = torch::empty({count}, torch::kInt64);
        int64_t *labels = batch.labels.data_ptr<int64_t>();
        for (int64_t row = 0; row < count; ++row) labels[row] = m_labels[indices[row]];
    }
    if (!m_targets.empty()) {
        batch.targets = torch::empty({count}, torch::kFloat32);
        float *targets = batch.targets.data_ptr<float>();
        for (int64_t row = 0; row < count; ++row) targets[row] = static_cast<float>(m_targets[indices[row]]);
    }
    return batch;
}

}  // namespace lepton
