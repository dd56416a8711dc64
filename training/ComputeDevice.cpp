#include "training/ComputeDevice.h"

#include <cstdlib>
#include <stdexcept>
#include <unistd.h>
#include <torch/torch.h>
#ifdef LEPTON_TORCH_CUDA
#include <c10/cuda/CUDACachingAllocator.h>
#endif

namespace lepton {

bool ComputeDevice::cudaAvailable()
{
    return torch::cuda::is_available();
}

ComputeDevice ComputeDevice::parse(const std::string &spec)
{
    ComputeDevice device;
    if (spec == "cpu") return device;
    if (spec == "auto") {
        if (cudaAvailable()) device.kind = Kind::Cuda;
        return device;
    }
    if (spec == "cuda") {
        if (!cudaAvailable())
            throw std::runtime_error("device cuda was requested, but this LibTorch build has no "
                                     "CUDA support or no GPU is visible; train on the CPU");
        device.kind = Kind::Cuda;
        return device;
    }
    throw std::runtime_error("unknown device '" + spec + "'; use auto, cpu or cuda");
}

void setCpuThreads(int threads)
{
    if (threads < 0) throw std::runtime_error("thread count must be 0 (default) or positive");
    if (threads > 0) torch::set_num_threads(threads);
}

void preferPassiveOpenMpWaiting(char **argv)
{
    if (std::getenv("OMP_WAIT_POLICY")) return;
    // The resolved path, not /proc/self/exe, so the process keeps its own name in ps and top.
    char path[4096];
    const ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0) return;
    path[length] = '\0';
    setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
    execv(path, argv);  // returns only on failure
}

std::string torchVersionDescription()
{
    std::string text = std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) +
                       "." + std::to_string(TORCH_VERSION_PATCH);
#ifdef LEPTON_TORCH_CUDA
    const auto gpus = torch::cuda::device_count();
    text += " (CUDA, " + std::to_string(gpus) + (gpus == 1 ? " GPU)" : " GPUs)");
    if (gpus == 0) text += "; no GPU is visible, so runs use the CPU";
#else
    text += " (CPU)";
#endif
    return text;
}

long long peakGpuMemoryBytes()
{
#ifdef LEPTON_TORCH_CUDA
    if (!torch::cuda::is_available()) return 0;
    // Index 0 of each statistic is the aggregate over small and large pools.
    return c10::cuda::CUDACachingAllocator::getDeviceStats(0).allocated_bytes[0].peak;
#else
    return 0;
#endif
}

void resetPeakGpuMemory()
{
#ifdef LEPTON_TORCH_CUDA
    if (torch::cuda::is_available()) c10::cuda::CUDACachingAllocator::resetPeakStats(0);
#endif
}

}  // namespace lepton
