// The tabular models against scikit-learn on the same fixed splits (written by
// sklearn_reference.py with Debian's python3-sklearn, which also computes the reference scores):
//   MLP classifier, default settings: mean hold-out accuracy over 5 seeds >= MLPClassifier(32, 16)'s
//     on breast cancer, wine and digits
//   regression on diabetes: linear least squares R^2 >= LinearRegression's; the MLP's mean R^2
//     over 5 seeds within 0.03 of MLPRegressor(32, 16)'s
// Prints a table (data set | model | lepton | scikit-learn | goal | met) and exits 0.
#include "BenchProcess.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <numeric>
#include <thread>

namespace fs = std::filesystem;

namespace {

constexpr int kSeeds = 5;

struct Row {
    std::string dataSet, model, goal;
    double value = -1, reference = 0;
    bool met = false;
    std::string note;
};

std::string quote(const std::string &text) { return "'" + text + "'"; }

nlohmann::json parse(const BenchProcess &process)
{
    try {
        return process.status == 0 ? nlohmann::json::parse(process.lastLine) : nlohmann::json();
    } catch (const std::exception &) {
        return {};
    }
}

double mean(const std::vector<double> &values)
{
    return values.empty() ? -1 : std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

std::string list(const std::vector<double> &values)
{
    std::string text;
    char number[16];
    for (const double v : values) {
        std::snprintf(number, sizeof number, "%.3f", v);
        text += (text.empty() ? "" : " ") + std::string(number);
    }
    return text;
}

}  // namespace

int main()
{
    const char *env = std::getenv("LEPTON_SHARED_DATA");
    const fs::path data = env ? env : LEPTON_SHARED_DATA_DEFAULT;
    if (!fs::exists(data / "tabular" / "breast_cancer.csv")) {
        std::cout << "shared data not found under " << data << "; set LEPTON_SHARED_DATA\n";
        return 0;
    }
    char pattern[] = "/tmp/bench_tabular_XXXXXX";
    const fs::path work = mkdtemp(pattern);
    const std::string log = (work / "lepton-train.log").string();
    const auto train = [&](const std::string &args) {
        return BenchProcess::run(std::string(LEPTON_TRAIN_EXE) + " " + args + " 2>>" + quote(log));
    };
    std::cout << "tabular benchmarks against scikit-learn, " << std::thread::hardware_concurrency()
              << " cores, load average at start " << BenchProcess::loadAverage() << "\n" << std::flush;

    // Debian's interpreter: a python3 earlier on PATH (pyenv, venv) may lack scikit-learn.
    const auto reference = BenchProcess::run("/usr/bin/python3 " + quote(LEPTON_SKLEARN_REFERENCE) + " " +
                                             quote(work.string()) + " " + quote(data.string()) + " " +
                                             std::to_string(kSeeds) + " 2>>" + quote(log));
    const auto sklearn = parse(reference);
    if (!sklearn.is_object()) {
        std::cout << "scikit-learn reference failed (install python3-sklearn with ./lepton setup); see " << log << "\n";
        return 0;
    }

    std::vector<Row> rows;
    for (const char *name : {"breast_cancer", "wine", "digits"}) {
        const fs::path dir = work / name;
        std::vector<double> accuracies;
        double seconds = 0;
        for (int seed = 0; seed < kSeeds; ++seed) {
            const std::string out = (dir / ("mlp-" + std::to_string(seed))).string();
            const auto fit = train("fit --model mlp --label-column label --seed " + std::to_string(seed) +
                                   " --train " + quote((dir / "train.csv").string()) + " --out " + quote(out));
            const auto eval = train("eval --model " + quote(out) + " --data " + quote((dir / "test.csv").string()));
            seconds += fit.seconds;
            const auto metrics = parse(eval);
            if (fit.status == 0 && metrics.is_object()) accuracies.push_back(metrics["accuracy"].get<double>());
        }
        const auto &ref = sklearn[name];
        Row row{name, "MLP, default settings", "mean >= sklearn MLP"};
        row.reference = mean(ref["mlp"].get<std::vector<double>>());
        if (accuracies.size() == kSeeds) {
            row.value = mean(accuracies);
            row.met = row.value >= row.reference;
            char note[200];
            std::snprintf(note, sizeof note, "seeds %s; sklearn %s; LogisticRegression %.3f; %.1f s per fit",
                          list(accuracies).c_str(), list(ref["mlp"].get<std::vector<double>>()).c_str(),
                          ref["logistic"].get<double>(), seconds / kSeeds);
            row.note = note;
        } else {
            row.note = "failed, see " + log;
        }
        rows.push_back(row);
        std::cout << "  done: " << name << "\n" << std::flush;
    }
    {
        const fs::path dir = work / "diabetes";
        std::vector<double> linear, mlp;
        for (int seed = 0; seed < kSeeds; ++seed) {
            const auto fit = parse(train("fit --task regression --label-column label --seed " + std::to_string(seed) +
                                         " --train " + quote((dir / "train.csv").string()) + " --eval " +
                                         quote((dir / "test.csv").string()) + " --out " +
                                         quote((dir / ("run-" + std::to_string(seed))).string())));
            if (!fit.is_object()) continue;
            for (const auto &model : fit["models"])
                (model["model"] == "linear" ? linear : mlp).push_back(model["validation"]["r2"].get<double>());
        }
        const auto &ref = sklearn["diabetes"];
        Row linearRow{"diabetes", "linear least squares R^2", ">= sklearn"};
        linearRow.reference = ref["linear"].get<double>();
        Row mlpRow{"diabetes", "MLP (MSE) R^2", "mean >= sklearn - 0.03"};
        mlpRow.reference = mean(ref["mlp"].get<std::vector<double>>());
        if (linear.size() == kSeeds && mlp.size() == kSeeds) {
            linearRow.value = linear.front();
            // Both solve the same least-squares problem; allow for the last digits of float input.
            linearRow.met = linearRow.value >= linearRow.reference - 1e-6;
            linearRow.note = "closed form, the same for every seed";
            mlpRow.value = mean(mlp);
            mlpRow.met = mlpRow.value >= mlpRow.reference - 0.03;
            mlpRow.note = "seeds " + list(mlp) + "; sklearn " + list(ref["mlp"].get<std::vector<double>>());
        } else {
            linearRow.note = mlpRow.note = "failed, see " + log;
        }
        rows.push_back(linearRow);
        rows.push_back(mlpRow);
    }

    std::printf("\n| %-13s | %-24s | %7s | %7s | %-22s | %-3s | %s\n", "data set", "model", "lepton", "sklearn",
                "goal", "met", "notes");
    std::printf("|%s|\n", std::string(110, '-').c_str());
    for (const auto &r : rows)
        std::printf("| %-13s | %-24s | %7.4f | %7.4f | %-22s | %-3s | %s\n", r.dataSet.c_str(), r.model.c_str(),
                    r.value, r.reference, r.goal.c_str(), r.met ? "yes" : "NO", r.note.c_str());
    std::cout << "splits: 20% hold-out (stratified for classes), random_state 0, in " << work.string()
              << "; load average at end " << BenchProcess::loadAverage() << "; lepton-train log: " << log << "\n";
    return 0;
}
