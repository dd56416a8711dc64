#include "MainWindow.h"

#include <QtTest>

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void titleNamesTheWorkspace()
    {
        MainWindow window(QStringLiteral("/tmp/acme-partners.sqlite"));
        window.show();
        QVERIFY(window.windowTitle().contains(QStringLiteral("acme-partners.sqlite")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
