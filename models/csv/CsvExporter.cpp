#include "models/csv/CsvExporter.h"

#include "common/PiiMasker.h"

#include "models/csv/RecordCsv.h"
#include "models/lists/RecordListModel.h"

#include <QIODevice>

bool CsvExporter::looksLikeFormula(const QString &cell)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !cell.isEmpty() && triggers.contains(cell.front());
}

QString CsvExporter::escapeCell(const QString &cell)
{
    QString text = looksLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
    // ";" too: a spreadsheet that splits fields on it would start a new cell there, and ";=1"
    // would open as a formula.
    static const QString special = QStringLiteral(",;\"\r\n");
    const bool quote = std::any_of(text.begin(), text.end(), [](QChar c) { return special.contains(c); }) ||
                       text != text.trimmed();
    if (!quote) return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool CsvExporter::write(const RecordListModel &list, const RecordCsv &format, QIODevice *out, QString *error, int *written,
                        bool maskPii)
{
    auto line = [maskPii](const QStringList &cells) {
        QStringList escaped;
        for (const QString &cell : cells)
            escaped << escapeCell(maskPii ? QString::fromStdString(lepton::PiiMasker::mask(cell.toStdString())) : cell);
        return escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    auto fail = [&](const QString &why) {
        if (error) *error = tr("The CSV file could not be written: %1").arg(why);
        return false;
    };
    if (!out->isOpen() && !out->open(QIODevice::WriteOnly)) return fail(out->errorString());
    QStringList header;
    for (const auto &field : format.fields()) header << field.key;
    if (out->write("\xEF\xBB\xBF" + line(header)) < 0) return fail(out->errorString());
    int count = 0;
    QString why;
    bool ok = true;
    const bool listed = list.forEachId([&](qint64 id) {
        QStringList cells;
        // A record deleted since the list was read is left out; any other failure stops the export.
        if (!format.cellsOf(id, &cells, &why)) return why.isEmpty();
        if (out->write(line(cells)) < 0) {
            why = out->errorString();
            ok = false;
            return false;
        }
        ++count;
        return true;
    }, &why);
    if (!listed || !ok || !why.isEmpty()) return fail(why);
    if (written) *written = count;
    return true;
}
