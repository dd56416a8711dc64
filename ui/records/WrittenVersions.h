#pragma once
// The version at which this window last wrote each record (by id). Undo and redo steps expect to
// find a record at exactly that version: if someone else has saved it since, the step is refused
// as a conflict instead of overwriting their save. Versions only ever go up, so an undo writes a
// new version too, and the next step expects that one.
#include <QHash>

class WrittenVersions {
public:
    template <typename Record>
    void note(const Record &record) { m_versions[record.id] = record.version; }
    qint64 of(qint64 id) const { return m_versions.value(id); }
    // The record as a step should write it: over the version this window last wrote.
    template <typename Record>
    Record expected(Record record) const
    {
        record.version = m_versions.value(record.id, record.version);
        return record;
    }

private:
    QHash<qint64, qint64> m_versions;
};
