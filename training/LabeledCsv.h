#pragma once
// A CSV data file as the trainer reads it: header + rows through lepton::CsvReader, checked for
// the mistakes people make with shared files (empty file, a misspelt column, unknown labels).
// Plain C++ (no torch, no Qt).
#include "training/ClassLabels.h"
#include "common/CsvReader.h"

#include <string>
#include <vector>

namespace lepton {

class LabeledCsv {
public:
    // Throws std::runtime_error naming the file: cannot open, malformed (with the line),
    // no data rows.
    explicit LabeledCsv(const std::string &path);

    // Index of a column; throws naming the file and the columns it does have.
    int column(const std::string &name) const;
    bool hasColumn(const std::string &name) const { return m_table.column(name) >= 0; }
    const std::vector<std::string> &header() const { return m_table.header; }
    const std::vector<CsvRecord> &rows() const { return m_table.rows; }
    const std::string &path() const { return m_path; }

    // Every value of a column, in row order.
    std::vector<std::string> values(const std::string &name) const;
    // Label ids of every row; a label that is not one of the classes is an error with its line.
    std::vector<int64_t> labelIds(const std::string &labelColumn, const ClassLabels &classes) const;

    // The classes (from this file's label values unless known ones are given) and every row's id.
    // An empty labelColumn means an unlabelled file: no ids, the known classes (if any) kept.
    struct Labels {
        ClassLabels classes;
        std::vector<int64_t> ids;
    };
    Labels labels(const std::string &labelColumn, const ClassLabels *knownClasses) const;
    // A regression's label column as numbers; a value that is not a finite number is an error
    // with its line.
    std::vector<double> targets(const std::string &labelColumn) const;

    // Whether text is a whole finite number (also as a float), which it then writes to value.
    static bool parseFinite(const std::string &text, float &value);

private:
    std::string m_path;
    CsvReader::Table m_table;
};

}  // namespace lepton
