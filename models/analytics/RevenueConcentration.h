#pragma once
// How concentrated revenue is on a few partners: the Herfindahl-Hirschman index,
//   HHI = sum over partners of (100 * revenue share)^2, from 0 (spread thin) to 10000 (one
// partner), rounded to a whole number (halves away from zero), labelled by the usual thresholds
// of the U.S. Horizontal Merger Guidelines (2010): below 1500 unconcentrated, 1500 to 2500
// moderately concentrated, above 2500 highly concentrated.
#include "models/records/Money.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

class RevenueConcentration {
    Q_DECLARE_TR_FUNCTIONS(RevenueConcentration)
public:
    enum class Level { Unconcentrated, Moderate, High };

    // One revenue per partner, all in the given currency and none negative. nullopt with the
    // reason when that fails or when there is no revenue at all (no shares to speak of).
    static std::optional<RevenueConcentration> of(const QVector<Money> &revenueByPartner, const QString &currency,
                                                  QString *error = nullptr);
    // The same index from sums over the partners: of their revenues and of the squares of their
    // revenues (the form a database adds up). nullopt when the total is not positive.
    static std::optional<RevenueConcentration> ofSums(double sumOfSquares, double total);
    static Level levelOf(qint64 hhi);

    qint64 hhi() const { return m_hhi; }
    Level level() const { return levelOf(m_hhi); }
    QString label() const;

private:
    RevenueConcentration() = default;
    qint64 m_hhi = 0;
};
