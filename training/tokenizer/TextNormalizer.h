#pragma once
// BERT's text clean-up and word splitting, as Hugging Face's BertNormalizer followed by
// BertPreTokenizer does it: drop U+0000, U+FFFD and "other" characters (Cc, Cf, Co, Cs; code
// points that are unassigned stay), whitespace to word breaks, CJK ideographs as words of their
// own, optionally NFD + drop non-spacing marks, then lower-case (full mapping, one character at a
// time, as Rust's char::to_lowercase), and every punctuation character (ASCII punctuation or
// Unicode P*) as a word of its own. Character properties come from ICU, aged to the Unicode
// versions of Hugging Face's tables (see TextNormalizer.cpp).
//
// One pass over the UTF-8 bytes: ASCII goes through small tables, the Basic Multilingual Plane
// through a per-code-point class table built once, and only characters that change (accents,
// capitals, compatibility forms) take the slow path through ICU. Invalid UTF-8 is read as U+FFFD
// (WHATWG "maximal subpart" decoding, as Hugging Face's bindings decode bytes), which the clean-up
// then drops: bad bytes vanish and the valid text around them is tokenized as usual.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lepton {

class TextNormalizer {
public:
    TextNormalizer(bool lowerCase, bool stripAccents, bool splitChineseChars);

    // Appends the normalised words of text to chars (back to back) and the end offset of each
    // word in chars to wordEnds. Words are never empty.
    void splitWords(std::string_view text, std::string &chars, std::vector<uint32_t> &wordEnds) const;

private:
    enum Class : uint8_t {
        Drop,       // removed by the clean-up
        Space,      // ends a word
        Punctuation,
        Chinese,    // a word of its own (when splitChineseChars)
        Keep,       // appended unchanged
        Transform,  // decomposed and/or lower-cased first
    };
    class Writer;

    Class classify(char32_t c) const;
    Class classOf(char32_t c) const { return c < 0x10000 ? Class(m_bmp[c]) : classify(c); }

    bool m_lowerCase;
    bool m_stripAccents;
    bool m_splitChineseChars;
    std::vector<uint8_t> m_bmp;    // Class of every code point below U+10000
    unsigned char m_asciiLower[128];
};

}  // namespace lepton
