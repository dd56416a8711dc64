#include "ui/training/TrainingDataPreview.h"

#include "common/CsvReader.h"

#include <algorithm>

bool TrainingDataPreview::load(const QString &path, QString *error)
{
    m_columns.clear();
    m_rows.clear();
    try {
        const lepton::CsvReader::Table table = lepton::CsvReader::readFile(path.toStdString());
        for (const std::string &name : table.header) m_columns << QString::fromStdString(name);
        for (const lepton::CsvRecord &record : table.rows) {
            QStringList row;
            for (const std::string &field : record.fields) row << QString::fromStdString(field);
            m_rows << row;
        }
    } catch (const std::exception &e) {
        if (error) *error = tr("%1 cannot be read as CSV: %2").arg(path, QString::fromStdString(e.what()));
        return false;
    }
    if (m_rows.isEmpty()) {
        if (error) *error = tr("%1 has a header but no rows; choose a file with data.").arg(path);
        return false;
    }
    return true;
}

QStringList TrainingDataPreview::numericColumns() const
{
    QStringList numeric;
    for (int c = 0; c < m_columns.size(); ++c) {
        const bool allNumbers = std::all_of(m_rows.begin(), m_rows.end(), [c](const QStringList &row) {
            bool ok = false;
            if (c < row.size()) row.at(c).trimmed().toDouble(&ok);
            return ok;
        });
        if (allNumbers) numeric << m_columns.at(c);
    }
    return numeric;
}

QMap<QString, int> TrainingDataPreview::classCounts(const QString &labelColumn) const
{
    QMap<QString, int> counts;
    const int c = int(m_columns.indexOf(labelColumn));
    if (c < 0) return counts;
    for (const QStringList &row : m_rows)
        if (c < row.size()) ++counts[row.at(c).trimmed()];
    return counts;
}

QStringList TrainingDataPreview::warnings(const QString &labelColumn) const
{
    const QMap<QString, int> counts = classCounts(labelColumn);
    QStringList found;
    if (counts.isEmpty()) return found;
    if (counts.size() < 2) {
        found << tr("Column \"%1\" has a single class; a classifier needs at least two.").arg(labelColumn);
        return found;
    }
    if (counts.size() > rowCount() / 2)
        found << tr("Column \"%1\" has %2 different values in %3 rows; is it really the label?").arg(labelColumn).arg(counts.size()).arg(rowCount());
    int smallest = rowCount(), largest = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() < kTinyClass)
            found << tr("Class \"%1\" has only %2 examples; the model will hardly learn it and its validation figures will be noisy.")
                         .arg(it.key())
                         .arg(it.value());
        smallest = std::min(smallest, it.value());
        largest = std::max(largest, it.value());
    }
    if (largest >= kImbalanceRatio * smallest)
        found << tr("The classes are very imbalanced (%1 vs %2 examples); consider class weights and judge the run by macro-F1.")
                     .arg(largest)
                     .arg(smallest);
    return found;
}

QString TrainingDataPreview::guessLabelColumn() const
{
    for (const char *name : {"label", "labels", "class", "diagnosis", "target", "y"})
        for (const QString &column : m_columns)
            if (column.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) return column;
    return m_columns.isEmpty() ? QString() : m_columns.last();
}

QString TrainingDataPreview::guessTextColumn() const
{
    for (const char *name : {"text", "sentence", "review", "message"})
        for (const QString &column : m_columns)
            if (column.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) return column;
    const QStringList numeric = numericColumns();
    for (const QString &column : m_columns)
        if (!numeric.contains(column) && column != guessLabelColumn()) return column;
    return m_columns.isEmpty() ? QString() : m_columns.first();
}
