#pragma once
// Keeps the workspace's partnership risk current for the window: assesses every partner and
// contract (RiskRegister) on a worker thread with its own connection when the workspace opens
// and shortly after records change, with the thresholds from the settings, then tells the pages
// to re-read. A read-only workspace is left as its editors last assessed it.
#include <QFutureWatcher>
#include <QObject>

class QTimer;
class Workspace;

class RiskAssessor : public QObject {
    Q_OBJECT
public:
    RiskAssessor(Workspace &workspace, QObject *parent);
    ~RiskAssessor() override;

public slots:
    void assessSoon();  // after a short pause, so that a burst of changes assesses once
    void assess();

signals:
    // Finished: error is empty when the kept risk is now current.
    void assessed(const QString &error);

private:
    void finished();

    QString m_path;
    bool m_readOnly;
    bool m_again = false;
    QTimer *m_delay;
    QFutureWatcher<QString> m_running;
};
