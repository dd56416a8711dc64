#pragma once
// BERT WordPiece tokenization exactly as Hugging Face's BertTokenizer does it. Plain C++ (no
// torch, no Qt), so the GUI's "try it" box and the data pipeline share one implementation.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lepton {

class WordPieceTokenizer {
public:
    struct Options {
        bool lowerCase = true;
        // Hugging Face: unset means "strip accents when lower-casing".
        std::optional<bool> stripAccents;
        bool tokenizeChineseChars = true;
    };

    struct Encoding {
        std::vector<int64_t> inputIds;       // [CLS] ... [SEP]
        std::vector<int64_t> attentionMask;  // 1 for every real token
        std::vector<int64_t> tokenTypeIds;   // 0 for a single sequence
    };

    WordPieceTokenizer(std::vector<std::string> vocabulary, Options options);
    // vocab.txt (one token a line, ids by line, read as Hugging Face's fast tokenizer reads it);
    // throws std::runtime_error naming the file and line.
    static WordPieceTokenizer fromVocabFile(const std::string &path, Options options);
    // The bytes of a vocab.txt; source names it in messages.
    static WordPieceTokenizer fromVocabText(std::string_view bytes, Options options, const std::string &source);
    // A checkpoint folder: vocab.txt plus optional tokenizer_config.json (do_lower_case,
    // strip_accents, tokenize_chinese_chars).
    static WordPieceTokenizer fromFolder(const std::string &folder);
    // Writes vocab.txt and tokenizer_config.json into folder (each atomically).
    void save(const std::string &folder) const;

    // Word pieces as strings ("un", "##aff", "##able"), without [CLS]/[SEP]. As in Hugging Face,
    // "[SEP]", "[CLS]", "[PAD]", "[UNK]" and "[MASK]" written in the text stay single tokens, and
    // bytes that are not UTF-8 are dropped (read as U+FFFD, which BERT's clean-up removes).
    std::vector<std::string> tokenize(const std::string &utf8Text) const;
    // Ids without special tokens.
    std::vector<int64_t> tokenIds(const std::string &utf8Text) const;
    // [CLS] tokens [SEP], truncated to maxLength (>= 2) in total.
    Encoding encode(const std::string &utf8Text, std::size_t maxLength) const;

    std::size_t vocabularySize() const { return m_vocabulary.size(); }
    const std::vector<std::string> &vocabulary() const { return m_vocabulary; }
    const Options &options() const { return m_options; }
    int64_t padId() const { return m_pad; }
    int64_t unknownId() const { return m_unknown; }
    int64_t clsId() const { return m_cls; }
    int64_t sepId() const { return m_sep; }
    // Id of a vocabulary token, or -1.
    int64_t tokenId(std::string_view token) const;

    // Words over this many characters become [UNK] (Hugging Face's max_input_chars_per_word).
    static constexpr std::size_t kMaxCharsPerWord = 100;
    // Bounds for a vocab.txt from elsewhere. The largest published BERT vocabularies have about
    // 250,000 tokens in 5 MB, with no token near 1 KiB (WordPiece never matches words over
    // kMaxCharsPerWord characters anyway).
    static constexpr std::size_t kMaxVocabularyFileBytes = 64u << 20;
    static constexpr std::size_t kMaxTokenBytes = 1024;
    static constexpr std::size_t kMaxTokenizerConfigBytes = 16u << 20;  // real ones: a few KB

private:
    struct Lookup;  // normaliser and hash indexes, shared by copies (immutable once built)

    void appendIds(std::string_view text, std::vector<int64_t> &ids) const;
    void appendWordPieces(std::string_view word, std::vector<int64_t> &ids) const;

    std::vector<std::string> m_vocabulary;
    std::shared_ptr<const Lookup> m_lookup;
    Options m_options;
    int64_t m_pad = 0, m_unknown = 0, m_cls = 0, m_sep = 0;
};

}  // namespace lepton
