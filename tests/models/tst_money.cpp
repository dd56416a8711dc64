#include "models/records/Money.h"

#include <QtTest>

class TestMoney : public QObject {
    Q_OBJECT
private slots:
    void parsesExactlyWithoutFloatingPoint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("cents") << "1234.56" << "USD" << "C" << qint64(123456);
        QTest::newRow("grouped") << "1,234.5" << "USD" << "en_US" << qint64(123450);
        QTest::newRow("german") << "1.234,56" << "EUR" << "de_DE" << qint64(123456);
        QTest::newRow("yen") << "1500" << "JPY" << "C" << qint64(1500);
        QTest::newRow("dinar") << "1.005" << "KWD" << "C" << qint64(1005);
        QTest::newRow("negative") << "-0.07" << "CNY" << "zh_CN" << qint64(-7);
        // 0.1 + 0.2 style values that a double would round differently.
        QTest::newRow("tenth") << "0.29" << "USD" << "C" << qint64(29);
        QTest::newRow("large") << "92233720368547758.07" << "USD" << "C" << qint64(9223372036854775807LL);
    }
    void parsesExactlyWithoutFloatingPoint()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        QString error;
        const auto money = Money::parse(text, currency, QLocale(locale), &error);
        QVERIFY2(money.has_value(), qPrintable(error));
        QCOMPARE(money->minorUnits(), minor);
        QCOMPARE(money->currency(), currency);
    }

    void rejectsWhatIsNotAnAmount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::newRow("empty") << "" << "USD";
        QTest::newRow("letters") << "12a" << "USD";
        QTest::newRow("too many decimals") << "1.234" << "USD";
        QTest::newRow("yen decimals") << "1.5" << "JPY";
        QTest::newRow("bad currency") << "1" << "usd";
        QTest::newRow("overflow") << "99999999999999999999" << "USD";
    }
    void rejectsWhatIsNotAnAmount()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QString error;
        QVERIFY(!Money::parse(text, currency, QLocale::c(), &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void arithmeticRefusesMixedCurrenciesAndOverflow()
    {
        const Money a(150, "USD"), b(-275, "USD"), c(1, "EUR");
        QCOMPARE(a.plus(b)->minorUnits(), qint64(-125));
        QCOMPARE(a.minus(b)->minorUnits(), qint64(425));
        QVERIFY(!a.plus(c).has_value());
        QVERIFY(!Money(std::numeric_limits<qint64>::max(), "USD").plus(Money(1, "USD")).has_value());
        QVERIFY(!Money(std::numeric_limits<qint64>::min(), "USD").minus(Money(1, "USD")).has_value());
    }

    void formatsByCurrencyAndLocale()
    {
        QCOMPARE(Money(123456, "USD").toPlainString(), QString("1234.56"));
        QCOMPARE(Money(-5, "USD").toPlainString(), QString("-0.05"));
        QCOMPARE(Money(1500, "JPY").toPlainString(), QString("1500"));
        QCOMPARE(Money(1005, "KWD").toPlainString(), QString("1.005"));
        QCOMPARE(Money(std::numeric_limits<qint64>::min(), "USD").toPlainString(),
                 QString("-92233720368547758.08"));
        QCOMPARE(Money(123456789, "USD").toString(QLocale("en_US")), QString("1,234,567.89 USD"));
        QCOMPARE(Money(123456789, "EUR").toString(QLocale("de_DE")), QString("1.234.567,89 EUR"));
        // What toPlainString writes, parse reads back unchanged.
        const Money m(-987654321, "CNY");
        QCOMPARE(*Money::parse(m.toPlainString(), "CNY", QLocale::c()), m);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
