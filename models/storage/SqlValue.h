#pragma once
// How record values are written to and read from the workspace: dates as ISO text
// ("2026-03-31", sorts correctly), times as UTC ISO text with milliseconds, null for "none".
#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace SqlValue {

inline QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QString fromTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime toTime(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// Now, at the precision stored, so a record read back equals the one written.
inline QDateTime now()
{
    return toTime(fromTime(QDateTime::currentDateTimeUtc()));
}

// Text for a NOT NULL column: a null QString would be bound as SQL NULL.
inline QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value.trimmed();
}

inline QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

}  // namespace SqlValue
