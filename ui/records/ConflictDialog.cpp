#include "ui/records/ConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const QString &recordName, const QList<RecordField> &mine,
                               const std::optional<QList<RecordField>> &theirs, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Changed by someone else"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(theirs ? tr("<b>\"%1\" was saved by someone else while you were editing it.</b>").arg(recordName.toHtmlEscaped())
                                      : tr("<b>\"%1\" was deleted by someone else while you were editing it.</b>").arg(recordName.toHtmlEscaped()),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *explanation = new QLabel(theirs ? tr("Your changes have not been saved. The fields that differ are highlighted; "
                                               "choose which version to keep.")
                                          : tr("Your changes have not been saved. Keep your version to create the record "
                                               "again, or discard your changes."),
                                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    m_table = new QTableWidget(int(mine.size()), 3, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Saved version")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    const QColor changed = palette().color(QPalette::Highlight).lighter(180);
    for (int row = 0; row < mine.size(); ++row) {
        const QString stored = theirs ? theirs->value(row).value : tr("(deleted)");
        const bool differs = !theirs || stored != mine.at(row).value;
        const QStringList cells{mine.at(row).label, mine.at(row).value, stored};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (differs) {
                item->setBackground(changed);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, column, item);
        }
        if (differs) m_differing << mine.at(row).label;
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_keepMine = buttons->addButton(theirs ? tr("&Keep My Version") : tr("&Keep My Version (Create Again)"), QDialogButtonBox::AcceptRole);
    m_keepMine->setToolTip(tr("Save your version over the saved one. The replaced version stays in the record's history."));
    m_takeTheirs = buttons->addButton(theirs ? tr("&Use Saved Version") : tr("&Discard My Changes"), QDialogButtonBox::DestructiveRole);
    m_takeTheirs->setToolTip(tr("Discard your changes and keep what is saved in the workspace."));
    m_editAgain = buttons->addButton(tr("&Back to Editing"), QDialogButtonBox::RejectRole);
    m_editAgain->setToolTip(tr("Go on editing your version; saving it then replaces the saved version shown here."));
    m_editAgain->setDefault(true);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { choose(Choice::KeepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { choose(Choice::TakeTheirs); });
    connect(m_editAgain, &QPushButton::clicked, this, [this] { choose(Choice::EditAgain); });
    layout->addWidget(buttons);
    resize(760, 520);
}

QPushButton *ConflictDialog::button(Choice choice) const
{
    switch (choice) {
    case Choice::KeepMine: return m_keepMine;
    case Choice::TakeTheirs: return m_takeTheirs;
    case Choice::EditAgain: return m_editAgain;
    }
    return nullptr;
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::EditAgain) reject();
    else accept();
}
