// NOT COMPILED. Sample input for sql_lint: the ways user text gets into SQL that the lint must
// catch (7 violations), beside the safe forms it must leave alone.
#include <QSqlQuery>
#include <QString>

void unsafe(QSqlQuery &query, const QString &name, const QString &city, const QString &column)
{
    query.exec("SELECT * FROM partners WHERE name = '" + name + "'");                  // 1: concatenation
    query.prepare(QStringLiteral("SELECT id FROM partners WHERE city = '%1'").arg(city)); // 2: arg()
    QString sql = QStringLiteral("UPDATE partners SET notes = ''");
    sql += QStringLiteral(" WHERE city = '") + city + QStringLiteral("'");              // 3: += and +
    const QString order = QStringLiteral("SELECT name FROM partners ORDER BY %1");       // 4: a template
    query.exec(order.arg(column));
    query.exec(QStringLiteral("select id from partners where city = %1").arg(city));     // 5: lower case
    const QString condition = "name = '" + name + "'";                                  // 6: a fragment, no keyword
    QString search = QStringLiteral("SELECT id FROM partners");
    search += QStringLiteral(" WHERE ") + condition;  // the one " WHERE " the allow-list reviewed
    search += QStringLiteral(" WHERE ") + condition;  // 7: a second one is not approved by it
    query.exec(search);
}

void safe(QSqlQuery &query, const QString &name)
{
    query.prepare(QStringLiteral("SELECT id FROM partners WHERE name = ?"));
    query.addBindValue(name);
    query.exec();
    const QString label = QStringLiteral("Select a partner: %1").arg(name);  // prose, not SQL
    Q_UNUSED(label);
}
