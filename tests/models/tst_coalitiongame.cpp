#include "models/analytics/CoalitionGame.h"

#include <QtTest>

class TestCoalitionGame : public QObject {
    Q_OBJECT
private slots:
    void standaloneValuesPlusSynergies()
    {
        // a = 10, 20, 30; s01 = 5, s12 = -3
        const auto g = CoalitionGame::fromStandaloneValues({10, 20, 30}, {{0, 1, 5}, {1, 2, -3}});
        QVERIFY(g);
        QCOMPARE(g->value(0b000), qint64(0));
        QCOMPARE(g->value(0b001), qint64(10));
        QCOMPARE(g->value(0b011), qint64(35));  // 10 + 20 + 5
        QCOMPARE(g->value(0b110), qint64(47));  // 20 + 30 - 3
        QCOMPARE(g->value(0b101), qint64(40));  // no synergy between 0 and 2
        QCOMPARE(g->grandValue(), qint64(62));  // 60 + 5 - 3
        const QVector<qint64> table = g->valueTable();
        for (quint64 s = 0; s < 8; ++s) QCOMPARE(table[qsizetype(s)], g->value(s));
    }

    void defaultGameMakesTheGrandCoalitionEarnTheProfit()
    {
        // profit 1000, synergy s01 = 100: the remaining 900 is split 1:1:2 -> 225, 225, 450
        const auto g = CoalitionGame::fromContributions(1000, {1, 1, 2}, {{0, 1, 100}});
        QVERIFY(g);
        QCOMPARE(g->value(0b001), qint64(225));
        QCOMPARE(g->value(0b100), qint64(450));
        QCOMPARE(g->value(0b011), qint64(550));
        QCOMPARE(g->grandValue(), qint64(1000));
        // 1001 over 1:1:1 rounds by largest remainder so v(N) stays exact: 334 + 334 + 333
        QCOMPARE(CoalitionGame::fromContributions(1001, {1, 1, 1}, {})->grandValue(), qint64(1001));
    }

    void userEditsReplaceSingleValues()
    {
        auto g = CoalitionGame::fromStandaloneValues({10, 20, 30}, {});
        QVERIFY(g->setValue(0b011, 100));
        QCOMPARE(g->value(0b011), qint64(100));
        QCOMPARE(g->valueTable()[0b011], qint64(100));
        QCOMPARE(g->value(0b101), qint64(40));  // others untouched
        QString error;
        QVERIFY(!g->setValue(0, 5, &error));     // the empty coalition stays at 0
        QVERIFY(!g->setValue(0b1000, 5, &error));  // no fourth participant
    }

    void tablesAreChecked()
    {
        QString error;
        QVERIFY(CoalitionGame::fromTable({0, 1, 2, 4}));
        QVERIFY(!CoalitionGame::fromTable({0, 1, 2}, &error));  // not 2^n values
        QVERIFY(!CoalitionGame::fromTable({1, 1, 2, 4}, &error));  // v(empty) != 0
        QVERIFY(error.contains("empty"));
        QVERIFY(!CoalitionGame::fromStandaloneValues({1, 2}, {{0, 2, 1}}, &error));  // no participant 3
        QVERIFY(!CoalitionGame::fromStandaloneValues({std::numeric_limits<qint64>::max(), 1}, {}, &error));
    }

    void marginalRangesBoundEveryMarginalContribution()
    {
        // a = 10, 20, 30; s01 = 5, s12 = -3. Player 1's marginal: 20 + {0, 5} + {0, -3} -> width 8.
        auto g = CoalitionGame::fromStandaloneValues({10, 20, 30}, {{0, 1, 5}, {1, 2, -3}});
        const auto ranges = g->marginalRanges();
        QVERIFY(ranges[0] == 5 && ranges[1] == 8 && ranges[2] == 3);
        // The same game as a table gives the exact widths.
        const auto t = CoalitionGame::fromTable(g->valueTable());
        QVERIFY(t->marginalRanges() == ranges);
        // After an edit the bound widens and still holds for every marginal.
        g->setValue(0b011, 500);
        const auto edited = g->marginalRanges();
        const auto table = g->valueTable();
        for (int i = 0; i < 3; ++i) {
            WideMath::Int lo = 1 << 30, hi = -(1 << 30);
            for (quint64 s = 0; s < 8; ++s) {
                if (s >> i & 1) continue;
                const WideMath::Int m = table[qsizetype(s | 1ULL << i)] - table[qsizetype(s)];
                lo = std::min(lo, m);
                hi = std::max(hi, m);
            }
            QVERIFY(hi - lo <= edited[i]);
        }
    }
};

QTEST_GUILESS_MAIN(TestCoalitionGame)
#include "tst_coalitiongame.moc"
