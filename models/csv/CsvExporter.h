#pragma once
// Writes the rows of a list, as it is filtered and sorted now, to a CSV file (any QIODevice):
// UTF-8 with a byte-order mark (so spreadsheets read Chinese names right), RFC 4180 quoting, CRLF.
// A cell starting with = + - @ (or a tab or carriage return) gets a leading single quote so a
// spreadsheet shows it as text instead of running it as a formula; CsvImporter removes it again.
// With maskPii, e-mail addresses and phone numbers in every cell become "[email]" and "[phone]"
// (lepton::PiiMasker, the same masker the training text goes through).
#include <QCoreApplication>

class QIODevice;
class RecordCsv;
class RecordListModel;

class CsvExporter {
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)
public:
    // *written (if given) receives the number of records written.
    static bool write(const RecordListModel &list, const RecordCsv &format, QIODevice *out, QString *error,
                      int *written = nullptr, bool maskPii = false);
    // One cell, guarded against formulas and quoted where needed.
    static QString escapeCell(const QString &cell);
    // Whether a cell would be run as a formula; such cells are written with a leading quote.
    static bool looksLikeFormula(const QString &cell);
};
