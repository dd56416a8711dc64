#include "training/internal/TrainerCheckpoint.h"

#include "common/AtomicFile.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace fs = std::filesystem;

namespace lepton {

namespace {
nlohmann::json metricsJson(const std::optional<Metrics> &metrics)
{
    return metrics ? nlohmann::json::parse(metrics->toJson()) : nlohmann::json();
}
std::optional<Metrics> metricsFrom(const nlohmann::json &json)
{
    if (json.is_null()) return std::nullopt;
    return Metrics::fromJson(json.dump());
}
}  // namespace

std::string TrainerState::toJson() const
{
    nlohmann::ordered_json j;
    j["epoch"] = epoch;
    j["batch_in_epoch"] = batchInEpoch;
    j["step"] = step;
    j["evaluation_pending"] = evaluationPending;
    j["pending_at_epoch_end"] = pendingAtEpochEnd;
    j["best"] = metricsJson(best);
    j["last"] = metricsJson(last);
    j["evaluations_without_improvement"] = evaluationsWithoutImprovement;
    j["early_stopped"] = earlyStopped;
    return j.dump(2);
}

TrainerState TrainerState::fromJson(const std::string &text)
{
    const auto j = nlohmann::json::parse(text);
    TrainerState s;
    s.epoch = j.at("epoch").get<int>();
    s.batchInEpoch = j.at("batch_in_epoch").get<std::size_t>();
    s.step = j.at("step").get<int64_t>();
    s.evaluationPending = j.at("evaluation_pending").get<bool>();
    s.pendingAtEpochEnd = j.at("pending_at_epoch_end").get<bool>();
    s.best = metricsFrom(j.at("best"));
    s.last = metricsFrom(j.at("last"));
    s.evaluationsWithoutImprovement = j.at("evaluations_without_improvement").get<int>();
    s.earlyStopped = j.at("early_stopped").get<bool>();
    return s;
}

void recoverFolder(const std::string &target)
{
    const std::string old = target + ".old";
    if (!fs::exists(target) && fs::exists(old)) fs::rename(old, target);
    else if (fs::exists(old)) fs::remove_all(old);
}

void replaceFolder(const std::string &staging, const std::string &target)
{
    const std::string old = target + ".old";
    fs::remove_all(old);
    if (fs::exists(target)) fs::rename(target, old);
    fs::rename(staging, target);
    fs::remove_all(old);
}

void TrainerCheckpoint::write(const std::string &folder, const ClassifierModel &model,
                              torch::optim::Optimizer &optimizer, const torch::Tensor &rngState,
                              const TrainerState &state)
{
    const std::string staging = folder + ".tmp";
    fs::remove_all(staging);
    fs::create_directories(staging);
    model.save(staging + "/" + kModelFolder);
    torch::serialize::OutputArchive archive;
    optimizer.save(archive);
    archive.save_to(staging + "/optimizer.pt");
    torch::save(rngState, staging + "/rng.pt");
    writeFileAtomically(staging + "/" + kStateFile, state.toJson());
    replaceFolder(staging, folder);
}

bool TrainerCheckpoint::exists(const std::string &folder)
{
    recoverFolder(folder);
    return fs::exists(fs::path(folder) / kStateFile);
}

std::string TrainerCheckpoint::existing(const std::string &folder)
{
    if (!exists(folder))
        throw std::runtime_error(folder + ": no checkpoint to resume from; start the run again "
                                          "without --resume");
    return folder;
}

TrainerState TrainerCheckpoint::readState(const std::string &folder)
{
    const std::string path = folder + "/" + kStateFile;
    try {
        return TrainerState::fromJson(readWholeFile(path));
    } catch (const nlohmann::json::exception &e) {
        throw std::runtime_error(path + ": the checkpoint state is damaged (" + e.what() + ")");
    }
}

void TrainerCheckpoint::readOptimizer(const std::string &folder, torch::optim::Optimizer &optimizer)
{
    torch::serialize::InputArchive archive;
    archive.load_from(folder + "/optimizer.pt");
    optimizer.load(archive);
}

torch::Tensor TrainerCheckpoint::readRng(const std::string &folder)
{
    torch::Tensor state;
    torch::load(state, folder + "/rng.pt");
    return state;
}

}  // namespace lepton
