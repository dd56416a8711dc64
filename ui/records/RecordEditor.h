#pragma once
// The add / edit / delete / archive flow that every kind of record shares: open the form, store
// through the repository, and push an undoable RecordCommand. A record that others depend on is
// not deleted: the repository's reason is shown and archiving is offered instead.
// Repository needs find, create, update, overwrite, remove, restore and dependentsReason (the data
// layer's repositories all have them).
//
// Concurrent edits: a save over a version someone else has moved on is refused by the repository;
// the editor then shows both versions (ConflictDialog) and does what the user chooses. Undo and
// redo expect each record at the version this editor last wrote, so they too refuse to overwrite
// someone else's newer save.
#include "ui/records/ConflictDialog.h"
#include "ui/records/RecordCommand.h"
#include "ui/records/RecordList.h"
#include "ui/records/WrittenVersions.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <functional>

template <typename Record, typename Repository>
class RecordEditor {
public:
    struct Texts {
        QString add;            // "Add partner \"%1\"" (undo menu)
        QString edit;           // "Edit partner \"%1\""
        QString remove;         // "Delete partner \"%1\""
        QString archive;        // "Archive partner \"%1\""
        QString confirmDelete;  // "Delete the partner \"%1\"? ..."
        QString archiveButton;  // "Archive (set status to Ended)"
    };
    using Describe = std::function<QString(const Record &)>;
    using Archive = std::function<void(Record &)>;
    // Runs the form on a record and returns the edited record, or nothing when cancelled.
    using Form = std::function<std::optional<Record>(const Record &, QWidget *parent)>;
    // Every field the form edits, as the user reads it, for comparing two versions.
    using Fields = std::function<QList<RecordField>(const Record &)>;

    RecordEditor(Repository &repository, QUndoStack *undo, RecordList *list, Texts texts, Describe describe,
                 Archive archive, Form form, Fields fields)
        : m_repository(repository), m_undo(undo), m_list(list), m_texts(std::move(texts)),
          m_describe(std::move(describe)), m_archive(std::move(archive)), m_form(std::move(form)),
          m_fields(std::move(fields))
    {
    }

    bool add(const Record &initial, QWidget *parent)
    {
        std::optional<Record> record = m_form(initial, parent);
        if (!record) return false;
        QString error;
        if (!m_repository.create(*record, &error)) return fail(parent, error);
        pushCreation(m_texts.add, *record);
        return true;
    }

    bool edit(qint64 id, QWidget *parent)
    {
        QString error;
        const std::optional<Record> current = m_repository.find(id, &error);
        if (!current) return fail(parent, error);
        std::optional<Record> record = m_form(*current, parent);
        if (!record || *record == *current) return false;
        return store(*record, m_texts.edit, parent);
    }

    // Applies a change made without the form (e.g. a partner added from Find Partners), stored
    // and undoable like an edit; text is the undo menu's ("Add participant to \"%1\"").
    bool change(qint64 id, const std::function<void(Record &)> &change, const QString &text, QWidget *parent)
    {
        QString error;
        const std::optional<Record> current = m_repository.find(id, &error);
        if (!current) return fail(parent, error);
        Record record = *current;
        change(record);
        return !(record == *current) && store(record, text, parent);
    }

    bool remove(qint64 id, QWidget *parent)
    {
        QString error;
        std::optional<Record> current = m_repository.find(id, &error);
        if (!current) return fail(parent, error);
        const QString reason = m_repository.dependentsReason(id);
        if (!reason.isEmpty()) {
            QMessageBox box(QMessageBox::Information, QApplication::translate("RecordEditor", "Cannot delete"),
                            reason, QMessageBox::Cancel, parent);
            QPushButton *archive = box.addButton(m_texts.archiveButton, QMessageBox::AcceptRole);
            box.setDefaultButton(archive);
            box.exec();
            if (box.clickedButton() != archive) return false;
            Record archived = *current;
            m_archive(archived);
            return store(archived, m_texts.archive, parent);
        }
        if (QMessageBox::question(parent, QApplication::translate("RecordEditor", "Delete"),
                                  m_texts.confirmDelete.arg(m_describe(*current)),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return false;
        Record removed;
        // Checked against the version shown: a save by someone else meanwhile keeps the record.
        if (!m_repository.remove(id, current->version, &error, &removed)) return fail(parent, error);
        m_written.note(removed);
        push(m_texts.remove.arg(m_describe(removed)), [this, id](QString *e) { return removeStep(id, e); },
             [this, removed](QString *e) { return restoreStep(removed, e); });
        return true;
    }

private:
    // Saves an edited record. When someone else saved or deleted it meanwhile, the user sees both
    // versions and chooses: keep theirs (an audited overwrite), take the saved one, or edit again.
    bool store(Record record, const QString &text, QWidget *parent)
    {
        QString error;
        Record before;
        SaveResult<Record> result = m_repository.update(record, &error, &before);
        while (result.isConflict()) {
            const std::optional<Record> saved = result.current();
            switch (askAboutConflict(record, saved, parent)) {
            case ConflictDialog::Choice::KeepMine:
                if (!saved) {
                    if (!m_repository.restore(record, &error)) return fail(parent, error);
                    pushCreation(text, record);
                    return true;
                }
                result = m_repository.overwrite(record, saved->version, &error, &before);
                break;
            case ConflictDialog::Choice::TakeTheirs:
                if (saved) emit m_list->selectRecord(saved->id);
                return false;
            case ConflictDialog::Choice::EditAgain: {
                Record draft = record;
                if (saved) draft.version = saved->version;  // the user has now seen the saved version
                const std::optional<Record> again = m_form(draft, parent);
                if (!again) return false;
                record = *again;
                result = m_repository.update(record, &error, &before);
                break;
            }
            }
        }
        if (!result) return fail(parent, error);
        m_written.note(record);
        push(text.arg(m_describe(record)), [this, record](QString *e) { return updateStep(record, e); },
             [this, before](QString *e) { return updateStep(before, e); });
        emit m_list->selectRecord(record.id);
        return true;
    }

    ConflictDialog::Choice askAboutConflict(const Record &mine, const std::optional<Record> &saved, QWidget *parent)
    {
        ConflictDialog dialog(m_describe(mine), m_fields(mine),
                              saved ? std::optional<QList<RecordField>>(m_fields(*saved)) : std::nullopt, parent);
        dialog.exec();
        return dialog.choice();
    }

    // A record that now exists because of this editor (added, or re-created over a deletion).
    void pushCreation(const QString &text, const Record &stored)
    {
        m_written.note(stored);
        push(text.arg(m_describe(stored)), [this, stored](QString *e) { return restoreStep(stored, e); },
             [this, id = stored.id](QString *e) { return removeStep(id, e); });
        emit m_list->selectRecord(stored.id);
    }

    // Undo and redo steps: each expects the record at the version this editor last wrote.
    bool updateStep(const Record &wanted, QString *error)
    {
        Record record = m_written.expected(wanted);
        if (!m_repository.update(record, error)) return false;
        m_written.note(record);
        return true;
    }
    bool removeStep(qint64 id, QString *error) { return bool(m_repository.remove(id, m_written.of(id), error)); }
    bool restoreStep(const Record &record, QString *error) { return m_repository.restore(m_written.expected(record), error); }

    void push(const QString &text, RecordCommand::Step redo, RecordCommand::Step undo)
    {
        m_undo->push(new RecordCommand(text, std::move(redo), std::move(undo), [](const QString &error) {
            QMessageBox::warning(QApplication::activeWindow(), QApplication::translate("RecordEditor", "Undo failed"),
                                 QApplication::translate("RecordEditor",
                                                         "The change could not be undone or redone:\n%1\n"
                                                         "The record was changed in the meantime; edit it directly instead.")
                                     .arg(error));
        }));
        // Pushing changes the stack's index, on which the main window refreshes every list.
    }

    bool fail(QWidget *parent, const QString &error)
    {
        QMessageBox::warning(parent, QApplication::translate("RecordEditor", "Not saved"), error);
        return false;
    }

    Repository &m_repository;
    QUndoStack *m_undo;
    RecordList *m_list;
    Texts m_texts;
    Describe m_describe;
    Archive m_archive;
    Form m_form;
    Fields m_fields;
    WrittenVersions m_written;
};
