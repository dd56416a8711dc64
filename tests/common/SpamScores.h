#pragma once
// A real numeric label for text regression tests: SMS messages of the SMS Spam Collection (shared
// data) scored 1 for spam and 0 for ham, written as a "text,spam" CSV file.
#include "common/CsvReader.h"

#include <fstream>
#include <map>
#include <string>

// Writes the messages of smsCsv (columns text,label) in file order: at most `spam` spam and
// `ham` ham messages, after skipping the first `skipSpam` and `skipHam` of each class, so that a
// part taken after another shares no row with it.
inline void writeSpamScores(const std::string &smsCsv, const std::string &path, int spam, int ham, int skipSpam = 0,
                            int skipHam = 0)
{
    std::ofstream out(path, std::ios::binary);
    out << "text,spam\n";
    std::map<std::string, int> seen;
    for (const auto &row : lepton::CsvReader::readFile(smsCsv).rows) {
        const bool isSpam = row.fields[1] == "spam";
        const int index = seen[row.fields[1]]++;
        const int skip = isSpam ? skipSpam : skipHam;
        if (index < skip || index >= skip + (isSpam ? spam : ham)) continue;
        std::string text = row.fields[0];
        for (std::size_t q = text.find('"'); q != std::string::npos; q = text.find('"', q + 2)) text.insert(q, 1, '"');
        out << '"' << text << "\"," << (isSpam ? 1 : 0) << '\n';
    }
}
