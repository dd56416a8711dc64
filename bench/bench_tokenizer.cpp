// Throughput of our WordPiece tokenizer against Hugging Face's (npm "tokenizers", Rust core), one
// thread each, on the same texts: every text cell of the shared text CSVs, repeated to a few MB.
// Goal: ours >= 1.0x Hugging Face's.
//
// Fairness: both sides get the texts already in memory and are timed on encoding alone, best of
// the same number of passes. Hugging Face runs encodeBatch (its fastest call: one crossing into
// Rust for all texts, no special tokens added, as our tokenIds) with TOKENIZERS_PARALLELISM=false
// and RAYON_NUM_THREADS=1, so its batch runs serially on one thread; node's start, module loading
// and file reading are outside its clock. Ours calls tokenIds once per text.
#include "CsvReader.h"
#include "WordPieceTokenizer.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {

constexpr int kPasses = 5;
constexpr std::size_t kTargetBytes = 6u << 20;

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
    double seconds = 0;
    std::size_t tokens = 0;
};

Result runOurs(const lepton::WordPieceTokenizer &tokenizer, const std::vector<std::string> &texts)
{
    Result best{1e30, 0};
    for (int pass = 0; pass < kPasses; ++pass) {
        std::size_t tokens = 0;
        const auto start = std::chrono::steady_clock::now();
        for (const std::string &text : texts) tokens += tokenizer.tokenIds(text).size();
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (seconds < best.seconds) best = {seconds, tokens};
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
        return {json.at("seconds").get<double>(), json.at("tokens").get<std::size_t>()};
    } catch (const nlohmann::json::exception &) {
        return {-1, 0};
    }
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
    std::vector<std::string> texts;
    std::size_t bytes = 0;
    while (bytes < kTargetBytes)
        for (const std::string &text : corpus) {
            texts.push_back(text);
            bytes += text.size();
        }

    const auto tokenizer = lepton::WordPieceTokenizer::fromVocabFile(vocab, {});
    const Result ours = runOurs(tokenizer, texts);
    const Result hf = runHuggingFace(vocab, texts);

    const double megabytes = double(bytes) / 1e6;
    std::printf("Tokenizer throughput, single thread, %zu texts (%zu shared texts repeated), %.2f MB, best of %d passes\n\n",
                texts.size(), corpus.size(), megabytes, kPasses);
    std::printf("%-44s %10s %12s %14s %8s %6s\n", "tokenizer", "seconds", "MB/s", "tokens/s", "ratio", "goal");
    std::printf("%-44s %10.3f %12.2f %14.0f %8s %6s\n", "lepton WordPieceTokenizer::tokenIds", ours.seconds,
                megabytes / ours.seconds, double(ours.tokens) / ours.seconds, "", "");
    if (hf.seconds <= 0) {
        std::printf("%-44s  not measured: node or its npm module is missing; run ./lepton setup\n",
                    "Hugging Face tokenizers (npm)");
        return 0;
    }
    std::printf("%-44s %10.3f %12.2f %14.0f %8s %6s\n", "Hugging Face tokenizers (npm) encodeBatch", hf.seconds,
                megabytes / hf.seconds, double(hf.tokens) / hf.seconds, "", "");
    const double ratio = hf.seconds / ours.seconds;
    std::printf("%-44s %10s %12s %14s %7.2fx %5.1fx  %s\n", "ours vs Hugging Face", "", "", "", ratio, 1.0,
                ratio >= 1.0 ? "met" : "NOT MET");
    std::printf("\ntokens: ours %zu, Hugging Face %zu%s\n", ours.tokens, hf.tokens,
                ours.tokens == hf.tokens ? " (same)" : " (DIFFERENT: see tst_wordpiecetokenizer)");
    return 0;
}
