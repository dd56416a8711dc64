// SQL lint: no SQL text is built at run time except the reviewed uses in the allow-list.
//
// Scans C++ sources for string literals that look like SQL (an upper-case keyword such as SELECT,
// INSERT, WHERE, PRAGMA; a statement in lower case; or a fragment opening a quoted value, "x = '"). A literal is "built" when it holds an arg() placeholder (%1..%9) or when
// its statement also uses .arg(, QString::asprintf, + or += outside string literals: that is how
// user text would get into SQL instead of a bound ? parameter. Every built SQL literal must be in
// the allow-list (file, literal text, and the reason why only constants from the code fill it);
// any other is reported with its file and line, and the exit code is 1.
//
//   sql_lint --allow ALLOWLIST [--expect N] DIR...
// --expect N: exit 0 exactly when N violations are found (the test that proves the lint can fail).
// Allow-list lines: PATH | LITERAL (whitespace simplified, first 60 characters) | REASON, one line
// per built literal (the same text built twice in a file is listed twice).
// PATH starts with the scanned directory's name (models/Workspace.cpp); # starts a comment line.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Literal {
    std::string text;
    int line = 0;
    std::size_t codeStart = 0;  // where the literal sits in the code with literals blanked
};

// The code with comments removed and every string and character literal replaced by a
// placeholder of spaces, plus the literals themselves (adjacent literals stay separate).
struct Scanned {
    std::string code;
    std::vector<Literal> literals;
};

Scanned scan(const std::string &src)
{
    Scanned out;
    int line = 1;
    std::size_t i = 0;
    auto keep = [&](char c) {
        out.code += c;
        if (c == '\n') ++line;
    };
    while (i < src.size()) {
        const char c = src[i];
        if (c == '/' && i + 1 < src.size() && src[i + 1] == '/') {
            while (i < src.size() && src[i] != '\n') ++i;
        } else if (c == '/' && i + 1 < src.size() && src[i + 1] == '*') {
            const std::size_t end = src.find("*/", i + 2);
            const std::size_t stop = end == std::string::npos ? src.size() : end + 2;
            for (; i < stop; ++i)
                if (src[i] == '\n') keep('\n');
        } else if (c == 'R' && i + 1 < src.size() && src[i + 1] == '"' && (i == 0 || !std::isalnum((unsigned char)src[i - 1]))) {
            const std::size_t open = src.find('(', i + 2);
            const std::string delim = ")" + src.substr(i + 2, open - i - 2) + "\"";
            const std::size_t close = src.find(delim, open);
            Literal lit{src.substr(open + 1, close - open - 1), line, out.code.size()};
            out.literals.push_back(lit);
            out.code += "\"\"";
            for (std::size_t k = i; k < close + delim.size(); ++k)
                if (src[k] == '\n') keep('\n');
            i = close + delim.size();
        } else if (c == '"' || c == '\'') {
            std::string text;
            std::size_t k = i + 1;
            for (; k < src.size() && src[k] != c; ++k) {
                if (src[k] == '\\' && k + 1 < src.size()) text += src[++k];
                else text += src[k];
            }
            if (c == '"') out.literals.push_back({text, line, out.code.size()});
            out.code += c == '"' ? "\"\"" : "' '";
            i = k + 1;
        } else {
            keep(c);
            ++i;
        }
    }
    return out;
}

bool looksLikeSql(const std::string &text)
{
    static const std::regex keyword(
        R"(^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|VACUUM|SAVEPOINT|RELEASE|ROLLBACK|BEGIN|COMMIT|REPLACE)\b)"
        R"(|\b(FROM|WHERE|VALUES|JOIN|ORDER BY|GROUP BY|LIMIT|SET)\b)");
    // SQL in lower case, told from prose ("Select a partner: %1") by the shape of a statement.
    static const std::regex statement(
        R"(^\s*select\b[\s\S]*\bfrom\b|^\s*insert\s+into\b|^\s*update\s+\w+\s+set\b|^\s*delete\s+from\b)"
        R"(|\bwhere\s+[\w.]+\s*(=|<|>|!=|\blike\b|\bin\b))",
        std::regex::icase);
    // A fragment without any keyword that opens a quoted value for text to be spliced into:
    // "name = '" + value.
    static const std::regex openValue(R"((=|<>|<|>|\blike|,|\()\s*'$)", std::regex::icase);
    return std::regex_search(text, keyword) || std::regex_search(text, statement) || std::regex_search(text, openValue);
}

bool hasPlaceholder(const std::string &text)
{
    static const std::regex placeholder(R"(%[1-9])");
    return std::regex_search(text, placeholder);
}

// The statement around a position: from the previous ; { or } to the next one.
std::string statementAround(const std::string &code, std::size_t pos)
{
    const std::size_t begin = code.find_last_of(";{}", pos == 0 ? 0 : pos - 1);
    const std::size_t end = code.find_first_of(";{}", pos);
    const std::size_t from = begin == std::string::npos ? 0 : begin + 1;
    return code.substr(from, (end == std::string::npos ? code.size() : end) - from);
}

bool buildsText(const std::string &statement)
{
    if (statement.find(".arg(") != std::string::npos || statement.find("asprintf") != std::string::npos) return true;
    for (std::size_t p = statement.find('+'); p != std::string::npos; p = statement.find('+', p + 1)) {
        const bool increment = (p + 1 < statement.size() && statement[p + 1] == '+') || (p > 0 && statement[p - 1] == '+');
        if (!increment) return true;
    }
    return false;
}

std::string simplified(const std::string &text)
{
    std::string out;
    bool space = false;
    for (char c : text) {
        if (std::isspace((unsigned char)c)) {
            space = !out.empty();
        } else {
            if (space) out += ' ';
            out += c;
            space = false;
        }
    }
    out = out.substr(0, 60);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string trim(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t");
    const auto e = s.find_last_not_of(" \t\r");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

}  // namespace

int main(int argc, char **argv)
{
    std::string allowPath;
    long expect = -1;
    std::vector<fs::path> roots;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--allow" && i + 1 < argc) allowPath = argv[++i];
        else if (arg == "--expect" && i + 1 < argc) expect = std::strtol(argv[++i], nullptr, 10);
        else roots.emplace_back(arg);
    }
    if (allowPath.empty() || roots.empty()) {
        std::cerr << "usage: sql_lint --allow ALLOWLIST [--expect N] DIR...\n";
        return 2;
    }
    // Each allow-list line reviews one literal: a file with the same text built twice lists it
    // twice, so that a short key ("WHERE") never approves literals added later.
    std::map<std::pair<std::string, std::string>, int> allowed;
    std::ifstream allowFile(allowPath);
    if (!allowFile) {
        std::cerr << "sql_lint: cannot read the allow-list " << allowPath << "\n";
        return 2;
    }
    for (std::string line; std::getline(allowFile, line);) {
        if (trim(line).empty() || trim(line)[0] == '#') continue;
        const auto first = line.find(" | ");
        const auto second = line.find(" | ", first + 3);
        if (first == std::string::npos || second == std::string::npos || trim(line.substr(second + 3)).empty()) {
            std::cerr << "sql_lint: allow-list line without PATH | LITERAL | REASON: " << line << "\n";
            return 2;
        }
        ++allowed[{trim(line.substr(0, first)), trim(line.substr(first + 3, second - first - 3))}];
    }

    long violations = 0, built = 0;
    std::map<std::pair<std::string, std::string>, int> used;
    for (const fs::path &root : roots) {
        std::vector<fs::path> files;
        for (const auto &entry : fs::recursive_directory_iterator(root)) {
            const std::string ext = entry.path().extension().string();
            if (entry.is_regular_file() && (ext == ".cpp" || ext == ".h")) files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());
        for (const fs::path &file : files) {
            std::ifstream in(file, std::ios::binary);
            std::stringstream buffer;
            buffer << in.rdbuf();
            const Scanned s = scan(buffer.str());
            const std::string relative = fs::relative(file, fs::absolute(root).lexically_normal().parent_path()).generic_string();
            for (const Literal &lit : s.literals) {
                if (!looksLikeSql(lit.text)) continue;
                if (!hasPlaceholder(lit.text) && !buildsText(statementAround(s.code, lit.codeStart))) continue;
                ++built;
                const auto key = std::make_pair(relative, simplified(lit.text));
                const auto reviewed = allowed.find(key);
                if (reviewed != allowed.end() && used[key] < reviewed->second) {
                    ++used[key];
                    continue;
                }
                ++violations;
                std::cout << relative << ":" << lit.line << ": SQL built at run time: \"" << simplified(lit.text)
                          << "\"\n    Bind values with ? instead; if only identifiers from code constants fill it, add\n    "
                          << relative << " | " << simplified(lit.text) << " | WHY\n    to " << allowPath << " after review.\n";
            }
        }
    }
    for (const auto &[entry, count] : allowed)
        if (used[entry] < count)
            std::cout << "note: allow-list entry matches " << used[entry] << " of its " << count
                      << " lines' literals (remove the rest): " << entry.first << " | " << entry.second << "\n";
    std::cout << "sql_lint: " << built << " SQL literals built at run time, " << (built - violations)
              << " of them reviewed in the allow-list, " << violations << " violations\n";
    if (expect >= 0) return violations == expect ? 0 : 1;
    return violations == 0 ? 0 : 1;
}
