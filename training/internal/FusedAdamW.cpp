#include "training/internal/FusedAdamW.h"

#include <ATen/Parallel.h>
#include <algorithm>
#include <cmath>
#include <sstream>
#include <type_traits>

namespace lepton {

namespace {

// The key torch::optim keeps a parameter's state under: the TensorImpl's address, as text in
// LibTorch 1.x, as the pointer itself in 2.x.
template <typename Key>
Key stateKey(const torch::Tensor &parameter)
{
    if constexpr (std::is_same_v<Key, std::string>) {
        std::ostringstream text;
        text << parameter.unsafeGetTensorImpl();
        return text.str();
    } else {
        return parameter.unsafeGetTensorImpl();
    }
}

bool fusable(const torch::Tensor &parameter, const torch::Tensor &grad)
{
    return parameter.device().is_cpu() && parameter.scalar_type() == torch::kFloat32 &&
           grad.scalar_type() == torch::kFloat32 && !grad.is_sparse() && parameter.is_contiguous() &&
           grad.is_contiguous() && grad.sizes() == parameter.sizes();
}

// Elementwise, in torch::optim::AdamW's order of operations (after clipping: g = g * scale):
//   p = p * (1 - lr * wd);  m = m * b1 + g * (1 - b1);  v = v * b2 + g * g * (1 - b2);
//   p = p - lr / bc1 * m / (sqrt(v) / sqrt(bc2) + eps)
struct Update {
    float gradientScale, decay, beta1, oneMinusBeta1, beta2, oneMinusBeta2, stepSize, biasCorrection2Sqrt, eps;

    void apply(float *p, const float *g, float *m, float *v, int64_t n) const
    {
        at::parallel_for(0, n, 32768, [&](int64_t begin, int64_t end) {
            for (int64_t i = begin; i < end; ++i) {
                const float grad = g[i] * gradientScale;
                const float mean = m[i] * beta1 + grad * oneMinusBeta1;
                const float variance = v[i] * beta2 + grad * grad * oneMinusBeta2;
                m[i] = mean;
                v[i] = variance;
                const float denom = std::sqrt(variance) / biasCorrection2Sqrt + eps;
                p[i] = p[i] * decay - stepSize * (mean / denom);
            }
        });
    }
};

}  // namespace

bool FusedAdamW::allFusable() const
{
    for (const auto &group : param_groups_) {
        if (static_cast<const torch::optim::AdamWOptions &>(group.options()).amsgrad()) return false;
        for (const auto &parameter : group.params())
            if (parameter.grad().defined() && !fusable(parameter, parameter.grad())) return false;
    }
    return true;
}

torch::Tensor FusedAdamW::step(LossClosure closure)
{
    if (!allFusable()) return torch::optim::AdamW::step(std::move(closure));
    torch::NoGradGuard noGrad;
    torch::Tensor loss;
    if (closure) {
        torch::AutoGradMode enableGrad(true);
        loss = closure();
    }
    using Key = typename std::decay_t<decltype(state_)>::key_type;
    for (auto &group : param_groups_) {
        const auto &options = static_cast<const torch::optim::AdamWOptions &>(group.options());
        const double beta1 = std::get<0>(options.betas()), beta2 = std::get<1>(options.betas());
        for (auto &parameter : group.params()) {
            const auto &grad = parameter.grad();
            if (!grad.defined()) continue;
            auto &slot = state_[stateKey<Key>(parameter)];
            if (!slot) {
                auto fresh = std::make_unique<torch::optim::AdamWParamState>();
                fresh->step(0);
                fresh->exp_avg(torch::zeros_like(parameter, torch::MemoryFormat::Contiguous));
                fresh->exp_avg_sq(torch::zeros_like(parameter, torch::MemoryFormat::Contiguous));
                slot = std::move(fresh);
            }
            auto &state = static_cast<torch::optim::AdamWParamState &>(*slot);
            state.step(state.step() + 1);
            const double biasCorrection1 = 1 - std::pow(beta1, double(state.step()));
            const double biasCorrection2 = 1 - std::pow(beta2, double(state.step()));
            const Update update{m_gradientScale,
                                float(1 - options.lr() * options.weight_decay()),
                                float(beta1),
                                float(1 - beta1),
                                float(beta2),
                                float(1 - beta2),
                                float(options.lr() / biasCorrection1),
                                float(std::sqrt(biasCorrection2)),
                                float(options.eps())};
            update.apply(parameter.data_ptr<float>(), grad.data_ptr<float>(), state.exp_avg().data_ptr<float>(),
                         state.exp_avg_sq().data_ptr<float>(), parameter.numel());
        }
    }
    m_gradientScale = 1.0f;
    return loss;
}

void FusedAdamW::clipGradientNorm(double maxNorm)
{
    std::vector<torch::Tensor> norms;
    for (const auto &group : param_groups_)
        for (const auto &parameter : group.params())
            if (parameter.grad().defined()) norms.push_back(parameter.grad().norm());
    if (norms.empty()) return;
    const auto total = norms.size() == 1 ? norms.front() : torch::stack(norms).norm();
    // In float32, as clip_grad_norm_ computes it: max_norm / (total + 1e-6), at most 1.
    const float scale = std::min(1.0f, float(maxNorm) / (total.item<float>() + 1e-6f));
    if (allFusable()) {
        m_gradientScale = scale;
        return;
    }
    torch::NoGradGuard noGrad;
    for (auto &group : param_groups_)
        for (auto &parameter : group.params())
            if (parameter.grad().defined()) parameter.grad().mul_(scale);
}

void FusedAdamW::clearGradients()
{
    for (auto &group : param_groups_)
        for (auto &parameter : group.params()) parameter.mutable_grad() = torch::Tensor();
}

}  // namespace lepton
