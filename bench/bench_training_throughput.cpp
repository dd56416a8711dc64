// Training throughput of lepton-train against the equivalent plain PyTorch loop
// (bench/pytorch_reference.py on Debian's python3-torch): the scratch:tiny preset, one epoch over
// all of MR's training file, the same token ids, batch size, sequence lengths and threads.
// Airtight: the preset's sizes are passed to both sides and their parameter counts compared; both
// time the same scope (every training step with its batch building; no evaluation, no data
// loading); three alternating pairs (A B, B A, A B), the median of the three ratios reported.
// Goal: lepton-train at least 1.3x the PyTorch samples/s. Prints a table and exits 0.
// Both sides wait passively in OpenMP (lepton-train sets that for itself; see its main()).
// Debian's interpreter by full path: a python3 earlier on PATH (pyenv) lacks python3-torch.
#define LEPTON_DEBIAN_PYTHON "/usr/bin/python3"
#include "BenchProcess.h"
#include "common/CsvReader.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <vector>

namespace fs = std::filesystem;

namespace {
std::string quote(const std::string &text) { return "'" + text + "'"; }
double field(const BenchProcess &process, const char *name)
{
    try {
        return nlohmann::json::parse(process.lastLine).at(name).get<double>();
    } catch (const std::exception &) {
        return 0.0;
    }
}
}  // namespace

int main()
{
    const char *env = std::getenv("LEPTON_SHARED_DATA");
    const fs::path data = env ? env : LEPTON_SHARED_DATA_DEFAULT;
    const fs::path train = data / "text" / "mr" / "train.csv", test = data / "text" / "mr" / "test.csv";
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
    // scratch:tiny, as training/ClassifierFactory.cpp defines it; the parameter counts below
    // catch any difference between the two networks.
    const int layers = 2, hidden = 128, heads = 2, intermediate = 512, ngramBuckets = 1 << 14, naiveBayesBuckets = 1 << 18;
    int vocabularySize = 0;
    {
        std::ifstream in(vocab);
        for (std::string line; std::getline(in, line);) ++vocabularySize;
    }
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

    // --eval test.csv: lepton-train trains on every row of train.csv, as the reference does.
    const auto runOurs = [&] {
        return BenchProcess::run(exe + " fit --model scratch:tiny --train " + quote(train.string()) + " --eval " +
                                 quote(test.string()) + " --vocab " + quote(vocab.string()) +
                                 " --epochs 1 --batch-size " + std::to_string(batchSize) + " --max-length " +
                                 std::to_string(maxLength) + " --threads " + std::to_string(threads) +
                                 " --device cpu --overwrite --out " + quote((work / "run").string()) + " 2>>" + quote(log));
    };
    const auto runReference = [&] {
        return BenchProcess::run("OMP_WAIT_POLICY=PASSIVE " + std::string(LEPTON_DEBIAN_PYTHON) + " " +
                                 quote(LEPTON_PYTORCH_REFERENCE) + " --ids " + quote((work / "ids.txt").string()) +
                                 " --labels " + quote((work / "labels.txt").string()) + " --vocab-size " +
                                 std::to_string(vocabularySize) + " --layers " + std::to_string(layers) +
                                 " --hidden " + std::to_string(hidden) + " --heads " + std::to_string(heads) +
                                 " --intermediate " + std::to_string(intermediate) + " --ngram-buckets " +
                                 std::to_string(ngramBuckets) + " --naive-bayes-buckets " +
                                 std::to_string(naiveBayesBuckets) + " --batch-size " +
                                 std::to_string(batchSize) + " --max-length " + std::to_string(maxLength) +
                                 " --threads " + std::to_string(threads) + " 2>>" + quote(log));
    };
    // The machine is shared: pairs in A B, B A, A B order, so a load that rises or falls during
    // the bench weighs on both sides alike, and the median ratio drops one disturbed pair.
    std::cout << "load average before: " << BenchProcess::loadAverage() << "\n" << std::flush;
    struct Pair { BenchProcess ours, reference; double ratio = 0; };
    std::vector<Pair> pairs(3);
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        if (i % 2 == 0) {
            pairs[i].ours = runOurs();
            pairs[i].reference = runReference();
        } else {
            pairs[i].reference = runReference();
            pairs[i].ours = runOurs();
        }
        const double a = field(pairs[i].ours, "samples_per_second"), b = field(pairs[i].reference, "samples_per_second");
        pairs[i].ratio = b > 0 ? a / b : 0.0;
        std::printf("pair %zu: lepton-train %.1f, PyTorch %.1f samples/s, ratio %.2fx (load %s)\n", i + 1, a, b,
                    pairs[i].ratio, BenchProcess::loadAverage().c_str());
        std::fflush(stdout);
    }
    std::vector<double> ratios;
    for (const auto &pair : pairs) ratios.push_back(pair.ratio);
    std::sort(ratios.begin(), ratios.end());
    const double median = ratios[1];
    const auto medianOf = [&](auto value) {
        std::vector<double> v;
        for (const auto &pair : pairs) v.push_back(value(pair));
        std::sort(v.begin(), v.end());
        return v[1];
    };
    const double ours = medianOf([&](const Pair &p) { return field(p.ours, "samples_per_second"); });
    const double reference = medianOf([&](const Pair &p) { return field(p.reference, "samples_per_second"); });
    const double ourParameters = field(pairs[0].ours, "parameters");
    const double referenceParameters = field(pairs[0].reference, "parameters");

    std::printf("\n| %-46s | %14s |\n", "training loop (scratch:tiny, MR, 1 epoch)", "samples/s");
    std::printf("|%s|\n", std::string(65, '-').c_str());
    std::printf("| %-46s | %14.1f |\n", "lepton-train (LibTorch C++), median of 3", ours);
    std::printf("| %-46s | %14.1f |\n", "plain PyTorch loop (python3-torch), median of 3", reference);
    std::printf("| %-46s | %13.2fx |\n", "median of the 3 pair ratios (goal >= 1.30x)", median);
    std::printf("parameters: lepton-train %.0f, PyTorch %.0f (%s)\n", ourParameters, referenceParameters,
                ourParameters == referenceParameters && ourParameters > 0 ? "the same network"
                                                                          : "DIFFERENT networks: the ratio is not comparable");
    std::printf("preset %d layers, hidden %d, %d heads, intermediate %d, %d n-gram and %d naive-Bayes buckets, vocabulary %d; "
                "batch %d, max length %d, %d threads, "
                "OMP_WAIT_POLICY=PASSIVE, length-bucketed batches on both sides; timed: the training steps with "
                "their batch building; log: %s\n",
                layers, hidden, heads, intermediate, ngramBuckets, naiveBayesBuckets, vocabularySize, batchSize, maxLength,
                threads, log.c_str());
    for (const auto &pair : pairs)
        if (field(pair.ours, "samples_per_second") == 0 || field(pair.reference, "samples_per_second") == 0)
            std::printf("a side failed: see the log\n");
    std::printf("what limits the reference: %.0f%% of each PyTorch step is the AdamW update (zero_grad + step) over "
                "%.1fM parameters, %.1fM of them the word embedding\n",
                100 * field(pairs[0].reference, "optimizer_share"), referenceParameters / 1e6,
                field(pairs[0].reference, "embedding_parameters") / 1e6);
    return 0;
}
