#pragma once
// A train/validation split: stratified, every class keeping its share in both parts, or random
// (regression, whose numeric labels have no classes).
#include <cstdint>
#include <vector>

namespace lepton {

struct DataSplit {
    std::vector<std::size_t> train;
    std::vector<std::size_t> validation;

    // Puts round(fraction * n) examples of each class (at least one when the class has two or
    // more) into validation, chosen by the seed; indices in each part are in ascending order.
    static DataSplit stratified(const std::vector<int64_t> &labels, double validationFraction,
                                uint64_t seed);
    // round(fraction * rows) rows chosen by the seed: stratified() with every row in one class.
    static DataSplit random(std::size_t rows, double validationFraction, uint64_t seed);
};

}  // namespace lepton
