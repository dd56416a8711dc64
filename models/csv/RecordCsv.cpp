#include "models/csv/RecordCsv.h"

bool RecordCsv::date(const QHash<QString, QString> &values, const QString &key, QDate *out, QString *error)
{
    const QString text = values.value(key).trimmed();
    if (text.isEmpty()) {
        *out = QDate();
        return true;
    }
    *out = QDate::fromString(text, Qt::ISODate);
    if (out->isValid()) return true;
    *error = tr("%1: \"%2\" is not a date written as YYYY-MM-DD.").arg(key, text);
    return false;
}

bool RecordCsv::boolean(const QHash<QString, QString> &values, const QString &key, bool *out, QString *error)
{
    const QString text = values.value(key).trimmed().toLower();
    if (text.isEmpty()) return true;
    static const QStringList yes = {"yes", "true", "1", "y"}, no = {"no", "false", "0", "n"};
    if (yes.contains(text) || no.contains(text)) {
        *out = yes.contains(text);
        return true;
    }
    *error = tr("%1: \"%2\" is not yes or no.").arg(key, values.value(key).trimmed());
    return false;
}

bool RecordCsv::integer(const QHash<QString, QString> &values, const QString &key, int *out, QString *error)
{
    const QString text = values.value(key).trimmed();
    if (text.isEmpty()) return true;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok) {
        *out = value;
        return true;
    }
    *error = tr("%1: \"%2\" is not a whole number.").arg(key, text);
    return false;
}

QStringList RecordCsv::list(const QString &cell)
{
    QStringList items;
    for (const QString &item : cell.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty()) items << item.trimmed();
    return items;
}

QString RecordCsv::joinList(const QStringList &items)
{
    return items.join(QStringLiteral("; "));
}
