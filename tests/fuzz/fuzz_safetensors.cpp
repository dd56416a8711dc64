// libFuzzer target: the safetensors header and offset checks (training/SafetensorsLayout) that
// readSafetensors applies to every file before it reads a byte of tensor data.
#include "FuzzCheck.h"
#include "training/SafetensorsLayout.h"

#include <algorithm>
#include <cstdint>
#include <sstream>
#include <stdexcept>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char *>(data), size));
    try {
        const auto layout = lepton::SafetensorsLayout::read(in, size, "fuzz.safetensors");
        FUZZ_CHECK(layout.dataStart >= 8 && layout.dataStart <= size);
        const uint64_t dataBytes = size - layout.dataStart;
        auto entries = layout.entries;
        std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.begin < b.begin; });
        uint64_t previousEnd = 0;
        for (const auto &entry : entries) {
            FUZZ_CHECK(entry.begin <= entry.end && entry.end <= dataBytes);
            FUZZ_CHECK(entry.begin >= previousEnd);
            previousEnd = entry.end;
            uint64_t elements = 1;
            for (const int64_t dimension : entry.shape) {
                FUZZ_CHECK(dimension >= 0);
                elements *= static_cast<uint64_t>(dimension);  // bounded by the data region
            }
            FUZZ_CHECK(elements <= entry.end - entry.begin || entry.end == entry.begin);
        }
    } catch (const std::runtime_error &error) {
        FUZZ_CHECK(std::string(error.what()).rfind("fuzz.safetensors: ", 0) == 0);
    }
    return 0;
}
