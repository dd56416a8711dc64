#include "common/AtomicFile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace lepton {

void writeFileAtomically(const std::string &path, const std::string &bytes)
{
    writeFileAtomically(path, std::vector<std::string_view>{bytes});
}

namespace {

std::runtime_error failure(const std::string &what, const std::string &path, int error)
{
    return std::runtime_error(what + " " + path + ": " + std::strerror(error));
}

// A new temporary file beside path, created by this call and no one else: O_EXCL refuses a
// name that exists (a file or a symlink planted there), O_NOFOLLOW any symlink, and the name
// is random, so it cannot be predicted. *temporary receives the name.
int createTemporary(const std::string &path, std::string *temporary)
{
    static thread_local std::mt19937_64 random{std::random_device{}()};
    for (int attempt = 0; attempt < 100; ++attempt) {
        char suffix[17];
        std::snprintf(suffix, sizeof suffix, "%016llx", static_cast<unsigned long long>(random()));
        *temporary = path + ".tmp-" + suffix;
        const int fd = ::open(temporary->c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    errno = EEXIST;
    return -1;
}

bool writeAll(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

// The rename is durable only once the folder's entry is on disk too.
bool syncFolderOf(const std::string &path)
{
    const std::size_t slash = path.rfind('/');
    const std::string folder = slash == std::string::npos ? std::string(".") : slash == 0 ? std::string("/") : path.substr(0, slash);
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

}  // namespace

void writeFileAtomically(const std::string &path, const std::vector<std::string_view> &pieces)
{
    std::string temporary;
    const int fd = createTemporary(path, &temporary);
    if (fd < 0) throw failure("cannot write", path, errno);
    errno = 0;
    bool written = true;
    for (const std::string_view piece : pieces) written = written && writeAll(fd, piece);
    written = written && ::fsync(fd) == 0;
    const int writeError = errno;
    if (::close(fd) != 0 || !written) {
        const int error = writeError ? writeError : errno;
        ::unlink(temporary.c_str());
        throw failure("cannot write", path, error);
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const int renameError = errno;
        ::unlink(temporary.c_str());
        throw failure("cannot replace", path, renameError);
    }
    if (!syncFolderOf(path)) throw failure("cannot flush the folder of", path, errno);
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
