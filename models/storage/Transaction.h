#pragma once
// All-or-nothing for a group of writes. Transactions nest (inner ones are savepoints): a CSV
// import wraps many repository writes (each its own Transaction) in one outer Transaction, and
// one failure rolls all of them back. Rolls back on destruction unless committed. Like the
// connection, a Transaction stays on the thread that opened the workspace.
#include <QCoreApplication>
#include <QSqlDatabase>

class Transaction {
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when the transaction could not begin; error() says why.
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit(QString *error);
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_name;
    QString m_error;
    bool m_active = false;
};
