#include "models/csv/CsvImporter.h"

#include "models/csv/CsvExporter.h"
#include "common/CsvReader.h"
#include "models/storage/Transaction.h"
#include "models/storage/Workspace.h"

#include <QIODevice>
#include <istream>
#include <new>
#include <streambuf>

namespace {
// The device as a std::istream source, read in blocks as the CSV reader asks for them: the file
// is never held whole beside its parsed rows.
class DeviceBuffer : public std::streambuf {
public:
    explicit DeviceBuffer(QIODevice *device) : m_device(device) {}
    QString error() const { return m_error; }

protected:
    int_type underflow() override
    {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        const qint64 read = m_device->read(m_block, sizeof m_block);
        if (read < 0) m_error = m_device->errorString();
        if (read <= 0) return traits_type::eof();
        setg(m_block, m_block, m_block + read);
        return traits_type::to_int_type(*gptr());
    }

private:
    QIODevice *m_device;
    char m_block[64 * 1024];
    QString m_error;
};

// Undoes CsvExporter's formula guard: "'=SUM(A1)" was written for "=SUM(A1)".
QString unguarded(const QString &cell)
{
    return cell.startsWith(QLatin1Char('\'')) && CsvExporter::looksLikeFormula(cell.mid(1)) ? cell.mid(1) : cell;
}
}  // namespace

bool CsvImporter::load(QIODevice *in, QString *error)
{
    m_header.clear();
    m_rows.clear();
    m_lines.clear();
    m_mapping.clear();
    if (!in->isOpen() && !in->open(QIODevice::ReadOnly)) {
        if (error) *error = tr("The file cannot be read: %1").arg(in->errorString());
        return false;
    }
    // A file's size is known before a byte is read: one past the bound is refused at once. The
    // reader's own byte count bounds a stream whose size is not known.
    const lepton::CsvLimits limits;
    if (!in->isSequential() && quint64(in->size()) > limits.maxFileBytes) {
        if (error)
            *error = tr("The file is %1 MB, more than the %2 MB an import can hold. Split it into smaller files and import them "
                        "one after another.")
                         .arg(in->size() >> 20)
                         .arg(limits.maxFileBytes >> 20);
        return false;
    }
    DeviceBuffer buffer(in);
    std::istream stream(&buffer);
    try {
        const lepton::CsvReader::Table table = lepton::CsvReader::read(stream, limits);
        if (!buffer.error().isEmpty()) {
            if (error) *error = tr("The file cannot be read: %1").arg(buffer.error());
            return false;
        }
        for (const std::string &name : table.header) m_header << QString::fromStdString(name).trimmed();
        for (const lepton::CsvRecord &record : table.rows) {
            QStringList cells;
            for (const std::string &field : record.fields) cells << unguarded(QString::fromStdString(field));
            m_rows << cells;
            m_lines << int(record.line);
        }
    } catch (const lepton::CsvError &e) {
        if (error) *error = tr("The file is not valid CSV: %1. Save it from a spreadsheet as \"CSV UTF-8\" and try again.").arg(QString::fromStdString(e.what()));
        return false;
    } catch (const std::bad_alloc &) {
        m_header.clear();
        m_rows.clear();
        m_lines.clear();
        if (error) *error = tr("There is not enough memory to read the file. Close other programs, or split the file into smaller ones.");
        return false;
    }
    for (const auto &field : m_format.fields())
        for (int column = 0; column < m_header.size(); ++column)
            if (m_header[column].compare(field.key, Qt::CaseInsensitive) == 0 ||
                m_header[column].compare(field.label, Qt::CaseInsensitive) == 0)
                m_mapping.insert(field.key, column);
    return true;
}

QStringList CsvImporter::missingRequiredFields() const
{
    QStringList missing;
    for (const auto &field : m_format.fields())
        if (field.required && columnFor(field.key) < 0) missing << field.label;
    return missing;
}

bool CsvImporter::importAll(QList<RowError> *errors, int *imported, const Progress &progress)
{
    errors->clear();
    *imported = 0;
    const QStringList missing = missingRequiredFields();
    if (!missing.isEmpty()) {
        errors->append({0, tr("Choose a file column for: %1.").arg(missing.join(QStringLiteral(", ")))});
        return false;
    }
    Transaction all(m_format.workspace().database());
    if (!all.isActive()) {
        errors->append({0, all.error()});
        return false;
    }
    const QList<RecordCsv::Field> fields = m_format.fields();
    for (int i = 0; i < m_rows.size(); ++i) {
        QHash<QString, QString> values;
        for (const auto &field : fields) {
            const int column = columnFor(field.key);
            if (column >= 0 && column < m_rows[i].size()) values.insert(field.key, m_rows[i][column]);
        }
        QString why;
        // Each row is its own savepoint inside the whole: a bad row leaves nothing behind, and the
        // rows after it are still checked so that the report lists every problem at once.
        if (!m_format.store(values, &why)) errors->append({m_lines.value(i), why.replace(QLatin1Char('\n'), QLatin1Char(' '))});
        if (progress) progress(i + 1, int(m_rows.size()));
    }
    if (!errors->isEmpty()) return false;  // the Transaction rolls everything back
    QString why;
    if (!all.commit(&why)) {
        errors->append({0, why});
        return false;
    }
    *imported = int(m_rows.size());
    return true;
}
