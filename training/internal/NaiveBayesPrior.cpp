#include "training/internal/NaiveBayesPrior.h"

#include "training/internal/NgramFeatures.h"

namespace lepton {

namespace {
// The prior's starting weight: naive Bayes treats a text's ~40 overlapping n-grams as independent
// evidence, so its raw log-odds are several times too confident. Measured on MR and waimai
// (README); training moves it from here (waimai ended at 0.14).
constexpr double kInitialScale = 0.25;
}  // namespace

NaiveBayesPriorImpl::NaiveBayesPriorImpl(int64_t vocabularySize, int64_t buckets, int64_t classes)
    : m_vocabularySize(vocabularySize), m_buckets(buckets)
{
    counts = register_parameter("counts", torch::zeros({vocabularySize + buckets, classes}), /*requires_grad=*/false);
    examples = register_parameter("examples", torch::zeros({classes}), /*requires_grad=*/false);
    scale = register_parameter("scale", torch::full({1}, kInitialScale));
}

void NaiveBayesPriorImpl::clearCounts()
{
    torch::NoGradGuard noGrad;
    counts.zero_();
    examples.zero_();
}

void NaiveBayesPriorImpl::addCounts(const torch::Tensor &inputIds, const torch::Tensor &attentionMask,
                                    const torch::Tensor &labels)
{
    torch::NoGradGuard noGrad;
    const auto device = counts.device();
    const auto features = NgramFeatures::of(inputIds.to(device), attentionMask.to(device), m_vocabularySize, m_buckets);
    const int64_t classes = counts.size(1);
    const auto classOf = torch::one_hot(labels.to(device), classes).to(torch::kFloat32);  // [B, K]
    counts.index_add_(0, features.rows.flatten(),
                      (features.weights.unsqueeze(-1) * classOf.unsqueeze(1)).view({-1, classes}));
    examples.add_(classOf.sum(0));
}

torch::Tensor NaiveBayesPriorImpl::forward(const torch::Tensor &inputIds, const torch::Tensor &attentionMask,
                                           const torch::Tensor &countedLabels)
{
    const auto features = NgramFeatures::of(inputIds, attentionMask, m_vocabularySize, m_buckets);
    const int64_t batch = inputIds.size(0), length = features.rows.size(1), classes = counts.size(1);
    auto featureCounts = counts.index_select(0, features.rows.flatten()).view({batch, length, classes});
    auto classTotals = counts.sum(0).expand({batch, classes});
    auto classExamples = examples.expand({batch, classes});
    if (countedLabels.defined()) {
        // Leave one out: a text's own occurrences of each feature, taken off its class's counts.
        const auto own = torch::one_hot(countedLabels, classes).to(torch::kFloat32);  // [B, K]
        const auto occurrences =
            ((features.rows.unsqueeze(2) == features.rows.unsqueeze(1)).to(torch::kFloat32) *
             features.weights.unsqueeze(1)).sum(2);  // [B, L]
        featureCounts = (featureCounts - occurrences.unsqueeze(2) * own.unsqueeze(1)).clamp_min(0);
        classTotals = classTotals - features.weights.sum(1, true) * own;
        classExamples = (classExamples - own).clamp_min(0);
    }
    const double rows = double(counts.size(0));
    const auto logLikelihood =
        ((torch::log(featureCounts + 1) - torch::log(classTotals + rows).unsqueeze(1)) * features.weights.unsqueeze(2))
            .sum(1) +
        torch::log(classExamples + 1);
    return scale * (logLikelihood - logLikelihood.mean(1, true));
}

}  // namespace lepton
