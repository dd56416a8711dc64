// Two users, two connections to one workspace (an SQLite file, or a server database in the
// tst_concurrentedits_postgres run): the second save over the same version
// is refused with a conflict carrying the first one's record. The checks themselves are in
// ConcurrentEdits.h so that the PostgreSQL run uses the very same ones.
#include "ConcurrentEdits.h"
#include "TestBackend.h"

#include <QTemporaryDir>
#include <QtTest>

class TestConcurrentEdits : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Workspace m_alice;
    Workspace m_bob;

private slots:
    void init()
    {
        QString error;
        const QString path = TestBackend::freshLocation(m_dir.filePath(QStringLiteral("shared.sqlite")));
        QVERIFY2(m_alice.open(path, &error), qPrintable(error));
        QVERIFY2(m_bob.open(path, &error), qPrintable(error));
        QVERIFY(m_alice.database().connectionName() != m_bob.database().connectionName());
    }
    void cleanup()
    {
        m_alice.close();
        m_bob.close();
    }

    void partner() { ConcurrentEdits::partnerSecondSaveIsRefused(m_alice, m_bob); }
    void contract() { ConcurrentEdits::contractSecondSaveIsRefused(m_alice, m_bob); }
    void project() { ConcurrentEdits::projectSecondSaveIsRefused(m_alice, m_bob); }
    void ledgerEntry() { ConcurrentEdits::ledgerEntrySecondSaveIsRefused(m_alice, m_bob); }
};

QTEST_GUILESS_MAIN(TestConcurrentEdits)
#include "tst_concurrentedits.moc"
