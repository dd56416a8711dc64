#pragma once
// Builds the rich text of a list's detail pane: a title, label/value pairs, and tables of related
// records, with dates, numbers and money in the user's locale. Text is escaped here, once.
#include <QDate>
#include <QString>
#include <QStringList>

class Money;
struct AuditEntry;

class DetailHtml {
public:
    void title(const QString &text, const QString &subtitle = QString());
    // Skips empty values, so a sparse record does not show a column of blanks.
    void field(const QString &label, const QString &value);
    void section(const QString &heading);
    // A table of related records; rows are already-formatted cells. An empty table shows `empty`.
    // rowLinks (optional): a link per row, put on its first cell (e.g. to edit a ledger entry).
    void table(const QStringList &headers, const QList<QStringList> &rows, const QString &empty,
               const QList<int> &rightAligned = {}, const QStringList &rowLinks = {});
    // A link that does something with the record ("Add a ledger entry").
    void action(const QString &text, const QString &url);
    // A highlighted line, e.g. a warning flag.
    void warning(const QString &text);
    // The record's audit trail, newest first: when, who, what, which fields.
    void history(const QList<AuditEntry> &entries);

    QString html() const;

    static QString date(const QDate &date);
    static QString money(const Money &money);
    static QString number(double value, int decimals = 0);

private:
    void closeFields();
    QString m_html;
    bool m_inFields = false;
};
