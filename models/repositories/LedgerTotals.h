#pragma once
// Revenue, cost and profit of a project (or any set of ledger entries), summed in SQL, kept per
// currency: amounts in different currencies are never added together.
#include "models/records/Money.h"

#include <QList>
#include <QMap>
#include <QMetaType>

class LedgerTotals {
    Q_DECLARE_TR_FUNCTIONS(LedgerTotals)
public:
    void add(const QString &kindKey, const QString &currency, qint64 minorUnits);

    QList<Money> revenue() const { return moneyOf(m_revenue); }
    QList<Money> cost() const { return moneyOf(m_cost); }
    // Revenue minus cost per currency (negative for a loss).
    QList<Money> profit() const;
    bool isEmpty() const { return m_revenue.isEmpty() && m_cost.isEmpty(); }

    // "12,000.00 USD; 5,000.00 CNY", or "0" when there is nothing.
    static QString format(const QList<Money> &amounts, const QLocale &locale = QLocale());

private:
    static QList<Money> moneyOf(const QMap<QString, qint64> &sums);
    QMap<QString, qint64> m_revenue;  // currency -> minor units
    QMap<QString, qint64> m_cost;
};

Q_DECLARE_METATYPE(LedgerTotals)
