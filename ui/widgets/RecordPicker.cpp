#include "ui/widgets/RecordPicker.h"

#include "models/lists/RecordListModel.h"

#include <QCompleter>
#include <QTimer>

RecordPicker::RecordPicker(RecordListModel *model, int column, const QString &placeholder, QWidget *parent)
    : QLineEdit(parent), m_model(model), m_completer(new QCompleter(this))
{
    model->setParent(this);
    setPlaceholderText(placeholder);
    setClearButtonEnabled(true);
    m_completer->setModel(m_model);
    m_completer->setCompletionColumn(column);
    // The model already holds only the matches; the completer must not filter them again.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_model->setSearchText(text);
        if (!text.trimmed().isEmpty()) m_completer->complete();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        const qint64 id = index.data(RecordListModel::IdRole).toLongLong();
        const QString text = index.data().toString();
        // Clear after QCompleter has written the chosen text into the line edit.
        if (m_clearOnChoice) QTimer::singleShot(0, this, [this] { clear(); });
        if (id > 0) emit chosen(id, text);
    });
}
