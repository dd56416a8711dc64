#pragma once
// Importing a CSV file into one list: pick the file, see a preview, map the file's columns onto
// the record's fields (matched by header name where possible), import, and read a per-row error
// report. The import itself runs on a worker thread with its own workspace connection, and
// stores either every row or none.
#include "CsvReader.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <functional>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

class CsvImportDialog : public QDialog {
    Q_OBJECT
public:
    struct Field {
        QString key;    // the column name the data layer expects ("name", "email", ...)
        QString label;  // what the user reads
        bool required = false;
    };
    struct RowError {
        int line = 0;  // line in the file, 0 for the file as a whole
        QString message;
    };
    struct Outcome {
        int imported = 0;
        QList<RowError> errors;  // non-empty: nothing was imported
    };
    // Runs on a worker thread: opens its own connection to the workspace at the path and imports
    // the table; mapping is field key -> column index in the file (fields left out are not imported).
    using Import = std::function<Outcome(const QString &workspacePath, const lepton::CsvReader::Table &table,
                                         const QHash<QString, int> &mapping)>;

    CsvImportDialog(const QString &title, QList<Field> fields, QString workspacePath, Import import,
                    QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    // Loads a file (also used by tests instead of the file picker); the preview appears when read.
    void loadFile(const QString &path);
    int importedCount() const { return m_imported; }
    QTableWidget *errorTable() const { return m_errors; }
    QPushButton *importButton() const { return m_importButton; }

signals:
    void fileLoaded(bool ok);
    void importFinished(int imported, int errors);

private:
    void showTable();
    void autoMap();
    void updateImportButton();
    QHash<QString, int> mapping() const;
    void startImport();
    void showOutcome(const Outcome &outcome);
    void setBusy(bool busy, const QString &text);

    QString m_title;
    QList<Field> m_fields;
    QString m_workspacePath;
    Import m_import;
    std::shared_ptr<const lepton::CsvReader::Table> m_table;
    int m_imported = 0;

    QLineEdit *m_path = nullptr;
    QTableWidget *m_preview = nullptr;
    QFormLayout *m_mappingForm = nullptr;
    QHash<QString, QComboBox *> m_mapping;
    QTableWidget *m_errors = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_importButton = nullptr;
    struct ReadResult {
        std::shared_ptr<const lepton::CsvReader::Table> table;
        QString error;
    };
    QFutureWatcher<ReadResult> m_reading;
    QFutureWatcher<Outcome> m_importing;
};
