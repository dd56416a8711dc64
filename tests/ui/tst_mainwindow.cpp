#include "MainWindow.h"
#include "Workspace.h"

#include <QTemporaryDir>
#include <QtTest>

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // recent files and window state stay out of the user's settings
    }

    void titleNamesTheWorkspace()
    {
        QTemporaryDir dir;
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(dir.filePath(QStringLiteral("acme-partners.sqlite")), false, &error), qPrintable(error));
        window.show();
        QVERIFY(window.windowTitle().contains(QStringLiteral("acme-partners.sqlite")));
    }

    void refusesAFileThatIsNotAWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are not the records you are looking for");
        file.close();
        MainWindow window;
        QString error;
        QVERIFY(!window.openWorkspace(path, false, &error));
        QVERIFY(error.contains(QStringLiteral("notes.sqlite")));
        QVERIFY(window.workspace() == nullptr);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
