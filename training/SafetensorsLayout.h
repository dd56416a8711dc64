#pragma once
// Where each tensor of a safetensors file lies: the 8-byte little-endian header length and the
// JSON header, checked against the file's size. Plain C++ (no torch), so it can be fuzzed on its
// own; readSafetensors reads every file through it, so these checks are the loader's checks.
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace lepton {

struct SafetensorsEntry {
    std::string name;
    std::string dtype;  // one of the format's names: "F32", "BF16", "I64", ...
    std::vector<int64_t> shape;
    uint64_t begin = 0;  // byte range inside the data region
    uint64_t end = 0;
};

struct SafetensorsLayout {
    // A header larger than this is not a checkpoint but a corrupt or hostile file.
    static constexpr uint64_t kMaxHeaderBytes = 100ull * 1024 * 1024;

    uint64_t dataStart = 0;                 // file offset of the data region
    std::vector<SafetensorsEntry> entries;  // tensors (not __metadata__), by name

    // Reads the header of a file of fileBytes bytes from in, positioned at the file's start.
    // Every dtype must be one the format defines, every shape must match its byte range, and the
    // ranges must lie inside the data region without overlapping. Throws std::runtime_error
    // "<path>: ... (not a valid safetensors file)".
    static SafetensorsLayout read(std::istream &in, uint64_t fileBytes, const std::string &path);
};

}  // namespace lepton
