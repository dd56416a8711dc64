#include "common/AtomicFile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace lepton {

void writeFileAtomically(const std::string &path, const std::string &bytes)
{
    writeFileAtomically(path, std::vector<std::string_view>{bytes});
}

void writeFileAtomically(const std::string &path, const std::vector<std::string_view> &pieces)
{
    const std::string temporary = path + ".tmp-" + std::to_string(::getpid());
    FILE *file = std::fopen(temporary.c_str(), "wb");
    if (!file)
        throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
    errno = 0;
    bool written = true;
    for (const std::string_view piece : pieces)
        written = written && std::fwrite(piece.data(), 1, piece.size(), file) == piece.size();
    written = written && std::fflush(file) == 0 && ::fsync(::fileno(file)) == 0;
    const int writeError = errno;
    if (std::fclose(file) != 0 || !written) {
        std::remove(temporary.c_str());
        throw std::runtime_error("cannot write " + path + ": " + std::strerror(writeError ? writeError : errno));
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const int renameError = errno;
        std::remove(temporary.c_str());
        throw std::runtime_error("cannot replace " + path + ": " + std::strerror(renameError));
    }
}

std::string readWholeFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) throw std::runtime_error("cannot read " + path);
    return bytes.str();
}

}  // namespace lepton
