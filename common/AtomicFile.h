#pragma once
// Writes that must not be lost or half-written: the bytes go to a new temporary file beside the
// target (a random name created exclusively, never through a symlink someone planted), are
// flushed, and then renamed over it, so a reader sees the old or the new file whole; the folder
// is flushed after the rename so that the new name survives a power cut.
#include <string>
#include <string_view>
#include <vector>

namespace lepton {

// Throws std::runtime_error naming the path when the file cannot be written.
void writeFileAtomically(const std::string &path, const std::string &bytes);
// The same for a file made of several pieces (a header and tensor buffers), written in order
// without first copying them into one string.
void writeFileAtomically(const std::string &path, const std::vector<std::string_view> &pieces);

// Whole file as bytes; throws std::runtime_error naming the path when it cannot be read.
std::string readWholeFile(const std::string &path);

}  // namespace lepton
