#pragma once
// An exact rational number for rates and shares: the expected return rate r, fixed shares,
// performance scores and guaranteed bases, ROI. A double cannot hold 0.1 or 1/3 exactly, and
// shares that must sum to exactly 100% need exact arithmetic to be checked at all.
#include <QCoreApplication>
#include <QString>
#include <optional>

class Rate {
    Q_DECLARE_TR_FUNCTIONS(Rate)
public:
    Rate() = default;  // zero

    // numerator / denominator reduced to lowest terms; nullopt when the denominator is 0.
    static std::optional<Rate> fraction(qint64 numerator, qint64 denominator);
    static Rate fromBasisPoints(qint64 basisPoints);  // 2500 -> 1/4
    static Rate whole(qint64 value) { return *fraction(value, 1); }

    // What a person types: "0.25", "25%", "-1.5", "1/3". Exact, never through floating point.
    static std::optional<Rate> parse(const QString &text, QString *error = nullptr);

    qint64 numerator() const { return m_num; }
    qint64 denominator() const { return m_den; }
    bool isZero() const { return m_num == 0; }
    bool isNegative() const { return m_num < 0; }
    double toDouble() const { return double(m_num) / double(m_den); }

    // nullopt when the exact result does not fit in 64-bit numerator and denominator.
    std::optional<Rate> plus(const Rate &other) const;
    std::optional<Rate> minus(const Rate &other) const;
    std::optional<Rate> times(const Rate &other) const;
    // nullopt also when other is zero: never divides by zero.
    std::optional<Rate> dividedBy(const Rate &other) const;

    // minorUnits * rate, rounded to the nearest minor unit, halves away from zero
    // (commercial rounding: 0.5 cent -> 1 cent, -0.5 cent -> -1 cent). nullopt on overflow.
    std::optional<qint64> applyTo(qint64 minorUnits) const;

    // "25%", "33.33%" (percent rounded half away from zero to the given places).
    QString toPercentString(int decimals = 2) const;

    bool operator==(const Rate &o) const { return m_num == o.m_num && m_den == o.m_den; }
    bool operator!=(const Rate &o) const { return !(*this == o); }
    bool operator<(const Rate &o) const;

private:
    static std::optional<Rate> fromWide(__int128 numerator, __int128 denominator);
    qint64 m_num = 0;
    qint64 m_den = 1;
};
