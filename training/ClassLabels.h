#pragma once
// The class names of a classification task, in id order. Plain C++ (no torch, no Qt).
#include <cstdint>
#include <string>
#include <vector>

namespace lepton {

class ClassLabels {
public:
    ClassLabels() = default;
    explicit ClassLabels(std::vector<std::string> names);

    // The distinct values of a label column, sorted: numerically when every value is a number
    // ("2" before "10"), else by text. Throws when there are fewer than two classes.
    static ClassLabels fromValues(const std::vector<std::string> &values);

    // Id of a class name, or -1 when the name is not one of the classes.
    int64_t id(const std::string &name) const;
    const std::vector<std::string> &names() const { return m_names; }
    std::size_t size() const { return m_names.size(); }

private:
    std::vector<std::string> m_names;
};

}  // namespace lepton
