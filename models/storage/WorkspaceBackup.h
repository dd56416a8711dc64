#pragma once
// Consistent copies of a workspace file, made with SQLite's VACUUM INTO through a connection of
// their own (so a copy never catches a half-written transaction; WAL lets it read while the
// window keeps working), written to a temporary name, flushed to disk and renamed into place.
//
// Three uses: File > Backup Copy, the automatic copy before a schema migration (in a "backups"
// folder beside the workspace, the last few kept), and File > Restore, which puts a checked
// backup in the workspace's place after saving the current workspace so that it can be undone.
#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QSqlDatabase>
#include <QString>

class WorkspaceBackup {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceBackup)
public:
    // How many automatic copies of one workspace the backups folder keeps.
    static constexpr int kKeptBackups = 5;

    // Empty result = success; otherwise what went wrong, in words a user can act on.
    static QFuture<QString> start(const QString &workspacePath, const QString &targetPath);
    // The same work, on the calling thread (used by start and by tests).
    static QString copy(const QString &workspacePath, const QString &targetPath);

    // The folder of automatic copies: "backups" beside the workspace file.
    static QString backupFolder(const QString &workspacePath);
    // Copies the workspace, before it is upgraded from schema version fromVersion, to
    // backups/NAME-vFROM-TIME.sqlite and deletes all but the newest kKeptBackups such copies.
    // *written receives the copy's path.
    static QString beforeMigration(const QString &workspacePath, int fromVersion, QString *written,
                                   const QDateTime &now = QDateTime::currentDateTime());

    // Replaces the workspace file with the backup, refused while any connection (another window
    // or program) holds the workspace open, which is locked from the undo copy to the rename: the
    // backup must be a Lepton workspace this build can open (an older one is upgraded) and pass
    // SQLite's quick check. The current workspace, if any, is first copied to
    // backups/NAME-before-restore-TIME.sqlite (*undoPath), so the restore can be undone.
    // Nothing is changed unless everything succeeds.
    static QString restore(const QString &backupPath, const QString &workspacePath, QString *undoPath);

    // Copies the backup to copyPath (a new file) and checks the copy exactly as the application
    // will open it: a Lepton workspace, not from a newer version, upgraded if older, undamaged.
    // The chosen backup itself stays as it was. On failure no copy is left.
    static QString checkedCopy(const QString &backupPath, const QString &copyPath);
    // Flushes the finished file temp to disk and renames it to target in one step, so that
    // target is either the old file or the whole new one.
    static QString moveIntoPlace(const QString &temp, const QString &target);
    // A workspace file together with SQLite's journal files beside it.
    static void removeWithJournals(const QString &path);
    // A file name's time stamp for copies made at now, sorting by time.
    static QString timestamp(const QDateTime &now);

private:
    // Opens db on the workspace file and locks it for this connection alone; refused, with the
    // cause, while any other connection has the file open.
    static QString holdExclusively(QSqlDatabase &db, const QString &workspacePath);
    // A consistent copy of db's file at targetPath (VACUUM INTO a temporary name, flushed, renamed).
    static QString vacuumInto(const QSqlDatabase &db, const QString &targetPath);
    static QString flushToDisk(const QString &path, bool folder);
    static void prune(const QString &workspacePath);
};
