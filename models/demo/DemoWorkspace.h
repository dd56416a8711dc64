#pragma once
// The demo data set: about 30 fictional partners across every industry and kind, 20 contracts in
// every cooperation mode and status, and 25 projects with participants, milestones and two years
// of monthly revenue and cost ending this month. The same seed always gives the same records
// (dates move with `today`). Everything goes through the repositories, so it is validated and
// audited like the user's own records, in one transaction.
#include <QCoreApplication>
#include <QDate>

class Workspace;

class DemoWorkspace {
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)
public:
    static constexpr quint32 kDefaultSeed = 20251123;

    // Refuses a workspace that already holds partners, so demo records never mix with real ones.
    static bool fill(Workspace &workspace, QString *error, const QDate &today = QDate::currentDate(), quint32 seed = kDefaultSeed);
};
