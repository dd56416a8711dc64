#include "CsvImportDialog.h"

#include <QComboBox>
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

QString fromUtf8(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
}

CsvImportDialog::CsvImportDialog(const QString &title, QList<Field> fields, QString workspacePath, Import import,
                                 QWidget *parent)
    : QDialog(parent), m_title(title), m_fields(std::move(fields)), m_workspacePath(std::move(workspacePath)),
      m_import(std::move(import))
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
    m_mappingForm = new QFormLayout(mappingBox);
    for (const Field &field : std::as_const(m_fields)) {
        auto *combo = new QComboBox(mappingBox);
        combo->setObjectName(QStringLiteral("map_") + field.key);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvImportDialog::updateImportButton);
        m_mapping.insert(field.key, combo);
        m_mappingForm->addRow(field.required ? tr("%1 *").arg(field.label) : field.label, combo);
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
    connect(&m_reading, &QFutureWatcher<ReadResult>::finished, this, [this] {
        const ReadResult result = m_reading.result();
        m_table = result.table;
        setBusy(false, QString());
        if (!m_table) {
            m_status->setText(tr("The file could not be read: %1").arg(result.error));
            emit fileLoaded(false);
            return;
        }
        showTable();
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
    m_importButton->setEnabled(!busy && m_table);
    if (!busy) updateImportButton();
}

void CsvImportDialog::loadFile(const QString &path)
{
    m_path->setText(path);
    m_table.reset();
    m_errors->setRowCount(0);
    setBusy(true, tr("Reading %1...").arg(path));
    m_reading.setFuture(QtConcurrent::run([path]() -> ReadResult {
        try {
            return {std::make_shared<const lepton::CsvReader::Table>(
                        lepton::CsvReader::readFile(QFile::encodeName(path).toStdString())),
                    QString()};
        } catch (const lepton::CsvError &e) {
            return {nullptr, tr("line %1: %2").arg(e.line()).arg(QString::fromStdString(e.what()))};
        }
    }));
}

void CsvImportDialog::showTable()
{
    const auto &table = *m_table;
    QStringList headers;
    for (const std::string &h : table.header) headers << fromUtf8(h);
    m_preview->clear();
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    const int rows = int(qMin<size_t>(table.rows.size(), PreviewRows));
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const auto &fields = table.rows[size_t(r)].fields;
        for (int c = 0; c < int(fields.size()) && c < headers.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(fromUtf8(fields[size_t(c)]).simplified()));
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, qMin(m_preview->columnWidth(c), 240));

    for (QComboBox *combo : std::as_const(m_mapping)) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(not imported)"), -1);
        for (int c = 0; c < headers.size(); ++c) combo->addItem(headers.at(c), c);
    }
    autoMap();
    m_status->setText(tr("%n row(s) in the file; the preview shows the first %1.", "", int(table.rows.size()))
                          .arg(rows));
    updateImportButton();
}

void CsvImportDialog::autoMap()
{
    // A column is taken when its header is the field's key or its label, ignoring case and spaces.
    auto norm = [](QString s) { return s.remove(QLatin1Char('*')).remove(QLatin1Char(' ')).remove(QLatin1Char('_')).toLower(); };
    for (const Field &field : std::as_const(m_fields)) {
        QComboBox *combo = m_mapping.value(field.key);
        for (int i = 1; i < combo->count(); ++i) {
            const QString header = norm(combo->itemText(i));
            if (header == norm(field.key) || header == norm(field.label)) {
                combo->setCurrentIndex(i);
                break;
            }
        }
    }
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

void CsvImportDialog::updateImportButton()
{
    if (!m_table) {
        m_importButton->setEnabled(false);
        return;
    }
    QStringList missing;
    const QHash<QString, int> map = mapping();
    for (const Field &field : std::as_const(m_fields))
        if (field.required && !map.contains(field.key)) missing << field.label;
    m_importButton->setEnabled(missing.isEmpty() && !m_table->rows.empty() && !m_importing.isRunning());
    m_importButton->setToolTip(missing.isEmpty() ? QString()
                                                 : tr("Choose a column for: %1").arg(missing.join(QStringLiteral(", "))));
}

void CsvImportDialog::startImport()
{
    m_errors->setRowCount(0);
    setBusy(true, tr("Importing %n row(s)...", "", int(m_table->rows.size())));
    m_importButton->setEnabled(false);
    m_importing.setFuture(QtConcurrent::run(
        [import = m_import, path = m_workspacePath, table = m_table, map = mapping()] { return import(path, *table, map); }));
}

void CsvImportDialog::showOutcome(const Outcome &outcome)
{
    setBusy(false, QString());
    m_errors->setRowCount(int(outcome.errors.size()));
    for (int i = 0; i < outcome.errors.size(); ++i) {
        const RowError &e = outcome.errors.at(i);
        m_errors->setItem(i, 0, new QTableWidgetItem(e.line > 0 ? QString::number(e.line) : tr("file")));
        m_errors->setItem(i, 1, new QTableWidgetItem(e.message));
    }
    m_errors->resizeRowsToContents();
    if (outcome.errors.isEmpty()) {
        m_imported += outcome.imported;
        m_status->setText(tr("Imported %n record(s).", "", outcome.imported));
        m_importButton->setEnabled(false);  // importing the same file twice would only collide
    } else {
        m_status->setText(tr("Nothing was imported: %n row(s) have problems. Correct the file or the column choices "
                             "and import again.", "", int(outcome.errors.size())));
    }
    emit importFinished(outcome.imported, int(outcome.errors.size()));
}
