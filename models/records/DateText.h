#pragma once
// How dates and times are shown everywhere (lists, detail panes, date fields, reports): in
// English always the long, unambiguous "4 Dec 2026" whichever English locale is chosen (the
// United States' "12/4/26" reads as the 12th of April elsewhere); in Chinese the locale's own
// "2026/12/4", which no reader mistakes.
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

class DateText {
public:
    static QString dateFormat(const QLocale &locale = QLocale());
    static QString date(const QDate &date, const QLocale &locale = QLocale());
    static QString dateTime(const QDateTime &time, const QLocale &locale = QLocale());
};
