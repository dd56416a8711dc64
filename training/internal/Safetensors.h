#pragma once
// The safetensors checkpoint format (https://github.com/huggingface/safetensors): an 8-byte
// little-endian header length, a JSON header naming each tensor's dtype, shape and byte range,
// then the raw data. Training-internal (includes torch).
#include <functional>
#include <map>
#include <string>
#include <torch/torch.h>

namespace lepton {

using TensorMap = std::map<std::string, torch::Tensor>;

// Reads every tensor that `wanted` accepts (all when it is empty) as a float32 CPU tensor,
// converting F16 and BF16. The whole file is validated first, including the tensors that are
// skipped; anything malformed is a std::runtime_error naming the file and, where there is one,
// the tensor. Skipped tensors may have any safetensors dtype (checkpoints carry int64 buffers).
TensorMap readSafetensors(const std::string &path,
                          const std::function<bool(const std::string &)> &wanted = {});

// Writes the tensors as F32 in name order, header padded to 8 bytes, atomically. transformers
// refuses files whose metadata lacks format "pt", hence the default.
void writeSafetensors(const std::string &path, const TensorMap &tensors,
                      const std::map<std::string, std::string> &metadata = {{"format", "pt"}});

}  // namespace lepton
