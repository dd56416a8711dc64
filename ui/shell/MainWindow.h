#pragma once
// The main window: navigation between the record lists (Dashboard and Training pages join
// later through addPage), menus, toolbar, status bar and shortcuts. It owns the open workspace
// and one undo stack for it.
#include <QMainWindow>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;
class DashboardPage;
class ListPage;
class TrainingPage;
class Workspace;
class WorkspaceLock;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the workspace file and shows its lists; with fillDemo a new, empty
    // workspace is filled with the demo data. On failure explains why in *error and keeps
    // whatever was open before.
    bool openWorkspace(const QString &path, bool fillDemo, QString *error);

    // Replaces the open workspace with a backup (see WorkspaceBackup::restore and, for a server
    // workspace, ServerBackup::restore) and reopens it;
    // on failure the workspace is reopened unchanged. *undoPath receives where the workspace as
    // it was before has been saved.
    bool restoreWorkspace(const QString &backupPath, QString *error, QString *undoPath);

    QString workspacePath() const;
    Workspace *workspace() const { return m_workspace.get(); }
    QUndoStack *undoStack() const { return m_undo; }
    ListPage *page(int index) const;
    ListPage *currentPage() const;
    void showPage(int index);
    // Adds a page to the navigation (and Ctrl+<n> in the View menu); pages that are not record
    // lists (Dashboard, Training) leave the record actions disabled while shown.
    int addPage(QWidget *page, const QIcon &icon, const QString &title);
    // File > Connect to Server; location pre-fills the dialog (a recent server workspace).
    void connectToServer(const QString &location = QString());

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void addListPage(ListPage *page);
    void addDashboard();
    void clearPages();
    void updateActions();
    void updateRecentMenu();
    void openWorkspaceInteractively(const QString &path);
    void newWorkspace();
    void openWorkspaceFile();
    // Where backups of the open workspace go: beside its file, or the user's own folder for a server.
    QString backupFolder() const;
    void backupWorkspace();
    void restoreWorkspaceInteractively();
    // SQLite's damage check of the open file on a worker thread (it reads every page), and what
    // the window does when it finds damage: editing off, the user told, Restore offered.
    void checkForDamage();
    void showDamage(const QString &damage);
    // The steps of a restore: what replaces the workspace's contents with the backup (callable
    // on any thread; returns the error, and the undo copy in *undoPath), closing every page and
    // connection first, and reopening the workspace after.
    std::function<QString(QString *)> restoreJob(const QString &backupPath) const;
    void closeForRestore();
    bool reopenAfterRestore(const QString &path, const QString &failed, QString *error);
    void showSettings();
    void showAbout();
    void saveWindowState() const;
    // Asks before closing the workspace would stop training runs; true when none runs or the user agrees.
    bool mayStopTraining();

    std::unique_ptr<Workspace> m_workspace;
    // Tells another window or process that opens the same workspace file that it is open here.
    std::unique_ptr<WorkspaceLock> m_lock;
    int m_opened = 0;  // workspaces opened so far: a damage check reports only on its own
    QUndoStack *m_undo = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_pageActions;
    DashboardPage *m_dashboard = nullptr;
    TrainingPage *m_training = nullptr;

    QAction *m_newRecord = nullptr;
    QAction *m_editRecord = nullptr;
    QAction *m_deleteRecord = nullptr;
    QAction *m_find = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newWorkspace = nullptr;
    QAction *m_openWorkspace = nullptr;
    QAction *m_connectServer = nullptr;
    QAction *m_backup = nullptr;
    bool m_backingUp = false;  // one backup copy at a time: refreshes must not offer a second
    QAction *m_restore = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_allocation = nullptr;
    QAction *m_findPartners = nullptr;
    QAction *m_quit = nullptr;
};
