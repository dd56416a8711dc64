#include "models/analytics/ProjectEconomics.h"

#include <QtTest>

namespace {
LedgerAmount entry(const char *date, LedgerAmount::Kind kind, qint64 minor, const char *currency = "USD")
{
    return {QDate::fromString(QString::fromLatin1(date), Qt::ISODate), kind, Money(minor, QString::fromLatin1(currency))};
}
constexpr auto Revenue = LedgerAmount::Kind::Revenue;
constexpr auto Cost = LedgerAmount::Kind::Cost;

// Jan: +1000.00 revenue, 400.00 cost; Feb: 250.50 cost; Apr: 300.00 revenue, then a 50.00 credit note.
QVector<LedgerAmount> sampleLedger()
{
    return {entry("2024-01-15", Revenue, 100000), entry("2024-01-20", Cost, 40000), entry("2024-02-03", Cost, 25050),
            entry("2024-04-10", Revenue, 30000), entry("2024-04-11", Revenue, -5000)};
}
}  // namespace

class TestProjectEconomics : public QObject {
    Q_OBJECT
private slots:
    void totalsTheLedger()
    {
        const auto t = ProjectEconomics::total(sampleLedger(), "USD");
        QVERIFY(t);
        // revenue 1000 + 300 - 50 = 1250.00; cost 400 + 250.50 = 650.50; profit 599.50
        QCOMPARE(t->revenue(), Money(125000, "USD"));
        QCOMPARE(t->cost(), Money(65050, "USD"));
        QCOMPARE(t->profit(), Money(59950, "USD"));
        // ROI = 599.50 / 650.50 = 11990/13010 = 1199/1301 = 92.159...%
        QCOMPARE(*t->roi(), *Rate::fraction(1199, 1301));
        QCOMPARE(t->roiText(), QStringLiteral("92.16%"));
    }

    void splitsByMonthWithoutGaps()
    {
        const auto rows = ProjectEconomics::byPeriod(sampleLedger(), ReportingPeriod::Length::Month, "USD");
        QVERIFY(rows);
        QCOMPARE(rows->size(), 4);  // Jan, Feb, Mar (empty), Apr
        QCOMPARE(rows->at(0).period.label(), QStringLiteral("2024-01"));
        QCOMPARE(rows->at(0).figures.profit(), Money(60000, "USD"));   // 1000 - 400
        QCOMPARE(rows->at(0).figures.roiText(), QStringLiteral("150.00%"));  // 600 / 400
        QCOMPARE(rows->at(1).figures.profit(), Money(-25050, "USD"));
        QCOMPARE(*rows->at(1).figures.roi(), Rate::whole(-1));  // all cost, no revenue: -100%
        QCOMPARE(rows->at(2).period.label(), QStringLiteral("2024-03"));
        QVERIFY(rows->at(2).figures.profit().isZero());
        QCOMPARE(rows->at(3).figures.revenue(), Money(25000, "USD"));  // 300 - 50
        QVERIFY(!rows->at(3).figures.roi());  // no cost in April: ROI undefined, not infinite
        QCOMPARE(rows->at(3).period.last(), QDate(2024, 4, 30));
    }

    void splitsByQuarterAndYear()
    {
        const auto q = ProjectEconomics::byPeriod(sampleLedger(), ReportingPeriod::Length::Quarter, "USD");
        QVERIFY(q);
        QCOMPARE(q->size(), 2);
        QCOMPARE(q->at(0).period.label(), QStringLiteral("2024 Q1"));
        // Q1: revenue 1000.00, cost 650.50, profit 349.50, ROI 349.50 / 650.50 = 53.73%
        QCOMPARE(q->at(0).figures.profit(), Money(34950, "USD"));
        QCOMPARE(q->at(0).figures.roiText(), QStringLiteral("53.73%"));
        QCOMPARE(q->at(1).period.label(), QStringLiteral("2024 Q2"));
        const auto y = ProjectEconomics::byPeriod(sampleLedger(), ReportingPeriod::Length::Year, "USD");
        QVERIFY(y);
        QCOMPARE(y->size(), 1);
        QCOMPARE(y->at(0).period.label(), QStringLiteral("2024"));
        QCOMPARE(y->at(0).figures.profit(), Money(59950, "USD"));
    }

    void roiWithZeroCostIsUndefinedAndSaysSo()
    {
        const auto p = ProfitAndLoss::of(Money(5000, "EUR"), Money(0, "EUR"));
        QVERIFY(p);
        QVERIFY(!p->roi());
        QVERIFY(p->roiText().contains("no cost"));
    }

    void refusesToMixCurrencies()
    {
        auto ledger = sampleLedger();
        ledger.append(entry("2024-05-01", Revenue, 100, "EUR"));
        QString error;
        QVERIFY(!ProjectEconomics::total(ledger, "USD", &error));
        QVERIFY(error.contains("EUR") && error.contains("USD") && error.contains("2024-05-01"));
        QVERIFY(!ProjectEconomics::byPeriod(ledger, ReportingPeriod::Length::Month, "USD", &error));
        QVERIFY(!ProfitAndLoss::of(Money(1, "USD"), Money(1, "CNY"), &error));
        QVERIFY(error.contains("CNY"));
    }

    void emptyLedgerIsZero()
    {
        const auto t = ProjectEconomics::total({}, "JPY");
        QVERIFY(t);
        QCOMPARE(t->profit(), Money(0, "JPY"));
        QVERIFY(ProjectEconomics::byPeriod({}, ReportingPeriod::Length::Month, "JPY")->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProjectEconomics)
#include "tst_projecteconomics.moc"
