#include "ui/reports/ReportExportDialog.h"

#include "ui/shell/AppSettings.h"
#include "models/lists/PartnerListModel.h"
#include "models/lists/ProjectListModel.h"
#include "ui/widgets/RecordPicker.h"
#include "ui/reports/ReportWriter.h"
#include "models/storage/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent>

ReportExportDialog::ReportExportDialog(Workspace &workspace, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export Report"));
    auto *form = new QFormLayout(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (auto kind : {ReportBuilder::Kind::Portfolio, ReportBuilder::Kind::PartnerStatement, ReportBuilder::Kind::ProjectAllocation})
        m_kind->addItem(ReportBuilder::kindName(kind), int(kind));
    form->addRow(tr("&Report:"), m_kind);

    auto *records = new QWidget(this);
    auto *recordRow = new QHBoxLayout(records);
    recordRow->setContentsMargins(0, 0, 0, 0);
    m_partner = new RecordPicker(new PartnerListModel(workspace), PartnerListModel::Name, tr("Type part of a partner's name"), records);
    m_project = new RecordPicker(new ProjectListModel(workspace), ProjectListModel::Name, tr("Type part of a project's name"), records);
    for (RecordPicker *picker : {m_partner, m_project}) {
        picker->setClearOnChoice(false);
        recordRow->addWidget(picker);
    }
    connect(m_partner, &RecordPicker::chosen, this, [this](qint64 id) { m_partnerId = id; validate(); });
    connect(m_project, &RecordPicker::chosen, this, [this](qint64 id) { m_projectId = id; validate(); });
    connect(m_partner, &QLineEdit::textEdited, this, [this] { m_partnerId = 0; validate(); });
    connect(m_project, &QLineEdit::textEdited, this, [this] { m_projectId = 0; validate(); });
    m_recordLabel = new QLabel(this);
    form->addRow(m_recordLabel, records);

    auto *file = new QWidget(this);
    auto *fileRow = new QHBoxLayout(file);
    fileRow->setContentsMargins(0, 0, 0, 0);
    m_target = new QLineEdit(file);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
                      QFileInfo(workspace.path()).completeBaseName() + QStringLiteral("-report.pdf"));
    m_target->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("&Browse..."), file);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), m_target->text(), tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) m_target->setText(path);
    });
    fileRow->addWidget(m_target, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&File:"), file);
    connect(m_target, &QLineEdit::textChanged, this, &ReportExportDialog::validate);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportExportDialog::kindChanged);
    kindChanged();
}

void ReportExportDialog::kindChanged()
{
    const auto kind = ReportBuilder::Kind(m_kind->currentData().toInt());
    m_partner->setVisible(kind == ReportBuilder::Kind::PartnerStatement);
    m_project->setVisible(kind == ReportBuilder::Kind::ProjectAllocation);
    m_recordLabel->setText(kind == ReportBuilder::Kind::PartnerStatement    ? tr("&Partner:")
                           : kind == ReportBuilder::Kind::ProjectAllocation ? tr("&Project:")
                                                                             : QString());
    m_recordLabel->setBuddy(kind == ReportBuilder::Kind::PartnerStatement ? static_cast<QWidget *>(m_partner) : m_project);
    validate();
}

void ReportExportDialog::validate()
{
    const ReportBuilder::Request r = request();
    const bool needsRecord = r.kind != ReportBuilder::Kind::Portfolio;
    m_ok->setEnabled(!m_target->text().trimmed().isEmpty() && (!needsRecord || r.recordId > 0));
}

ReportBuilder::Request ReportExportDialog::request() const
{
    ReportBuilder::Request r;
    r.kind = ReportBuilder::Kind(m_kind->currentData().toInt());
    if (r.kind == ReportBuilder::Kind::PartnerStatement) r.recordId = m_partnerId;
    if (r.kind == ReportBuilder::Kind::ProjectAllocation) r.recordId = m_projectId;
    r.expectedReturn = AppSettings::expectedReturn();
    return r;
}

QString ReportExportDialog::target() const
{
    return m_target->text().trimmed();
}

QFuture<QString> ReportExportDialog::start(const QString &workspacePath, const ReportBuilder::Request &request, const QString &target)
{
    return QtConcurrent::run([workspacePath, request, target](QPromise<QString> &promise) {
        QString error;
        Workspace workspace;  // this thread's own connection
        std::optional<Report> report;
        if (workspace.openWithoutDamageCheck(workspacePath, &error)) report = ReportBuilder::build(workspace, request, &error);
        if (report) {
            // Written beside the target and renamed at the end: a failed export leaves no half file.
            QSaveFile file(target);
            if (!file.open(QIODevice::WriteOnly)) error = file.errorString();
            else if (ReportWriter::write(*report, &file, &error, [&promise](int done, int total) {
                         promise.setProgressRange(0, total);
                         promise.setProgressValue(done);
                         return !promise.isCanceled();
                     }) && !file.commit())
                error = file.errorString();
        }
        promise.addResult(error);
    });
}

void ReportExportDialog::exportInteractively(Workspace &workspace, QWidget *parent)
{
    ReportExportDialog dialog(workspace, parent);
    if (dialog.exec() != QDialog::Accepted) return;
    const QString target = dialog.target();
    auto *progress = new QProgressDialog(tr("Writing the report..."), tr("Cancel"), 0, 0, parent);
    progress->setWindowTitle(tr("Export Report"));
    progress->setMinimumDuration(200);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto *watcher = new QFutureWatcher<QString>(parent);
    QObject::connect(watcher, &QFutureWatcher<QString>::progressRangeChanged, progress, &QProgressDialog::setRange);
    QObject::connect(watcher, &QFutureWatcher<QString>::progressValueChanged, progress, &QProgressDialog::setValue);
    QObject::connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcher<QString>::cancel);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, parent, [watcher, progress, target, parent] {
        const QString error = watcher->future().resultCount() > 0 ? watcher->result() : tr("The export was cancelled.");
        watcher->deleteLater();
        progress->close();
        if (!error.isEmpty())
            QMessageBox::warning(parent, tr("Export failed"),
                                 tr("No report was written to %1.\n\n%2\n\nChoose another file or folder and try again.")
                                     .arg(QDir::toNativeSeparators(target), error));
        else
            showWritten(target, parent);
    });
    watcher->setFuture(start(workspace.path(), dialog.request(), target));
}

void ReportExportDialog::showWritten(const QString &target, QWidget *parent)
{
    QMessageBox box(QMessageBox::Information, tr("Export Report"),
                    tr("The report was written to %1.").arg(QDir::toNativeSeparators(target)), QMessageBox::Close, parent);
    QPushButton *open = box.addButton(tr("&Open Report"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openReport"));
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open && !QDesktopServices::openUrl(QUrl::fromLocalFile(target)))
        QMessageBox::warning(parent, tr("Export Report"),
                             tr("No program to show PDF files was found. Open %1 from your file manager.")
                                 .arg(QDir::toNativeSeparators(target)));
}
