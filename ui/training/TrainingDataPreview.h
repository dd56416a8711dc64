#pragma once
// What the new-run form shows about a CSV data set before training: its columns, the first rows,
// which columns are numeric, the class counts of a label column and warnings about classes too
// small or too rare to learn. Reads the file with the project's one CSV reader.
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

class TrainingDataPreview {
    Q_DECLARE_TR_FUNCTIONS(TrainingDataPreview)
public:
    static constexpr int kTinyClass = 10;         // fewer examples than this: too few to learn or to validate
    static constexpr double kImbalanceRatio = 10; // largest class this many times the smallest: imbalanced

    // Reads the whole file (class counts need every row); false with *error naming the line.
    bool load(const QString &path, QString *error);

    QStringList columns() const { return m_columns; }
    int rowCount() const { return int(m_rows.size()); }
    // The first rows, at most count.
    QList<QStringList> firstRows(int count) const { return m_rows.mid(0, count); }
    // Columns whose every value is a number: the MLP's feature candidates.
    QStringList numericColumns() const;
    // Rows per value of the column, empty when the column does not exist.
    QMap<QString, int> classCounts(const QString &labelColumn) const;
    // A sentence per problem with the classes of labelColumn; empty when there is none.
    QStringList warnings(const QString &labelColumn) const;
    // A likely label column: "label", "labels", "class", "diagnosis", "target", "y", else the last.
    QString guessLabelColumn() const;
    // A likely text column: "text", "sentence", "review", else the first non-numeric one.
    QString guessTextColumn() const;

private:
    QStringList m_columns;
    QList<QStringList> m_rows;
};
