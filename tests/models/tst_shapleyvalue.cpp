#include "models/analytics/ShapleyValue.h"

#include <QRandomGenerator>
#include <QtTest>
#include <numeric>

using WideMath::Int;

namespace {

// phi_i as an exact fraction compared with an expected fraction num/den.
bool equals(const ShapleyValue &phi, int i, Int num, Int den)
{
    return phi.numerator(i) * den == num * phi.denominator();
}

QVector<qint64> randomTable(int n, QRandomGenerator &rng, qint64 spread = 1000000)
{
    QVector<qint64> v(1 << n, 0);
    for (int s = 1; s < (1 << n); ++s) v[s] = qint64(rng.bounded(2 * spread)) - spread / 2;
    return v;
}

}  // namespace

class TestShapleyValue : public QObject {
    Q_OBJECT
private slots:
    void gloveGame()
    {
        // Player 0 holds a left glove, players 1 and 2 right gloves; a pair is worth 600.
        // Textbook result: phi = (2/3, 1/6, 1/6) of 600 = 400, 100, 100.
        QVector<qint64> v(8, 0);
        v[0b011] = v[0b101] = v[0b111] = 600;
        const auto phi = ShapleyValue::exact(*CoalitionGame::fromTable(v));
        QVERIFY(phi && phi->isExact());
        QVERIFY(equals(*phi, 0, 400, 1) && equals(*phi, 1, 100, 1) && equals(*phi, 2, 100, 1));
        QCOMPARE(*phi->rounded(), (QVector<qint64>{400, 100, 100}));
    }

    void threePartnerTextbookExample()
    {
        // v(1) = v(2) = v(3) = 0, v(12) = 90, v(13) = 80, v(23) = 70, v(123) = 120.
        // Marginal contributions of player 1 over the 6 orders 123,132,213,231,312,321:
        //   0, 0, 90, 50, 80, 50 -> 270/6 = 45; player 2: 90, 40, 0, 0, 40, 70 -> 240/6 = 40;
        //   player 3: 30, 80, 30, 70, 0, 0 -> 210/6 = 35.
        const QVector<qint64> v{0, 0, 0, 90, 0, 80, 70, 120};
        const auto phi = ShapleyValue::exact(*CoalitionGame::fromTable(v));
        QVERIFY(equals(*phi, 0, 45, 1) && equals(*phi, 1, 40, 1) && equals(*phi, 2, 35, 1));
    }

    void unevenValuesRoundToTheGrandValue()
    {
        // v(1) = 1, v(2) = 0, v(12) = 2: phi1 = (1 + 2)/2 = 1.5, phi2 = (0 + 1)/2 = 0.5;
        // rounded: floors 1 + 0, the last unit goes to the first of the tied .5 remainders.
        const auto phi = ShapleyValue::exact(*CoalitionGame::fromTable({0, 1, 0, 2}));
        QVERIFY(equals(*phi, 0, 3, 2) && equals(*phi, 1, 1, 2));
        QCOMPARE(*phi->rounded(), (QVector<qint64>{2, 0}));
    }

    void efficiency()
    {
        QRandomGenerator rng(7);
        for (int n = 1; n <= 10; ++n) {
            const auto g = CoalitionGame::fromTable(randomTable(n, rng));
            const auto phi = ShapleyValue::exact(*g);
            Int sum = 0;
            for (int i = 0; i < n; ++i) sum += phi->numerator(i);
            QVERIFY(sum == Int(g->grandValue()) * phi->denominator());
            const auto amounts = phi->rounded();
            QVERIFY(amounts);
            QCOMPARE(std::accumulate(amounts->begin(), amounts->end(), qint64(0)), g->grandValue());
        }
    }

    void symmetry()
    {
        // Players 0 and 1 are interchangeable: v depends on how many of them are in, not which.
        QRandomGenerator rng(11);
        const int n = 6;
        const auto base = randomTable(n, rng);
        QVector<qint64> v(1 << n);
        for (int s = 0; s < (1 << n); ++s) {
            const int pair = (s & 1) + (s >> 1 & 1);
            const int canonical = (s & ~3) | (pair >= 1 ? 1 : 0) | (pair == 2 ? 2 : 0);
            v[s] = base[canonical];
        }
        const auto phi = ShapleyValue::exact(*CoalitionGame::fromTable(v));
        QVERIFY(phi->numerator(0) == phi->numerator(1));
    }

    void nullPlayerGetsNothing()
    {
        // Player 3 adds nothing to any coalition: v(S + 3) = v(S).
        QRandomGenerator rng(13);
        const int n = 7;
        auto v = randomTable(n, rng);
        for (int s = 0; s < (1 << n); ++s)
            if (s >> 3 & 1) v[s] = v[s & ~(1 << 3)];
        const auto phi = ShapleyValue::exact(*CoalitionGame::fromTable(v));
        QVERIFY(phi->numerator(3) == 0);
        QVERIFY(phi->numerator(0) != 0);
    }

    void additivity()
    {
        // phi(v + w) = phi(v) + phi(w), exactly.
        QRandomGenerator rng(17);
        const int n = 8;
        const auto v = randomTable(n, rng), w = randomTable(n, rng);
        QVector<qint64> sum(v.size());
        for (int s = 0; s < v.size(); ++s) sum[s] = v[s] + w[s];
        const auto pv = ShapleyValue::exact(*CoalitionGame::fromTable(v));
        const auto pw = ShapleyValue::exact(*CoalitionGame::fromTable(w));
        const auto ps = ShapleyValue::exact(*CoalitionGame::fromTable(sum));
        for (int i = 0; i < n; ++i) {
            const Int lhs = ps->numerator(i) * pv->denominator() * pw->denominator();
            const Int rhs = (pv->numerator(i) * pw->denominator() + pw->numerator(i) * pv->denominator()) *
                            ps->denominator();
            QVERIFY(lhs == rhs);
        }
    }

    void synergyGameHasItsClosedFormAtSixteenPlayers()
    {
        // For v(S) = sum a_i + sum s_ij the Shapley value is a_i + (sum_j s_ij) / 2: each pair's
        // synergy is split evenly. Checks the full 2^16 enumeration.
        QRandomGenerator rng(19);
        const int n = 16;
        QVector<qint64> a(n);
        for (qint64 &x : a) x = qint64(rng.bounded(2000000)) - 500000;
        QVector<Synergy> synergies;
        QVector<Int> twice(n, 0);
        for (int i = 0; i < n; ++i) {
            twice[i] += 2 * a[i];
            for (int j = i + 1; j < n; ++j) {
                if (rng.bounded(3) == 0) continue;
                const qint64 s = qint64(rng.bounded(20001)) - 10000;
                synergies.append({i, j, s});
                twice[i] += s;
                twice[j] += s;
            }
        }
        const auto phi = ShapleyValue::exact(*CoalitionGame::fromStandaloneValues(a, synergies));
        QVERIFY(phi);
        for (int i = 0; i < n; ++i) QVERIFY(equals(*phi, i, twice[i], 2));
    }

    void sampledAgreesWithExactWithinTheStatedBound_data()
    {
        QTest::addColumn<bool>("asTable");
        QTest::addColumn<bool>("edited");
        QTest::newRow("synergy game") << false << false;
        QTest::newRow("synergy game with edits") << false << true;
        QTest::newRow("coalition table") << true << false;
    }
    void sampledAgreesWithExactWithinTheStatedBound()
    {
        QFETCH(bool, asTable);
        QFETCH(bool, edited);
        QRandomGenerator rng(23);
        const int n = 10;
        QVector<qint64> a(n);
        for (qint64 &x : a) x = qint64(rng.bounded(100000));
        QVector<Synergy> synergies;
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) synergies.append({i, j, qint64(rng.bounded(20001)) - 5000});
        auto game = CoalitionGame::fromStandaloneValues(a, synergies);
        if (edited) {
            game->setValue(0b0000000011, 1000000);
            game->setValue(0b0111000000, -200000);
        }
        if (asTable) game = CoalitionGame::fromTable(randomTable(n, rng, 100000));
        const auto exact = ShapleyValue::exact(*game);
        const auto sampled = ShapleyValue::sampled(*game, 20000, 42, 0.05);
        QVERIFY(sampled && !sampled->isExact());
        QCOMPARE(sampled->permutations(), qint64(20000));
        QVERIFY(sampled->maxErrorBound() > 0);
        Int sum = 0;
        for (int i = 0; i < n; ++i) {
            const double error = std::abs(sampled->value(i) - exact->value(i));
            QVERIFY2(error <= sampled->errorBound(i),
                     qPrintable(QStringLiteral("player %1: |%2 - %3| > %4")
                                    .arg(i)
                                    .arg(sampled->value(i))
                                    .arg(exact->value(i))
                                    .arg(sampled->errorBound(i))));
            sum += sampled->numerator(i);
        }
        QVERIFY(sum == Int(game->grandValue()) * sampled->denominator());  // sampling is efficient too
        const auto amounts = sampled->rounded();
        QVERIFY(amounts);
        QCOMPARE(std::accumulate(amounts->begin(), amounts->end(), qint64(0)), game->grandValue());
    }

    void samplingIsSeededAndStatesItsBound()
    {
        QRandomGenerator rng(29);
        QVector<qint64> a(30);
        for (qint64 &x : a) x = qint64(rng.bounded(100000));
        QVector<Synergy> synergies;
        for (int i = 0; i + 1 < 30; ++i) synergies.append({i, i + 1, 5000});
        const auto game = CoalitionGame::fromStandaloneValues(a, synergies);
        ShapleyOptions options;
        options.permutations = 2000;
        options.seed = 99;
        const auto first = ShapleyValue::compute(*game, options);
        const auto again = ShapleyValue::compute(*game, options);
        QVERIFY(first && !first->isExact());  // 30 > 16 participants: sampled
        for (int i = 0; i < 30; ++i) QVERIFY(first->numerator(i) == again->numerator(i));
        options.seed = 100;
        const auto other = ShapleyValue::compute(*game, options);
        bool differs = false;
        for (int i = 0; i < 30; ++i) differs |= first->numerator(i) != other->numerator(i);
        QVERIFY(differs);
        // Player 5 has synergies 5000 with players 4 and 6: marginal range 10000.
        // Bound = 10000 * sqrt(ln(2 * 30 / 0.05) / (2 * 2000)) = 10000 * sqrt(7.0901 / 4000) = 421.01
        QVERIFY(std::abs(first->errorBound(5) - 421.0) < 0.5);
        const QString text = first->description("USD");
        QVERIFY2(text.contains("2000") && text.contains("seed 99") && text.contains("95%") && text.contains("4.22 USD"),
                 qPrintable(text));
        // The closed form a_i + half the synergies lies within the bound.
        for (int i = 0; i < 30; ++i) {
            const double exact = double(a[i]) + (i > 0 ? 2500 : 0) + (i < 29 ? 2500 : 0);
            QVERIFY(std::abs(first->value(i) - exact) <= first->errorBound(i));
        }
    }

    void smallGamesAreExactAndHugeOnesRefuseEnumeration()
    {
        const auto game = CoalitionGame::fromStandaloneValues(QVector<qint64>(16, 1), {});
        QVERIFY(ShapleyValue::compute(*game, ShapleyOptions())->isExact());
        QVERIFY(ShapleyValue::compute(*game, ShapleyOptions())->description("USD").contains("65536"));
        QString error;
        QVERIFY(!ShapleyValue::exact(*CoalitionGame::fromStandaloneValues(QVector<qint64>(21, 1), {}), &error));
        QVERIFY(error.contains("sampling"));
        QVERIFY(!ShapleyValue::sampled(*game, 0, 1, 0.05, &error));
        QVERIFY(!ShapleyValue::sampled(*game, 10, 1, 1.5, &error));
    }
};

QTEST_GUILESS_MAIN(TestShapleyValue)
#include "tst_shapleyvalue.moc"
