// Training throughput of lepton-train against the equivalent plain PyTorch loop
// (bench/pytorch_reference.py on Debian's python3-torch): the default scratch preset, one epoch
// of MR, the same token ids, batch size, sequence lengths and threads, measured in one run.
// Goal: lepton-train at least 1.0x the PyTorch samples/s. Prints a table and exits 0.
// Debian's interpreter by full path: a python3 earlier on PATH (pyenv) lacks python3-torch.
#define LEPTON_DEBIAN_PYTHON "/usr/bin/python3"
#include "BenchProcess.h"
#include "CsvReader.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace {
std::string quote(const std::string &text) { return "'" + text + "'"; }
double samplesPerSecond(const BenchProcess &process)
{
    try {
        return nlohmann::json::parse(process.lastLine).at("samples_per_second").get<double>();
    } catch (const std::exception &) {
        return 0.0;
    }
}
}  // namespace

int main()
{
    const char *env = std::getenv("LEPTON_SHARED_DATA");
    const fs::path data = env ? env : LEPTON_SHARED_DATA_DEFAULT;
    const fs::path train = data / "text" / "mr" / "train.csv";
    const fs::path vocab = data / "vocab" / "bert-base-uncased-vocab.txt";
    if (!fs::exists(train) || !fs::exists(vocab)) {
        std::cout << "shared data not found under " << data << "; set LEPTON_SHARED_DATA\n";
        return 0;
    }
    if (std::system(LEPTON_DEBIAN_PYTHON " -c 'import torch' 2>/dev/null") != 0) {
        std::cout << "python3-torch is not installed (./lepton bench installs it); nothing to compare\n";
        return 0;
    }
    const int threads = 2, batchSize = 32, maxLength = 64;
    char pattern[] = "/tmp/bench_throughput_XXXXXX";
    const fs::path work = mkdtemp(pattern);
    const std::string exe = LEPTON_TRAIN_EXE, log = (work / "log.txt").string();

    // Texts one a line (newlines inside a text become spaces) and class ids, for both sides.
    const auto table = lepton::CsvReader::readFile(train.string());
    {
        std::ofstream texts(work / "texts.txt"), labels(work / "labels.txt");
        const int text = table.column("text"), label = table.column("label");
        for (const auto &row : table.rows) {
            std::string line = row.fields[text];
            for (char &c : line) if (c == '\n' || c == '\r') c = ' ';
            texts << line << '\n';
            labels << row.fields[label] << '\n';  // MR's labels are 0 and 1: already class ids
        }
    }
    BenchProcess::run(exe + " tokenize --vocab " + quote(vocab.string()) + " --max-length " + std::to_string(maxLength) +
                          " --input " + quote((work / "texts.txt").string()) + " 2>>" + quote(log),
                      (work / "ids.txt").string());

    std::cout << "load average before: " << BenchProcess::loadAverage() << "\n" << std::flush;
    const auto ours = BenchProcess::run(
        exe + " fit --train " + quote(train.string()) + " --vocab " + quote(vocab.string()) + " --epochs 1 --batch-size " +
        std::to_string(batchSize) + " --max-length " + std::to_string(maxLength) + " --threads " +
        std::to_string(threads) + " --device cpu --out " + quote((work / "run").string()) + " 2>>" + quote(log));
    const auto reference = BenchProcess::run(
        std::string(LEPTON_DEBIAN_PYTHON) + " " + quote(LEPTON_PYTORCH_REFERENCE) + " --ids " + quote((work / "ids.txt").string()) + " --labels " +
        quote((work / "labels.txt").string()) + " --batch-size " + std::to_string(batchSize) + " --max-length " +
        std::to_string(maxLength) + " --threads " + std::to_string(threads) + " 2>>" + quote(log));
    std::cout << "load average after: " << BenchProcess::loadAverage() << "\n";

    const double a = samplesPerSecond(ours), b = samplesPerSecond(reference);
    std::printf("\n| %-44s | %14s |\n", "training loop (scratch:tiny, MR, 1 epoch)", "samples/s");
    std::printf("|%s|\n", std::string(63, '-').c_str());
    std::printf("| %-44s | %14.1f |\n", "lepton-train (LibTorch C++)", a);
    std::printf("| %-44s | %14.1f |\n", "plain PyTorch loop (python3-torch)", b);
    std::printf("| %-44s | %13.2fx |\n", "ratio (goal >= 1.00x)", b > 0 ? a / b : 0.0);
    std::printf("batch %d, max length %d, %d threads, length-bucketed batches on both sides; log: %s\n",
                batchSize, maxLength, threads, log.c_str());
    if (a == 0 || b == 0) std::printf("a side failed: see the log\n");
    return 0;
}
