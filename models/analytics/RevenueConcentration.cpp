#include "models/analytics/RevenueConcentration.h"

#include "models/analytics/WideMath.h"

#include <cmath>

using WideMath::Int;

std::optional<RevenueConcentration> RevenueConcentration::of(const QVector<Money> &revenueByPartner,
                                                             const QString &currency, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<RevenueConcentration> {
        if (error) *error = why;
        return std::nullopt;
    };
    QVector<Int> revenues;
    Int total = 0;
    for (const Money &m : revenueByPartner) {
        if (m.currency() != currency)
            return fail(tr("A partner's revenue is in %1 but concentration is measured in %2; convert it first.")
                            .arg(m.currency(), currency));
        if (m.minorUnits() < 0)
            return fail(tr("A partner's revenue is negative (%1); concentration needs revenues of zero or more.")
                            .arg(m.toString()));
        revenues.append(m.minorUnits());
        total += m.minorUnits();
    }
    if (total == 0) return fail(tr("There is no revenue yet, so there is no concentration to measure."));
    // The index does not change when every revenue is scaled; halve them all until
    // 10000 * total^2 fits in 128 bits (only for totals above 2^56 minor units).
    while (total > (Int(1) << 56)) {
        total = 0;
        for (Int &r : revenues) {
            r >>= 1;
            total += r;
        }
    }
    Int squares = 0;
    for (Int r : revenues) squares += r * r;
    RevenueConcentration c;
    c.m_hhi = qint64(WideMath::roundHalfAwayFromZero(squares * 10000, total * total));
    return c;
}

std::optional<RevenueConcentration> RevenueConcentration::ofSums(double sumOfSquares, double total)
{
    if (!(total > 0)) return std::nullopt;
    RevenueConcentration c;
    c.m_hhi = std::llround(10000.0 * sumOfSquares / (total * total));  // halves away from zero, as of()
    return c;
}

RevenueConcentration::Level RevenueConcentration::levelOf(qint64 hhi)
{
    if (hhi < 1500) return Level::Unconcentrated;
    if (hhi <= 2500) return Level::Moderate;
    return Level::High;
}

QString RevenueConcentration::label() const
{
    switch (level()) {
    case Level::Unconcentrated: return tr("Unconcentrated");
    case Level::Moderate: return tr("Moderately concentrated");
    case Level::High: break;
    }
    return tr("Highly concentrated");
}
