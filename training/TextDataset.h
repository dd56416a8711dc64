#pragma once
// Texts with their class ids (classification) or numeric targets (regression), read from a CSV
// file. Plain C++ (no torch, no Qt).
#include "training/ClassLabels.h"

#include <string>
#include <vector>

namespace lepton {

struct TextDataset {
    std::vector<std::string> texts;
    std::vector<int64_t> labels;  // ids into classes; empty when the file has no labels
    ClassLabels classes;
    std::vector<double> targets;  // regression: the label column's numbers, one per text

    // Reads textColumn and labelColumn of a CSV file. The classes come from the file itself
    // (sorted label values) unless given, e.g. the training file's classes for an evaluation
    // file. An empty labelColumn reads texts only (for prediction). Throws std::runtime_error
    // with the file, line and column a user must fix.
    static TextDataset fromCsv(const std::string &path, const std::string &textColumn,
                               const std::string &labelColumn, const ClassLabels *knownClasses);
    // The texts with a numeric label column read into targets (regression); a label that is not
    // a finite number is an error naming its line.
    static TextDataset withTargetsFromCsv(const std::string &path, const std::string &textColumn,
                                          const std::string &labelColumn);

    std::size_t size() const { return texts.size(); }
    TextDataset subset(const std::vector<std::size_t> &indices) const;
    // Replaces e-mail addresses and phone numbers in every text (PiiMasker).
    void maskPii();
};

}  // namespace lepton
