// The allocation view of every demo project: the contract's split and every other scheme sum
// exactly to the profit, and editing a coalition's value recomputes the Shapley column at once,
// still summing to the profit; the edit is stored with the project and shown again on reopening.
#include "ui/dashboard/AllocationDialog.h"
#include "DemoFigures.h"
#include "models/demo/DemoWorkspace.h"
#include "models/analytics/ProjectAllocation.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

class TestAllocationDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Workspace m_ws;

    static qint64 parse(const QString &text, const QString &currency)
    {
        const QString number = text.section(QLatin1Char(' '), 0, 0);
        const auto money = Money::parse(number, currency);
        return money ? money->minorUnits() : std::numeric_limits<qint64>::min();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_ws.open(m_dir.filePath(QStringLiteral("demo.sqlite")), &error), qPrintable(error));
        QVERIFY2(DemoWorkspace::fill(m_ws, &error), qPrintable(error));
    }

    void everySchemeSumsExactlyToTheProfit()
    {
        int shown = 0;
        for (qint64 id : DemoFigures::ids(m_ws, QStringLiteral("projects"))) {
            const auto allocation = ProjectAllocation::read(m_ws, id, {});
            QVERIFY(allocation);
            AllocationDialog dialog(*allocation, nullptr);
            const Money profit = allocation->figures().profit();
            const int people = allocation->input().participants.size();
            auto *chosen = dialog.findChild<QTableWidget *>(QStringLiteral("chosenTable"));
            if (allocation->chosen()) {
                qint64 sum = 0;
                for (int r = 0; r < people; ++r) sum += parse(chosen->item(r, 1)->text(), profit.currency());
                QCOMPARE(sum, profit.minorUnits());
                QCOMPARE(chosen->item(people, 1)->text(), profit.toString());  // the total row
                ++shown;
            }
            auto *comparison = dialog.findChild<QTableWidget *>(QStringLiteral("comparisonTable"));
            for (int c = 1; c < comparison->columnCount(); ++c) {
                if (comparison->item(0, c)->text() == QStringLiteral("–")) continue;  // scheme does not apply
                qint64 sum = 0;
                for (int r = 0; r < people; ++r) sum += parse(comparison->item(r, c)->text(), profit.currency());
                QCOMPARE(sum, profit.minorUnits());
            }
        }
        QVERIFY(shown >= 20);
    }

    void editingACoalitionRecomputesShapley()
    {
        const auto allocation = ProjectAllocation::read(m_ws, DemoFigures::ids(m_ws, QStringLiteral("projects")).first(), {});
        QVERIFY(allocation && allocation->input().participants.size() >= 2);
        AllocationDialog dialog(*allocation, nullptr);
        const Money profit = allocation->figures().profit();
        auto *coalitions = dialog.findChild<QTableWidget *>(QStringLiteral("coalitionTable"));
        auto *comparison = dialog.findChild<QTableWidget *>(QStringLiteral("comparisonTable"));
        const int people = allocation->input().participants.size();
        QCOMPARE(coalitions->rowCount(), (1 << people) - 1);
        // The grand coalition creates the profit and cannot be edited; values are grouped as
        // amounts are elsewhere ("1,234,567.89" under the currency's column header).
        QCOMPARE(coalitions->item(coalitions->rowCount() - 1, 1)->text() + QLatin1Char(' ') + profit.currency(), profit.toString());
        QVERIFY(!(coalitions->item(coalitions->rowCount() - 1, 1)->flags() & Qt::ItemIsEditable));

        const int shapley = comparison->columnCount() - 1;
        const QString before = comparison->item(0, shapley)->text();
        // Participant 1 alone is suddenly worth much more: its Shapley value rises.
        const qint64 alone = parse(coalitions->item(0, 1)->text(), profit.currency());
        coalitions->item(0, 1)->setText(Money(alone + qAbs(profit.minorUnits()) + 100, profit.currency()).toPlainString());
        QVERIFY(comparison->item(0, shapley)->text() != before);
        QVERIFY(parse(comparison->item(0, shapley)->text(), profit.currency()) > parse(before, profit.currency()));
        qint64 sum = 0;
        for (int r = 0; r < people; ++r) sum += parse(comparison->item(r, shapley)->text(), profit.currency());
        QCOMPARE(sum, profit.minorUnits());

        // Text that is no amount is refused with a reason, and the value stays.
        coalitions->item(1, 1)->setText(QStringLiteral("lots"));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("message"))->text().isEmpty());
        QVERIFY(coalitions->item(1, 1)->text() != QStringLiteral("lots"));
    }

    void coalitionValuesAreGroupedAndReadBackInEitherLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("English") << QStringLiteral("en_US");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }
    void coalitionValuesAreGroupedAndReadBackInEitherLanguage()
    {
        QFETCH(QString, locale);
        QLocale::setDefault(QLocale(locale));
        const auto allocation = ProjectAllocation::read(m_ws, DemoFigures::ids(m_ws, QStringLiteral("projects")).first(), {});
        QVERIFY(allocation);
        AllocationDialog dialog(*allocation, nullptr);
        auto *coalitions = dialog.findChild<QTableWidget *>(QStringLiteral("coalitionTable"));
        const QString sep = QLocale().groupSeparator();
        const QString grand = coalitions->item(coalitions->rowCount() - 1, 1)->text();
        QVERIFY2(grand.contains(sep), qPrintable(grand));
        coalitions->item(0, 1)->setText(QStringList{QStringLiteral("1"), QStringLiteral("234"), QStringLiteral("567.89")}.join(sep));
        const QString message = dialog.findChild<QLabel *>(QStringLiteral("message"))->text();
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QCOMPARE(dialog.allocation().input().game->value(1), qint64(123456789));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void coalitionEditsAreKeptWhenReopened()
    {
        const qint64 id = DemoFigures::ids(m_ws, QStringLiteral("projects")).at(1);
        auto allocation = ProjectAllocation::read(m_ws, id, {});
        QVERIFY(allocation && allocation->input().participants.size() >= 2);
        const QString currency = allocation->figures().profit().currency();
        qint64 edited = 0;
        QString shapleyAfterEdit;
        {
            AllocationDialog dialog(*allocation, &m_ws);
            auto *coalitions = dialog.findChild<QTableWidget *>(QStringLiteral("coalitionTable"));
            auto *comparison = dialog.findChild<QTableWidget *>(QStringLiteral("comparisonTable"));
            edited = parse(coalitions->item(0, 1)->text(), currency) + 12345;
            coalitions->item(0, 1)->setText(Money(edited, currency).toPlainString());
            shapleyAfterEdit = comparison->item(0, comparison->columnCount() - 1)->text();
        }
        // Reopened from the workspace: the edited value and the Shapley split that follows from it.
        allocation = ProjectAllocation::read(m_ws, id, {});
        QVERIFY(allocation && allocation->input().game);
        QCOMPARE(allocation->input().game->value(1), edited);
        {
            AllocationDialog dialog(*allocation, &m_ws);
            auto *coalitions = dialog.findChild<QTableWidget *>(QStringLiteral("coalitionTable"));
            auto *comparison = dialog.findChild<QTableWidget *>(QStringLiteral("comparisonTable"));
            QCOMPARE(parse(coalitions->item(0, 1)->text(), currency), edited);
            QCOMPARE(comparison->item(0, comparison->columnCount() - 1)->text(), shapleyAfterEdit);
            // "Default game" forgets the stored values.
            dialog.findChild<QPushButton *>(QStringLiteral("defaultGame"))->click();
            QVERIFY(parse(coalitions->item(0, 1)->text(), currency) != edited);
        }
        allocation = ProjectAllocation::read(m_ws, id, {});
        QVERIFY(allocation && !allocation->input().game);
    }
};

QTEST_MAIN(TestAllocationDialog)
#include "tst_allocationdialog.moc"
