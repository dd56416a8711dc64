#pragma once
// An amount of money in integer minor units (cents, fen) with its ISO 4217 currency code.
// Never a double: sums and allocations must add up to the last cent.
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <optional>

class Money {
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    Money() = default;
    Money(qint64 minorUnits, const QString &currency) : m_minor(minorUnits), m_currency(currency) {}

    qint64 minorUnits() const { return m_minor; }
    QString currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }

    // Digits after the decimal point for a currency (JPY 0, KWD 3, most 2).
    static int decimals(const QString &currency);
    static bool isValidCurrency(const QString &code);

    // Sum or difference; nullopt when currencies differ or the result would overflow.
    std::optional<Money> plus(const Money &other) const;
    std::optional<Money> minus(const Money &other) const;

    // Reads what a person types ("1,234.56", "-12", "1 234,5" in a French locale) exactly,
    // without passing through floating point. On failure returns nullopt and says why in *error.
    static std::optional<Money> parse(const QString &text, const QString &currency,
                                      const QLocale &locale = QLocale(), QString *error = nullptr);

    // "1,234.56 USD" (grouping and decimal mark from the locale).
    QString toString(const QLocale &locale = QLocale()) const;
    // The number alone, for editors and CSV ("1234.56", C locale).
    QString toPlainString() const;

    bool operator==(const Money &o) const { return m_minor == o.m_minor && m_currency == o.m_currency; }
    bool operator!=(const Money &o) const { return !(*this == o); }

private:
    qint64 m_minor = 0;
    QString m_currency;
};
