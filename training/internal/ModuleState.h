#pragma once
// Moving a torch module's parameters to and from a name -> tensor map (a safetensors file),
// with errors that name the tensor and both shapes. Training-internal (includes torch).
#include "training/internal/Safetensors.h"

#include <functional>
#include <string>
#include <torch/torch.h>

namespace lepton {

using NameFilter = std::function<bool(const std::string &)>;

// The module's parameters (those `include` accepts; all when empty), detached, on the CPU.
TensorMap moduleState(const torch::nn::Module &module, const NameFilter &include = {});

// Copies state[name] into every parameter `include` accepts (all when empty); a parameter
// missing from state, or with another shape, is a std::runtime_error naming it and `source`.
void loadModuleState(torch::nn::Module &module, const TensorMap &state, const std::string &source,
                     const NameFilter &include = {});

// "[768, 3072]"
std::string shapeText(const torch::IntArrayRef &shape);

}  // namespace lepton
