#include "training/DataSplit.h"

#include "training/SeededShuffle.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace lepton {

DataSplit DataSplit::stratified(const std::vector<int64_t> &labels, double validationFraction,
                                uint64_t seed)
{
    if (!(validationFraction > 0.0 && validationFraction < 1.0))
        throw std::runtime_error("the validation fraction must be between 0 and 1");
    std::map<int64_t, std::vector<std::size_t>> byClass;
    for (std::size_t i = 0; i < labels.size(); ++i) byClass[labels[i]].push_back(i);

    std::mt19937_64 random(seed);
    DataSplit split;
    for (auto &[label, indices] : byClass) {
        seededShuffle(indices, random);
        std::size_t take = static_cast<std::size_t>(std::lround(validationFraction * indices.size()));
        if (take == 0 && indices.size() >= 2) take = 1;
        if (take == indices.size()) take = indices.size() - 1;  // keep one for training
        split.validation.insert(split.validation.end(), indices.begin(), indices.begin() + take);
        split.train.insert(split.train.end(), indices.begin() + take, indices.end());
    }
    std::sort(split.train.begin(), split.train.end());
    std::sort(split.validation.begin(), split.validation.end());
    return split;
}

DataSplit DataSplit::random(std::size_t rows, double validationFraction, uint64_t seed)
{
    return stratified(std::vector<int64_t>(rows, 0), validationFraction, seed);
}

}  // namespace lepton
