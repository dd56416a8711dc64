// Throughput of our WordPiece tokenizer against Hugging Face's (npm "tokenizers", Rust core), one
// thread each, on the same texts: every text cell of the shared text CSVs, repeated to a few MB
// (the goal: ours >= 1.0x Hugging Face's), then the mostly non-ASCII edge-case lines of the
// differential test, to show the slow path too.
//
// Fairness: both sides get the texts already in memory and are timed on encoding alone, best of
// the same number of passes, in wall-clock time and in the process's CPU time (the machine is
// shared, and CPU time is what other programs do not inflate). Hugging Face runs encodeBatch (its fastest call: one crossing into
// Rust for all texts, no special tokens added, as our tokenIds) with TOKENIZERS_PARALLELISM=false
// and RAYON_NUM_THREADS=1, so its batch runs serially on one thread; node's start, module loading
// and file reading are outside its clock. Ours calls tokenIds once per text.
#include "common/CsvReader.h"
#include "training/tokenizer/WordPieceTokenizer.h"

#include <chrono>
#include <ctime>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {

constexpr int kPasses = 5;
constexpr std::size_t kTargetBytes = 4u << 20;

std::string sharedData()
{
    const char *dir = std::getenv("LEPTON_SHARED_DATA");
    return dir && *dir ? dir : LEPTON_SHARED_DATA_DEFAULT;
}

std::string base64(const std::string &bytes)
{
    static const char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8 | (unsigned char)bytes[i + 2];
        out += {table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63], table[v & 63]};
    }
    if (i + 1 == bytes.size()) {
        const unsigned v = (unsigned char)bytes[i] << 16;
        out += {table[v >> 18], table[(v >> 12) & 63], '=', '='};
    } else if (i + 2 == bytes.size()) {
        const unsigned v = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8;
        out += {table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63], '='};
    }
    return out;
}

struct Result {
    double seconds = 1e30;     // wall clock
    double cpuSeconds = 1e30;  // the process's CPU time
    std::size_t tokens = 0;
};

double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

Result runOurs(const lepton::WordPieceTokenizer &tokenizer, const std::vector<std::string> &texts)
{
    Result best;
    for (int pass = 0; pass < kPasses; ++pass) {
        std::size_t tokens = 0;
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = processCpuSeconds();
        for (const std::string &text : texts) tokens += tokenizer.tokenIds(text).size();
        best.cpuSeconds = std::min(best.cpuSeconds, processCpuSeconds() - cpuStart);
        best.seconds = std::min(best.seconds, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        best.tokens = tokens;
    }
    return best;
}

// Hugging Face's timing, from hf_tokenize.js --time; seconds < 0 when node or the module failed.
Result runHuggingFace(const std::string &vocab, const std::vector<std::string> &texts)
{
    const std::filesystem::path input = std::filesystem::temp_directory_path() / "lepton_bench_tokenizer.b64";
    {
        std::ofstream out(input, std::ios::binary);
        for (const std::string &text : texts) out << base64(text) << '\n';
    }
    const std::string command = "cd '" LEPTON_HF_REFERENCE_DIR "' && TOKENIZERS_PARALLELISM=false RAYON_NUM_THREADS=1 "
                                "node hf_tokenize.js --vocab '" + vocab + "' --base64 --time "
                                + std::to_string(kPasses) + " '" + input.string() + "'";
    std::string output;
    if (FILE *pipe = popen(command.c_str(), "r")) {
        char buffer[4096];
        while (std::fgets(buffer, sizeof buffer, pipe)) output += buffer;
        pclose(pipe);
    }
    std::filesystem::remove(input);
    try {
        const auto json = nlohmann::json::parse(output);
        return {json.at("seconds").get<double>(), json.at("cpuSeconds").get<double>(), json.at("tokens").get<std::size_t>()};
    } catch (const nlohmann::json::exception &) {
        return {-1, -1, 0};
    }
}

// Repeats corpus until it holds at least kTargetBytes.
std::vector<std::string> repeated(const std::vector<std::string> &corpus, std::size_t &bytes)
{
    std::vector<std::string> texts;
    bytes = 0;
    while (bytes < kTargetBytes && !corpus.empty())
        for (const std::string &text : corpus) {
            texts.push_back(text);
            bytes += text.size();
        }
    return texts;
}

// Measures both tokenizers on the same texts and prints their rows; false when node failed.
bool compare(const char *title, const std::vector<std::string> &corpus, const lepton::WordPieceTokenizer &tokenizer,
             const std::string &vocab)
{
    std::size_t bytes = 0;
    const std::vector<std::string> texts = repeated(corpus, bytes);
    const Result ours = runOurs(tokenizer, texts);
    const Result hf = runHuggingFace(vocab, texts);
    const double megabytes = double(bytes) / 1e6;
    std::printf("\n%s: %zu texts (%zu distinct, repeated), %.2f MB, best of %d passes\n", title, texts.size(),
                corpus.size(), megabytes, kPasses);
    std::printf("%-42s %9s %9s %8s %12s\n", "tokenizer", "wall s", "CPU s", "MB/s", "tokens/s");
    auto row = [&](const char *name, const Result &r) {
        std::printf("%-42s %9.3f %9.3f %8.2f %12.0f\n", name, r.seconds, r.cpuSeconds, megabytes / r.seconds,
                    double(r.tokens) / r.seconds);
    };
    row("lepton WordPieceTokenizer::tokenIds", ours);
    if (hf.seconds <= 0) {
        std::printf("%-42s  not measured: node or its npm module is missing; run ./lepton setup\n",
                    "Hugging Face tokenizers (npm)");
        return false;
    }
    row("Hugging Face tokenizers (npm) encodeBatch", hf);
    const double wallRatio = hf.seconds / ours.seconds;
    const double cpuRatio = hf.cpuSeconds / ours.cpuSeconds;
    std::printf("ours vs Hugging Face: %.2fx (wall), %.2fx (CPU); goal 1.0x: %s\n", wallRatio, cpuRatio,
                std::min(wallRatio, cpuRatio) >= 1.0 ? "met" : "NOT MET");
    std::printf("tokens: ours %zu, Hugging Face %zu%s\n", ours.tokens, hf.tokens,
                ours.tokens == hf.tokens ? " (same)" : " (DIFFERENT: see tst_wordpiecetokenizer)");
    return true;
}

std::vector<std::string> edgeCaseLines()
{
    std::ifstream in(LEPTON_TOKENIZER_EDGE_CASES, std::ios::binary);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

int main()
{
    const std::string data = sharedData();
    const std::string vocab = data + "/vocab/bert-base-uncased-vocab.txt";
    std::vector<std::string> corpus;
    std::error_code error;
    for (const auto &dir : std::filesystem::directory_iterator(data + "/text", error)) {
        for (const auto &file : std::filesystem::directory_iterator(dir.path(), error)) {
            if (file.path().extension() != ".csv") continue;
            const auto table = lepton::CsvReader::readFile(file.path().string());
            const int column = table.column("text");
            if (column < 0) continue;
            for (const auto &row : table.rows) corpus.push_back(row.fields[std::size_t(column)]);
        }
    }
    if (corpus.empty() || !std::filesystem::exists(vocab)) {
        std::printf("bench_tokenizer: shared data not found under %s (set LEPTON_SHARED_DATA); nothing measured\n", data.c_str());
        return 0;
    }
    const auto tokenizer = lepton::WordPieceTokenizer::fromVocabFile(vocab, {});
    std::printf("Tokenizer throughput, bert-base-uncased vocabulary, single thread each (goal: ours >= 1.0x)\n");
    if (compare("Shared text data sets (MR, SMS spam)", corpus, tokenizer, vocab))
        compare("Edge cases (CJK, accents, emoji, control characters, broken UTF-8)", edgeCaseLines(), tokenizer, vocab);
    return 0;
}
