#include "training/TextDataset.h"

#include "training/LabeledCsv.h"
#include "common/PiiMasker.h"

namespace lepton {

TextDataset TextDataset::fromCsv(const std::string &path, const std::string &textColumn,
                                 const std::string &labelColumn, const ClassLabels *knownClasses)
{
    const LabeledCsv csv(path);
    TextDataset data;
    data.texts = csv.values(textColumn);
    auto labels = csv.labels(labelColumn, knownClasses);
    data.classes = std::move(labels.classes);
    data.labels = std::move(labels.ids);
    return data;
}

TextDataset TextDataset::withTargetsFromCsv(const std::string &path, const std::string &textColumn,
                                            const std::string &labelColumn)
{
    const LabeledCsv csv(path);
    TextDataset data;
    data.texts = csv.values(textColumn);
    data.targets = csv.targets(labelColumn);
    return data;
}

void TextDataset::maskPii()
{
    for (std::string &text : texts) text = PiiMasker::mask(text);
}

TextDataset TextDataset::subset(const std::vector<std::size_t> &indices) const
{
    TextDataset part;
    part.classes = classes;
    for (const std::size_t i : indices) {
        part.texts.push_back(texts[i]);
        if (!labels.empty()) part.labels.push_back(labels[i]);
        if (!targets.empty()) part.targets.push_back(targets[i]);
    }
    return part;
}

}  // namespace lepton
