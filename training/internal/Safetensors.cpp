#include "training/internal/Safetensors.h"

#include "common/AtomicFile.h"
#include "training/SafetensorsLayout.h"

#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace lepton {

namespace {

// Reads the entry's bytes straight into a tensor of its own dtype, then widens F16/BF16.
torch::Tensor readAsFloat32(std::ifstream &in, uint64_t dataStart, const std::string &path, const SafetensorsEntry &entry)
{
    torch::ScalarType type;
    if (entry.dtype == "F32") type = torch::kFloat32;
    else if (entry.dtype == "F16") type = torch::kFloat16;
    else if (entry.dtype == "BF16") type = torch::kBFloat16;
    else
        throw std::runtime_error(path + ": tensor '" + entry.name + "' has dtype " + entry.dtype +
                                 "; only F32, F16 and BF16 weights are supported");
    torch::Tensor raw = torch::empty(entry.shape, torch::TensorOptions().dtype(type));
    in.seekg(static_cast<std::streamoff>(dataStart + entry.begin));
    in.read(static_cast<char *>(raw.data_ptr()), static_cast<std::streamsize>(entry.end - entry.begin));
    if (!in) throw std::runtime_error(path + ": data of tensor '" + entry.name + "' cannot be read");
    return type == torch::kFloat32 ? raw : raw.to(torch::kFloat32);
}

}  // namespace

TensorMap readSafetensors(const std::string &path, const std::function<bool(const std::string &)> &wanted)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
    const auto fileBytes = static_cast<uint64_t>(in.tellg());
    in.seekg(0);
    const SafetensorsLayout layout = SafetensorsLayout::read(in, fileBytes, path);
    TensorMap tensors;
    for (const auto &entry : layout.entries)
        if (!wanted || wanted(entry.name)) tensors[entry.name] = readAsFloat32(in, layout.dataStart, path, entry);
    return tensors;
}

void writeSafetensors(const std::string &path, const TensorMap &tensors,
                      const std::map<std::string, std::string> &metadata)
{
    nlohmann::ordered_json header = nlohmann::ordered_json::object();
    if (!metadata.empty()) header["__metadata__"] = metadata;
    std::vector<torch::Tensor> contiguous;
    uint64_t offset = 0;
    for (const auto &[name, tensor] : tensors) {
        if (!tensor.defined() || !tensor.is_floating_point())
            throw std::runtime_error("cannot write " + path + ": tensor '" + name +
                                     "' is not a floating-point tensor");
        contiguous.push_back(tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous());
        const auto bytes = static_cast<uint64_t>(contiguous.back().numel()) * 4;
        header[name] = {{"dtype", "F32"},
                        {"shape", contiguous.back().sizes().vec()},
                        {"data_offsets", {offset, offset + bytes}}};
        offset += bytes;
    }
    std::string headerText = header.dump();
    // The reference writer pads the header with spaces so the data starts 8-byte aligned.
    headerText.append((8 - headerText.size() % 8) % 8, ' ');
    std::string lengthBytes(8, '\0');
    for (int i = 0; i < 8; ++i) lengthBytes[i] = static_cast<char>((headerText.size() >> (8 * i)) & 0xff);

    std::vector<std::string_view> pieces{lengthBytes, headerText};
    for (const auto &tensor : contiguous)
        pieces.emplace_back(static_cast<const char *>(tensor.data_ptr()), static_cast<size_t>(tensor.numel()) * 4);
    writeFileAtomically(path, pieces);
}

}  // namespace lepton
