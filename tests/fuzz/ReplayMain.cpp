// Runs files through a fuzz target's LLVMFuzzerTestOneInput without libFuzzer, so the test suite
// replays the checked-in corpora with the ordinary compiler under AddressSanitizer and UBSan.
// Arguments: files or folders (every file inside, in name order). Fails when it finds no file, so
// a missing corpus cannot pass silently.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    namespace fs = std::filesystem;
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg(argv[i]);
        if (fs::is_directory(arg)) {
            for (const auto &entry : fs::directory_iterator(arg))
                if (entry.is_regular_file()) files.push_back(entry.path());
        } else if (fs::is_regular_file(arg)) {
            files.push_back(arg);
        } else {
            std::fprintf(stderr, "replay: %s does not exist\n", argv[i]);
            return 1;
        }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "replay: no input files\n");
        return 1;
    }
    for (const auto &file : files) {
        // Exactly the input's size, so AddressSanitizer catches a read one byte past it.
        std::vector<uint8_t> data(fs::file_size(file));
        std::ifstream in(file, std::ios::binary);
        if (!in.read(reinterpret_cast<char *>(data.data()), std::streamsize(data.size()))) {
            std::fprintf(stderr, "replay: cannot read %s\n", file.c_str());
            return 1;
        }
        std::fprintf(stderr, "replay: %s (%zu bytes)\n", file.c_str(), data.size());
        LLVMFuzzerTestOneInput(data.data(), data.size());
    }
    std::printf("replay: %zu inputs, no crash and no sanitizer report\n", files.size());
    return 0;
}
