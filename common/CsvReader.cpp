#include "common/CsvReader.h"

#include <fstream>

namespace lepton {

namespace {
constexpr unsigned char kBom[] = {0xEF, 0xBB, 0xBF};

std::string mebibytes(std::size_t bytes)
{
    return bytes >= (std::size_t(1) << 20) ? std::to_string(bytes >> 20) + " MiB" : std::to_string(bytes) + " bytes";
}

std::string atLine(std::size_t line) { return "line " + std::to_string(line) + ": "; }
}  // namespace

bool isValidUtf8(const std::string &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const std::size_t n = bytes.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = s[i];
        if (c < 0x80) { ++i; continue; }
        std::size_t len;
        unsigned int cp;
        if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
        else return false;
        if (i + len > n) return false;
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        static const unsigned int minimum[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < minimum[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += len;
    }
    return true;
}

int CsvReader::get()
{
    const int c = m_in.get();
    if (c == std::char_traits<char>::eof()) return -1;
    if (++m_bytes > m_limits.maxFileBytes)
        throw CsvError(atLine(m_line) + "the file is larger than " + mebibytes(m_limits.maxFileBytes) +
                           ", more than a CSV file may have here; split it into smaller files", m_line);
    return c;
}

bool CsvReader::next(CsvRecord &record)
{
    if (!m_started) {
        m_started = true;
        // A UTF-8 byte order mark (spreadsheets write one) is not part of the first field.
        int matched = 0;
        while (matched < 3 && m_in.peek() == kBom[matched]) { m_in.get(); ++matched; }
        if (matched != 0 && matched != 3)
            throw CsvError("line 1: the file starts with a damaged byte order mark", 1);
    }
    record.fields.clear();
    record.line = m_line;
    int c = get();
    if (c == -1) return false;

    std::string field;
    bool quoted = false;        // inside a quoted field
    bool wasQuoted = false;     // current field was quoted (only a separator may follow)
    auto finishField = [&] {
        if (!isValidUtf8(field))
            throw CsvError("line " + std::to_string(record.line) + ": text is not valid UTF-8; "
                           "save the file as UTF-8 and try again", record.line);
        if (record.fields.size() == m_limits.maxFieldsPerRecord)
            throw CsvError(atLine(record.line) + "more than " + std::to_string(m_limits.maxFieldsPerRecord) +
                               " fields in one record; is this really a comma-separated file?", record.line);
        record.fields.push_back(std::move(field));
        field.clear();
        wasQuoted = false;
    };
    for (;; c = get()) {
        if (field.size() > m_limits.maxFieldBytes)
            throw CsvError(atLine(record.line) + "a field is longer than " + mebibytes(m_limits.maxFieldBytes) +
                               "; is a closing quote missing?", record.line);
        if (quoted) {
            if (c == -1)
                throw CsvError("line " + std::to_string(record.line) +
                               ": a quoted field is never closed (missing \")", record.line);
            if (c == '"') {
                if (m_in.peek() == '"') { field += '"'; get(); }
                else { quoted = false; wasQuoted = true; }
            } else {
                if (c == '\n') ++m_line;
                field += static_cast<char>(c);
            }
            continue;
        }
        if (c == ',') { finishField(); continue; }
        if (c == '\r' && m_in.peek() == '\n') continue;  // CRLF: the \n ends the record
        if (c == '\n' || c == -1) {
            if (c == '\n') ++m_line;
            finishField();
            return true;
        }
        if (wasQuoted)
            throw CsvError("line " + std::to_string(m_line) +
                           ": unexpected text after a closing quote", m_line);
        if (c == '"') {
            if (!field.empty())
                throw CsvError("line " + std::to_string(m_line) +
                               ": a quote inside an unquoted field; wrap the field in quotes "
                               "and double the quote", m_line);
            quoted = true;
            continue;
        }
        field += static_cast<char>(c);
    }
}

int CsvReader::Table::column(const std::string &name) const
{
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return static_cast<int>(i);
    return -1;
}

CsvReader::Table CsvReader::read(std::istream &in, const CsvLimits &limits)
{
    CsvReader reader(in, limits);
    Table table;
    std::size_t cells = 0;
    CsvRecord record;
    if (!reader.next(record)) throw CsvError("the file is empty (no header row)", 1);
    table.header = std::move(record.fields);
    while (reader.next(record)) {
        // A blank line (editors add one at the end) is not a record.
        if (record.fields.size() == 1 && record.fields[0].empty()) continue;
        if (record.fields.size() != table.header.size())
            throw CsvError("line " + std::to_string(record.line) + ": " +
                               std::to_string(record.fields.size()) + " fields, but the header has " +
                               std::to_string(table.header.size()),
                           record.line);
        if (table.rows.size() == limits.maxRows)
            throw CsvError(atLine(record.line) + "the file has more than " + std::to_string(limits.maxRows) +
                               " rows; split it into smaller files", record.line);
        cells += record.fields.size();
        if (cells > limits.maxCells)
            throw CsvError(atLine(record.line) + "the file has more than " + std::to_string(limits.maxCells) +
                               " cells (rows times columns); split it into smaller files", record.line);
        table.rows.push_back(std::move(record));
    }
    return table;
}

CsvReader::Table CsvReader::readFile(const std::string &path, const CsvLimits &limits)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) throw CsvError(path + ": cannot open the file", 0);
    try {
        return read(in, limits);
    } catch (const CsvError &e) {
        throw CsvError(path + ": " + e.what(), e.line());
    }
}

}  // namespace lepton
