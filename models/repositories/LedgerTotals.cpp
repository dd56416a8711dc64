#include "models/repositories/LedgerTotals.h"

void LedgerTotals::add(const QString &kindKey, const QString &currency, qint64 minorUnits)
{
    (kindKey == QLatin1String("revenue") ? m_revenue : m_cost)[currency] += minorUnits;
}

QList<Money> LedgerTotals::moneyOf(const QMap<QString, qint64> &sums)
{
    QList<Money> list;
    for (auto it = sums.begin(); it != sums.end(); ++it) list << Money(it.value(), it.key());
    return list;
}

QList<Money> LedgerTotals::profit() const
{
    QMap<QString, qint64> profit = m_revenue;
    for (auto it = m_cost.begin(); it != m_cost.end(); ++it) profit[it.key()] -= it.value();
    return moneyOf(profit);
}

QString LedgerTotals::format(const QList<Money> &amounts, const QLocale &locale)
{
    if (amounts.isEmpty()) return locale.toString(0);
    QStringList parts;
    for (const Money &m : amounts) parts << m.toString(locale);
    return parts.join(QStringLiteral("; "));
}
