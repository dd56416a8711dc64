#pragma once
// LibTorch's own errors (c10::Error) carry a C++ backtrace and the library's wording. The engine
// turns them into a std::runtime_error a user can act on; running out of memory, on the GPU or
// the CPU, says what to change. Training-internal (includes torch).
#include <torch/torch.h>

#include <stdexcept>

namespace lepton {

std::runtime_error userError(const c10::Error &error);

}  // namespace lepton
