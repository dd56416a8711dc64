// The GUI side of server workspaces: File > Connect to Server, a read-only database user shown a
// read-only workspace with no action that would change records, and File > Backup Copy and
// Restore from Backup through a workspace file. Runs against the test server (ctest fixture
// "postgres").
#include "ui/shell/AppSettings.h"
#include "ui/records/ListPage.h"
#include "ui/shell/MainWindow.h"
#include "models/repositories/PartnerRepository.h"
#include "ui/shell/ServerConnectDialog.h"
#include "models/storage/SqlDialect.h"
#include "TestBackend.h"
#include "models/storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

class TestServerWorkspaceGui : public QObject {
    Q_OBJECT
private:
    static QAction *action(MainWindow &window, const QString &text)
    {
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == text || a->shortcut() == QKeySequence(text)) return a;
        qFatal("no action %s", qPrintable(text));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void readOnlyUserSeesAReadOnlyWorkspace()
    {
        const QString owner = TestBackend::newDatabase();
        {
            Workspace ws;  // the owner creates the workspace and its roles
            QString error;
            QVERIFY2(ws.open(owner, &error), qPrintable(error));
        }
        ServerConnection reader = *ServerConnection::fromLocation(owner);
        reader.user = QStringLiteral("gui_reader_%1").arg(QCoreApplication::applicationPid());
        TestBackend::adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw' IN ROLE %2")
                                   .arg(reader.user, SqlDialect::readerRole(reader.database)));
        ServerConnection::rememberPassword(reader.location(), QStringLiteral("pw"));

        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(reader.location(), false, &error), qPrintable(error));
        window.show();
        QVERIFY2(window.windowTitle().contains("read-only"), qPrintable(window.windowTitle()));
        window.showPage(1);  // Partners
        QVERIFY(window.currentPage());
        QVERIFY(!action(window, "Ctrl+N")->isEnabled());
        QVERIFY(!action(window, "&Import CSV...")->isEnabled());
        QVERIFY(action(window, "E&xport CSV...")->isEnabled());  // reading is allowed
        QVERIFY(!action(window, "&Restore from Backup...")->isEnabled());
        // The test server answers without TLS, which its location allows: the status bar says so.
        auto *where = window.findChild<QLabel *>(QStringLiteral("workspaceLabel"));
        QVERIFY(where && where->isVisible());
        QVERIFY2(where->text().contains("Not encrypted"), qPrintable(where->text()));

        // The owner's own window on the same database can edit.
        MainWindow ownerWindow;
        QVERIFY2(ownerWindow.openWorkspace(owner, false, &error), qPrintable(error));
        QVERIFY(!ownerWindow.windowTitle().contains("read-only"));
        ownerWindow.showPage(1);
        QVERIFY(action(ownerWindow, "Ctrl+N")->isEnabled());
        QVERIFY(action(ownerWindow, "&Restore from Backup...")->isEnabled());

        // An editor changes records but may not replace them all: Restore is off, and says why.
        MainWindow editorWindow;
        const QString editor = TestBackend::loginAs(owner, QStringLiteral("gui_editor_%1").arg(QCoreApplication::applicationPid()),
                                                    SqlDialect::editorRole(reader.database));
        QVERIFY2(editorWindow.openWorkspace(editor, false, &error), qPrintable(error));
        editorWindow.showPage(1);
        QVERIFY(action(editorWindow, "Ctrl+N")->isEnabled());
        QAction *restore = action(editorWindow, "&Restore from Backup...");
        QVERIFY(!restore->isEnabled());
        QVERIFY2(restore->statusTip().contains("owner"), qPrintable(restore->statusTip()));
        // Recent workspaces remember the server location, never the password.
        QVERIFY(AppSettings::recentWorkspaces().contains(reader.location()));
        for (const QString &recent : AppSettings::recentWorkspaces()) QVERIFY(!recent.contains("pw@") && !recent.contains(":pw"));
    }

    void connectDialogOffersRecentServersAndShowsErrors()
    {
        const QString location = QStringLiteral("postgresql://alice@db.example.org:6543/partners");
        AppSettings::addRecentWorkspace(location);
        ServerConnection::rememberPassword(location, QStringLiteral("s3cret"));
        ServerConnectDialog dialog;
        auto *recent = dialog.findChild<QComboBox *>();
        QVERIFY(recent->count() >= 2);
        dialog.setLocation(location);
        const ServerConnection c = dialog.connection();
        QCOMPARE(c.host, QStringLiteral("db.example.org"));
        QCOMPARE(c.port, 6543);
        QCOMPARE(c.database, QStringLiteral("partners"));
        QCOMPARE(c.user, QStringLiteral("alice"));
        QCOMPARE(c.password, QStringLiteral("s3cret"));
        // Encrypted unless the user visibly allows otherwise for this server.
        QVERIFY(!c.allowUnencrypted);
        QCheckBox *unencrypted = nullptr;
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            if (box->text().contains("unencrypted")) unencrypted = box;
        QVERIFY(unencrypted && !unencrypted->isChecked());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(unencrypted, Qt::LeftButton, {}, QPoint(8, unencrypted->height() / 2));
        QVERIFY(dialog.connection().allowUnencrypted);
        QVERIFY(dialog.connection().location().endsWith("?sslmode=prefer"));
        dialog.showError(QStringLiteral("the server refused the connection"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        bool shown = false;
        for (QLabel *label : dialog.findChildren<QLabel *>()) shown = shown || (label->isVisible() && label->text().contains("refused"));
        QVERIFY(shown);
        const QString shots = qEnvironmentVariable("LEPTON_SCREENSHOT_DIR");
        if (!shots.isEmpty()) dialog.grab().save(shots + QStringLiteral("/connect-to-server.png"));
    }

    void backupCopyAndRestoreGoThroughAWorkspaceFile()
    {
        QTemporaryDir dir;
        const QString location = TestBackend::newDatabase();
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(location, true, &error), qPrintable(error));  // the demo records
        window.show();
        window.showPage(1);  // Partners
        const int partners = window.currentPage()->table()->model()->rowCount();
        QVERIFY(partners > 0);

        // File > Backup Copy: the file dialog offers a name, the copy runs in the background.
        const QString target = dir.filePath(QStringLiteral("team.sqlite"));
        QTimer::singleShot(0, this, [target] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->selectFile(target);
            static_cast<QDialog *>(dialog)->accept();  // as pressing Save does
        });
        action(window, "Ctrl+Shift+B")->trigger();
        // A failure would show a message box: its text is the test's failure message.
        QString failure;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&failure] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                failure = box->text();
                box->accept();
            }
        });
        watch.start(50);
        QTRY_VERIFY_WITH_TIMEOUT(action(window, "Ctrl+Shift+B")->isEnabled(), 20000);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(QFileInfo::exists(target));
        QCOMPARE(PartnerRepository(*window.workspace()).count(), partners);

        // Changed afterwards, then restored: the pages show the file's records again.
        Partner extra;
        extra.name = QStringLiteral("Added after the backup");
        QVERIFY2(PartnerRepository(*window.workspace()).create(extra, &error), qPrintable(error));
        QString undo;
        QVERIFY2(window.restoreWorkspace(target, &error, &undo), qPrintable(error));
        QVERIFY(window.workspace()->isServer());
        window.showPage(1);
        QCOMPARE(window.currentPage()->table()->model()->rowCount(), partners);
        QVERIFY(QFileInfo::exists(undo));  // the server's records before the restore
    }
};

QTEST_MAIN(TestServerWorkspaceGui)
#include "tst_serverworkspacegui.moc"
