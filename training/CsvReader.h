#pragma once
// RFC 4180 CSV reading in plain C++17 (no Qt, no torch), shared by the training engine and the
// partner/contract/project import so that both accept exactly the same files.
#include <cstddef>
#include <istream>
#include <stdexcept>
#include <string>
#include <vector>

namespace lepton {

// A malformed file: the message names the line, so a user can find it in an editor.
class CsvError : public std::runtime_error {
public:
    CsvError(const std::string &message, std::size_t line)
        : std::runtime_error(message), m_line(line) {}
    std::size_t line() const { return m_line; }

private:
    std::size_t m_line;
};

struct CsvRecord {
    std::vector<std::string> fields;  // UTF-8
    std::size_t line = 0;             // 1-based line where the record starts
};

class CsvReader {
public:
    // Records longer than this are refused: a file from elsewhere must not exhaust memory.
    static constexpr std::size_t kMaxFieldBytes = 1 << 20;

    explicit CsvReader(std::istream &in) : m_in(in) {}

    // Reads the next record; false at end of input. Throws CsvError on malformed input
    // (unterminated quote, stray quote, invalid UTF-8, oversized field).
    bool next(CsvRecord &record);

    // Reads a whole file: the first record is the header. Throws CsvError, also for a file that
    // cannot be opened or is empty.
    struct Table {
        std::vector<std::string> header;
        std::vector<CsvRecord> rows;
        // Index of a header column, or -1.
        int column(const std::string &name) const;
    };
    static Table readFile(const std::string &path);
    static Table read(std::istream &in);

private:
    int get();
    std::istream &m_in;
    std::size_t m_line = 1;
    bool m_started = false;
};

// True when bytes are well-formed UTF-8 (no overlongs, no surrogates, max U+10FFFF).
bool isValidUtf8(const std::string &bytes);

}  // namespace lepton
