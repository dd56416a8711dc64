#pragma once
// bf16 autocast for CUDA runs while it lives. LibTorch 1.13 (Debian, CPU only) has no stable
// C++ autocast API for bf16 on CUDA, so there it does nothing. Training-internal (torch).
#include <torch/torch.h>
#if TORCH_VERSION_MAJOR >= 2
#include <ATen/autocast_mode.h>
#endif

namespace lepton {

class AutocastGuard {
public:
    explicit AutocastGuard(const torch::Device &device) : m_enabled(device.is_cuda())
    {
#if TORCH_VERSION_MAJOR >= 2
        if (!m_enabled) return;
        at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
        at::autocast::set_enabled(true);
#endif
    }
    ~AutocastGuard()
    {
#if TORCH_VERSION_MAJOR >= 2
        if (!m_enabled) return;
        at::autocast::set_enabled(false);
        at::autocast::clear_cache();
#endif
    }
    AutocastGuard(const AutocastGuard &) = delete;
    AutocastGuard &operator=(const AutocastGuard &) = delete;

private:
    bool m_enabled;
};

}  // namespace lepton
