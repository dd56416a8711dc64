#include "training/TabularDataset.h"

#include "training/LabeledCsv.h"

#include <cmath>
#include <cstdlib>
#include <stdexcept>

namespace lepton {

namespace {
// The feature columns of a CSV file (every numeric column but the label when none are named).
TabularDataset readFeatures(const LabeledCsv &csv, std::vector<std::string> featureColumns,
                            const std::string &labelColumn)
{
    const std::string &path = csv.path();
    if (!labelColumn.empty()) csv.column(labelColumn);  // a missing label column is the first error
    if (featureColumns.empty()) {
        float ignored;
        for (const auto &name : csv.header())
            if (name != labelColumn && LabeledCsv::parseFinite(csv.rows().front().fields[csv.column(name)], ignored))
                featureColumns.push_back(name);
        if (featureColumns.empty())
            throw std::runtime_error(path + ": no numeric feature columns besides '" + labelColumn +
                                     "'; name the feature columns to read, or train a text model on its "
                                     "text (--model scratch:tiny or a BERT folder)");
    }
    std::vector<int> indices;
    for (const auto &name : featureColumns) indices.push_back(csv.column(name));

    TabularDataset data;
    data.featureNames = featureColumns;
    data.features.reserve(csv.rows().size() * indices.size());
    for (const auto &row : csv.rows()) {
        for (std::size_t k = 0; k < indices.size(); ++k) {
            float value;
            const std::string &text = row.fields[indices[k]];
            if (!LabeledCsv::parseFinite(text, value))
                throw std::runtime_error(path + ": line " + std::to_string(row.line) + ", column '" +
                                         featureColumns[k] + "': '" + text +
                                         "' is not a number; fix the value or leave the column out "
                                         "of the feature columns");
            data.features.push_back(value);
        }
    }
    return data;
}
}  // namespace

TabularDataset TabularDataset::fromCsv(const std::string &path, std::vector<std::string> featureColumns,
                                       const std::string &labelColumn, const ClassLabels *knownClasses)
{
    const LabeledCsv csv(path);
    TabularDataset data = readFeatures(csv, std::move(featureColumns), labelColumn);
    auto labels = csv.labels(labelColumn, knownClasses);
    data.classes = std::move(labels.classes);
    data.labels = std::move(labels.ids);
    return data;
}

TabularDataset TabularDataset::withTargetsFromCsv(const std::string &path, std::vector<std::string> featureColumns,
                                                  const std::string &labelColumn)
{
    const LabeledCsv csv(path);
    TabularDataset data = readFeatures(csv, std::move(featureColumns), labelColumn);
    data.targets = csv.targets(labelColumn);
    return data;
}

TabularDataset TabularDataset::subset(const std::vector<std::size_t> &indices) const
{
    TabularDataset part;
    part.featureNames = featureNames;
    part.classes = classes;
    const std::size_t width = featureCount();
    for (const std::size_t i : indices) {
        part.features.insert(part.features.end(), features.begin() + i * width,
                             features.begin() + (i + 1) * width);
        if (!labels.empty()) part.labels.push_back(labels[i]);
        if (!targets.empty()) part.targets.push_back(targets[i]);
    }
    return part;
}

}  // namespace lepton
