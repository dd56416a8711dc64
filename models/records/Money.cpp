#include "models/records/Money.h"

#include <QRegularExpression>
#include <limits>

int Money::decimals(const QString &currency)
{
    static const QStringList zero = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
                                     "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
    static const QStringList three = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
    if (zero.contains(currency)) return 0;
    if (three.contains(currency)) return 3;
    return 2;
}

bool Money::isValidCurrency(const QString &code)
{
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    return iso.match(code).hasMatch();
}

std::optional<Money> Money::plus(const Money &other) const
{
    if (m_currency != other.m_currency) return std::nullopt;
    qint64 result;
    if (__builtin_add_overflow(m_minor, other.m_minor, &result)) return std::nullopt;
    return Money(result, m_currency);
}

std::optional<Money> Money::minus(const Money &other) const
{
    if (m_currency != other.m_currency) return std::nullopt;
    qint64 result;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &result)) return std::nullopt;
    return Money(result, m_currency);
}

std::optional<Money> Money::parse(const QString &text, const QString &currency, const QLocale &locale,
                                  QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<Money> {
        if (error) *error = why;
        return std::nullopt;
    };
    if (!isValidCurrency(currency))
        return fail(tr("\"%1\" is not an ISO 4217 currency code such as USD or CNY").arg(currency));
    QString s = text.trimmed();
    if (s.isEmpty()) return fail(tr("Enter an amount."));
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(locale.negativeSign())) {
        negative = true;
        s = s.mid(1).trimmed();
    }
    // Group separators (including the no-break spaces some locales use) carry no value.
    s.remove(locale.groupSeparator());
    s.remove(QLatin1Char(' '));
    s.remove(QChar(0x00A0));
    s.remove(QChar(0x202F));
    const QString decimalMark = locale.decimalPoint();
    QString whole = s, fraction;
    int mark = s.lastIndexOf(decimalMark);
    if (mark < 0 && decimalMark != QLatin1String(".")) mark = s.lastIndexOf(QLatin1Char('.'));
    if (mark >= 0) {
        whole = s.left(mark);
        fraction = s.mid(mark + 1);
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]*$"));
    if ((whole.isEmpty() && fraction.isEmpty()) || !digits.match(whole).hasMatch() ||
        !digits.match(fraction).hasMatch())
        return fail(tr("\"%1\" is not a number.").arg(text.trimmed()));
    const int places = decimals(currency);
    if (fraction.size() > places)
        return fail(places == 0 ? tr("%1 amounts have no decimal places.").arg(currency)
                                : tr("%1 amounts have at most %n decimal place(s).", nullptr, places)
                                      .arg(currency));
    fraction = fraction.leftJustified(places, QLatin1Char('0'));
    bool ok = true;
    const QString all = (whole.isEmpty() ? QStringLiteral("0") : whole) + fraction;
    const qint64 minor = all.toLongLong(&ok);  // fails on overflow
    if (!ok) return fail(tr("The amount is too large."));
    return Money(negative ? -minor : minor, currency);
}

QString Money::toPlainString() const
{
    const int places = decimals(m_currency);
    const bool negative = m_minor < 0;
    // Work in unsigned space so that the most negative value still prints.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    quint64 scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    QString text = QString::number(magnitude / scale);
    if (places > 0)
        text += QLatin1Char('.') + QString::number(magnitude % scale).rightJustified(places, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString Money::toString(const QLocale &locale) const
{
    const int places = decimals(m_currency);
    const QString plain = toPlainString();
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString body = negative ? plain.mid(1) : plain;
    const int dot = body.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? body : body.left(dot);
    for (int i = whole.size() - 3; i > 0; i -= 3) whole.insert(i, locale.groupSeparator());
    QString text = whole;
    if (places > 0) text += locale.decimalPoint() + body.mid(dot + 1);
    return (negative ? locale.negativeSign() : QString()) + text + QLatin1Char(' ') + m_currency;
}
