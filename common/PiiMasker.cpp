#include "common/PiiMasker.h"

#include <algorithm>
#include <vector>

namespace lepton {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAlnum(char c) { return isDigit(c) || isAlpha(c); }
bool isLocalChar(char c) { return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool isDomainChar(char c) { return isAlnum(c) || c == '.' || c == '-'; }
bool isPhoneSeparator(char c) { return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')'; }

struct Span {
    std::size_t begin, end;
    std::string_view mask;
};

// The length in bytes of the UTF-8 character at i when it may stand in a domain name (letters,
// digits, "." and "-", and the letters of internationalised names such as 例子.中国), else 0.
// Punctuation outside ASCII (、。「 and the like) ends a domain.
std::size_t domainCharAt(std::string_view t, std::size_t i)
{
    const auto byte = static_cast<unsigned char>(t[i]);
    if (byte < 0x80) return isDomainChar(t[i]) ? 1 : 0;
    const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 0;
    if (length == 0 || i + length > t.size()) return 0;
    char32_t cp = byte & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(t[i + k]) & 0x3F);
    const bool punctuation = (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    return punctuation ? 0 : length;
}

// The e-mail address around the '@' at at, or an empty span.
Span emailAt(std::string_view t, std::size_t at)
{
    std::size_t b = at;
    while (b > 0 && isLocalChar(t[b - 1])) --b;
    while (b < at && t[b] == '.') ++b;
    std::size_t e = at + 1;
    while (e < t.size())
        if (const std::size_t length = domainCharAt(t, e); length > 0)
            e += length;
        else
            break;
    while (e > at + 1 && (t[e - 1] == '.' || t[e - 1] == '-')) --e;  // "mail a@b.com." ends the sentence
    if (b == at || e == at + 1) return {0, 0, {}};
    const std::size_t lastDot = t.substr(at + 1, e - at - 1).rfind('.');
    if (lastDot == std::string_view::npos || lastDot == 0) return {0, 0, {}};
    // An ASCII top-level domain ends where other script begins ("lepton.cn谢谢" is followed by
    // text); a top-level domain in another script (中国) holds no ASCII.
    const std::size_t tldBegin = at + 1 + lastDot + 1;
    const bool asciiTld = tldBegin < e && static_cast<unsigned char>(t[tldBegin]) < 0x80;
    std::size_t tldEnd = tldBegin;
    while (tldEnd < e && (static_cast<unsigned char>(t[tldEnd]) < 0x80) == asciiTld) ++tldEnd;
    if (asciiTld) e = tldEnd;
    if (tldEnd != e || tldEnd == tldBegin) return {0, 0, {}};
    const std::string_view domain = t.substr(at + 1, e - at - 1);
    if (domain.find("..") != std::string_view::npos) return {0, 0, {}};
    if (asciiTld) {
        if (e - tldBegin < 2) return {0, 0, {}};
        for (std::size_t i = tldBegin; i < e; ++i)
            if (!isAlpha(t[i])) return {0, 0, {}};
    }
    return {b, e, PiiMasker::kEmailMask};
}

struct Number {
    std::size_t end = 0;             // after the last digit
    std::vector<std::string> groups; // digit groups in order
    std::string separators;          // the first separator character between each pair of groups
    bool plus = false, bracket = false;
};

// Reads digits and separators from begin; end is 0 when there is no digit.
Number readNumber(std::string_view t, std::size_t begin)
{
    Number n;
    std::size_t i = begin;
    if (t[i] == '+') {
        n.plus = true;
        ++i;
    } else if (t[i] == '(') {
        n.bracket = true;
    }
    std::string group;
    char separator = 0;
    int run = 0;  // separator characters in a row
    for (; i < t.size(); ++i) {
        const char c = t[i];
        if (isDigit(c)) {
            if (group.empty() && !n.groups.empty()) n.separators += separator;
            group += c;
            run = 0;
            n.end = i + 1;
        } else if (isPhoneSeparator(c) && run < 2 && !(c == ' ' && run > 0 && t[i - 1] == ' ')) {
            if (!group.empty()) {
                n.groups.push_back(group);
                group.clear();
                separator = c;
            }
            ++run;
        } else {
            break;
        }
    }
    if (!group.empty()) n.groups.push_back(group);
    return n;
}

bool isDate(const Number &n)
{
    if (n.groups.size() < 3 || n.separators[0] != n.separators[1] || n.separators[0] == ' ') return false;
    const std::size_t a = n.groups[0].size(), b = n.groups[1].size(), c = n.groups[2].size();
    return (a == 4 && b <= 2 && c <= 2) || (a <= 2 && b <= 2 && (c == 2 || c == 4));
}

bool isThousands(const Number &n)
{
    if (n.groups.size() < 2 || n.groups[0].size() > 3 || n.groups[0][0] == '0') return false;
    for (std::size_t g = 1; g < n.groups.size(); ++g)
        if (n.groups[g].size() != 3 || n.separators[g - 1] != n.separators[0]) return false;
    return n.separators[0] == '.' || n.separators[0] == ' ';
}

bool isAddress(const Number &n)
{
    if (n.groups.size() != 4 || n.separators != "...") return false;
    for (const std::string &g : n.groups)
        if (g.size() > 3 || std::stoi(g) > 255) return false;
    return true;
}

bool isChineseMobile(const std::string &g)
{
    return g.size() == 11 && g[0] == '1' && g[1] >= '3' && g[1] <= '9';
}

// Digits written without any separator: a Chinese mobile number, alone or after its country code
// (8613800138000, 008613800138000); a national number after its trunk 0 (07700900123,
// 01062345678); a North American number, whose area code and exchange start with 2-9
// (4155552671). Other runs of digits (order numbers) are not phones.
bool isBarePhone(const std::string &g)
{
    if (isChineseMobile(g)) return true;
    if ((g.size() == 13 && g.rfind("86", 0) == 0) || (g.size() == 15 && g.rfind("0086", 0) == 0))
        return isChineseMobile(g.substr(g.size() - 11));
    if ((g.size() == 10 || g.size() == 11) && g[0] == '0' && g[1] != '0') return true;
    return g.size() == 10 && g[0] >= '2' && g[3] >= '2';
}

bool isPhone(const Number &n)
{
    std::size_t digits = 0;
    for (const std::string &g : n.groups) digits += g.size();
    if (digits > 15 + (n.groups[0].rfind("00", 0) == 0 ? 2 : 0)) return false;
    if (n.plus) return digits >= 8;
    if (isDate(n) || isThousands(n) || isAddress(n)) return false;
    if (n.groups.size() == 2 && n.separators[0] == '.') return false;  // a decimal number
    if (n.groups.size() == 1) return isBarePhone(n.groups[0]);
    if (digits < 9) return false;
    // An Indian mobile number in two groups of five (98765 43210).
    if (n.groups.size() == 2 && n.separators[0] == ' ' && n.groups[0].size() == 5 && n.groups[1].size() == 5 && n.groups[0][0] >= '6')
        return true;
    if (n.groups[0].rfind("00", 0) == 0) return digits >= 10;  // 00 international prefix
    if (n.bracket || n.groups[0][0] == '0') return true;
    if (n.groups.size() < 3) return false;
    for (std::size_t g = 1; g < n.groups.size(); ++g)
        if (n.groups[g].size() < 2) return false;  // "1 2 3 4 5 6 7 8 9" is a list, not a number
    return true;
}

// Whether a number starting at i is glued to a word or code before it ("INV-2024", "A1234").
bool gluedBefore(std::string_view t, std::size_t i)
{
    if (i == 0) return false;
    const char before = t[i - 1];
    if (isAlnum(before) || before == '_' || before == '.' || before == ',') return true;
    return (before == '-' || before == '/') && i >= 2 && isAlnum(t[i - 2]);
}

bool gluedAfter(std::string_view t, std::size_t end)
{
    if (end >= t.size()) return false;
    const char after = t[end];
    if (isAlnum(after) || after == '_' || after == '@') return true;
    return (after == '.' || after == ',' || after == '-' || after == '/') && end + 1 < t.size() && isDigit(t[end + 1]);
}

// Full-width forms (U+FF01..U+FF5E: １３８, ＋, ＠) as their ASCII twins and the ideographic
// space as a space, so that numbers and addresses typed with a Chinese input method are found.
// origin[k] is the offset in text of the normalised byte k (one past the end included).
std::string normaliseWidth(std::string_view text, std::vector<std::size_t> *origin)
{
    std::string out;
    out.reserve(text.size());
    origin->clear();
    for (std::size_t i = 0; i < text.size();) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        if (i + 2 < text.size() && (b0 == 0xEF || b0 == 0xE3)) {
            const auto b1 = static_cast<unsigned char>(text[i + 1]), b2 = static_cast<unsigned char>(text[i + 2]);
            const char32_t cp = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
            if ((cp >= 0xFF01 && cp <= 0xFF5E) || cp == 0x3000) {
                origin->push_back(i);
                out += cp == 0x3000 ? ' ' : char(cp - 0xFEE0);
                i += 3;
                continue;
            }
        }
        origin->push_back(i);
        out += text[i++];
    }
    origin->push_back(text.size());
    return out;
}

// The e-mail addresses and phone numbers in text, in order.
std::vector<Span> find(std::string_view text)
{
    std::vector<Span> spans;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '@')
            if (const Span s = emailAt(text, i); s.end > s.begin) {
                if (!spans.empty() && spans.back().end > s.begin) continue;
                spans.push_back(s);
                i = s.end - 1;
            }
    std::vector<Span> all;
    std::size_t next = 0;  // the next e-mail span
    for (std::size_t i = 0; i < text.size();) {
        if (next < spans.size() && i >= spans[next].begin) {
            all.push_back(spans[next]);
            i = spans[next++].end;
            continue;
        }
        const char c = text[i];
        const bool starts = isDigit(c) || ((c == '+' || c == '(') && i + 1 < text.size() && isDigit(text[i + 1]));
        if (!starts || gluedBefore(text, i)) {
            ++i;
            continue;
        }
        const Number n = readNumber(text, i);
        const std::size_t limit = next < spans.size() ? spans[next].begin : text.size();
        if (n.end > i && n.end <= limit && !gluedAfter(text, n.end) && isPhone(n)) all.push_back({i, n.end, PiiMasker::kPhoneMask});
        // A rejected number is skipped whole, so that no phone is found inside an amount or a date.
        i = std::max(n.end, i + 1);
        while (i < text.size() && isDigit(text[i])) ++i;
    }
    return all;
}

}  // namespace

std::string PiiMasker::mask(std::string_view text)
{
    std::vector<std::size_t> origin;
    const std::string normalised = normaliseWidth(text, &origin);
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    // Found in the normalised text, replaced in the original: text around them keeps its width.
    for (const Span &s : find(normalised)) {
        const std::size_t begin = origin[s.begin], end = origin[s.end];
        out.append(text.substr(at, begin - at));
        out.append(s.mask);
        at = end;
    }
    out.append(text.substr(at));
    return out;
}

}  // namespace lepton
