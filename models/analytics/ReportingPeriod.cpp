#include "models/analytics/ReportingPeriod.h"

ReportingPeriod::ReportingPeriod(Length length, const QDate &anyDayInIt) : m_length(length)
{
    const int year = anyDayInIt.year();
    switch (length) {
    case Length::Month: m_first = QDate(year, anyDayInIt.month(), 1); break;
    case Length::Quarter: m_first = QDate(year, (anyDayInIt.month() - 1) / 3 * 3 + 1, 1); break;
    case Length::Year: m_first = QDate(year, 1, 1); break;
    }
}

ReportingPeriod ReportingPeriod::next() const
{
    switch (m_length) {
    case Length::Month: return ReportingPeriod(m_length, m_first.addMonths(1));
    case Length::Quarter: return ReportingPeriod(m_length, m_first.addMonths(3));
    case Length::Year: break;
    }
    return ReportingPeriod(m_length, m_first.addYears(1));
}

QString ReportingPeriod::label() const
{
    switch (m_length) {
    case Length::Month: return m_first.toString(QStringLiteral("yyyy-MM"));
    case Length::Quarter:
        //: A calendar quarter, e.g. "2024 Q1"; %1 is the year, %2 the quarter 1-4.
        return tr("%1 Q%2").arg(m_first.year()).arg((m_first.month() - 1) / 3 + 1);
    case Length::Year: break;
    }
    return QString::number(m_first.year());
}
