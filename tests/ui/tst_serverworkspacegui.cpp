// The GUI side of server workspaces: File > Connect to Server, and a read-only database user
// shown a read-only workspace with no action that would change records. Runs against the test
// server (ctest fixture "postgres").
#include "AppSettings.h"
#include "ListPage.h"
#include "MainWindow.h"
#include "ServerConnectDialog.h"
#include "SqlDialect.h"
#include "TestBackend.h"
#include "Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
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

        // The owner's own window on the same database can edit.
        MainWindow ownerWindow;
        QVERIFY2(ownerWindow.openWorkspace(owner, false, &error), qPrintable(error));
        QVERIFY(!ownerWindow.windowTitle().contains("read-only"));
        ownerWindow.showPage(1);
        QVERIFY(action(ownerWindow, "Ctrl+N")->isEnabled());
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
        dialog.showError(QStringLiteral("the server refused the connection"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        bool shown = false;
        for (QLabel *label : dialog.findChildren<QLabel *>()) shown = shown || (label->isVisible() && label->text().contains("refused"));
        QVERIFY(shown);
        const QString shots = qEnvironmentVariable("LEPTON_SCREENSHOT_DIR");
        if (!shots.isEmpty()) dialog.grab().save(shots + QStringLiteral("/connect-to-server.png"));
    }
};

QTEST_MAIN(TestServerWorkspaceGui)
#include "tst_serverworkspacegui.moc"
