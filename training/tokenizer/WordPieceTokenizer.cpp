#include "training/tokenizer/WordPieceTokenizer.h"

#include "common/AtomicFile.h"
#include "common/CsvReader.h"
#include "common/RegularFile.h"
#include "training/JsonValueText.h"
#include "training/tokenizer/TextNormalizer.h"
#include "training/tokenizer/VocabularyIndex.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <limits>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace lepton {

namespace {

constexpr std::string_view kContinuation = "##";
constexpr const char *kPad = "[PAD]";
constexpr const char *kUnknown = "[UNK]";
constexpr const char *kCls = "[CLS]";
constexpr const char *kSep = "[SEP]";
constexpr const char *kMask = "[MASK]";

bool isUtf8ContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::size_t characterCount(std::string_view utf8)
{
    std::size_t count = 0;
    for (char c : utf8) count += !isUtf8ContinuationByte(c);
    return count;
}

// Hugging Face's fast tokenizer splits vocab.txt on LF only and keys each line by Rust's trim_end
// (Unicode White_Space), so a CRLF file reads the same as an LF one. A line that trimming empties
// or leaves as a bare "##" (bert-base-chinese's lines 344 and 13503 hold U+2028 and "##" + U+2028)
// is still a token at its line's id: no text ever matches it, and every later id stays where the
// checkpoint's embeddings have it.
void trimTrailingWhitespace(std::string &utf8)
{
    while (!utf8.empty()) {
        int32_t end = int32_t(utf8.size());
        UChar32 c;
        U8_PREV(reinterpret_cast<const uint8_t *>(utf8.data()), 0, end, c);
        if (!u_isUWhiteSpace(c)) return;
        utf8.resize(std::size_t(end));
    }
}

std::optional<bool> optionalFlag(const nlohmann::json &config, const char *key, const std::string &path)
{
    const auto it = config.find(key);
    if (it == config.end() || it->is_null()) return std::nullopt;
    if (!it->is_boolean())
        throw std::runtime_error(path + ": \"" + key + "\" must be true, false or null, not " + describeJson(*it));
    return it->get<bool>();
}

// Building a normaliser classifies all 65,536 BMP code points through ICU; it is immutable, so
// every tokenizer with the same options shares one (loading a vocabulary stays cheap).
std::shared_ptr<const TextNormalizer> sharedNormalizer(bool lowerCase, bool stripAccents, bool chineseChars)
{
    static std::mutex mutex;
    static std::shared_ptr<const TextNormalizer> cache[8];
    std::lock_guard<std::mutex> lock(mutex);
    auto &normalizer = cache[int(lowerCase) | int(stripAccents) << 1 | int(chineseChars) << 2];
    if (!normalizer) normalizer = std::make_shared<const TextNormalizer>(lowerCase, stripAccents, chineseChars);
    return normalizer;
}

}  // namespace

struct WordPieceTokenizer::Lookup {
    Lookup(const WordPieceTokenizer::Options &options)
        : normalizer(sharedNormalizer(options.lowerCase, options.stripAccents.value_or(options.lowerCase),
                                      options.tokenizeChineseChars))
    {
    }

    std::shared_ptr<const TextNormalizer> normalizer;
    VocabularyIndex wordStarts;     // every token
    VocabularyIndex continuations;  // "##" tokens without the "##"
    // Special tokens are cut out of the raw text before normalisation, as Hugging Face's
    // BertWordPiece set-up registers them as (non-normalised) special tokens.
    std::vector<std::pair<std::string, int64_t>> specialTokens;
};

WordPieceTokenizer::WordPieceTokenizer(std::vector<std::string> vocabulary, Options options)
    : m_vocabulary(std::move(vocabulary)), m_options(options)
{
    if (m_vocabulary.size() > std::size_t(std::numeric_limits<int32_t>::max()))
        throw std::runtime_error("the vocabulary has too many tokens");
    auto lookup = std::make_shared<Lookup>(m_options);
    for (std::size_t i = 0; i < m_vocabulary.size(); ++i) {
        const std::string &token = m_vocabulary[i];
        lookup->wordStarts.insert(token, int32_t(i));
        if (token.size() > kContinuation.size() && token.compare(0, kContinuation.size(), kContinuation) == 0)
            lookup->continuations.insert(std::string_view(token).substr(kContinuation.size()), int32_t(i));
    }
    lookup->wordStarts.build();
    lookup->continuations.build();

    auto required = [&](const char *token) {
        const int32_t id = lookup->wordStarts.find(token);
        if (id == VocabularyIndex::kNotFound)
            throw std::runtime_error(std::string("the vocabulary has no ") + token
                                     + " token; use the vocab.txt that came with the checkpoint");
        lookup->specialTokens.emplace_back(token, id);
        return int64_t(id);
    };
    m_pad = required(kPad);
    m_unknown = required(kUnknown);
    m_cls = required(kCls);
    m_sep = required(kSep);
    const int32_t mask = lookup->wordStarts.find(kMask);
    if (mask != VocabularyIndex::kNotFound) lookup->specialTokens.emplace_back(kMask, mask);
    m_lookup = std::move(lookup);
}

WordPieceTokenizer WordPieceTokenizer::fromVocabFile(const std::string &path, Options options)
{
    return fromVocabText(readRegularFile(path, kMaxVocabularyFileBytes, "a vocabulary"), options, path);
}

WordPieceTokenizer WordPieceTokenizer::fromVocabText(std::string_view bytes, Options options,
                                                     const std::string &source)
{
    if (bytes.size() > kMaxVocabularyFileBytes)
        throw std::runtime_error(source + " is over the " + std::to_string(kMaxVocabularyFileBytes >> 20)
                                 + " MiB a vocabulary may have; is it really a vocab.txt?");
    if (bytes.empty()) throw std::runtime_error(source + " is empty: expected one token per line");

    std::vector<std::string> vocabulary;
    std::size_t start = 0;
    while (start < bytes.size()) {
        std::size_t end = bytes.find('\n', start);
        if (end == std::string::npos) end = bytes.size();
        const std::size_t line = vocabulary.size() + 1;
        if (end - start > kMaxTokenBytes)
            throw std::runtime_error(source + " line " + std::to_string(line) + " is "
                                     + std::to_string(end - start) + " bytes long; a token may have at most "
                                     + std::to_string(kMaxTokenBytes));
        std::string token(bytes.substr(start, end - start));
        if (!isValidUtf8(token))
            throw std::runtime_error(source + " line " + std::to_string(line) + " is not valid UTF-8");
        trimTrailingWhitespace(token);
        vocabulary.push_back(std::move(token));
        start = end + 1;
    }
    try {
        return WordPieceTokenizer(std::move(vocabulary), options);
    } catch (const std::runtime_error &e) {
        throw std::runtime_error(source + ": " + e.what());
    }
}

WordPieceTokenizer WordPieceTokenizer::fromFolder(const std::string &folder)
{
    const std::filesystem::path dir(folder);
    const std::string configPath = (dir / "tokenizer_config.json").string();
    Options options;
    std::ifstream in(configPath, std::ios::binary | std::ios::ate);
    if (in) {
        const auto bytes = static_cast<uint64_t>(in.tellg());
        if (bytes > kMaxTokenizerConfigBytes)
            throw std::runtime_error(configPath + " is " + std::to_string(bytes) + " bytes, over the "
                                     + std::to_string(kMaxTokenizerConfigBytes >> 20)
                                     + " MiB a tokenizer configuration may have");
        in.seekg(0);
        nlohmann::json config;
        try {
            config = nlohmann::json::parse(in);
        } catch (const nlohmann::json::exception &e) {
            throw std::runtime_error(configPath + " is not valid JSON: " + e.what());
        }
        if (!config.is_object()) throw std::runtime_error(configPath + " must hold a JSON object");
        if (auto lower = optionalFlag(config, "do_lower_case", configPath)) options.lowerCase = *lower;
        options.stripAccents = optionalFlag(config, "strip_accents", configPath);
        if (auto chinese = optionalFlag(config, "tokenize_chinese_chars", configPath))
            options.tokenizeChineseChars = *chinese;
    }
    return fromVocabFile((dir / "vocab.txt").string(), options);
}

void WordPieceTokenizer::save(const std::string &folder) const
{
    const std::filesystem::path dir(folder);
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error) throw std::runtime_error("cannot create folder " + folder + ": " + error.message());

    std::string vocab;
    for (const std::string &token : m_vocabulary) vocab.append(token).push_back('\n');
    writeFileAtomically((dir / "vocab.txt").string(), vocab);

    nlohmann::json config = {
        {"tokenizer_class", "BertTokenizer"},
        {"do_lower_case", m_options.lowerCase},
        {"strip_accents", nullptr},
        {"tokenize_chinese_chars", m_options.tokenizeChineseChars},
        {"unk_token", kUnknown},
        {"sep_token", kSep},
        {"pad_token", kPad},
        {"cls_token", kCls},
        {"mask_token", kMask},
    };
    if (m_options.stripAccents) config["strip_accents"] = *m_options.stripAccents;
    writeFileAtomically((dir / "tokenizer_config.json").string(), config.dump(2) + "\n");
}

int64_t WordPieceTokenizer::tokenId(std::string_view token) const
{
    const int32_t id = m_lookup->wordStarts.find(token);
    return id == VocabularyIndex::kNotFound ? -1 : id;
}

std::vector<std::string> WordPieceTokenizer::tokenize(const std::string &utf8Text) const
{
    std::vector<int64_t> ids;
    appendIds(utf8Text, ids);
    std::vector<std::string> tokens;
    tokens.reserve(ids.size());
    for (int64_t id : ids) tokens.push_back(m_vocabulary[std::size_t(id)]);
    return tokens;
}

std::vector<int64_t> WordPieceTokenizer::tokenIds(const std::string &utf8Text) const
{
    std::vector<int64_t> ids;
    appendIds(utf8Text, ids);
    return ids;
}

WordPieceTokenizer::Encoding WordPieceTokenizer::encode(const std::string &utf8Text, std::size_t maxLength) const
{
    if (maxLength < 2)
        throw std::invalid_argument("maximum sequence length " + std::to_string(maxLength)
                                    + " leaves no room for [CLS] and [SEP]; use at least 2");
    Encoding encoding;
    encoding.inputIds.push_back(m_cls);
    appendIds(utf8Text, encoding.inputIds);
    if (encoding.inputIds.size() > maxLength - 1) encoding.inputIds.resize(maxLength - 1);
    encoding.inputIds.push_back(m_sep);
    encoding.attentionMask.assign(encoding.inputIds.size(), 1);
    encoding.tokenTypeIds.assign(encoding.inputIds.size(), 0);
    return encoding;
}

void WordPieceTokenizer::appendIds(std::string_view text, std::vector<int64_t> &ids) const
{
    std::string chars;
    std::vector<uint32_t> wordEnds;
    chars.reserve(text.size() + 16);
    auto appendSegment = [&](std::string_view segment) {
        chars.clear();
        wordEnds.clear();
        m_lookup->normalizer->splitWords(segment, chars, wordEnds);
        uint32_t start = 0;
        for (uint32_t end : wordEnds) {
            appendWordPieces(std::string_view(chars).substr(start, end - start), ids);
            start = end;
        }
    };

    // Cut special tokens ("[SEP]") out first: leftmost match wins; none is a prefix of another.
    std::size_t segmentStart = 0;
    for (std::size_t at = text.find('['); at != std::string_view::npos; at = text.find('[', at)) {
        const std::pair<std::string, int64_t> *match = nullptr;
        for (const auto &special : m_lookup->specialTokens)
            if (text.compare(at, special.first.size(), special.first) == 0
                && (!match || special.first.size() > match->first.size()))
                match = &special;
        if (!match) {
            ++at;
            continue;
        }
        appendSegment(text.substr(segmentStart, at - segmentStart));
        ids.push_back(match->second);
        at += match->first.size();
        segmentStart = at;
    }
    appendSegment(text.substr(segmentStart));
}

// Greedy longest-match-first: at each position take the longest vocabulary piece ("##" pieces
// after the first); a word with any position that matches nothing becomes one [UNK].
void WordPieceTokenizer::appendWordPieces(std::string_view word, std::vector<int64_t> &ids) const
{
    if (characterCount(word) > kMaxCharsPerWord) {
        ids.push_back(m_unknown);
        return;
    }
    const std::size_t firstPiece = ids.size();
    uint32_t hashes[4 * kMaxCharsPerWord + 1];  // [k]: hash of the rest of the word's first k bytes
    std::size_t start = 0;
    while (start < word.size()) {
        const VocabularyIndex &index = start == 0 ? m_lookup->wordStarts : m_lookup->continuations;
        const std::size_t limit = std::min(word.size() - start, index.longestToken());
        hashes[0] = VocabularyIndex::startHash();
        for (std::size_t k = 1; k <= limit; ++k)
            hashes[k] = VocabularyIndex::extendHash(hashes[k - 1], static_cast<unsigned char>(word[start + k - 1]));
        int32_t id = VocabularyIndex::kNotFound;
        std::size_t length = limit;
        for (; length > 0; --length) {
            if (start + length < word.size() && isUtf8ContinuationByte(word[start + length])) continue;
            id = index.find(word.substr(start, length), hashes[length]);
            if (id != VocabularyIndex::kNotFound) break;
        }
        if (id == VocabularyIndex::kNotFound) {
            ids.resize(firstPiece);
            ids.push_back(m_unknown);
            return;
        }
        ids.push_back(id);
        start += length;
    }
}

}  // namespace lepton
