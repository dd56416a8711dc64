#include "training/BatchOrder.h"

#include "training/SeededShuffle.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace lepton {

namespace {
constexpr std::size_t kBatchesPerPool = 50;

void sortByLength(std::vector<std::size_t>::iterator begin, std::vector<std::size_t>::iterator end,
                  const std::vector<std::size_t> &lengths)
{
    std::stable_sort(begin, end, [&](std::size_t a, std::size_t b) { return lengths[a] < lengths[b]; });
}

BatchList cut(const std::vector<std::size_t> &order, std::size_t batchSize)
{
    BatchList batches;
    for (std::size_t start = 0; start < order.size(); start += batchSize)
        batches.emplace_back(order.begin() + start,
                             order.begin() + std::min(order.size(), start + batchSize));
    return batches;
}
}  // namespace

BatchList BatchOrder::forTraining(const std::vector<std::size_t> &lengths, std::size_t batchSize,
                                  uint64_t seed, int epoch)
{
    if (batchSize == 0) throw std::runtime_error("the batch size must be at least 1");
    std::vector<std::size_t> order(lengths.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 random(seed * 1000003ULL + static_cast<uint64_t>(epoch));
    seededShuffle(order, random);
    const std::size_t pool = batchSize * kBatchesPerPool;
    for (std::size_t start = 0; start < order.size(); start += pool)
        sortByLength(order.begin() + start, order.begin() + std::min(order.size(), start + pool),
                     lengths);
    BatchList batches = cut(order, batchSize);
    seededShuffle(batches, random);
    return batches;
}

BatchList BatchOrder::forEvaluation(const std::vector<std::size_t> &lengths, std::size_t batchSize)
{
    if (batchSize == 0) throw std::runtime_error("the batch size must be at least 1");
    std::vector<std::size_t> order(lengths.size());
    std::iota(order.begin(), order.end(), 0);
    sortByLength(order.begin(), order.end(), lengths);
    return cut(order, batchSize);
}

}  // namespace lepton
