#include "models/storage/SqlStatement.h"
#include "TestRecords.h"
#include "models/storage/Transaction.h"

using namespace TestRecords;

class TestSqlStatement : public QObject {
    Q_OBJECT
private slots:
    void constraintFailuresAreExplainedInWords()
    {
        Fixture f;
        QVERIFY(f.open());
        QString error;
        SqlStatement insert(f.workspace.database(),
                            "INSERT INTO partners (name, kind, industry, tier, status, rating, created_at, updated_at) "
                            "VALUES (?, 'startup', 'finance', 'key', 'active', ?, 'x', 'x')");
        QVERIFY2(insert.exec({"Twin", 3}, &error), qPrintable(error));
        // Bypassing the validator, as a second program writing the same file would.
        QVERIFY(!insert.exec({"TWIN", 3}, &error));
        QVERIFY2(error.contains("Another partner already has this name"), qPrintable(error));
        QVERIFY(!insert.exec({"Rated", 9}, &error));
        QVERIFY2(error.contains("rating outside 1-5"), qPrintable(error));
        SqlStatement party(f.workspace.database(), "INSERT INTO contract_parties (contract_id, partner_id) VALUES (?, ?)");
        QVERIFY(!party.exec({77, 88}, &error));
        QVERIFY2(error.contains("does not exist"), qPrintable(error));

        SqlStatement broken(f.workspace.database(), "SELECT missing_column FROM nowhere");
        QVERIFY(!broken.exec(&error));
        QVERIFY2(error.contains("no such table") && error.contains("SELECT missing_column FROM nowhere"), qPrintable(error));
    }

    void transactionsNestAndRollBack()
    {
        Fixture f;
        QVERIFY(f.open());
        const QSqlDatabase db = f.workspace.database();
        QString error;
        auto count = [&] { return SqlStatement::scalar(db, "SELECT count(*) FROM audit_log", {}, &error).toInt(); };
        auto add = [&] { return SqlStatement(db, "INSERT INTO audit_log (at, who, entity, entity_id, action) VALUES ('t', 'w', 'e', 1, 'a')").exec(&error); };
        {
            Transaction outer(db);
            QVERIFY(add());
            {
                Transaction inner(db);
                QVERIFY(add());
                QVERIFY(inner.commit(&error));
            }
            {
                Transaction dropped(db);
                QVERIFY(add());
            }  // not committed: only its own row goes
            QCOMPARE(count(), 2);
        }  // outer not committed: everything goes
        QCOMPARE(count(), 0);
        Transaction kept(db);
        QVERIFY(add());
        QVERIFY(kept.commit(&error));
        QCOMPARE(count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSqlStatement)
#include "tst_sqlstatement.moc"
