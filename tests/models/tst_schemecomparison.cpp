#include "models/analytics/SchemeComparison.h"

#include <QRandomGenerator>
#include <QtTest>

namespace {
AllocationParticipant participant(const char *name, qint64 contribution, const char *fixed, const char *score)
{
    AllocationParticipant p;
    p.name = QString::fromLatin1(name);
    p.contribution = Money(contribution, "USD");
    if (fixed) p.fixedShare = *Rate::parse(QString::fromLatin1(fixed));
    p.performanceScore = *Rate::parse(QString::fromLatin1(score));
    return p;
}
QVector<qint64> minor(const SchemeComparison::Column *c)
{
    QVector<qint64> v;
    for (const Money &m : c->allocation->amounts) v.append(m.minorUnits());
    return v;
}
}  // namespace

class TestSchemeComparison : public QObject {
    Q_OBJECT
private slots:
    void allSchemesSideBySide()
    {
        // Profit 1,000.00; A contributed 60, B 40; contract shares 50/50; scores 1 and 3;
        // A and B create 100.00 together beyond their separate values.
        ProjectAllocationInput in;
        in.profit = Money(100000, "USD");
        in.participants = {participant("A", 60, "50%", "1"), participant("B", 40, "50%", "3")};
        in.synergies = {{0, 1, 10000}};
        const auto c = SchemeComparison::compare(in);
        QCOMPARE(c.participants(), (QStringList{"A", "B"}));
        QCOMPARE(c.columns().size(), 4);
        using K = AllocationMethod;
        QCOMPARE(minor(c.column(K::ProportionalToContribution)), (QVector<qint64>{60000, 40000}));  // 60% / 40%
        QCOMPARE(minor(c.column(K::FixedShares)), (QVector<qint64>{50000, 50000}));
        QCOMPARE(minor(c.column(K::PerformanceBased)), (QVector<qint64>{25000, 75000}));  // 1/4, 3/4
        // Shapley: 900.00 split 60/40 = 540, 360, plus half the 100.00 synergy each: 590, 410
        QCOMPARE(minor(c.column(K::Shapley)), (QVector<qint64>{59000, 41000}));
        QCOMPARE(c.column(K::Shapley)->title, QStringLiteral("Shapley value"));
        QCOMPARE(c.spread(0), Money(35000, "USD"));  // A: 600 - 250
        QCOMPARE(c.spread(1), Money(35000, "USD"));  // B: 750 - 400
    }

    void aSchemeThatDoesNotApplySaysWhy()
    {
        ProjectAllocationInput in;
        in.profit = Money(1000, "USD");
        in.participants = {participant("A", 1, nullptr, "1"), participant("B", 1, nullptr, "1")};
        const auto c = SchemeComparison::compare(in);
        const auto *fixed = c.column(AllocationMethod::FixedShares);
        QVERIFY(!fixed->allocation);
        QVERIFY(fixed->error.contains("A"));
        QVERIFY(c.column(AllocationMethod::ProportionalToContribution)->allocation);
        QCOMPARE(c.spread(0), Money(0, "USD"));  // 5.00 under every scheme that applies
    }

    // Many random projects (fixed seed), profits and losses, awkward remainders: every scheme
    // applies and every allocation sums exactly to the profit.
    void everyAllocationSumsExactlyToTheProfit()
    {
        QRandomGenerator rng(31337);
        for (int round = 0; round < 1500; ++round) {
            const int n = 1 + int(rng.bounded(8));
            ProjectAllocationInput in;
            qint64 profit;
            switch (round % 3) {
            case 0: profit = qint64(rng.bounded(2 * n + 1)) - n; break;  // fewer cents than people
            case 1: profit = -qint64(rng.bounded(1000000000)); break;
            default: profit = qint64(rng.generate64() % 2000000000001ULL) - 1000000000000LL; break;
            }
            in.profit = Money(profit, "CNY");
            // Fixed shares: n random basis-point cuts of 10000; bases at most 10% each.
            QVector<qint64> cuts{0, 10000};
            for (int i = 0; i + 1 < n; ++i) cuts.append(qint64(rng.bounded(10001)));
            std::sort(cuts.begin(), cuts.end());
            for (int i = 0; i < n; ++i) {
                AllocationParticipant p;
                p.name = QStringLiteral("P%1").arg(i);
                p.contribution = Money(qint64(rng.bounded(1000)) + (i == 0 ? 1 : 0), "CNY");
                p.fixedShare = Rate::fromBasisPoints(cuts[i + 1] - cuts[i]);
                p.performanceScore = *Rate::fraction(qint64(rng.bounded(100)) + 1, qint64(rng.bounded(7)) + 1);
                p.guaranteedBase = Rate::fromBasisPoints(qint64(rng.bounded(1001)));
                in.participants.append(p);
            }
            for (int i = 0; i < n; ++i)
                for (int j = i + 1; j < n; ++j)
                    if (rng.bounded(2)) in.synergies.append({i, j, qint64(rng.bounded(200001)) - 100000});
            const auto c = SchemeComparison::compare(in);
            for (const auto &column : c.columns()) {
                QVERIFY2(column.allocation, qPrintable(column.title + ": " + column.error));
                qint64 sum = 0;
                for (const Money &m : column.allocation->amounts) sum += m.minorUnits();
                QCOMPARE(sum, profit);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSchemeComparison)
#include "tst_schemecomparison.moc"
