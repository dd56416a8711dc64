#include "MainWindow.h"

#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>

MainWindow::MainWindow(const QString &workspacePath, QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("%1 - Lepton Partner Studio").arg(QFileInfo(workspacePath).fileName()));
    setCentralWidget(new QLabel(tr("Partners, contracts and projects come here."), this));
    statusBar()->showMessage(workspacePath);
    resize(1280, 800);
}
