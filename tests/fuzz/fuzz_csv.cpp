// libFuzzer target: the RFC 4180 CSV reader (training/CsvReader) on arbitrary bytes. Small limits
// so that every bound is reached within libFuzzer's input sizes.
#include "common/CsvReader.h"
#include "FuzzCheck.h"

#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lepton::CsvLimits limits;
    limits.maxFileBytes = 16 * 1024;
    limits.maxFieldBytes = 1024;
    limits.maxFieldsPerRecord = 64;
    limits.maxRows = 200;
    limits.maxCells = 1000;
    std::istringstream in(std::string(reinterpret_cast<const char *>(data), size));
    try {
        const auto table = lepton::CsvReader::read(in, limits);
        FUZZ_CHECK(table.header.size() <= limits.maxFieldsPerRecord);
        FUZZ_CHECK(table.rows.size() <= limits.maxRows);
        std::size_t previousLine = 0;
        for (const auto &row : table.rows) {
            FUZZ_CHECK(row.fields.size() == table.header.size());
            FUZZ_CHECK(row.line > previousLine);
            previousLine = row.line;
            for (const auto &field : row.fields) {
                FUZZ_CHECK(field.size() <= limits.maxFieldBytes);
                FUZZ_CHECK(lepton::isValidUtf8(field));
            }
        }
        if (!table.header.empty()) FUZZ_CHECK(table.column(table.header.back()) >= 0);
    } catch (const lepton::CsvError &error) {
        FUZZ_CHECK(error.what()[0] != '\0');
    }
    return 0;
}
