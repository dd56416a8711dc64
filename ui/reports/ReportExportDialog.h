#pragma once
// File > Export Report: choose the report (portfolio, a partner's statement, a project's
// allocation statement) and the PDF file; the report is then built and written on a worker
// thread with its own workspace connection while a progress dialog shows how far it got.
#include "ui/reports/ReportBuilder.h"

#include <QDialog>
#include <QFuture>

class QComboBox;
class QLabel;
class QLineEdit;
class RecordPicker;
class Workspace;

class ReportExportDialog : public QDialog {
    Q_OBJECT
public:
    ReportExportDialog(Workspace &workspace, QWidget *parent = nullptr);

    ReportBuilder::Request request() const;
    QString target() const;

    // Shows the dialog and, when accepted, exports with a progress dialog.
    static void exportInteractively(Workspace &workspace, QWidget *parent);
    // Builds the report from the workspace file and writes the PDF to target (atomically), off
    // the calling thread. The result is empty on success, else why it failed.
    static QFuture<QString> start(const QString &workspacePath, const ReportBuilder::Request &request, const QString &target);

private:
    // "Written to ..." with a button that opens the report in the desktop's PDF viewer.
    static void showWritten(const QString &target, QWidget *parent);

    void kindChanged();
    void validate();

    QComboBox *m_kind = nullptr;
    QLabel *m_recordLabel = nullptr;
    RecordPicker *m_partner = nullptr;
    RecordPicker *m_project = nullptr;
    qint64 m_partnerId = 0;
    qint64 m_projectId = 0;
    QLineEdit *m_target = nullptr;
    QPushButton *m_ok = nullptr;
};
