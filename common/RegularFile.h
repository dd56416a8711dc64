#pragma once
// Reading a file named by a user or found in a model folder, where the name may lead to a
// device, a pipe or a folder (a symlink to /dev/zero reports size 0 and never ends).
#include <cstdint>
#include <string>

namespace lepton {

// The bytes of the regular file at path (symlinks followed), at most maxBytes of them. Throws
// std::runtime_error naming the path and the cause: missing, unreadable, a folder, not a regular
// file, or over the limit ("PATH is over the 64 MiB a vocabulary may have", with `what` = "a
// vocabulary"). The limit bounds the bytes actually read, not only the size the file reports.
std::string readRegularFile(const std::string &path, std::uint64_t maxBytes, const std::string &what);

// The reason a path cannot be read as a data file ("does not exist", "is a folder, not a file",
// ...), or empty when it is a readable regular file.
std::string whyNotARegularFile(const std::string &path);

}  // namespace lepton
