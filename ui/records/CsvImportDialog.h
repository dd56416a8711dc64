#pragma once
// Importing a CSV file into one list, with the data layer's CsvImporter: pick the file, see a
// preview, map the file's columns onto the record's fields (guessed from the header), import, and
// read a per-row error report. Reading and importing run on a worker thread with its own
// workspace connection; the importer stores either every row or none.
#include "models/csv/CsvImporter.h"
#include "models/csv/RecordCsv.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class Workspace;

class CsvImportDialog : public QDialog {
    Q_OBJECT
public:
    // Makes the record's CSV format on a workspace (called on the worker thread with its own).
    using FormatFactory = std::function<std::unique_ptr<RecordCsv>(Workspace &)>;

    CsvImportDialog(const QString &title, Workspace &workspace, FormatFactory makeFormat, QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    // Loads a file (also used by tests instead of the file picker); fileLoaded tells when it is read.
    void loadFile(const QString &path);
    int importedCount() const { return m_imported; }
    QTableWidget *errorTable() const { return m_errors; }
    QPushButton *importButton() const { return m_importButton; }
    QComboBox *columnChoice(const QString &fieldKey) const { return m_mapping.value(fieldKey); }

signals:
    void fileLoaded(bool ok);
    void importFinished(int imported, int errors);

private:
    struct Preview {
        QString error;
        QStringList header;
        int rowCount = 0;
        QList<QStringList> rows;
        QHash<QString, int> mapping;
    };
    struct Outcome {
        QString error;  // the file or the workspace could not be opened
        QList<CsvImporter::RowError> rowErrors;
        int imported = 0;
    };
    static Preview readPreview(const QString &workspacePath, const FormatFactory &make, const QString &file);
    static Outcome runImport(const QString &workspacePath, const FormatFactory &make, const QString &file,
                             const QHash<QString, int> &mapping);

    void showPreview(const Preview &preview);
    void updateImportButton();
    QHash<QString, int> mapping() const;
    void startImport();
    void showOutcome(const Outcome &outcome);
    void setBusy(bool busy, const QString &text);

    QString m_title;
    QString m_workspacePath;
    FormatFactory m_makeFormat;
    QList<RecordCsv::Field> m_fields;
    QString m_file;
    bool m_loaded = false;
    int m_rowCount = 0;
    int m_imported = 0;

    QLineEdit *m_path = nullptr;
    QTableWidget *m_preview = nullptr;
    QHash<QString, QComboBox *> m_mapping;
    QTableWidget *m_errors = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_importButton = nullptr;
    QFutureWatcher<Preview> m_reading;
    QFutureWatcher<Outcome> m_importing;
};
