#include "training/internal/LoraAdapter.h"

#include <cmath>
#include <stdexcept>

namespace lepton {

LoraAdapterImpl::LoraAdapterImpl(int64_t inputs, int64_t outputs, int64_t rank, double alpha)
    : m_scale(alpha / static_cast<double>(rank))
{
    if (rank < 1) throw std::runtime_error("LoRA rank must be at least 1");
    if (!(alpha > 0)) throw std::runtime_error("LoRA alpha must be positive");
    m_a = register_parameter("lora_A", torch::empty({rank, inputs}));
    m_b = register_parameter("lora_B", torch::zeros({outputs, rank}));
    torch::NoGradGuard noGrad;
    torch::nn::init::kaiming_uniform_(m_a, std::sqrt(5.0));
}

torch::Tensor LoraAdapterImpl::forward(const torch::Tensor &input)
{
    return torch::matmul(torch::matmul(input, m_a.t()), m_b.t()) * m_scale;
}

torch::Tensor LoraAdapterImpl::weightDelta() const
{
    return torch::matmul(m_b, m_a) * m_scale;
}

}  // namespace lepton
