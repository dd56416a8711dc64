#include "training/ClassLabels.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <stdexcept>

namespace lepton {

namespace {
bool parseNumber(const std::string &text, double &value)
{
    if (text.empty()) return false;
    char *end = nullptr;
    value = std::strtod(text.c_str(), &end);
    return end == text.c_str() + text.size();
}
}  // namespace

ClassLabels::ClassLabels(std::vector<std::string> names) : m_names(std::move(names)) {}

ClassLabels ClassLabels::fromValues(const std::vector<std::string> &values)
{
    const std::set<std::string> distinct(values.begin(), values.end());
    std::vector<std::string> names(distinct.begin(), distinct.end());
    if (names.size() < 2)
        throw std::runtime_error(
            names.empty() ? "the label column has no values"
                          : "every row has the label '" + names.front() +
                                "'; a classifier needs at least two classes in the training data");
    const bool numeric = std::all_of(names.begin(), names.end(), [](const std::string &name) {
        double ignored;
        return parseNumber(name, ignored);
    });
    if (numeric)
        std::stable_sort(names.begin(), names.end(), [](const std::string &a, const std::string &b) {
            double x = 0, y = 0;
            parseNumber(a, x);
            parseNumber(b, y);
            return x < y;
        });
    return ClassLabels(std::move(names));
}

int64_t ClassLabels::id(const std::string &name) const
{
    const auto it = std::find(m_names.begin(), m_names.end(), name);
    return it == m_names.end() ? -1 : static_cast<int64_t>(it - m_names.begin());
}

}  // namespace lepton
