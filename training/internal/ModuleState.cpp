#include "training/internal/ModuleState.h"

namespace lepton {

std::string shapeText(const torch::IntArrayRef &shape)
{
    std::string text = "[";
    for (size_t i = 0; i < shape.size(); ++i) text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

TensorMap moduleState(const torch::nn::Module &module, const NameFilter &include)
{
    TensorMap state;
    for (const auto &item : module.named_parameters(true)) {
        if (include && !include(item.key())) continue;
        state[item.key()] = item.value().detach().to(torch::kCPU);
    }
    return state;
}

void loadModuleState(torch::nn::Module &module, const TensorMap &state, const std::string &source,
                     const NameFilter &include)
{
    torch::NoGradGuard noGrad;
    for (auto &item : module.named_parameters(true)) {
        if (include && !include(item.key())) continue;
        const auto found = state.find(item.key());
        if (found == state.end())
            throw std::runtime_error(source + ": tensor '" + item.key() + "' is missing (expected shape " +
                                     shapeText(item.value().sizes()) + ")");
        if (found->second.sizes() != item.value().sizes())
            throw std::runtime_error(source + ": tensor '" + item.key() + "' has shape " +
                                     shapeText(found->second.sizes()) + ", the model needs " +
                                     shapeText(item.value().sizes()));
        item.value().copy_(found->second);
    }
}

}  // namespace lepton
