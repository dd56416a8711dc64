#pragma once
// bf16 autocast for CUDA runs while it lives, and on exit the autocast state it found (a guard
// inside a region that already casts, e.g. evaluation during training, must not end the outer one).
// LibTorch 1.13 (Debian, CPU only) has no stable C++ autocast API for bf16 on CUDA, so there it
// turns nothing on. Training-internal (torch).
#include <torch/torch.h>
#include <ATen/autocast_mode.h>

namespace lepton {

class AutocastGuard {
public:
    explicit AutocastGuard(const torch::Device &device)
        : m_wasEnabled(at::autocast::is_enabled()), m_previousDtype(at::autocast::get_autocast_gpu_dtype())
    {
#if TORCH_VERSION_MAJOR >= 2
        if (!device.is_cuda()) return;
        at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
        at::autocast::set_enabled(true);
#else
        (void)device;
#endif
    }
    ~AutocastGuard()
    {
        at::autocast::set_enabled(m_wasEnabled);
        at::autocast::set_autocast_gpu_dtype(m_previousDtype);
        // The cast weights are cached for the outermost region only.
        if (!m_wasEnabled) at::autocast::clear_cache();
    }
    AutocastGuard(const AutocastGuard &) = delete;
    AutocastGuard &operator=(const AutocastGuard &) = delete;

private:
    bool m_wasEnabled;
    at::ScalarType m_previousDtype;
};

}  // namespace lepton
