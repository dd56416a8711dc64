#include "training/tokenizer/TextNormalizer.h"

#include <algorithm>
#include <stdexcept>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <utility>

namespace lepton {

namespace {

// Hugging Face asks the unicode_categories crate for general categories, and its tables are those
// of Unicode 8.0: characters assigned later count as unassigned (so they are neither dropped as
// "other" nor stripped as marks nor split as punctuation), and the few characters whose category
// has changed since then keep their 8.0 category (the list below: every one that changes a token,
// found by comparing all code points with Hugging Face). ICU supplies the current category and
// the Unicode version that assigned each character.
bool assignedBy(char32_t c, int major)
{
    UVersionInfo age;
    u_charAge(UChar32(c), age);
    return age[0] <= major;
}

uint32_t categoryMaskAsInUnicode8(char32_t c)
{
    struct Changed {
        char32_t c;
        uint32_t mask;
    };
    static constexpr Changed kChangedSince8[] = {
        {0x166D, U_GC_PO_MASK},   // CANADIAN SYLLABICS CHI SIGN, now So
        {0x1734, U_GC_MN_MASK},   // HANUNOO SIGN PAMUDPOD, now Mc
        {0x1885, U_GC_LO_MASK},   // MONGOLIAN LETTER ALI GALI BALUDA, now Mn
        {0x1886, U_GC_LO_MASK},   // MONGOLIAN LETTER ALI GALI THREE BALUDA, now Mn
        {0xA9BD, U_GC_MC_MASK},   // JAVANESE CONSONANT SIGN KERET, now Mn
        {0x111C9, U_GC_PO_MASK},  // SHARADA SANDHI MARK, now Mn
    };
    if (!assignedBy(c, 8)) return U_GC_CN_MASK;
    for (const Changed &changed : kChangedSince8)
        if (changed.c == c) return changed.mask;
    return U_GET_GC_MASK(c);
}

// "Other" in Hugging Face's clean-up: Cc, Cf, Co, Cs (the crate does not count Cn as other).
bool isOther(char32_t c)
{
    return (categoryMaskAsInUnicode8(c) & (U_GC_CC_MASK | U_GC_CF_MASK | U_GC_CO_MASK | U_GC_CS_MASK)) != 0;
}

bool isNonSpacingMark(char32_t c) { return (categoryMaskAsInUnicode8(c) & U_GC_MN_MASK) != 0; }

// Rust's char::is_whitespace: the Unicode White_Space property.
bool isWhitespace(char32_t c) { return u_isUWhiteSpace(c); }

bool isAsciiPunctuation(char32_t c)
{
    return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60)
        || (c >= 0x7B && c <= 0x7E);
}

// BertPreTokenizer's punctuation: ASCII punctuation (which includes symbols such as $ + < = > ^ `
// | ~) or any Unicode P* category.
bool isPunctuation(char32_t c)
{
    return isAsciiPunctuation(c) || (categoryMaskAsInUnicode8(c) & U_GC_P_MASK) != 0;
}

// The CJK ideograph blocks Hugging Face (and Google's original BERT) split into single characters.
bool isChineseChar(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0x2A700 && c <= 0x2B73F)
        || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B920 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

const UNormalizer2 *nfd()
{
    static const UNormalizer2 *instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const UNormalizer2 *n = unorm2_getNFDInstance(&status);
        if (U_FAILURE(status))
            throw std::runtime_error(std::string("ICU NFD normalizer unavailable: ") + u_errorName(status));
        return n;
    }();
    return instance;
}

// Hugging Face's NFD (the unicode-normalization-alignments crate) has Unicode 9.0 tables: a
// character assigned later neither decomposes nor has a combining class.
uint8_t combiningClassAsInUnicode9(char32_t c)
{
    return assignedBy(c, 9) ? static_cast<uint8_t>(u_getCombiningClass(UChar32(c))) : 0;
}

// Full canonical decomposition of c into out (UTF-32); false when c has none.
bool decomposeAsInUnicode9(char32_t c, std::u32string &out)
{
    if (c < 0xC0 || !assignedBy(c, 9)) return false;
    UChar buffer[32];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = unorm2_getDecomposition(nfd(), UChar32(c), buffer, 32, &status);
    if (U_FAILURE(status) || length < 0) return false;
    out.clear();
    for (int32_t i = 0; i < length;) {
        UChar32 d;
        U16_NEXT(buffer, i, length, d);
        out.push_back(char32_t(d));
    }
    return true;
}

// Full lower-case mapping of one character without context (Rust's char::to_lowercase):
// U+0130 becomes "i" + U+0307, a lone capital sigma becomes the medial one. Hugging Face's build
// knows Unicode 16, Debian 12's ICU 72 stops at 15: the 55 capitals new in 16 (Garay, a few Latin)
// stay capitals here. No BERT vocabulary holds either form, so both give [UNK] (the every-code-
// point test in tst_wordpiecetokenizer checks that).
void lowerCase(char32_t c, std::u32string &out)
{
    out.clear();
    if (!u_hasBinaryProperty(UChar32(c), UCHAR_CHANGES_WHEN_LOWERCASED)) {
        out.push_back(c);
        return;
    }
    UChar source[2];
    int32_t sourceLength = 0;
    U16_APPEND_UNSAFE(source, sourceLength, UChar32(c));
    UChar lowered[8];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = u_strToLower(lowered, 8, source, sourceLength, "", &status);
    if (U_FAILURE(status))  // one character lower-cases to at most three
        throw std::runtime_error(std::string("ICU cannot lower-case a character: ") + u_errorName(status));
    for (int32_t i = 0; i < length;) {
        UChar32 d;
        U16_NEXT(lowered, i, length, d);
        out.push_back(char32_t(d));
    }
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

constexpr char32_t kInvalid = 0xFFFD;

// Decodes one code point at p (p < end, *p >= 0x80) and returns the bytes it used. Invalid input
// gives kInvalid for the longest valid-looking prefix (at least one byte), as WHATWG's decoder
// does, so the byte that broke the sequence is read again as the start of the next one.
std::size_t decodeUtf8(const unsigned char *p, const unsigned char *end, char32_t &c)
{
    const unsigned char lead = p[0];
    std::size_t length;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        c = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        c = lead & 0x0F;
        if (lead == 0xE0) low = 0xA0;         // overlong
        else if (lead == 0xED) high = 0x9F;   // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        c = lead & 0x07;
        if (lead == 0xF0) low = 0x90;         // overlong
        else if (lead == 0xF4) high = 0x8F;   // above U+10FFFF
    } else {
        c = kInvalid;
        return 1;
    }
    for (std::size_t i = 1; i < length; ++i) {
        if (p + i >= end || p[i] < low || p[i] > high) {
            c = kInvalid;
            return i;
        }
        low = 0x80;
        high = 0xBF;
        c = (c << 6) | (p[i] & 0x3F);
    }
    return length;
}

}  // namespace

TextNormalizer::TextNormalizer(bool lowerCase, bool stripAccents, bool splitChineseChars)
    : m_lowerCase(lowerCase), m_stripAccents(stripAccents), m_splitChineseChars(splitChineseChars),
      m_bmp(0x10000)
{
    for (char32_t c = 0; c < 0x10000; ++c) m_bmp[c] = classify(c);
    for (int c = 0; c < 128; ++c)
        m_asciiLower[c] = static_cast<unsigned char>(lowerCase && c >= 'A' && c <= 'Z' ? c + 32 : c);
}

TextNormalizer::Class TextNormalizer::classify(char32_t c) const
{
    if (c == '\t' || c == '\n' || c == '\r') return Space;
    if (c == 0 || c == 0xFFFD || isOther(c)) return Drop;
    if (isWhitespace(c)) return Space;
    if (m_splitChineseChars && isChineseChar(c)) return Chinese;
    if (m_stripAccents) {
        std::u32string pieces;
        if (decomposeAsInUnicode9(c, pieces) || combiningClassAsInUnicode9(c) != 0
            || isNonSpacingMark(c))
            return Transform;
    }
    if (m_lowerCase && u_hasBinaryProperty(UChar32(c), UCHAR_CHANGES_WHEN_LOWERCASED)) return Transform;
    return isPunctuation(c) ? Punctuation : Keep;
}

// Builds the words of one text; keeps the combining marks that canonical ordering may still move.
class TextNormalizer::Writer {
public:
    Writer(const TextNormalizer &normalizer, std::string &chars, std::vector<uint32_t> &wordEnds)
        : m_normalizer(normalizer), m_chars(chars), m_wordEnds(wordEnds), m_wordStart(chars.size())
    {
    }

    void endWord()
    {
        if (m_chars.size() > m_wordStart) {
            m_wordEnds.push_back(static_cast<uint32_t>(m_chars.size()));
            m_wordStart = m_chars.size();
        }
    }
    void append(char byte) { m_chars.push_back(byte); }
    void append(const unsigned char *bytes, std::size_t length)
    {
        m_chars.append(reinterpret_cast<const char *>(bytes), length);
    }
    void appendWord(const unsigned char *bytes, std::size_t length)
    {
        endWord();
        append(bytes, length);
        endWord();
    }

    // A character that survived the clean-up starts here: reordering of marks before it ends.
    void startCharacter()
    {
        if (!m_marks.empty()) flushMarks();
    }

    // Decompose (when stripping accents), drop non-spacing marks, lower-case, split.
    void transform(char32_t c)
    {
        if (!m_normalizer.m_stripAccents) {
            startCharacter();
            lowerAndSplit(c);
            return;
        }
        std::u32string &pieces = m_decomposed;
        if (!decomposeAsInUnicode9(c, pieces)) pieces.assign(1, c);
        for (char32_t d : pieces) {
            const uint8_t combiningClass = combiningClassAsInUnicode9(d);
            if (combiningClass == 0) startCharacter();
            if (isNonSpacingMark(d)) continue;
            if (combiningClass == 0) lowerAndSplit(d);
            else m_marks.emplace_back(combiningClass, d);
        }
    }

    void finish()
    {
        startCharacter();
        endWord();
    }

private:
    // NFD's canonical ordering of the marks kept since the last starter (a stable sort by combining
    // class; dropping the non-spacing ones first does not change the order of the rest).
    void flushMarks()
    {
        std::stable_sort(m_marks.begin(), m_marks.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &mark : m_marks) lowerAndSplit(mark.second);
        m_marks.clear();
    }

    void lowerAndSplit(char32_t c)
    {
        if (m_normalizer.m_lowerCase) lowerCase(c, m_lowered);
        else m_lowered.assign(1, c);
        for (char32_t x : m_lowered) {
            if (isWhitespace(x)) {
                endWord();
            } else if (isPunctuation(x)) {
                endWord();
                appendUtf8(m_chars, x);
                endWord();
            } else {
                appendUtf8(m_chars, x);
            }
        }
    }

    const TextNormalizer &m_normalizer;
    std::string &m_chars;
    std::vector<uint32_t> &m_wordEnds;
    std::size_t m_wordStart;
    std::vector<std::pair<uint8_t, char32_t>> m_marks;
    std::u32string m_decomposed;
    std::u32string m_lowered;
};

void TextNormalizer::splitWords(std::string_view text, std::string &chars,
                                std::vector<uint32_t> &wordEnds) const
{
    Writer out(*this, chars, wordEnds);
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *end = p + text.size();
    while (p < end) {
        if (*p < 0x80) {
            const unsigned char b = *p++;
            switch (Class(m_bmp[b])) {
            case Keep:
            case Transform:  // only A-Z when lower-casing
                out.startCharacter();
                out.append(char(m_asciiLower[b]));
                break;
            case Space:
                out.startCharacter();
                out.endWord();
                break;
            case Punctuation:
                out.startCharacter();
                out.appendWord(&b, 1);
                break;
            default:  // Drop (ASCII has no Chinese)
                break;
            }
            continue;
        }
        char32_t c;
        const std::size_t length = decodeUtf8(p, end, c);
        switch (classOf(c)) {
        case Drop:
            break;
        case Space:
            out.startCharacter();
            out.endWord();
            break;
        case Punctuation:
            out.startCharacter();
            out.appendWord(p, length);
            break;
        case Chinese:
            out.startCharacter();
            out.endWord();
            if (m_stripAccents) out.transform(c);  // compatibility ideographs decompose
            else out.append(p, length);
            out.startCharacter();
            out.endWord();
            break;
        case Keep:
            out.startCharacter();
            out.append(p, length);
            break;
        case Transform:
            out.transform(c);
            break;
        }
        p += length;
    }
    out.finish();
}

}  // namespace lepton
