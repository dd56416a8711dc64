#include "Transaction.h"

#include "SqlStatement.h"

#include <atomic>

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    static std::atomic<quint64> counter{0};
    m_name = QStringLiteral("lepton_sp%1").arg(++counter);
    SqlStatement begin(m_db, QStringLiteral("SAVEPOINT ") + m_name);
    m_active = begin.exec(&m_error);
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
    SqlStatement release(m_db, QStringLiteral("RELEASE ") + m_name);
    if (!release.exec(error)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active) return;
    m_active = false;
    QString ignored;  // nothing more can be done if even the rollback fails
    SqlStatement(m_db, QStringLiteral("ROLLBACK TO ") + m_name).exec(&ignored);
    SqlStatement(m_db, QStringLiteral("RELEASE ") + m_name).exec(&ignored);
}
