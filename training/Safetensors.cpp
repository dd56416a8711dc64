#include "Safetensors.h"

#include "AtomicFile.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace lepton {

namespace {

// A header larger than this is not a checkpoint but a corrupt or hostile file.
constexpr uint64_t maxHeaderBytes = 100ull * 1024 * 1024;

struct TensorEntry {
    std::string name;
    std::string dtype;
    std::vector<int64_t> shape;
    uint64_t begin = 0;
    uint64_t end = 0;
};

// Bytes per element of every dtype the format defines; 0 for a name it does not define.
uint64_t dtypeSize(const std::string &dtype)
{
    static const std::map<std::string, uint64_t> sizes = {
        {"BOOL", 1}, {"U8", 1},  {"I8", 1},  {"F8_E5M2", 1}, {"F8_E4M3", 1}, {"I16", 2},
        {"U16", 2},  {"F16", 2}, {"BF16", 2}, {"I32", 4},    {"U32", 4},     {"F32", 4},
        {"F64", 8},  {"I64", 8}, {"U64", 8}};
    const auto found = sizes.find(dtype);
    return found == sizes.end() ? 0 : found->second;
}

[[noreturn]] void fail(const std::string &path, const std::string &what)
{
    throw std::runtime_error(path + ": " + what + " (not a valid safetensors file)");
}

TensorEntry parseEntry(const std::string &path, const std::string &name, const nlohmann::json &value,
                       uint64_t dataBytes)
{
    const std::string where = "tensor '" + name + "'";
    if (!value.is_object()) fail(path, where + " is not described by a JSON object");
    TensorEntry entry;
    entry.name = name;
    const auto dtype = value.find("dtype");
    if (dtype == value.end() || !dtype->is_string()) fail(path, where + " has no dtype");
    entry.dtype = dtype->get<std::string>();
    const uint64_t elementBytes = dtypeSize(entry.dtype);
    if (elementBytes == 0) fail(path, where + " has unknown dtype '" + entry.dtype + "'");

    const auto shape = value.find("shape");
    if (shape == value.end() || !shape->is_array()) fail(path, where + " has no shape array");
    uint64_t elements = 1;
    for (const auto &dimension : *shape) {
        if (!dimension.is_number_integer() || dimension.get<int64_t>() < 0)
            fail(path, where + " has a shape entry that is not a non-negative integer");
        const auto size = dimension.get<uint64_t>();
        entry.shape.push_back(static_cast<int64_t>(size));
        // Guards the product against overflow: a real tensor never exceeds the data region.
        if (size != 0 && elements > dataBytes / size) elements = dataBytes + 1;
        else elements *= size;
    }

    const auto offsets = value.find("data_offsets");
    if (offsets == value.end() || !offsets->is_array() || offsets->size() != 2 ||
        !(*offsets)[0].is_number_unsigned() || !(*offsets)[1].is_number_unsigned())
        fail(path, where + " needs data_offsets [begin, end] of two non-negative integers");
    entry.begin = (*offsets)[0].get<uint64_t>();
    entry.end = (*offsets)[1].get<uint64_t>();
    if (entry.begin > entry.end)
        fail(path, where + " has data_offsets that end before they begin");
    if (entry.end > dataBytes)
        fail(path, where + " has data_offsets [" + std::to_string(entry.begin) + ", " +
                       std::to_string(entry.end) + "] outside the " + std::to_string(dataBytes) +
                       "-byte data region");
    const bool fits = elements <= dataBytes && elements * elementBytes == entry.end - entry.begin;
    if (!fits)
        fail(path, where + " has shape " + nlohmann::json(entry.shape).dump() + " of " + entry.dtype +
                       " that does not match its " + std::to_string(entry.end - entry.begin) +
                       " bytes of data");
    return entry;
}

// Reads the entry's bytes straight into a tensor of its own dtype, then widens F16/BF16.
torch::Tensor readAsFloat32(std::ifstream &in, uint64_t dataStart, const std::string &path, const TensorEntry &entry)
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
    if (!in) fail(path, "data of tensor '" + entry.name + "' cannot be read");
    return type == torch::kFloat32 ? raw : raw.to(torch::kFloat32);
}

}  // namespace

TensorMap readSafetensors(const std::string &path, const std::function<bool(const std::string &)> &wanted)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
    const auto fileBytes = static_cast<uint64_t>(in.tellg());
    if (fileBytes < 8) fail(path, "file is " + std::to_string(fileBytes) + " bytes, too short for a header");
    in.seekg(0);
    unsigned char lengthBytes[8];
    in.read(reinterpret_cast<char *>(lengthBytes), 8);
    uint64_t headerBytes = 0;
    for (int i = 7; i >= 0; --i) headerBytes = (headerBytes << 8) | lengthBytes[i];
    if (headerBytes > maxHeaderBytes)
        fail(path, "header length " + std::to_string(headerBytes) + " is over the 100 MB limit");
    if (headerBytes > fileBytes - 8)
        fail(path, "header length " + std::to_string(headerBytes) + " is larger than the " +
                       std::to_string(fileBytes - 8) + " bytes after it (file truncated?)");
    std::string headerText(headerBytes, '\0');
    in.read(headerText.data(), static_cast<std::streamsize>(headerBytes));
    if (!in) fail(path, "header cannot be read");

    nlohmann::json header;
    try {
        header = nlohmann::json::parse(headerText);
    } catch (const nlohmann::json::exception &error) {
        fail(path, std::string("header is not valid JSON: ") + error.what());
    }
    if (!header.is_object()) fail(path, "header is not a JSON object");

    const uint64_t dataStart = 8 + headerBytes;
    const uint64_t dataBytes = fileBytes - dataStart;
    std::vector<TensorEntry> entries;
    for (const auto &[name, value] : header.items()) {
        if (name == "__metadata__") {
            if (!value.is_object()) fail(path, "__metadata__ is not a JSON object");
            continue;
        }
        entries.push_back(parseEntry(path, name, value, dataBytes));
    }

    std::vector<const TensorEntry *> byOffset;
    for (const auto &entry : entries) byOffset.push_back(&entry);
    std::sort(byOffset.begin(), byOffset.end(),
              [](const TensorEntry *a, const TensorEntry *b) { return a->begin < b->begin; });
    for (size_t i = 1; i < byOffset.size(); ++i) {
        if (byOffset[i]->begin < byOffset[i - 1]->end)
            fail(path, "tensors '" + byOffset[i - 1]->name + "' and '" + byOffset[i]->name +
                           "' have overlapping data_offsets");
    }

    TensorMap tensors;
    for (const auto &entry : entries)
        if (!wanted || wanted(entry.name)) tensors[entry.name] = readAsFloat32(in, dataStart, path, entry);
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
