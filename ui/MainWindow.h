#pragma once
#include <QMainWindow>

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const QString &workspacePath, QWidget *parent = nullptr);
};
