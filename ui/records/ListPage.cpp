#include "ui/records/ListPage.h"

#include "ui/records/RecordList.h"
#include "models/lists/RecordListModel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QToolTip>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <numeric>

namespace {
// Rows the model marks for attention (a contract inside its notice period, a project with an
// overdue milestone) get a warm background and a warning sign in the first column; a status
// cell is coloured by what the status means (StatusTone), in shades that suit the palette.
class RecordRowDelegate : public QStyledItemDelegate {
public:
    RecordRowDelegate(const RecordList *list, QObject *parent)
        : QStyledItemDelegate(parent), m_list(list), m_why(list->attentionText())
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QColor tone = StatusTone::color(m_list->statusTone(index), option->palette);
        if (tone.isValid()) option->palette.setColor(QPalette::Text, tone);
        if (!index.data(RecordListModel::AttentionRole).toBool()) return;
        option->backgroundBrush = StatusTone::attentionBackground(option->palette);
        if (index.column() == 0) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->icon = m_icon;
            option->decorationSize = QSize(16, 16);
        }
    }
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (index.data(RecordListModel::AttentionRole).toBool() && event->type() == QEvent::ToolTip) {
            QToolTip::showText(event->globalPos(), m_why, view);
            return true;
        }
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }

private:
    const RecordList *m_list;
    QString m_why;
    QIcon m_icon{QStringLiteral(":/icons/warning.svg")};
};
}  // namespace

ListPage::ListPage(RecordList *list, QWidget *parent) : QWidget(parent), m_list(list)
{
    list->setParent(this);  // the page owns its list (and with it the list's model)
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(list->searchPlaceholder());
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);  // with five filters the bar still fits a 1024 px window
    bar->addWidget(m_search, 2);

    for (const RecordList::Filter &filter : list->filters()) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("filter_") + filter.key);
        combo->setToolTip(filter.label);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        for (const RecordList::Choice &choice : filter.choices)
            combo->addItem(choice.label, choice.value);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, key = filter.key] {
            m_list->setFilter(key, combo->currentData());
            queryChanged();
        });
        m_filters.append(combo);
        bar->addWidget(combo);
    }
    bar->addStretch(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setStyleSheet(QStringLiteral("color: palette(mid);"));
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_listStack = new QStackedWidget(m_splitter);
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(QStringLiteral("records"));
    m_table->setModel(list->model());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);  // "Shanghai ... Co., Ltd." tells names apart
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->setSortIndicator(list->model()->sortColumn(), list->model()->sortOrder());
    m_table->setSortingEnabled(true);
    // Columns SQLite cannot sort quickly keep the previous order; the arrow says so.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column) {
        RecordListModel *model = m_list->model();
        if (!model->isSortable(column))
            header->setSortIndicator(model->sortColumn(), model->sortOrder());
        queryChanged();
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegate(new RecordRowDelegate(list, m_table));
    applyColumnHints();
    m_table->viewport()->installEventFilter(this);
    m_listStack->addWidget(m_table);

    m_empty = new QLabel(m_listStack);
    m_empty->setObjectName(QStringLiteral("emptyHint"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11pt; padding: 24px;"));
    m_listStack->addWidget(m_empty);

    m_detail = new QTextBrowser(m_splitter);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setOpenLinks(false);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        const qint64 id = currentId();
        if (id >= 0 && m_list->openLink(id, link, this)) refresh();
    });
    m_detail->setMinimumWidth(280);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({760, 480});
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    // Typing filters after a short pause, not on every key, so long lists stay responsive.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ListPage::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, &ListPage::applySearch);

    // A mouse press makes the row current before it selects it, the keyboard selects as it
    // moves: the detail pane follows whichever change comes last.
    const auto selectionMoved = [this] {
        showDetail();
        emit selectionChanged(currentId() >= 0);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, selectionMoved);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, selectionMoved);
    // Double-click and Enter both open the record.
    connect(m_table, &QTableView::activated, this, &ListPage::editCurrent);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(QIcon(QStringLiteral(":/icons/add.svg")), m_list->newActionText(), this,
                       &ListPage::addRecord);
        if (m_table->indexAt(pos).isValid()) {
            menu.addAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Edit..."), this,
                           &ListPage::editCurrent);
            menu.addAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete"), this,
                           &ListPage::deleteCurrent);
        }
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(list, &RecordList::selectRecord, this, &ListPage::selectId);
    QAbstractItemModel *model = list->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ListPage::updateEmptyState);
    connect(model, &QAbstractItemModel::modelReset, this, &ListPage::fitColumnsToContent);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ListPage::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ListPage::updateEmptyState);
    updateEmptyState();
    fitColumnsToContent();
    showDetail();
}

int ListPage::hintedWidth(int column) const
{
    // The hint, but never narrower than the column's title.
    const QString title = m_list->model()->headerData(column, Qt::Horizontal).toString();
    return qMax(m_table->fontMetrics().averageCharWidth() * m_list->columnWidthChars(column) + 16,
                m_table->horizontalHeader()->fontMetrics().horizontalAdvance(title) + 28);
}

void ListPage::applyColumnHints()
{
    for (int c = 0; c < m_list->model()->columnCount(); ++c) m_table->setColumnWidth(c, hintedWidth(c));
}

void ListPage::fitColumnsToContent()
{
    if (!m_contentWidths.isEmpty() || m_list->model()->rowCount() == 0) return;
    // Short values (a rating, a status) give their room to the names beside them.
    QHeaderView *header = m_table->horizontalHeader();
    const QAbstractItemView *view = m_table;  // QTableView hides its sizeHintForColumn
    for (int c = 0; c < m_list->model()->columnCount(); ++c)
        m_contentWidths << qMax(view->sizeHintForColumn(c), header->sectionSizeHint(c));
    fitColumnsToWidth();
}

void ListPage::fitColumnsToWidth()
{
    if (m_contentWidths.isEmpty() || !m_table->isVisible()) return;
    // Every column at its content's width, as long as they fit beside each other; a narrower
    // window leaves out the columns missed least (the detail pane shows their values) rather
    // than scroll sideways. The last column takes what is left.
    const int room = m_table->viewport()->width();
    int needed = std::accumulate(m_contentWidths.cbegin(), m_contentWidths.cend(), 0);
    QList<int> leftOut;
    for (int column : m_list->columnsLeftOutFirst()) {
        if (needed <= room) break;
        needed -= m_contentWidths.value(column);
        leftOut << column;
    }
    for (int c = 0; c < m_contentWidths.size(); ++c) {
        m_table->setColumnHidden(c, leftOut.contains(c));
        m_table->setColumnWidth(c, m_contentWidths[c]);
    }
    // Still too wide: the widest column (the names) gives up the rest, its text elided in the middle.
    int widest = 0;
    for (int c = 1; c < m_contentWidths.size(); ++c)
        if (!leftOut.contains(c) && m_contentWidths[c] > m_contentWidths[widest]) widest = c;
    if (needed > room)
        m_table->setColumnWidth(widest, qMax(m_table->horizontalHeader()->sectionSizeHint(widest), m_contentWidths[widest] - (needed - room)));
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) fitColumnsToWidth();
    return QWidget::eventFilter(watched, event);
}

qint64 ListPage::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return -1;
    const qint64 id = m_list->idAt(current.row());
    return id > 0 ? id : -1;
}

void ListPage::applyFilter(const QString &key, const QVariant &value)
{
    for (QComboBox *combo : std::as_const(m_filters))
        if (combo->objectName() == QStringLiteral("filter_") + key)
            combo->setCurrentIndex(value.isValid() ? qMax(0, combo->findData(value)) : 0);
}

void ListPage::clearFilters()
{
    for (QComboBox *combo : std::as_const(m_filters)) combo->setCurrentIndex(0);
}

void ListPage::search(const QString &text)
{
    m_search->setText(text);
    applySearch();
}

void ListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ListPage::applySearch()
{
    m_searchDelay->stop();
    m_list->setSearchText(m_search->text().trimmed());
    queryChanged();
}

void ListPage::queryChanged()
{
    // The model has reset itself: the selection is gone, the count and hint change.
    updateEmptyState();
    showDetail();
    emit selectionChanged(false);
}

void ListPage::refresh()
{
    const qint64 keep = currentId();
    m_list->reload();
    updateEmptyState();
    if (keep >= 0) selectId(keep);
    showDetail();
    emit selectionChanged(currentId() >= 0);
}

bool ListPage::filtersActive() const
{
    if (!m_search->text().trimmed().isEmpty()) return true;
    for (const QComboBox *combo : m_filters)
        if (combo->currentData().isValid()) return true;
    return false;
}

void ListPage::updateEmptyState()
{
    const int count = m_list->matchingCount();
    m_count->setText(m_list->countText(count));
    if (count > 0) {
        m_listStack->setCurrentWidget(m_table);
        return;
    }
    m_empty->setText(filtersActive()
                         ? tr("Nothing matches the search and filters.\nClear the search box or choose \"All\" in the filters.")
                         : m_list->emptyHint());
    m_listStack->setCurrentWidget(m_empty);
}

void ListPage::selectFirstIfNone()
{
    if (currentId() >= 0 || m_list->matchingCount() == 0) return;
    m_table->selectionModel()->setCurrentIndex(m_list->model()->index(0, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollToTop();
}

void ListPage::selectId(qint64 id)
{
    const int row = m_list->rowOf(id);
    if (row < 0) return;
    const QModelIndex index = m_list->model()->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ListPage::showDetail()
{
    const qint64 id = currentId();
    if (id < 0) {
        m_detail->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                              .arg(tr("Select a row to see its details and related records.").toHtmlEscaped()));
        return;
    }
    m_detail->setHtml(m_list->detailHtml(id));
}

void ListPage::addRecord()
{
    m_list->addRecord(this);
}

void ListPage::editCurrent()
{
    const qint64 id = currentId();
    if (id >= 0) m_list->editRecord(id, this);
}

void ListPage::deleteCurrent()
{
    const qint64 id = currentId();
    if (id >= 0) m_list->deleteRecord(id, this);
}

void ListPage::exportCsv()
{
    if (m_exporting.isRunning()) return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1 as CSV").arg(m_list->title()), dir + QLatin1Char('/') + m_list->title() + QStringLiteral(".csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    emit statusMessage(tr("Exporting %1...").arg(m_list->countText(m_list->matchingCount())));
    // A long list takes a while: the worker writes it while the window stays responsive.
    disconnect(&m_exporting, nullptr, this, nullptr);
    connect(&m_exporting, &QFutureWatcher<RecordList::ExportResult>::finished, this, [this, path] {
        const RecordList::ExportResult result = m_exporting.result();
        if (!result.error.isEmpty()) {
            QMessageBox::warning(this, tr("Export failed"),
                                 tr("Could not write %1:\n%2\nChoose another folder or file name and try again.")
                                     .arg(QDir::toNativeSeparators(path), result.error));
            emit statusMessage(QString());
            return;
        }
        emit statusMessage(tr("Exported %1 to %2").arg(m_list->countText(result.written), QDir::toNativeSeparators(path)));
        emit exportFinished(result.written);
    });
    m_exporting.setFuture(m_list->exportCsvInBackground(path));
}

ListPage::~ListPage()
{
    // The export worker uses this page's list description; it must finish first.
    m_exporting.waitForFinished();
}

void ListPage::importCsv()
{
    if (m_list->importCsv(this)) refresh();
}

void ListPage::saveState(const QString &group) const
{
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.endGroup();
}

void ListPage::restoreState(const QString &group)
{
    QSettings settings;
    settings.beginGroup(group);
    const QByteArray header = settings.value(QStringLiteral("header")).toByteArray();
    // The sort order the user left; the columns fit the window they open in (fitColumnsToWidth).
    if (!header.isEmpty() && m_table->horizontalHeader()->restoreState(header)) {
        m_list->model()->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                              m_table->horizontalHeader()->sortIndicatorOrder());
    }
    const QByteArray splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    if (!splitter.isEmpty()) m_splitter->restoreState(splitter);
    settings.endGroup();
}
