#pragma once
// bf16 autocast for CUDA runs while it lives, and on exit the autocast state it found (a guard
// inside a region that already casts, e.g. evaluation during training, must not end the outer one).
// LibTorch 1.13 (Debian, CPU only) has no stable C++ autocast API for bf16 on CUDA, so there it
// turns nothing on. Training-internal (torch).
#include <torch/torch.h>
#include <ATen/autocast_mode.h>
// LibTorch 2.4 made autocast's functions take the device type and deprecated the CUDA-only ones.
#define LEPTON_DEVICE_AUTOCAST_API (TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4))

namespace lepton {

class AutocastGuard {
public:
    explicit AutocastGuard(const torch::Device &device) : m_wasEnabled(enabled()), m_previousDtype(dtype())
    {
#if TORCH_VERSION_MAJOR >= 2
        if (!device.is_cuda()) return;
        set(true, at::kBFloat16);
#else
        (void)device;
#endif
    }
    ~AutocastGuard()
    {
        set(m_wasEnabled, m_previousDtype);
        // The cast weights are cached for the outermost region only.
        if (!m_wasEnabled) at::autocast::clear_cache();
    }
    AutocastGuard(const AutocastGuard &) = delete;
    AutocastGuard &operator=(const AutocastGuard &) = delete;

private:
#if LEPTON_DEVICE_AUTOCAST_API
    static bool enabled() { return at::autocast::is_autocast_enabled(at::kCUDA); }
    static at::ScalarType dtype() { return at::autocast::get_autocast_dtype(at::kCUDA); }
    static void set(bool on, at::ScalarType type)
    {
        at::autocast::set_autocast_dtype(at::kCUDA, type);
        at::autocast::set_autocast_enabled(at::kCUDA, on);
    }
#else
    static bool enabled() { return at::autocast::is_enabled(); }
    static at::ScalarType dtype() { return at::autocast::get_autocast_gpu_dtype(); }
    static void set(bool on, at::ScalarType type)
    {
        at::autocast::set_autocast_gpu_dtype(type);
        at::autocast::set_enabled(on);
    }
#endif

    bool m_wasEnabled;
    at::ScalarType m_previousDtype;
};

}  // namespace lepton
