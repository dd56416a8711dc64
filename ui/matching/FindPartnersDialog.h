#pragma once
// "Find Partners": ranks the workspace's partners for a project's need, or for one typed as
// capabilities and free text, and lists each result with the reasons that make up its score
// (PartnerMatcher). The partners are read and indexed on a worker thread with its own connection;
// ranking then follows every keystroke. From a project, "Add as Participant" (Enter, a double
// click, or Alt+A) adds the selected partner undoably through the project's page, after which the
// list is ranked again with the new participant's capabilities counted as the project's own.
#include "models/analytics/PartnerMatcher.h"

#include <QDialog>
#include <QFutureWatcher>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class Workspace;

class FindPartnersDialog : public QDialog {
    Q_OBJECT
public:
    // Adds the partner to the project; true when it was added.
    using AddParticipant = std::function<bool(qint64 partnerId, QWidget *parent)>;

    // projectId 0: a typed need only, nothing to add to.
    FindPartnersDialog(Workspace &workspace, qint64 projectId, AddParticipant addParticipant, QWidget *parent = nullptr);
    ~FindPartnersDialog() override;

    // What is shown, best first (after the partners have been read).
    const QList<PartnerMatch> &matches() const { return m_matches; }
    // True once the partners have been read and ranked (or reading failed: see statusText()).
    bool isReady() const { return m_matcher != nullptr || !m_error.isEmpty(); }
    QString statusText() const;
    QTreeWidget *resultsView() const { return m_results; }

signals:
    void ranked();

private:
    struct Loaded {
        std::shared_ptr<const PartnerMatcher> matcher;
        std::optional<TechnologyNeed> need;
        QString error;
    };
    void loaded();
    void rank();
    TechnologyNeed need() const;
    qint64 selectedPartner() const;
    void addSelected();
    void updateButtons();

    Workspace &m_workspace;
    qint64 m_projectId;
    AddParticipant m_addParticipant;
    std::shared_ptr<const PartnerMatcher> m_matcher;
    TechnologyNeed m_projectNeed;  // the project's participants and what they bring
    QList<PartnerMatch> m_matches;
    QString m_error;
    QFutureWatcher<Loaded> m_loading;
    QLineEdit *m_need = nullptr;
    QComboBox *m_industry = nullptr;
    QCheckBox *m_needsData = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QTimer *m_delay = nullptr;
};
