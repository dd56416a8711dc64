#include "models/storage/Transaction.h"

#include "models/storage/SqlDialect.h"
#include "models/storage/SqlStatement.h"

#include <QHash>
#include <atomic>

namespace {
// How many Transactions are open on each connection of this thread (a connection belongs to one
// thread, see Workspace). The outermost one takes the write lock up front.
thread_local QHash<QString, int> openTransactions;
}  // namespace

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    static std::atomic<quint64> counter{0};
    int &depth = openTransactions[m_db.connectionName()];
    // The outermost one begins the dialect's write transaction; nested ones are savepoints.
    m_name = depth == 0 ? QString() : QStringLiteral("lepton_sp%1").arg(++counter);
    SqlStatement begin(m_db, m_name.isEmpty() ? SqlDialect::of(m_db).beginWrite() : QStringLiteral("SAVEPOINT ") + m_name);
    m_active = begin.exec(&m_error);
    if (m_active) ++depth;
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        if (error) *error = m_error.isEmpty() ? tr("The change was already undone.") : m_error;
        return false;
    }
    SqlStatement release(m_db, m_name.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_name);
    if (!release.exec(error)) {
        rollback();
        return false;
    }
    m_active = false;
    --openTransactions[m_db.connectionName()];
    return true;
}

void Transaction::rollback()
{
    if (!m_active) return;
    m_active = false;
    --openTransactions[m_db.connectionName()];
    QString ignored;  // nothing more can be done if even the rollback fails
    if (m_name.isEmpty()) {
        SqlStatement(m_db, QStringLiteral("ROLLBACK")).exec(&ignored);
    } else {
        SqlStatement(m_db, QStringLiteral("ROLLBACK TO ") + m_name).exec(&ignored);
        SqlStatement(m_db, QStringLiteral("RELEASE ") + m_name).exec(&ignored);
    }
}
