// NOT COMPILED. Sample input for sql_lint: the ways user text gets into SQL that the lint must
// catch (4 violations), beside the safe forms it must leave alone.
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
}

void safe(QSqlQuery &query, const QString &name)
{
    query.prepare(QStringLiteral("SELECT id FROM partners WHERE name = ?"));
    query.addBindValue(name);
    query.exec();
    const QString label = QStringLiteral("Select a partner: %1").arg(name);  // prose, not SQL
    Q_UNUSED(label);
}
