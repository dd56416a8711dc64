// libFuzzer target: the WordPiece tokenizer and its vocab.txt loading (training/WordPieceTokenizer,
// VocabularyIndex, TextNormalizer). Input: one byte of options, then a vocab.txt, a blank line,
// and the text to tokenize. When the vocabulary is refused, the text still goes through a small
// fixed one, so the tokenizer is fuzzed either way.
#include "FuzzCheck.h"
#include "training/tokenizer/WordPieceTokenizer.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace {

using lepton::WordPieceTokenizer;

const WordPieceTokenizer &fallbackTokenizer(unsigned flags)
{
    static const std::string vocab =
        "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nthe\nun\n##aff\n##able\n##s\nhello\n##llo\nworld\n!\n,\n.\n"
        "a\n##a\nb\n##b\n\xE4\xB8\xAD\n\xE6\x96\x87\ncafe\n\xC3\xA9\n##\xC3\xA9\n[\n]\n##\n#\n";
    static const WordPieceTokenizer lower = WordPieceTokenizer::fromVocabText(vocab, {}, "fallback");
    static const WordPieceTokenizer cased = WordPieceTokenizer::fromVocabText(vocab, {false, false, false}, "fallback");
    return (flags & 1) ? lower : cased;
}

void tokenizeAndCheck(const WordPieceTokenizer &tokenizer, const std::string &text, unsigned flags)
{
    const auto ids = tokenizer.tokenIds(text);
    const auto pieces = tokenizer.tokenize(text);
    FUZZ_CHECK(ids.size() == pieces.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        FUZZ_CHECK(ids[i] >= 0 && std::size_t(ids[i]) < tokenizer.vocabularySize());
        FUZZ_CHECK(pieces[i] == tokenizer.vocabulary()[std::size_t(ids[i])]);
    }
    const std::size_t maxLength = 2 + (flags >> 4);
    const auto encoding = tokenizer.encode(text, maxLength);
    FUZZ_CHECK(encoding.inputIds.size() >= 2 && encoding.inputIds.size() <= maxLength);
    FUZZ_CHECK(encoding.inputIds.front() == tokenizer.clsId() && encoding.inputIds.back() == tokenizer.sepId());
    FUZZ_CHECK(encoding.attentionMask.size() == encoding.inputIds.size());
    FUZZ_CHECK(encoding.tokenTypeIds.size() == encoding.inputIds.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) return 0;
    const unsigned flags = data[0];
    const std::string_view rest(reinterpret_cast<const char *>(data) + 1, size - 1);
    const std::size_t blank = rest.find("\n\n");
    const std::string_view vocab = rest.substr(0, blank);
    const std::string text(blank == std::string_view::npos ? std::string_view() : rest.substr(blank + 2));

    WordPieceTokenizer::Options options;
    options.lowerCase = flags & 1;
    if (flags & 2) options.stripAccents = (flags & 4) != 0;
    options.tokenizeChineseChars = flags & 8;
    std::optional<WordPieceTokenizer> tokenizer;
    try {
        tokenizer.emplace(WordPieceTokenizer::fromVocabText(vocab, options, "vocab.txt"));
    } catch (const std::runtime_error &error) {
        FUZZ_CHECK(std::string(error.what()).rfind("vocab.txt", 0) == 0);
    }
    if (tokenizer) {
        FUZZ_CHECK(tokenizer->vocabularySize() >= 4);
        tokenizeAndCheck(*tokenizer, text, flags);
    }
    tokenizeAndCheck(fallbackTokenizer(flags), blank == std::string_view::npos ? std::string(rest) : text, flags);
    return 0;
}
