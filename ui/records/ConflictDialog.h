#pragma once
// Shown when a save is refused because someone else saved (or deleted) the record after the user
// opened it: the user's version and the workspace's version side by side, field by field, with
// the fields that differ highlighted, and three ways on. Nothing is decided silently: keeping
// one's own version is an explicit, audited overwrite.
#include <QDialog>
#include <optional>

class QPushButton;
class QTableWidget;

// One field of a record as the user reads it ("Rating", "4").
struct RecordField {
    QString label;
    QString value;
};

class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice {
        KeepMine,    // store the user's version over the workspace's (or re-create a deleted record)
        TakeTheirs,  // drop the user's edits; the workspace's version stays
        EditAgain,   // back to the form with the user's edits, now based on the workspace's version
    };

    // theirs: the fields as stored now, or nothing when the record was deleted.
    ConflictDialog(const QString &recordName, const QList<RecordField> &mine,
                   const std::optional<QList<RecordField>> &theirs, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The labels of the highlighted fields (tests read them too).
    QStringList differingFields() const { return m_differing; }
    QPushButton *button(Choice choice) const;
    QTableWidget *table() const { return m_table; }

private:
    void choose(Choice choice);

    QTableWidget *m_table = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_editAgain = nullptr;
    QStringList m_differing;
    Choice m_choice = Choice::EditAgain;  // closing the dialog loses nothing
};
