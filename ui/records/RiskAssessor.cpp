#include "ui/records/RiskAssessor.h"

#include "models/analytics/RiskRegister.h"
#include "models/storage/Workspace.h"

#include <QSettings>
#include <QTimer>
#include <QtConcurrent>

RiskAssessor::RiskAssessor(Workspace &workspace, QObject *parent)
    : QObject(parent), m_path(workspace.path()), m_readOnly(workspace.isReadOnly()), m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(800);
    connect(m_delay, &QTimer::timeout, this, &RiskAssessor::assess);
    connect(&m_running, &QFutureWatcher<QString>::finished, this, &RiskAssessor::finished);
}

RiskAssessor::~RiskAssessor()
{
    m_running.waitForFinished();
}

void RiskAssessor::assessSoon()
{
    if (!m_readOnly) m_delay->start();
}

void RiskAssessor::assess()
{
    m_delay->stop();
    if (m_readOnly) return;
    if (m_running.isRunning()) {  // what it reads may be out of date: once more when it ends
        m_again = true;
        return;
    }
    const RiskThresholds thresholds = RiskThresholds::fromSettings(QSettings());
    m_running.setFuture(QtConcurrent::run([path = m_path, thresholds] {
        QString error;
        Workspace workspace;  // this thread's own connection
        if (workspace.openWithoutDamageCheck(path, &error))
            RiskRegister(workspace.database()).assess(thresholds, QDate::currentDate(), &error);
        return error;
    }));
}

void RiskAssessor::finished()
{
    const QString error = m_running.result();
    if (m_again) {
        m_again = false;
        assess();
    }
    emit assessed(error);
}
