#include "models/analytics/Rate.h"

#include <QtTest>

class TestRate : public QObject {
    Q_OBJECT
private slots:
    void parsesWhatPeopleTypeExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("num");
        QTest::addColumn<qint64>("den");
        QTest::newRow("decimal") << "0.25" << qint64(1) << qint64(4);
        QTest::newRow("percent") << "25%" << qint64(1) << qint64(4);
        QTest::newRow("tenth") << "0.1" << qint64(1) << qint64(10);       // a double cannot hold this
        QTest::newRow("fraction") << "1/3" << qint64(1) << qint64(3);
        QTest::newRow("reduced") << "6/8" << qint64(3) << qint64(4);
        QTest::newRow("negative") << "-12.5%" << qint64(-1) << qint64(8);  // -0.125
        QTest::newRow("whole") << "2" << qint64(2) << qint64(1);
        QTest::newRow("leading dot") << ".3" << qint64(3) << qint64(10);
    }
    void parsesWhatPeopleTypeExactly()
    {
        QFETCH(QString, text);
        QFETCH(qint64, num);
        QFETCH(qint64, den);
        QString error;
        const auto r = Rate::parse(text, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->numerator(), num);
        QCOMPARE(r->denominator(), den);
    }

    void rejectsWhatIsNotARate()
    {
        for (const char *text : {"", "abc", "1/0", "1.2.3", "%", "12a%"}) {
            QString error;
            QVERIFY2(!Rate::parse(QString::fromLatin1(text), &error), text);
            QVERIFY(!error.isEmpty());
        }
    }

    void arithmeticIsExact()
    {
        const Rate third = *Rate::fraction(1, 3);
        // 1/3 + 1/3 + 1/3 = 1 exactly (0.333.. as a double would not be)
        QCOMPARE(*third.plus(third)->plus(third), Rate::whole(1));
        QCOMPARE(*Rate::fromBasisPoints(2500).times(*Rate::fraction(2, 5)), *Rate::fraction(1, 10));
        QCOMPARE(*Rate::whole(1).minus(Rate::fromBasisPoints(2500)), *Rate::fraction(3, 4));
        QCOMPARE(*Rate::fraction(1, 2)->dividedBy(*Rate::fraction(1, 4)), Rate::whole(2));
        QVERIFY(!Rate::whole(1).dividedBy(Rate()));  // never divides by zero
        QVERIFY(!Rate::fraction(1, 0));
        QVERIFY(*Rate::fraction(1, 3) < *Rate::fraction(1, 2));
    }

    void appliesToMoneyRoundingHalfAwayFromZero()
    {
        const Rate quarter = Rate::fromBasisPoints(2500);
        QCOMPARE(*quarter.applyTo(110000), qint64(27500));  // 25% of 1100.00 = 275.00
        QCOMPARE(*quarter.applyTo(3), qint64(1));            // 0.75 cent -> 1
        QCOMPARE(*quarter.applyTo(2), qint64(1));            // 0.5 cent -> 1 (half away from zero)
        QCOMPARE(*quarter.applyTo(-2), qint64(-1));          // -0.5 cent -> -1
        QCOMPARE(*quarter.applyTo(1), qint64(0));            // 0.25 cent -> 0
        QCOMPARE(*Rate::fraction(1, 3)->applyTo(10000), qint64(3333));
        QCOMPARE(*Rate::fraction(2, 3)->applyTo(10000), qint64(6667));
        QVERIFY(!Rate::whole(4).applyTo(std::numeric_limits<qint64>::max()));  // overflow is reported
    }

    void printsAsPercent()
    {
        QCOMPARE(Rate::fromBasisPoints(2500).toPercentString(), QStringLiteral("25.00%"));
        QCOMPARE(Rate::fraction(1, 3)->toPercentString(), QStringLiteral("33.33%"));
        QCOMPARE(Rate::fraction(2, 3)->toPercentString(1), QStringLiteral("66.7%"));
        QCOMPARE(Rate::fraction(-1, 8)->toPercentString(), QStringLiteral("-12.50%"));
    }
};

QTEST_GUILESS_MAIN(TestRate)
#include "tst_rate.moc"
