#include "training/SafetensorsLayout.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace lepton {

namespace {

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

SafetensorsEntry parseEntry(const std::string &path, const std::string &name, const nlohmann::json &value,
                            uint64_t dataBytes)
{
    const std::string where = "tensor '" + name + "'";
    if (!value.is_object()) fail(path, where + " is not described by a JSON object");
    SafetensorsEntry entry;
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

}  // namespace

SafetensorsLayout SafetensorsLayout::read(std::istream &in, uint64_t fileBytes, const std::string &path)
{
    if (fileBytes < 8) fail(path, "file is " + std::to_string(fileBytes) + " bytes, too short for a header");
    unsigned char lengthBytes[8];
    in.read(reinterpret_cast<char *>(lengthBytes), 8);
    if (!in) fail(path, "header length cannot be read");
    uint64_t headerBytes = 0;
    for (int i = 7; i >= 0; --i) headerBytes = (headerBytes << 8) | lengthBytes[i];
    if (headerBytes > kMaxHeaderBytes)
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

    SafetensorsLayout layout;
    layout.dataStart = 8 + headerBytes;
    const uint64_t dataBytes = fileBytes - layout.dataStart;
    for (const auto &[name, value] : header.items()) {
        if (name == "__metadata__") {
            if (!value.is_object()) fail(path, "__metadata__ is not a JSON object");
            continue;
        }
        layout.entries.push_back(parseEntry(path, name, value, dataBytes));
    }

    std::vector<const SafetensorsEntry *> byOffset;
    for (const auto &entry : layout.entries) byOffset.push_back(&entry);
    std::sort(byOffset.begin(), byOffset.end(),
              [](const SafetensorsEntry *a, const SafetensorsEntry *b) { return a->begin < b->begin; });
    for (size_t i = 1; i < byOffset.size(); ++i) {
        if (byOffset[i]->begin < byOffset[i - 1]->end)
            fail(path, "tensors '" + byOffset[i - 1]->name + "' and '" + byOffset[i]->name +
                           "' have overlapping data_offsets");
    }
    return layout;
}

}  // namespace lepton
