#pragma once
// What became of a change to a stored record. A conflict is not an error like the others: the
// record was saved or deleted by someone else after it was read (its version moved on), nothing
// was written, and current() is the record as it is now, so the user can choose between the two.
#include <optional>

template <typename Record>
class SaveResult {
public:
    enum class Status { Saved, Conflict, Failed };

    static SaveResult saved() { return SaveResult(Status::Saved, std::nullopt); }
    static SaveResult failed() { return SaveResult(Status::Failed, std::nullopt); }
    // current: the stored record, or nothing when it has been deleted.
    static SaveResult conflict(std::optional<Record> current) { return SaveResult(Status::Conflict, std::move(current)); }

    Status status() const { return m_status; }
    bool isSaved() const { return m_status == Status::Saved; }
    bool isConflict() const { return m_status == Status::Conflict; }
    explicit operator bool() const { return isSaved(); }
    // After a conflict: the record as it is now in the workspace; empty when it was deleted.
    const std::optional<Record> &current() const { return m_current; }

private:
    SaveResult(Status status, std::optional<Record> current) : m_status(status), m_current(std::move(current)) {}

    Status m_status;
    std::optional<Record> m_current;
};
