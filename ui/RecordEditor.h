#pragma once
// The add / edit / delete / archive flow that every kind of record shares: open the form, store
// through the repository, and push an undoable RecordCommand. A record that others depend on is
// not deleted: the repository's reason is shown and archiving is offered instead.
// Repository needs find, create, update, remove, restore and dependentsReason (the data layer's
// repositories all have them); Dialog is constructed from (record, repository, parent) and
// returns the edited record from a method passed in as `read`.
#include "RecordCommand.h"
#include "RecordList.h"

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

    RecordEditor(Repository &repository, QUndoStack *undo, RecordList *list, Texts texts, Describe describe,
                 Archive archive, Form form)
        : m_repository(repository), m_undo(undo), m_list(list), m_texts(std::move(texts)),
          m_describe(std::move(describe)), m_archive(std::move(archive)), m_form(std::move(form))
    {
    }

    bool add(const Record &initial, QWidget *parent)
    {
        std::optional<Record> record = m_form(initial, parent);
        if (!record) return false;
        QString error;
        if (!m_repository.create(*record, &error)) return fail(parent, error);
        const Record stored = *record;
        push(m_texts.add.arg(m_describe(stored)),
             [this, stored](QString *e) { return m_repository.restore(stored, e); },
             [this, id = stored.id](QString *e) { return m_repository.remove(id, e); });
        emit m_list->selectRecord(stored.id);
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
        if (!m_repository.remove(id, &error, &removed)) return fail(parent, error);
        push(m_texts.remove.arg(m_describe(removed)),
             [this, id](QString *e) { return m_repository.remove(id, e); },
             [this, removed](QString *e) { return m_repository.restore(removed, e); });
        return true;
    }

private:
    bool store(Record record, const QString &text, QWidget *parent)
    {
        QString error;
        Record before;
        if (!m_repository.update(record, &error, &before)) return fail(parent, error);
        push(text.arg(m_describe(record)),
             [this, record](QString *e) { Record r = record; return m_repository.update(r, e); },
             [this, before](QString *e) { Record r = before; return m_repository.update(r, e); });
        emit m_list->selectRecord(record.id);
        return true;
    }

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
};
