#pragma once
// All allocation schemes side by side for one project: what each participant would receive
// under each scheme, or why a scheme does not apply (e.g. the contract states no fixed shares).
#include "models/analytics/AllocationScheme.h"

#include <QCoreApplication>
#include <QStringList>

class SchemeComparison {
    Q_DECLARE_TR_FUNCTIONS(SchemeComparison)
public:
    struct Column {
        AllocationMethod scheme;
        QString title;
        std::optional<Allocation> allocation;  // absent when the scheme does not apply ...
        QString error;                         // ... and this says why
    };

    static SchemeComparison compare(const ProjectAllocationInput &input);

    Money profit() const { return m_profit; }
    QStringList participants() const { return m_participants; }
    const QVector<Column> &columns() const { return m_columns; }
    const Column *column(AllocationMethod scheme) const;
    // Highest minus lowest amount the participant receives over the schemes that apply.
    Money spread(int participant) const;

private:
    Money m_profit;
    QStringList m_participants;
    QVector<Column> m_columns;
};
