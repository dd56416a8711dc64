#include "ui/records/CsvImportDialog.h"

#include "models/storage/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
constexpr int PreviewRows = 50;
}

CsvImportDialog::CsvImportDialog(const QString &title, Workspace &workspace, FormatFactory makeFormat, QWidget *parent)
    : QDialog(parent), m_title(title), m_workspacePath(workspace.path()), m_makeFormat(std::move(makeFormat)),
      m_fields(m_makeFormat(workspace)->fields())
{
    setWindowTitle(title);
    resize(900, 640);
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("Choose a CSV file (UTF-8, first line holds the column names)"));
    auto *browse = new QPushButton(tr("&Choose File..."), this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *previewBox = new QGroupBox(tr("Preview"), splitter);
    auto *pv = new QVBoxLayout(previewBox);
    m_preview = new QTableWidget(previewBox);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    pv->addWidget(m_preview);

    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *mappingBox = new QGroupBox(tr("Columns"), lower);
    auto *mappingForm = new QFormLayout(mappingBox);
    for (const RecordCsv::Field &field : std::as_const(m_fields)) {
        auto *combo = new QComboBox(mappingBox);
        combo->setObjectName(QStringLiteral("map_") + field.key);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvImportDialog::updateImportButton);
        m_mapping.insert(field.key, combo);
        mappingForm->addRow(field.required ? tr("%1 *").arg(field.label) : field.label, combo);
    }
    auto *errorBox = new QGroupBox(tr("Problems"), lower);
    auto *ev = new QVBoxLayout(errorBox);
    m_errors = new QTableWidget(0, 2, errorBox);
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setHorizontalHeaderLabels({tr("Line"), tr("What is wrong")});
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setWordWrap(true);
    ev->addWidget(m_errors);
    lowerLayout->addWidget(mappingBox);
    lowerLayout->addWidget(errorBox, 1);
    splitter->addWidget(previewBox);
    splitter->addWidget(lower);
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);  // busy indicator: the import's length is not known in advance
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::ApplyRole);
    m_importButton->setEnabled(false);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_busy);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, m_title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty()) loadFile(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &CsvImportDialog::startImport);
    connect(&m_reading, &QFutureWatcher<Preview>::finished, this, [this] {
        const Preview preview = m_reading.result();
        m_loaded = preview.error.isEmpty();
        setBusy(false, QString());
        if (!m_loaded) {
            m_status->setText(preview.error);
            emit fileLoaded(false);
            return;
        }
        showPreview(preview);
        emit fileLoaded(true);
    });
    connect(&m_importing, &QFutureWatcher<Outcome>::finished, this, [this] { showOutcome(m_importing.result()); });
    m_status->setText(tr("Choose a file to see a preview."));
}

CsvImportDialog::~CsvImportDialog()
{
    // The worker holds no pointer into the dialog, but its result must not arrive after we are gone.
    m_reading.waitForFinished();
    m_importing.waitForFinished();
}

void CsvImportDialog::setBusy(bool busy, const QString &text)
{
    m_busy->setVisible(busy);
    if (!text.isEmpty()) m_status->setText(text);
    if (busy) m_importButton->setEnabled(false);
    else updateImportButton();
}

CsvImportDialog::Preview CsvImportDialog::readPreview(const QString &workspacePath, const FormatFactory &make,
                                                      const QString &file)
{
    Preview preview;
    Workspace workspace;  // this thread's own connection (QSqlDatabase is per thread)
    if (!workspace.openWithoutDamageCheck(workspacePath, &preview.error)) return preview;
    const std::unique_ptr<RecordCsv> format = make(workspace);
    CsvImporter importer(*format);
    QFile in(file);
    if (!importer.load(&in, &preview.error)) return preview;
    preview.header = importer.header();
    preview.rowCount = importer.rowCount();
    preview.rows = importer.preview(PreviewRows);
    for (const RecordCsv::Field &field : format->fields())
        if (importer.columnFor(field.key) >= 0) preview.mapping.insert(field.key, importer.columnFor(field.key));
    return preview;
}

CsvImportDialog::Outcome CsvImportDialog::runImport(const QString &workspacePath, const FormatFactory &make,
                                                    const QString &file, const QHash<QString, int> &mapping)
{
    Outcome outcome;
    Workspace workspace;
    if (!workspace.openWithoutDamageCheck(workspacePath, &outcome.error)) return outcome;
    const std::unique_ptr<RecordCsv> format = make(workspace);
    CsvImporter importer(*format);
    QFile in(file);
    if (!importer.load(&in, &outcome.error)) return outcome;
    for (const RecordCsv::Field &field : format->fields()) importer.setColumn(field.key, mapping.value(field.key, -1));
    importer.importAll(&outcome.rowErrors, &outcome.imported);
    return outcome;
}

void CsvImportDialog::loadFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_file = path;
    m_loaded = false;
    m_errors->setRowCount(0);
    setBusy(true, tr("Reading %1...").arg(QDir::toNativeSeparators(path)));
    m_reading.setFuture(QtConcurrent::run(&CsvImportDialog::readPreview, m_workspacePath, m_makeFormat, path));
}

void CsvImportDialog::showPreview(const Preview &preview)
{
    m_rowCount = preview.rowCount;
    m_preview->clear();
    m_preview->setColumnCount(int(preview.header.size()));
    m_preview->setHorizontalHeaderLabels(preview.header);
    m_preview->setRowCount(int(preview.rows.size()));
    for (int r = 0; r < preview.rows.size(); ++r)
        for (int c = 0; c < preview.rows[r].size() && c < preview.header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(preview.rows[r][c].simplified()));
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, qMin(m_preview->columnWidth(c), 240));

    for (auto it = m_mapping.cbegin(); it != m_mapping.cend(); ++it) {
        QComboBox *combo = it.value();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(not imported)"), -1);
        for (int c = 0; c < preview.header.size(); ++c) combo->addItem(preview.header.at(c), c);
        combo->setCurrentIndex(combo->findData(preview.mapping.value(it.key(), -1)));
    }
    m_status->setText(tr("%n row(s) in the file; the preview shows the first %1.", "", preview.rowCount)
                          .arg(preview.rows.size()));
    updateImportButton();
}

void CsvImportDialog::updateImportButton()
{
    if (!m_loaded) {
        m_importButton->setEnabled(false);
        return;
    }
    QStringList missing;
    const QHash<QString, int> map = mapping();
    for (const RecordCsv::Field &field : std::as_const(m_fields))
        if (field.required && !map.contains(field.key)) missing << field.label;
    m_importButton->setEnabled(missing.isEmpty() && m_rowCount > 0 && !m_importing.isRunning());
    m_importButton->setToolTip(missing.isEmpty() ? QString()
                                                 : tr("Choose a column for: %1").arg(missing.join(QStringLiteral(", "))));
}

void CsvImportDialog::startImport()
{
    m_errors->setRowCount(0);
    setBusy(true, tr("Importing %n row(s)...", "", m_rowCount));
    m_importing.setFuture(QtConcurrent::run(&CsvImportDialog::runImport, m_workspacePath, m_makeFormat, m_file, mapping()));
}

void CsvImportDialog::showOutcome(const Outcome &outcome)
{
    setBusy(false, QString());
    QList<CsvImporter::RowError> errors = outcome.rowErrors;
    if (!outcome.error.isEmpty()) errors.prepend({0, outcome.error});
    m_errors->setRowCount(int(errors.size()));
    for (int i = 0; i < errors.size(); ++i) {
        const CsvImporter::RowError &e = errors.at(i);
        m_errors->setItem(i, 0, new QTableWidgetItem(e.line > 0 ? QString::number(e.line) : tr("file")));
        m_errors->setItem(i, 1, new QTableWidgetItem(e.message));
    }
    m_errors->resizeRowsToContents();
    if (errors.isEmpty()) {
        m_imported += outcome.imported;
        m_status->setText(tr("Imported %n record(s).", "", outcome.imported));
        m_importButton->setEnabled(false);  // importing the same file twice would only collide
    } else {
        m_status->setText(tr("Nothing was imported: %n row(s) have problems. Correct the file or the column choices "
                             "and import again.", "", int(errors.size())));
    }
    emit importFinished(outcome.imported, int(errors.size()));
}

QHash<QString, int> CsvImportDialog::mapping() const
{
    QHash<QString, int> result;
    for (auto it = m_mapping.cbegin(); it != m_mapping.cend(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column >= 0) result.insert(it.key(), column);
    }
    return result;
}
