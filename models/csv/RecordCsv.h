#pragma once
// How one kind of record looks as a CSV row: its columns (stable keys as the header, so an
// exported file imports again unchanged), the row of a stored record, and storing a row as a new
// record through its repository (validation, audit log and all). PartnerCsv, ContractCsv and
// ProjectCsv fill it in; CsvExporter and CsvImporter do the file work.
#include "models/records/Choices.h"

#include <QDate>
#include <QHash>
#include <QStringList>

class Workspace;

class RecordCsv {
    Q_DECLARE_TR_FUNCTIONS(RecordCsv)
public:
    struct Field {
        QString key;    // header name in files: "name", "start_date"
        QString label;  // what the mapping dialog shows
        bool required = false;
    };

    explicit RecordCsv(Workspace &workspace) : m_workspace(workspace) {}
    virtual ~RecordCsv() = default;

    virtual QList<Field> fields() const = 0;
    // The cells of a stored record in fields() order; false when it does not exist (any more).
    virtual bool cellsOf(qint64 id, QStringList *cells, QString *error) const = 0;
    // Stores one row (values by field key; missing keys are empty) as a new record.
    virtual bool store(const QHash<QString, QString> &values, QString *error) = 0;

    Workspace &workspace() const { return m_workspace; }

protected:
    // Parsers for cells; each says in *error which column held what, and what it should hold.
    template <typename E>
    static bool choice(const QHash<QString, QString> &values, const QString &key, E *out, QString *error)
    {
        const QString text = values.value(key).trimmed();
        if (text.isEmpty()) return true;  // keeps the record's default
        if (const auto value = Choices::fromKey<E>(text)) {
            *out = *value;
            return true;
        }
        QStringList allowed;
        for (E e : Choices::all<E>()) allowed << Choices::key(e);
        *error = tr("%1: \"%2\" is not one of %3.").arg(key, text, allowed.join(QStringLiteral(", ")));
        return false;
    }
    static bool date(const QHash<QString, QString> &values, const QString &key, QDate *out, QString *error);
    static bool boolean(const QHash<QString, QString> &values, const QString &key, bool *out, QString *error);
    static bool integer(const QHash<QString, QString> &values, const QString &key, int *out, QString *error);
    // A list cell: "a; b; c".
    static QStringList list(const QString &cell);
    static QString joinList(const QStringList &items);
    static QString yesNo(bool value) { return value ? QStringLiteral("yes") : QStringLiteral("no"); }

private:
    Workspace &m_workspace;
};
