#include "ui/shell/MainWindow.h"

#include "ui/shell/AppSettings.h"
#include "ui/dashboard/AllocationDialog.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/records/ProjectList.h"
#include "ui/matching/FindPartnersDialog.h"
#include "ui/records/RiskAssessor.h"
#include "ui/reports/ReportExportDialog.h"
#include "ui/records/ListPage.h"
#include "ui/training/TrainingPage.h"
#include "ui/records/RecordList.h"
#include "ui/shell/ServerConnectDialog.h"
#include "models/storage/ServerBackup.h"
#include "ui/shell/ServerPasswordStore.h"
#include "ui/shell/SettingsDialog.h"
#include "models/storage/Workspace.h"
#include "models/storage/WorkspaceBackup.h"
#include "models/storage/WorkspaceLock.h"
#include "ui/shell/WorkspaceLists.h"
#include "ui/widgets/Mnemonic.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolTip>
#include <QUndoStack>
#include <QtConcurrent>

// The icons live in lepton_ui, a static library: their registration must be pulled in by hand.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace {
QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
QString workspaceFilter()
{
    return MainWindow::tr("Lepton workspaces (*.sqlite *.db);;All files (*)");
}
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_lock(std::make_unique<WorkspaceLock>())
{
    initResources();
    setWindowTitle(tr("Lepton Partner Studio"));
    setWindowIcon(icon("lepton"));
    m_undo = new QUndoStack(this);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFixedWidth(168);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(window); border-right: 1px solid palette(mid); padding-top: 8px; }"
        "QListWidget::item { padding: 6px 8px; border-radius: 4px; }"
        "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    statusBar()->addPermanentWidget(m_workspaceLabel);

    createActions();
    createMenus();

    // A first start fills most of the screen; later starts restore what the user left.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableSize().boundedTo(QSize(1440, 900)));
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateActions();
}

MainWindow::~MainWindow()
{
    // Pages and their models use the workspace's connection: they go first.
    clearPages();
}

void MainWindow::createActions()
{
    auto make = [this](const QIcon &ic, const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(ic, text, this);
        if (!key.isEmpty()) action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    auto onPage = [this](void (ListPage::*slot)()) {
        return [this, slot] {
            if (ListPage *page = currentPage()) (page->*slot)();
        };
    };
    m_newWorkspace = make(icon("new-workspace"), tr("&New Workspace..."), QKeySequence(tr("Ctrl+Shift+N")),
                          [this] { newWorkspace(); });
    m_openWorkspace = make(icon("open"), tr("&Open Workspace..."), QKeySequence::Open, [this] { openWorkspaceFile(); });
    m_connectServer = make(icon("open"), tr("Connect to &Server..."), QKeySequence(tr("Ctrl+Shift+O")), [this] { connectToServer(); });
    m_backup = make(icon("backup"), tr("&Backup Copy..."), QKeySequence(tr("Ctrl+Shift+B")), [this] { backupWorkspace(); });
    m_restore = make(QIcon(), tr("&Restore from Backup..."), QKeySequence(), [this] { restoreWorkspaceInteractively(); });
    m_restore->setToolTip(tr("Replace the open workspace's records with a backup copy's; the current records are saved first, so this can be undone."));
    m_quit = make(QIcon(), tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    m_quit->setMenuRole(QAction::QuitRole);

    m_newRecord = make(icon("add"), tr("&New Record..."), QKeySequence::New, onPage(&ListPage::addRecord));
    m_editRecord = make(icon("edit"), tr("&Edit Record..."), QKeySequence(tr("Ctrl+E")), onPage(&ListPage::editCurrent));
    m_deleteRecord = make(icon("delete"), tr("&Delete Record"), QKeySequence::Delete, onPage(&ListPage::deleteCurrent));
    m_find = make(QIcon(), tr("&Find..."), QKeySequence::Find, onPage(&ListPage::focusSearch));
    m_import = make(icon("import"), tr("&Import CSV..."), QKeySequence(tr("Ctrl+I")), onPage(&ListPage::importCsv));
    m_export = make(icon("export"), tr("E&xport CSV..."), QKeySequence(tr("Ctrl+Shift+E")), onPage(&ListPage::exportCsv));
    m_refresh = make(icon("refresh"), tr("&Refresh"), QKeySequence::Refresh, onPage(&ListPage::refresh));
    m_exportReport = make(icon("export"), tr("Export &Report..."), QKeySequence(tr("Ctrl+Shift+P")), [this] {
        if (m_workspace) ReportExportDialog::exportInteractively(*m_workspace, this);
    });
    m_exportReport->setObjectName(QStringLiteral("Export Report"));
    m_newRecord->setObjectName(QStringLiteral("newRecord"));
    m_editRecord->setObjectName(QStringLiteral("editRecord"));
    m_allocation = make(QIcon(), tr("Project &Allocation..."), QKeySequence(tr("Ctrl+Shift+L")), [this] {
        if (ListPage *p = currentPage(); p && m_workspace && p->currentId() > 0) AllocationDialog::open(*m_workspace, p->currentId(), this);
    });
    m_findPartners = make(QIcon(), tr("Find &Partners..."), QKeySequence(tr("Ctrl+Shift+F")), [this] {
        if (!m_workspace) return;
        ListPage *p = currentPage();
        if (auto *projects = p ? qobject_cast<ProjectList *>(p->recordList()) : nullptr; projects && p->currentId() > 0)
            projects->findPartners(p->currentId(), this);
        else
            FindPartnersDialog(*m_workspace, 0, {}, this).exec();
    });
    m_findPartners->setToolTip(tr("Rank partners for the selected project's need, or for one you type"));
    m_settings = make(icon("settings"), tr("&Settings..."), QKeySequence::Preferences, [this] { showSettings(); });
    m_settings->setMenuRole(QAction::PreferencesRole);

    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setIcon(icon("undo"));
    m_undoAction->setObjectName(QStringLiteral("undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setIcon(icon("redo"));
    m_redoAction->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    // Undo and redo change records behind the lists' backs: every page re-reads.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        for (int i = 0; i < m_pages->count(); ++i)
            if (auto *p = qobject_cast<ListPage *>(m_pages->widget(i))) p->refresh();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newWorkspace);
    file->addAction(m_openWorkspace);
    file->addAction(m_connectServer);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_backup);
    file->addAction(m_restore);
    file->addSeparator();
    file->addAction(m_import);
    file->addAction(m_export);
    file->addAction(m_exportReport);
    file->addSeparator();
    file->addAction(m_quit);
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_newRecord);
    edit->addAction(m_editRecord);
    edit->addAction(m_deleteRecord);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addSeparator();
    edit->addAction(m_settings);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_refresh);
    m_viewMenu->addAction(m_allocation);
    m_viewMenu->addAction(m_findPartners);
    m_viewMenu->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lepton Partner Studio"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newRecord);
    bar->addAction(m_editRecord);
    bar->addAction(m_deleteRecord);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_import);
    bar->addAction(m_export);
    bar->addSeparator();
    bar->addAction(m_backup);
    // Short texts of their own: Undo keeps its width while the menu says "Undo Edit partner ...",
    // which the button's tooltip shows.
    for (QAction *a : bar->actions())
        if (!a->isSeparator()) a->setIconText(Mnemonic::plain(a->text()));
}

int MainWindow::addPage(QWidget *page, const QIcon &icon, const QString &title)
{
    const int index = m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setSizeHint(QSize(0, 36));
    // Ctrl+1, Ctrl+2, ... in page order.
    auto *action = m_viewMenu->addAction(icon, title, this, [this, index] { showPage(index); });
    if (index < 9) action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(index + 1)));
    m_pageActions.append(action);
    return index;
}

void MainWindow::addListPage(ListPage *page)
{
    RecordList *list = page->recordList();
    const int index = addPage(page, list->icon(), list->title());
    connect(page, &ListPage::selectionChanged, this, &MainWindow::updateActions);
    connect(page, &ListPage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // A change on one list can change the related records shown on the others.
    connect(list, &RecordList::recordsChanged, this, [this, page] {
        for (int i = 0; i < m_pages->count(); ++i)
            if (auto *other = qobject_cast<ListPage *>(m_pages->widget(i)); other && other != page) other->refresh();
    });
    page->restoreState(QStringLiteral("pages/%1").arg(index));
}

void MainWindow::addDashboard()
{
    m_dashboard = new DashboardPage(m_workspace.get(), m_pages);
    addPage(m_dashboard, m_dashboard->icon(), m_dashboard->title());
    connect(m_dashboard, &DashboardPage::allocationRequested, this,
            [this](qint64 projectId) { AllocationDialog::open(*m_workspace, projectId, this); });
    connect(m_dashboard, &DashboardPage::drillDown, this, [this](const DashboardDrillDown &target) {
        QList<ListPage *> pages;
        for (int i = 0; i < m_pages->count(); ++i)
            if (ListPage *p = page(i)) pages << p;
        if (ListPage *p = DashboardPage::pageFor(pages, target.list)) {
            showPage(m_pages->indexOf(p));
            DashboardPage::showIn(p, target);
        }
    });
}

void MainWindow::clearPages()
{
    saveWindowState();
    for (QAction *a : std::as_const(m_pageActions)) delete a;
    m_pageActions.clear();
    m_navigation->clear();
    m_dashboard = nullptr;
    m_training = nullptr;
    while (m_pages->count() > 0) {
        QWidget *w = m_pages->widget(0);
        m_pages->removeWidget(w);
        delete w;
    }
}

ListPage *MainWindow::page(int index) const
{
    return qobject_cast<ListPage *>(m_pages->widget(index));
}

ListPage *MainWindow::currentPage() const
{
    return qobject_cast<ListPage *>(m_pages->currentWidget());
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages->count()) return;
    // Only the page on show sets how narrow the window may be, not the widest of all pages.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                          i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->setCurrentIndex(index);
    if (m_navigation->currentRow() != index) m_navigation->setCurrentRow(index);
    ListPage *p = currentPage();
    // Pages that are not record lists get the generic, disabled "New Record".
    m_newRecord->setText(p ? p->recordList()->newActionText() : tr("&New Record..."));
    m_newRecord->setIconText(Mnemonic::plain(m_newRecord->text()));
    if (p) {
        p->selectFirstIfNone();
        p->table()->setFocus();
    }
    updateActions();
}

void MainWindow::updateActions()
{
    ListPage *p = currentPage();
    const bool hasPage = p != nullptr;
    const bool hasSelection = hasPage && p->currentId() >= 0;
    // A read-only server user sees the records but gets no action that would change them.
    const bool writable = m_workspace && !m_workspace->isReadOnly();
    for (QAction *a : {m_find, m_export, m_refresh}) a->setEnabled(hasPage);
    for (QAction *a : {m_newRecord, m_import}) a->setEnabled(hasPage && writable);
    m_editRecord->setEnabled(hasSelection && writable);
    m_deleteRecord->setEnabled(hasSelection && writable);
    // A server workspace is backed up to a workspace file and restored from one (ServerBackup).
    m_backup->setEnabled(m_workspace != nullptr && !m_backingUp);
    // Only the owner of a server's tables may replace them; an editor learns why it is off. A
    // damaged file, read-only now, is restored all the more.
    m_restore->setEnabled(m_workspace && m_workspace->mayRestore());
    m_restore->setStatusTip(writable && !m_workspace->mayRestore()
                                ? tr("Only the owner of the server's tables may restore a backup; connect as that user or ask the "
                                     "server's administrator.")
                                : m_restore->toolTip());
    m_exportReport->setEnabled(m_workspace != nullptr);
    m_allocation->setEnabled(hasSelection && qobject_cast<ProjectList *>(p->recordList()));
    m_findPartners->setEnabled(m_workspace != nullptr);
}

QString MainWindow::workspacePath() const
{
    return m_workspace ? m_workspace->path() : QString();
}

bool MainWindow::openWorkspace(const QString &path, bool fillDemo, QString *error)
{
    QString notice;
    std::unique_ptr<Workspace> opened = WorkspaceLists::openWorkspace(path, fillDemo, error, &notice);
    if (!opened) return false;

    const int previousPage = m_pages->count() > 0 ? m_pages->currentIndex()
                                                  : QSettings().value(QStringLiteral("window/page")).toInt();
    m_undo->clear();  // its commands refer to the lists of the old workspace
    clearPages();
    m_workspace = std::move(opened);
    addDashboard();
    for (RecordList *list : WorkspaceLists::create(m_workspace.get(), m_undo))
        addListPage(new ListPage(list, m_pages));
    // Any change of records (an edit, an import, undo) may change the dashboard's figures.
    for (int i = 0; i < m_pages->count(); ++i)
        if (ListPage *p = page(i)) connect(p->recordList(), &RecordList::recordsChanged, m_dashboard, &DashboardPage::refreshSoon);
    connect(m_undo, &QUndoStack::indexChanged, m_dashboard, &DashboardPage::refreshSoon);
    // Partnership risk follows every change too; the lists and the dashboard show it when assessed.
    auto *risk = new RiskAssessor(*m_workspace, m_dashboard);
    for (int i = 0; i < m_pages->count(); ++i)
        if (ListPage *p = page(i)) connect(p->recordList(), &RecordList::recordsChanged, risk, &RiskAssessor::assessSoon);
    connect(m_undo, &QUndoStack::indexChanged, risk, &RiskAssessor::assessSoon);
    connect(risk, &RiskAssessor::assessed, this, [this](const QString &error) {
        if (!error.isEmpty()) statusBar()->showMessage(tr("Partnership risk could not be assessed: %1").arg(error), 10000);
        for (int i = 0; i < m_pages->count(); ++i)
            if (ListPage *p = page(i)) p->refresh();
        m_dashboard->refreshSoon();
    });
    risk->assess();
    m_training = new TrainingPage(*m_workspace, m_pages);
    addPage(m_training, icon("training"), TrainingPage::tr("Training"));
    showPage(qBound(0, previousPage, m_pages->count() - 1));

    const std::optional<ServerConnection> server = ServerConnection::fromLocation(m_workspace->path());
    const QString absolute = m_workspace->path();  // the absolute file path or the server location
    AppSettings::addRecentWorkspace(absolute);
    updateRecentMenu();
    const QString name = server ? server->displayName() : QFileInfo(path).fileName();
    const QString shown = server ? name : QDir::toNativeSeparators(absolute);
    if (m_workspace->isReadOnly()) {
        setWindowTitle(tr("%1 (read-only) - Lepton Partner Studio").arg(name));
        m_workspaceLabel->setText(tr("Read-only: %1").arg(shown));
        notice = tr("Your database user %1 may read this workspace but not change it. Ask its administrator for the editor role to make changes.")
                     .arg(m_workspace->userName());
    } else {
        setWindowTitle(tr("%1 - Lepton Partner Studio").arg(name));
        m_workspaceLabel->setText(shown);
    }
    // How a server connection travels, always in sight.
    if (server) m_workspaceLabel->setText(tr("%1 | %2").arg(m_workspaceLabel->text(), m_workspace->encryption()));
    setWindowFilePath(server ? QString() : absolute);
    statusBar()->showMessage(notice.isEmpty() ? tr("Opened %1").arg(shown) : notice, notice.isEmpty() ? 5000 : 20000);
    updateActions();
    if (server) {
        m_lock->release();
    } else if (const QString elsewhere = m_lock->take(absolute); !elsewhere.isEmpty()) {
        // Told in a box, not only in the status bar: it changes what Refresh and Restore do. Not
        // modal, so that opening never waits for it.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Workspace open elsewhere"), elsewhere, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    ++m_opened;
    if (!server) checkForDamage();
    return true;
}

void MainWindow::checkForDamage()
{
    const QString path = m_workspace->path();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, opened = m_opened] {
        watcher->deleteLater();
        if (opened == m_opened && m_workspace && !watcher->result().isEmpty()) showDamage(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path] { return Workspace::damageIn(path); }));
}

void MainWindow::showDamage(const QString &damage)
{
    m_workspace->setDamaged(damage);
    const QString path = QDir::toNativeSeparators(m_workspace->path());
    setWindowTitle(tr("%1 (damaged) - Lepton Partner Studio").arg(QFileInfo(path).fileName()));
    m_workspaceLabel->setText(tr("Damaged: %1").arg(path));
    updateActions();
    QMessageBox box(QMessageBox::Critical, tr("Damaged workspace"),
                    tr("The workspace %1 is damaged: %2\n\nEditing is off, so that nothing more is saved into it. Restore it from "
                       "a backup copy, or open another workspace.")
                        .arg(path, damage),
                    QMessageBox::Close, this);
    QPushButton *restore = box.addButton(tr("&Restore from Backup..."), QMessageBox::AcceptRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore) restoreWorkspaceInteractively();
}

void MainWindow::openWorkspaceInteractively(const QString &path)
{
    if (!mayStopTraining()) return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = openWorkspace(path, false, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::critical(this, tr("Cannot open workspace"),
                              tr("The workspace %1 could not be opened.\n\n%2\n\n"
                                 "Check that the file is a Lepton workspace and that you may write to its folder.")
                                  .arg(QDir::toNativeSeparators(path), error));
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"),
                                                      QFileInfo(Workspace::defaultPath()).absolutePath(),
                                                      workspaceFilter());
    if (path.isEmpty()) return;
    if (QFileInfo(path).absoluteFilePath() == workspacePath()) {
        QMessageBox::warning(this, tr("New Workspace"),
                             tr("%1 is the workspace open now. Choose another name for the new one.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    // The file dialog has asked before replacing an existing file; SQLite's journal files go with it.
    for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFileInfo::exists(file) && !QFile::remove(file)) {
            QMessageBox::warning(this, tr("New Workspace"),
                                 tr("%1 exists and could not be replaced. Choose another name.")
                                     .arg(QDir::toNativeSeparators(file)));
            return;
        }
    }
    openWorkspaceInteractively(path);
}

void MainWindow::openWorkspaceFile()
{
    const QString start = m_workspace ? QFileInfo(workspacePath()).absolutePath()
                                      : QFileInfo(Workspace::defaultPath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), start, workspaceFilter());
    if (!path.isEmpty()) openWorkspaceInteractively(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentWorkspaces();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        const std::optional<ServerConnection> server = ServerConnection::fromLocation(path);
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(server ? server->displayName() : QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path, server] {
            if (server) {
                connectToServer(path);
                return;
            }
            if (!QFileInfo::exists(path)) {
                QMessageBox::warning(this, tr("Open Recent"),
                                     tr("%1 no longer exists. It has been removed from the list.").arg(path));
                AppSettings::removeRecentWorkspace(path);
                updateRecentMenu();
                return;
            }
            openWorkspaceInteractively(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::connectToServer(const QString &location)
{
    ServerConnectDialog dialog(this);
    if (!location.isEmpty()) dialog.setLocation(location);
    while (dialog.exec() == QDialog::Accepted) {
        const ServerConnection server = dialog.connection();
        // In memory for this run only: worker threads open their own connection with it.
        ServerConnection::rememberPassword(server.location(), server.password);
        QString error;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool ok = openWorkspace(server.location(), false, &error);
        QApplication::restoreOverrideCursor();
        if (!ok) {
            dialog.showError(error);
            continue;
        }
        QString why;
        if (dialog.rememberPassword() &&
            ServerPasswordStore::write(server.location(), server.password, &why) == ServerPasswordStore::Outcome::NoKeyring)
            statusBar()->showMessage(why, 20000);
        return;
    }
}

QString MainWindow::backupFolder() const
{
    // A server workspace's copies go where its other local files go (Workspace::localFolder).
    return WorkspaceBackup::backupFolder(m_workspace->isServer() ? Workspace::defaultPath() : workspacePath());
}

void MainWindow::backupWorkspace()
{
    if (!m_workspace) return;
    const std::optional<ServerConnection> server = ServerConnection::fromLocation(workspacePath());
    const QString name = server ? server->database : QFileInfo(workspacePath()).completeBaseName();
    const QString suggestion = QDir(server ? backupFolder() : QFileInfo(workspacePath()).absolutePath())
                                   .filePath(QStringLiteral("%1-backup-%2.sqlite").arg(name, QDate::currentDate().toString(Qt::ISODate)));
    const QString target = QFileDialog::getSaveFileName(this, tr("Backup Copy"), suggestion, workspaceFilter());
    if (target.isEmpty()) return;

    auto *progress = new QProgressDialog(tr("Copying the workspace..."), QString(), 0, 0, this);
    progress->setWindowTitle(tr("Backup Copy"));
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, progress, target] {
        const QString error = watcher->result();
        watcher->deleteLater();
        progress->close();
        m_backingUp = false;
        updateActions();
        if (error.isEmpty())
            statusBar()->showMessage(tr("Backup copy written to %1").arg(QDir::toNativeSeparators(target)), 8000);
        else
            QMessageBox::warning(this, tr("Backup failed"),
                                 tr("No backup was written to %1.\n\n%2\n\nChoose another folder and try again.")
                                     .arg(QDir::toNativeSeparators(target), error));
    });
    m_backingUp = true;
    m_backup->setEnabled(false);
    watcher->setFuture(server ? ServerBackup::start(workspacePath(), target) : WorkspaceBackup::start(workspacePath(), target));
}

std::function<QString(QString *)> MainWindow::restoreJob(const QString &backupPath) const
{
    const QString path = workspacePath();
    const QString undoFolder = backupFolder();
    if (m_workspace->isServer())
        return [=](QString *undoPath) { return ServerBackup::restore(backupPath, path, undoFolder, undoPath); };
    return [=](QString *undoPath) { return WorkspaceBackup::restore(backupPath, path, undoPath); };
}

void MainWindow::closeForRestore()
{
    // No connection may hold the file while it is replaced: the pages (with their models and any
    // training worker) and the workspace close first. A server's pages reopen to show its new records.
    m_undo->clear();
    clearPages();
    m_workspace.reset();
}

bool MainWindow::reopenAfterRestore(const QString &path, const QString &failed, QString *error)
{
    QString reopenError;
    const bool reopened = openWorkspace(path, false, &reopenError);
    if (error) *error = failed.isEmpty() ? reopenError : failed;
    return failed.isEmpty() && reopened;
}

bool MainWindow::restoreWorkspace(const QString &backupPath, QString *error, QString *undoPath)
{
    if (!m_workspace) return false;
    const QString path = workspacePath();
    const auto restore = restoreJob(backupPath);
    closeForRestore();
    return reopenAfterRestore(path, restore(undoPath), error);
}

void MainWindow::restoreWorkspaceInteractively()
{
    if (!m_workspace || !mayStopTraining()) return;
    const QString path = workspacePath();
    const std::optional<ServerConnection> server = ServerConnection::fromLocation(path);
    const QString backup = QFileDialog::getOpenFileName(this, tr("Restore from Backup"), server ? backupFolder() : QFileInfo(path).absolutePath(),
                                                        workspaceFilter());
    if (backup.isEmpty()) return;
    const QString question =
        server ? tr("Replace every record of the server database %1 with the records of the backup %2?\n\nThe records as they are now "
                    "are first saved in %3; restore that copy to undo this. Everyone working in this database sees the restored records.")
                     .arg(server->displayName(), QDir::toNativeSeparators(backup), QDir::toNativeSeparators(backupFolder()))
               : tr("Replace the workspace %1 with the backup %2?\n\nThe workspace as it is now is first saved in %3; "
                    "restore that copy to undo this.")
                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup), QDir::toNativeSeparators(backupFolder()));
    const auto answer = QMessageBox::warning(this, tr("Restore from Backup"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) return;

    // Checking, copying and (on a server) re-inserting every record runs on a worker thread,
    // behind a modal progress dialog: the window stays responsive and nothing else can start.
    const auto restore = restoreJob(backup);
    closeForRestore();
    updateActions();
    auto *progress = new QProgressDialog(tr("Restoring the workspace from %1...").arg(QDir::toNativeSeparators(backup)), QString(), 0, 0, this);
    progress->setWindowTitle(tr("Restore from Backup"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    struct Outcome {
        QString failed;
        QString undo;
    };
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, progress, path, backup] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        progress->close();
        QString error;
        if (reopenAfterRestore(path, outcome.failed, &error)) {
            QMessageBox::information(this, tr("Restore from Backup"),
                                     outcome.undo.isEmpty()
                                         ? tr("The workspace was restored from %1.").arg(QDir::toNativeSeparators(backup))
                                         : tr("The workspace was restored from %1.\n\nThe workspace as it was before is saved as %2; "
                                              "restore it to undo this.")
                                               .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(outcome.undo)));
        } else {
            QMessageBox::warning(this, tr("Restore failed"),
                                 tr("The workspace was not restored from %1.\n\n%2").arg(QDir::toNativeSeparators(backup), error));
        }
    });
    watcher->setFuture(QtConcurrent::run([restore] {
        Outcome outcome;
        outcome.failed = restore(&outcome.undo);
        return outcome;
    }));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    const bool newLanguage = dialog.apply();
    if (m_dashboard) m_dashboard->refresh();  // the expected return r may have changed
    if (newLanguage)
        QMessageBox::information(this, tr("Settings"),
                                 tr("The new language is used the next time you start Lepton Partner Studio."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Lepton Partner Studio"),
                       tr("<h3>Lepton Partner Studio %1</h3>"
                          "<p>Partners, contracts and joint projects of an AI company in one workspace file, "
                          "with model training on the partners' data.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_pages->count() > 0) settings.setValue(QStringLiteral("window/page"), m_pages->currentIndex());
    for (int i = 0; i < m_pages->count(); ++i)
        if (auto *p = qobject_cast<ListPage *>(m_pages->widget(i))) p->saveState(QStringLiteral("pages/%1").arg(i));
}

bool MainWindow::mayStopTraining()
{
    if (!m_training || !m_training->isTraining()) return true;
    return QMessageBox::question(this, tr("Stop training?"),
                                 tr("A training run is in progress. Closing the workspace stops it at its last checkpoint; "
                                    "you can resume it later from the Training page.\n\nStop the run and close the workspace?"),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayStopTraining()) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}
