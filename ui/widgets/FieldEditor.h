#pragma once
// A form field made of several widgets (an amount with its currency, a table of parties).
// It says `edited` whenever any part changes, so FormDialog re-runs its checks.
#include <QWidget>

class FieldEditor : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

signals:
    void edited();
};
