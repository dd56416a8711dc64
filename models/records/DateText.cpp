#include "models/records/DateText.h"

QString DateText::dateFormat(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? locale.dateFormat(QLocale::ShortFormat) : QStringLiteral("d MMM yyyy");
}

QString DateText::date(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, dateFormat(locale)) : QString();
}

QString DateText::dateTime(const QDateTime &time, const QLocale &locale)
{
    return time.isValid() ? locale.toString(time, dateFormat(locale) + QStringLiteral(" HH:mm")) : QString();
}
