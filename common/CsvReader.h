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

// What a file from elsewhere may hold before it is refused, so that no file can exhaust memory.
// The defaults are far above any real import (100,000 partners is about 15 MB, 1 million cells)
// yet keep the parsed table under a few GB.
struct CsvLimits {
    std::size_t maxFileBytes = std::size_t(256) << 20;
    std::size_t maxFieldBytes = std::size_t(1) << 20;
    std::size_t maxFieldsPerRecord = 4096;
    std::size_t maxRows = 5'000'000;  // records after the header
    std::size_t maxCells = 20'000'000;  // fields of all rows together
};

class CsvReader {
public:
    explicit CsvReader(std::istream &in, CsvLimits limits = {}) : m_in(in), m_limits(limits) {}

    // Reads the next record; false at end of input. Throws CsvError on malformed input
    // (unterminated quote, stray quote, invalid UTF-8) and when a limit is passed.
    bool next(CsvRecord &record);

    // Reads a whole file: the first record is the header. Throws CsvError, also for a file that
    // cannot be opened or is empty.
    struct Table {
        std::vector<std::string> header;
        std::vector<CsvRecord> rows;
        // Index of a header column, or -1.
        int column(const std::string &name) const;
    };
    static Table readFile(const std::string &path, const CsvLimits &limits = {});
    static Table read(std::istream &in, const CsvLimits &limits = {});

private:
    int get();
    std::istream &m_in;
    CsvLimits m_limits;
    std::size_t m_bytes = 0;
    std::size_t m_line = 1;
    bool m_started = false;
};

// True when bytes are well-formed UTF-8 (no overlongs, no surrogates, max U+10FFFF).
bool isValidUtf8(const std::string &bytes);

}  // namespace lepton
