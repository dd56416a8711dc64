#include "training/internal/TorchError.h"

#include <string>

namespace lepton {

std::runtime_error userError(const c10::Error &error)
{
    const std::string what = error.what_without_backtrace();
    // CUDA: "CUDA out of memory. Tried to allocate ..."; CPU: "DefaultCPUAllocator: can't allocate memory: ...".
    const bool gpu = what.find("CUDA out of memory") != std::string::npos;
    const bool cpu = what.find("can't allocate memory") != std::string::npos;
    const std::string detail = what.substr(0, what.find('\n'));
    if (gpu)
        return std::runtime_error("the GPU ran out of memory (" + detail +
                                  "). Lower the batch size or the maximum length (raise gradient accumulation to keep "
                                  "the effective batch), or train on the CPU; resume continues from the last checkpoint");
    if (cpu)
        return std::runtime_error("the computer ran out of memory (" + detail +
                                  "). Lower the batch size or the maximum length, or close other programs; resume "
                                  "continues from the last checkpoint");
    return std::runtime_error("LibTorch reported an error: " + detail);
}

}  // namespace lepton
