#pragma once
// How one project's profit is shared: the split by its contract's scheme, every scheme side by
// side, and the Shapley game's coalition table v(S). Editing a coalition's value recomputes the
// Shapley column at once and is stored with the project (CoalitionValues), so that reopening
// shows it and the dashboard and reports share by the same game; the grand coalition's value
// is the profit and stays fixed. "Default game" forgets the stored values and goes back to the
// game derived from contributions.
#include "models/analytics/CoalitionGame.h"
#include "models/analytics/ProjectAllocation.h"

#include <QDialog>
#include <optional>

class QLabel;
class QTableWidget;
class Workspace;

class AllocationDialog : public QDialog {
    Q_OBJECT
public:
    // Coalition tables beyond this many participants (2^n rows) are not offered for editing.
    static constexpr int kMaxEditablePlayers = 10;
    // The comparison table's header items hold their column's AllocationMethod in this role.
    static constexpr int SchemeRole = Qt::UserRole;

    // Edits are stored in the workspace when one is given.
    AllocationDialog(const ProjectAllocation &allocation, Workspace *workspace, QWidget *parent = nullptr);
    // Reads the project from the workspace; on failure says why and returns false.
    static bool open(Workspace &workspace, qint64 projectId, QWidget *parent, QString *error = nullptr);

    const ProjectAllocation &allocation() const { return m_allocation; }

private:
    void resetGame();
    void fillCoalitions();
    void coalitionEdited(int row);
    void recompute();
    QString coalitionName(quint64 coalition) const;

    ProjectAllocation m_allocation;
    Workspace *m_workspace = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_chosen = nullptr;
    QLabel *m_chosenMissing = nullptr;
    QTableWidget *m_comparison = nullptr;
    QLabel *m_comparisonNotes = nullptr;
    QTableWidget *m_coalitions = nullptr;
    bool m_filling = false;
};
