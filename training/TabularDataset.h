#pragma once
// Numeric feature rows with their class ids (classification) or numeric targets (regression),
// read from a CSV file. Plain C++ (no torch, no Qt).
#include "training/ClassLabels.h"

#include <string>
#include <vector>

namespace lepton {

struct TabularDataset {
    std::vector<std::string> featureNames;
    std::vector<float> features;  // row-major, size() * featureNames.size()
    std::vector<int64_t> labels;  // ids into classes; empty when the file has no labels
    ClassLabels classes;
    std::vector<double> targets;  // regression: the label column's numbers, one per row

    // Reads the feature columns (when none are named: every other column whose first value is a
    // number) and the label column. Every feature value must be a finite number: an error names
    // its line and column. Classes as for TextDataset::fromCsv.
    static TabularDataset fromCsv(const std::string &path, std::vector<std::string> featureColumns,
                                  const std::string &labelColumn, const ClassLabels *knownClasses);
    // The same feature columns with a numeric label column read into targets (regression); a
    // label that is not a finite number is an error naming its line.
    static TabularDataset withTargetsFromCsv(const std::string &path, std::vector<std::string> featureColumns,
                                             const std::string &labelColumn);

    std::size_t featureCount() const { return featureNames.size(); }
    std::size_t size() const { return featureNames.empty() ? 0 : features.size() / featureNames.size(); }
    TabularDataset subset(const std::vector<std::size_t> &indices) const;
};

}  // namespace lepton
