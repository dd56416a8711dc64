#pragma once
// bf16 autocast for CUDA runs while it lives. LibTorch 1.13 (Debian, CPU only) has no stable
// C++ autocast API for bf16 on CUDA, so there it does nothing. Training-internal (torch).
#include <torch/torch.h>
#if TORCH_VERSION_MAJOR >= 2
#include <ATen/autocast_mode.h>
#endif
// LibTorch 2.4 made autocast's functions take the device type and deprecated the CUDA-only ones.
#define LEPTON_DEVICE_AUTOCAST_API (TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4))

namespace lepton {

class AutocastGuard {
public:
    explicit AutocastGuard(const torch::Device &device) : m_enabled(device.is_cuda())
    {
#if LEPTON_DEVICE_AUTOCAST_API
        if (!m_enabled) return;
        at::autocast::set_autocast_dtype(at::kCUDA, at::kBFloat16);
        at::autocast::set_autocast_enabled(at::kCUDA, true);
#elif TORCH_VERSION_MAJOR >= 2
        if (!m_enabled) return;
        at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
        at::autocast::set_enabled(true);
#endif
    }
    ~AutocastGuard()
    {
#if LEPTON_DEVICE_AUTOCAST_API
        if (!m_enabled) return;
        at::autocast::set_autocast_enabled(at::kCUDA, false);
        at::autocast::clear_cache();
#elif TORCH_VERSION_MAJOR >= 2
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
