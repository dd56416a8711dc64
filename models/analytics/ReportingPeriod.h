#pragma once
// The calendar periods the ledger is summed over: month, quarter, year.
#include <QCoreApplication>
#include <QDate>
#include <QString>

class ReportingPeriod {
    Q_DECLARE_TR_FUNCTIONS(ReportingPeriod)
public:
    enum class Length { Month, Quarter, Year };

    ReportingPeriod(Length length, const QDate &anyDayInIt);

    Length length() const { return m_length; }
    QDate first() const { return m_first; }
    QDate last() const { return next().first().addDays(-1); }
    ReportingPeriod next() const;
    bool contains(const QDate &date) const { return date >= m_first && date <= last(); }
    // "2024-03", "2024 Q1", "2024"
    QString label() const;

    bool operator==(const ReportingPeriod &o) const { return m_length == o.m_length && m_first == o.m_first; }
    bool operator<(const ReportingPeriod &o) const { return m_first < o.m_first; }

private:
    Length m_length;
    QDate m_first;
};
