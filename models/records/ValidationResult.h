#pragma once
// What is wrong with a record, field by field, in words a form can show while the user types.
#include <QList>
#include <QString>
#include <QStringList>

struct ValidationIssue {
    QString field;  // the record's field name as in toJson(): "name", "email", "end_date"...
    QString message;
};

class ValidationResult {
public:
    void add(const QString &field, const QString &message) { m_issues.append({field, message}); }
    bool isValid() const { return m_issues.isEmpty(); }
    QList<ValidationIssue> issues() const { return m_issues; }
    // The messages for one field (several joined by a space), empty when the field is fine.
    QString messageFor(const QString &field) const
    {
        QStringList messages;
        for (const auto &issue : m_issues)
            if (issue.field == field) messages << issue.message;
        return messages.join(QLatin1Char(' '));
    }
    // Every message, one per line.
    QString summary() const
    {
        QStringList messages;
        for (const auto &issue : m_issues) messages << issue.message;
        return messages.join(QLatin1Char('\n'));
    }

private:
    QList<ValidationIssue> m_issues;
};
