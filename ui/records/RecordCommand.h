#pragma once
// One undoable change to the workspace (add, edit, delete or archive a record), expressed as two
// steps that call the repositories. The change has already been made when the command is pushed
// (the dialog needs to know at once whether it worked), so the first redo() does nothing.
// A step that fails later (the record was changed meanwhile) makes the command obsolete and is
// reported, instead of leaving the stack pretending.
#include <QUndoCommand>
#include <functional>

class RecordCommand : public QUndoCommand {
public:
    using Step = std::function<bool(QString *error)>;
    using ErrorHandler = std::function<void(const QString &error)>;

    RecordCommand(const QString &text, Step redo, Step undo, ErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    void run(const Step &step);

    Step m_redo;
    Step m_undo;
    ErrorHandler m_onError;
    bool m_first = true;
};
