#pragma once
// Imports a CSV file as new records, all or nothing: load it (lepton::CsvReader, the project's one
// reader), show a preview, let the user map file columns to fields (guessed from the header),
// then importAll() stores every row in one transaction. If any row is wrong, nothing is stored
// and every wrong row is reported with its line number and what to correct.
#include "models/csv/RecordCsv.h"

#include <QList>
#include <QStringList>
#include <functional>

class QIODevice;

class CsvImporter {
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)
public:
    struct RowError {
        int line = 0;  // line in the file where the row starts
        QString message;
    };

    explicit CsvImporter(RecordCsv &format) : m_format(format) {}

    // Reads the file in blocks, refusing one over the import bound before reading it; false with
    // the reason for a malformed, empty or oversized file, or one that does not fit in memory.
    bool load(QIODevice *in, QString *error);
    QStringList header() const { return m_header; }
    int rowCount() const { return int(m_rows.size()); }
    QList<QStringList> preview(int maxRows = 10) const { return m_rows.mid(0, maxRows); }

    // Which file column feeds a field (-1: none). load() maps columns whose header is the field's
    // key or label, ignoring case.
    int columnFor(const QString &fieldKey) const { return m_mapping.value(fieldKey, -1); }
    void setColumn(const QString &fieldKey, int column) { m_mapping.insert(fieldKey, column); }
    // Labels of required fields that no column feeds; import is refused while any remain.
    QStringList missingRequiredFields() const;

    // Called after each row is stored (not yet committed) with the rows done so far and in all;
    // done == total means the commit comes next.
    using Progress = std::function<void(int done, int total)>;
    // Stores every row or none. *imported receives the number of records stored.
    bool importAll(QList<RowError> *errors, int *imported, const Progress &progress = {});

private:
    RecordCsv &m_format;
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<int> m_lines;
    QHash<QString, int> m_mapping;
};
