#include "ui/records/RecordCommand.h"

RecordCommand::RecordCommand(const QString &text, Step redo, Step undo, ErrorHandler onError)
    : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)), m_onError(std::move(onError))
{
}

void RecordCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    run(m_redo);
}

void RecordCommand::undo()
{
    run(m_undo);
}

void RecordCommand::run(const Step &step)
{
    QString error;
    if (step(&error)) return;
    setObsolete(true);
    if (m_onError) m_onError(error);
}
