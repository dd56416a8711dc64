#pragma once
// A low-rank update (LoRA, Hu et al. 2021) beside a frozen Linear layer: the layer computes
// W x + b + (alpha / r) B A x. A starts as peft's kaiming-uniform, B at zero, so a fresh adapter
// leaves the model's output unchanged. Training-internal (includes torch).
#include <torch/torch.h>

namespace lepton {

class LoraAdapterImpl : public torch::nn::Module {
public:
    LoraAdapterImpl(int64_t inputs, int64_t outputs, int64_t rank, double alpha);

    // The update to add to the frozen layer's output.
    torch::Tensor forward(const torch::Tensor &input);
    // (alpha / r) B A, shaped like the frozen layer's weight, for merging into it on save.
    torch::Tensor weightDelta() const;

private:
    torch::Tensor m_a;  // [rank, inputs]
    torch::Tensor m_b;  // [outputs, rank]
    double m_scale;
};
TORCH_MODULE(LoraAdapter);

}  // namespace lepton
