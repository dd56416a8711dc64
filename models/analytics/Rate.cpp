#include "models/analytics/Rate.h"

#include "models/analytics/WideMath.h"

#include <QRegularExpression>

using WideMath::Int;

std::optional<Rate> Rate::fromWide(Int numerator, Int denominator)
{
    if (denominator == 0) return std::nullopt;
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Int g = WideMath::gcd(numerator, denominator);
    if (g > 1) {
        numerator /= g;
        denominator /= g;
    }
    const auto num = WideMath::toInt64(numerator);
    const auto den = WideMath::toInt64(denominator);
    if (!num || !den) return std::nullopt;
    Rate r;
    r.m_num = *num;
    r.m_den = *den;
    return r;
}

std::optional<Rate> Rate::fraction(qint64 numerator, qint64 denominator)
{
    return fromWide(numerator, denominator);
}

Rate Rate::fromBasisPoints(qint64 basisPoints)
{
    return *fraction(basisPoints, 10000);
}

std::optional<Rate> Rate::parse(const QString &text, QString *error)
{
    auto fail = [error, &text]() -> std::optional<Rate> {
        if (error)
            *error = tr("\"%1\" is not a rate. Enter a decimal such as 0.25, a percentage such as "
                        "25%, or a fraction such as 1/3.")
                         .arg(text.trimmed());
        return std::nullopt;
    };
    const QString s = text.trimmed();
    static const QRegularExpression fractionForm(QStringLiteral("^(-?\\d{1,18})\\s*/\\s*(\\d{1,18})$"));
    static const QRegularExpression decimalForm(QStringLiteral("^(-?)(\\d*)(?:\\.(\\d*))?\\s*(%?)$"));
    if (const auto m = fractionForm.match(s); m.hasMatch()) {
        const qint64 den = m.captured(2).toLongLong();
        if (den == 0) {
            if (error) *error = tr("\"%1\" divides by zero.").arg(s);
            return std::nullopt;
        }
        return fraction(m.captured(1).toLongLong(), den);
    }
    const auto m = decimalForm.match(s);
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty())) return fail();
    const QString digits = m.captured(2) + m.captured(3);
    int places = m.captured(3).size() + (m.captured(4).isEmpty() ? 0 : 2);
    if (digits.size() > 18 || places > 18) return fail();
    Int den = 1;
    for (int i = 0; i < places; ++i) den *= 10;
    Int num = digits.toLongLong();
    if (!m.captured(1).isEmpty()) num = -num;
    const auto r = fromWide(num, den);
    if (!r) return fail();
    return r;
}

std::optional<Rate> Rate::plus(const Rate &o) const
{
    return fromWide(Int(m_num) * o.m_den + Int(o.m_num) * m_den, Int(m_den) * o.m_den);
}

std::optional<Rate> Rate::minus(const Rate &o) const
{
    return fromWide(Int(m_num) * o.m_den - Int(o.m_num) * m_den, Int(m_den) * o.m_den);
}

std::optional<Rate> Rate::times(const Rate &o) const
{
    return fromWide(Int(m_num) * o.m_num, Int(m_den) * o.m_den);
}

std::optional<qint64> Rate::applyTo(qint64 minorUnits) const
{
    return WideMath::toInt64(WideMath::roundHalfAwayFromZero(Int(minorUnits) * m_num, m_den));
}

std::optional<Rate> Rate::dividedBy(const Rate &o) const
{
    return fromWide(Int(m_num) * o.m_den, Int(m_den) * o.m_num);
}

bool Rate::operator<(const Rate &o) const
{
    return Int(m_num) * o.m_den < Int(o.m_num) * m_den;
}

QString Rate::toPercentString(int decimals) const
{
    Int scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    const Int scaled = WideMath::roundHalfAwayFromZero(Int(m_num) * 100 * scale, m_den);
    const Int magnitude = WideMath::absolute(scaled);
    QString text = QString::number(qint64(magnitude / scale));
    if (decimals > 0)
        text += QLatin1Char('.') +
                QString::number(qint64(magnitude % scale)).rightJustified(decimals, QLatin1Char('0'));
    return (scaled < 0 ? QStringLiteral("-") : QString()) + text + QLatin1Char('%');
}
