#include "common/RegularFile.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unistd.h>

namespace fs = std::filesystem;

namespace lepton {

std::string whyNotARegularFile(const std::string &path)
{
    std::error_code error;
    const auto status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found) return "does not exist";
    if (error) return "cannot be read: " + error.message();
    if (fs::is_directory(status)) return "is a folder, not a file";
    if (!fs::is_regular_file(status)) return "is not a regular file (a device, pipe or socket); give a file";
    if (::access(path.c_str(), R_OK) != 0) return std::string("cannot be read: ") + std::strerror(errno);
    return {};
}

std::string readRegularFile(const std::string &path, std::uint64_t maxBytes, const std::string &what)
{
    const std::string why = whyNotARegularFile(path);
    if (!why.empty()) throw std::runtime_error(path + " " + why);
    const std::string limit = std::to_string(maxBytes >> 20) + " MiB " + what + " may have";
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (!error && size > maxBytes)
        throw std::runtime_error(path + " is " + std::to_string(size) + " bytes, over the " + limit +
                                 "; is it the right file?");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + " cannot be opened: " + std::strerror(errno));
    std::string bytes;
    char chunk[65536];
    while (in) {
        in.read(chunk, sizeof chunk);
        bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
        // The file may have grown since it was measured: the limit holds for what is read.
        if (bytes.size() > maxBytes)
            throw std::runtime_error(path + " is over the " + limit + "; is it the right file?");
    }
    if (in.bad()) throw std::runtime_error(path + " cannot be read: " + std::strerror(errno));
    return bytes;
}

}  // namespace lepton
