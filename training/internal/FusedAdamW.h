#pragma once
// AdamW (decoupled weight decay) with the same maths, options, state and checkpoint format as
// torch::optim::AdamW, but each CPU float32 parameter is updated in one pass over param, grad,
// exp_avg and exp_avg_sq, split across threads, with no temporary tensors. LibTorch's AdamW makes
// about ten passes and allocates two temporaries per parameter; on a small BERT with a large
// word embedding that was a third of every training step. Other parameters (CUDA, other dtypes,
// amsgrad) make the whole step LibTorch's own. Training-internal (includes torch).
#include <torch/torch.h>

namespace lepton {

class FusedAdamW : public torch::optim::AdamW {
public:
    using torch::optim::AdamW::AdamW;

    torch::Tensor step(LossClosure closure = nullptr) override;

    // Drops the gradients instead of writing zeros over them: the next backward then stores its
    // gradients directly instead of adding them to zeros (the same values, two passes fewer).
    void clearGradients();

    // Scales the gradients so that their joint L2 norm is at most maxNorm, as
    // torch::nn::utils::clip_grad_norm_ does; on the fused path the scaling is applied inside the
    // next step() instead of as a pass of its own.
    void clipGradientNorm(double maxNorm);

private:
    bool allFusable() const;

    float m_gradientScale = 1.0f;
};

}  // namespace lepton
