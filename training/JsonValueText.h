#pragma once
// A JSON value for an error message: scalars as written, arrays and objects by their type name,
// since a hostile value may be megabytes long or nested a million deep (dump() recurses).
#include <nlohmann/json.hpp>
#include <string>

namespace lepton {

inline std::string describeJson(const nlohmann::json &value)
{
    return value.is_structured() ? std::string("a JSON ") + value.type_name() : value.dump();
}

}  // namespace lepton
