#include "models/analytics/ShapleyScheme.h"

#include "AllocationTestData.h"

#include <QtTest>

class TestShapleyScheme : public QObject {
    Q_OBJECT
private slots:
    void defaultGameSplitsSynergiesEvenly()
    {
        // Profit 10.00, contributions 1:1:2, P1 and P2 create 1.00 together beyond their own values.
        // Standalone values share 10.00 - 1.00 = 9.00 as 2.25, 2.25, 4.50; each of P1 and P2
        // gets half the synergy: 2.75, 2.75, 4.50.
        const auto a = ShapleyScheme::allocate(Money(1000, "USD"), participantsContributing({1, 1, 2}), {{0, 1, 100}}, nullptr,
                                               ShapleyOptions());
        QVERIFY(a);
        QCOMPARE(minorUnits(*a), (QVector<qint64>{275, 275, 450}));
        QVERIFY(a->note.contains("Exact"));
    }

    void withoutSynergiesItIsProportional()
    {
        QCOMPARE(minorUnits(*ShapleyScheme::allocate(Money(-10000, "USD"), participantsContributing({1, 1, 1}), {}, nullptr,
                                                ShapleyOptions())),
                 (QVector<qint64>{-3334, -3333, -3333}));
    }

    void usesTheUsersCoalitionTable()
    {
        // The glove game scaled to a profit of 6.00: 4.00, 1.00, 1.00.
        QVector<qint64> v(8, 0);
        v[0b011] = v[0b101] = v[0b111] = 600;
        const auto game = CoalitionGame::fromTable(v);
        const auto a = ShapleyScheme::allocate(Money(600, "EUR"), participantsContributing({1, 1, 1}), {}, &*game, ShapleyOptions());
        QVERIFY(a);
        QCOMPARE(minorUnits(*a), (QVector<qint64>{400, 100, 100}));
    }

    void grandCoalitionMustEarnTheProfit()
    {
        QVector<qint64> v(8, 0);
        v[0b111] = 500;
        const auto game = CoalitionGame::fromTable(v);
        QString error;
        QVERIFY(!ShapleyScheme::allocate(Money(600, "EUR"), participantsContributing({1, 1, 1}), {}, &*game, ShapleyOptions(), &error));
        QVERIFY2(error.contains("5.00 EUR") && error.contains("6.00 EUR"), qPrintable(error));
        QVERIFY(!ShapleyScheme::allocate(Money(600, "EUR"), participantsContributing({1, 1}), {}, &*game, ShapleyOptions(), &error));
        QVERIFY(error.contains("3") && error.contains("2"));
        auto mixed = participantsContributing({1, 1, 1});
        mixed[2].contribution = Money(1, "CNY");
        QVERIFY(!ShapleyScheme::allocate(Money(600, "EUR"), mixed, {}, nullptr, ShapleyOptions(), &error));
        QVERIFY(error.contains("CNY"));
    }

    void largeProjectsAreSampledAndSayHow()
    {
        QVector<qint64> contributions(20, 1);
        QVector<Synergy> synergies{{0, 1, 1000}};
        ShapleyOptions options;
        options.permutations = 5000;
        const auto a = ShapleyScheme::allocate(Money(100000, "USD"), participantsContributing(contributions), synergies, nullptr,
                                               options);
        QVERIFY(a);
        qint64 sum = 0;
        for (const Money &m : a->amounts) sum += m.minorUnits();
        QCOMPARE(sum, qint64(100000));
        QVERIFY(a->note.contains("5000") && a->note.contains("Hoeffding"));
    }
};

QTEST_GUILESS_MAIN(TestShapleyScheme)
#include "tst_shapleyscheme.moc"
