#pragma once
// Finds a record by typing part of its name or reference: suggestions come from one of the data
// layer's paged lists, searched as the user types, so it stays quick with a hundred thousand
// records. Used to add a contract's parties, a project's participants and a project's contract.
#include <QLineEdit>

class QCompleter;
class RecordListModel;

class RecordPicker : public QLineEdit {
    Q_OBJECT
public:
    // Takes ownership of the model; `column` is what the suggestions show.
    RecordPicker(RecordListModel *model, int column, const QString &placeholder, QWidget *parent = nullptr);
    // Clear the text once a record is chosen (adding to a list) or keep it (choosing one record).
    void setClearOnChoice(bool clear) { m_clearOnChoice = clear; }

signals:
    void chosen(qint64 id, const QString &text);

private:
    RecordListModel *m_model;
    QCompleter *m_completer;
    bool m_clearOnChoice = true;
};
