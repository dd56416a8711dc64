#include "training/LabeledCsv.h"

#include <cmath>
#include <cstdlib>
#include <stdexcept>

namespace lepton {

LabeledCsv::LabeledCsv(const std::string &path) : m_path(path)
{
    try {
        m_table = CsvReader::readFile(path);
    } catch (const CsvError &e) {
        throw std::runtime_error(e.what());
    }
    if (m_table.rows.empty())
        throw std::runtime_error(path + ": the file has a header but no data rows");
}

int LabeledCsv::column(const std::string &name) const
{
    const int index = m_table.column(name);
    if (index >= 0) return index;
    std::string available;
    for (const auto &column : m_table.header) available += (available.empty() ? "" : ", ") + column;
    throw std::runtime_error(m_path + ": no column named '" + name + "'; the columns are: " +
                             available);
}

std::vector<std::string> LabeledCsv::values(const std::string &name) const
{
    const int index = column(name);
    std::vector<std::string> result;
    result.reserve(m_table.rows.size());
    for (const auto &row : m_table.rows) result.push_back(row.fields[index]);
    return result;
}

std::vector<int64_t> LabeledCsv::labelIds(const std::string &labelColumn,
                                          const ClassLabels &classes) const
{
    const int index = column(labelColumn);
    std::vector<int64_t> ids;
    ids.reserve(m_table.rows.size());
    for (const auto &row : m_table.rows) {
        const int64_t id = classes.id(row.fields[index]);
        if (id < 0) {
            std::string known;
            for (const auto &name : classes.names()) known += (known.empty() ? "" : ", ") + name;
            throw std::runtime_error(m_path + ": line " + std::to_string(row.line) + ": label '" +
                                     row.fields[index] + "' is not one of the classes (" + known +
                                     ")");
        }
        ids.push_back(id);
    }
    return ids;
}

LabeledCsv::Labels LabeledCsv::labels(const std::string &labelColumn,
                                      const ClassLabels *knownClasses) const
{
    Labels result;
    if (knownClasses) result.classes = *knownClasses;
    if (labelColumn.empty()) return result;
    if (!knownClasses) {
        try {
            result.classes = ClassLabels::fromValues(values(labelColumn));
        } catch (const std::runtime_error &e) {
            throw std::runtime_error(m_path + ": column '" + labelColumn + "': " + e.what());
        }
    }
    result.ids = labelIds(labelColumn, result.classes);
    return result;
}

std::vector<double> LabeledCsv::targets(const std::string &labelColumn) const
{
    const int index = column(labelColumn);
    std::vector<double> numbers;
    numbers.reserve(m_table.rows.size());
    for (const auto &row : m_table.rows) {
        float value;
        if (!parseFinite(row.fields[index], value))
            throw std::runtime_error(m_path + ": line " + std::to_string(row.line) + ", label column '" +
                                     labelColumn + "': '" + row.fields[index] +
                                     "' is not a number; a regression needs a numeric label in every row");
        numbers.push_back(std::strtod(row.fields[index].c_str(), nullptr));
    }
    return numbers;
}

bool LabeledCsv::parseFinite(const std::string &text, float &value)
{
    if (text.empty()) return false;
    char *end = nullptr;
    const double parsed = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !std::isfinite(parsed)) return false;
    value = static_cast<float>(parsed);
    return std::isfinite(value);
}

}  // namespace lepton
