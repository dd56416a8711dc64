#pragma once
// Fisher-Yates with std::mt19937_64, whose output the C++ standard fixes: the same seed gives the
// same order with every compiler and standard library (std::shuffle does not promise that).
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace lepton {

template <typename T>
void seededShuffle(std::vector<T> &items, std::mt19937_64 &random)
{
    for (std::size_t i = items.size(); i > 1; --i) {
        const std::size_t j = static_cast<std::size_t>(random() % i);
        std::swap(items[i - 1], items[j]);
    }
}

}  // namespace lepton
