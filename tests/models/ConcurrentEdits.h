#pragma once
// Two users editing the same records through two connections to one workspace. The checks take an
// open pair of workspaces and know nothing of the backend, so the same checks run against SQLite
// (tst_concurrentedits opens one file twice) and against a PostgreSQL server.
// Each check is a void function using QtTest macros; callers stop when QTest::currentTestFailed().
#include "models/storage/AuditLog.h"
#include "models/repositories/ContractRepository.h"
#include "models/repositories/PartnerRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/storage/Workspace.h"

#include <QDateTime>
#include <QtTest>
#include <functional>

namespace ConcurrentEdits {

// Unique per call, so that repeated runs against a long-lived server database do not collide.
inline QString unique(const QString &stem)
{
    static int counter = 0;
    return QStringLiteral("%1 %2-%3").arg(stem).arg(QDateTime::currentMSecsSinceEpoch()).arg(++counter);
}

// The whole story for one kind of record. `created` is already stored through `first`; edit(r, who)
// changes a field a user would see, differently for each user. find/update/overwrite/remove
// reach the kind's repository calls, so one story serves partners, contracts, projects and ledger
// entries alike.
template <typename Record, typename Repository>
struct Story {
    std::function<std::optional<Record>(Repository &, qint64)> find;
    std::function<SaveResult<Record>(Repository &, Record &, QString *, Record *)> update;
    std::function<SaveResult<Record>(Repository &, Record &, qint64, QString *)> overwrite;
    std::function<SaveResult<Record>(Repository &, qint64, qint64, QString *)> remove;
    std::function<void(Record &, const QString &who)> edit;
    QString entity;  // in the audit log
};

template <typename Record, typename Repository>
void secondSaveIsRefused(Workspace &first, Workspace &second, const Record &created, const Story<Record, Repository> &story)
{
    Repository alice(first);
    Repository bob(second);
    QString error;
    const std::optional<Record> aliceOpened = story.find(alice, created.id);
    const std::optional<Record> bobOpened = story.find(bob, created.id);
    QVERIFY(aliceOpened && bobOpened);
    QCOMPARE(aliceOpened->version, bobOpened->version);

    // Alice saves first.
    Record aliceSaved = *aliceOpened;
    story.edit(aliceSaved, QStringLiteral("alice"));
    QVERIFY2(story.update(alice, aliceSaved, &error, nullptr), qPrintable(error));
    QCOMPARE(aliceSaved.version, aliceOpened->version + 1);

    // Bob's save over the version he opened is refused, as a conflict that carries Alice's record.
    Record bobEdit = *bobOpened;
    story.edit(bobEdit, QStringLiteral("bob"));
    const Record bobWanted = bobEdit;
    error.clear();
    const SaveResult<Record> refused = story.update(bob, bobEdit, &error, nullptr);
    QVERIFY(!refused);
    QVERIFY(refused.isConflict());
    QVERIFY2(error.contains(QStringLiteral("Someone else saved")), qPrintable(error));
    QVERIFY(refused.current().has_value());
    QCOMPARE(*refused.current(), aliceSaved);
    QCOMPARE(bobEdit, bobWanted);  // his edits are still his to keep or drop
    // Nothing lost: the workspace holds Alice's save, seen the same through both connections.
    QCOMPARE(*story.find(bob, created.id), aliceSaved);
    QCOMPARE(*story.find(alice, created.id), aliceSaved);

    // Bob deliberately keeps his version: it is stored over Alice's, audited as such, and her
    // version is still in the audit log.
    Record bobKept = bobEdit;
    QVERIFY2(story.overwrite(bob, bobKept, refused.current()->version, &error), qPrintable(error));
    QCOMPARE(bobKept.version, aliceSaved.version + 1);
    QCOMPARE(*story.find(alice, created.id), bobKept);
    const QList<AuditEntry> history = AuditLog(second).entriesFor(story.entity, created.id);
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.last().action, QStringLiteral("overwrite"));
    QCOMPARE(history.last().before, aliceSaved.toJson());
    QCOMPARE(history.last().after, bobKept.toJson());

    // Alice, still looking at her own save, cannot delete over Bob's newer one either.
    const SaveResult<Record> staleDelete = story.remove(alice, created.id, aliceSaved.version, &error);
    QVERIFY(staleDelete.isConflict());
    QCOMPARE(*staleDelete.current(), bobKept);
    QVERIFY(story.find(bob, created.id).has_value());

    // Once Bob deletes it, Alice's save is a conflict with nothing stored, and does not bring the
    // record back behind his back.
    QVERIFY2(story.remove(bob, created.id, bobKept.version, &error), qPrintable(error));
    Record aliceLate = aliceSaved;
    story.edit(aliceLate, QStringLiteral("alice again"));
    const SaveResult<Record> gone = story.update(alice, aliceLate, &error, nullptr);
    QVERIFY(gone.isConflict());
    QVERIFY(!gone.current().has_value());
    QVERIFY2(error.contains(QStringLiteral("deleted")), qPrintable(error));
    QVERIFY(!story.find(alice, created.id).has_value());
}

inline Story<Partner, PartnerRepository> partnerStory()
{
    return {[](PartnerRepository &r, qint64 id) { return r.find(id); },
            [](PartnerRepository &r, Partner &p, QString *e, Partner *b) { return r.update(p, e, b); },
            [](PartnerRepository &r, Partner &p, qint64 v, QString *e) { return r.overwrite(p, v, e); },
            [](PartnerRepository &r, qint64 id, qint64 v, QString *e) { return r.remove(id, v, e); },
            [](Partner &p, const QString &who) {
                p.notes = QStringLiteral("call back, says ") + who;
                p.rating = who.size() % 5 + 1;
            },
            QStringLiteral("partner")};
}

inline Partner storedPartner(Workspace &workspace, QString *error)
{
    Partner p;
    p.name = unique(QStringLiteral("Pearl River Sensors"));
    p.country = QStringLiteral("China");
    p.status = PartnerStatus::Active;
    PartnerRepository(workspace).create(p, error);
    return p;
}

inline void partnerSecondSaveIsRefused(Workspace &first, Workspace &second)
{
    QString error;
    const Partner p = storedPartner(first, &error);
    QVERIFY2(p.id > 0, qPrintable(error));
    secondSaveIsRefused(first, second, p, partnerStory());
}

inline void contractSecondSaveIsRefused(Workspace &first, Workspace &second)
{
    QString error;
    const Partner party = storedPartner(first, &error);
    QVERIFY2(party.id > 0, qPrintable(error));
    Contract c;
    c.reference = unique(QStringLiteral("LPS"));
    c.title = QStringLiteral("Harbour sensing pilot");
    c.partyIds = {party.id};
    c.startDate = QDate(2026, 1, 1);
    c.endDate = QDate(2026, 12, 31);
    c.totalValue = Money(1200000, QStringLiteral("CNY"));
    QVERIFY2(ContractRepository(first).create(c, &error), qPrintable(error));
    secondSaveIsRefused<Contract, ContractRepository>(
        first, second, c,
        {[](ContractRepository &r, qint64 id) { return r.find(id); },
         [](ContractRepository &r, Contract &x, QString *e, Contract *b) { return r.update(x, e, b); },
         [](ContractRepository &r, Contract &x, qint64 v, QString *e) { return r.overwrite(x, v, e); },
         [](ContractRepository &r, qint64 id, qint64 v, QString *e) { return r.remove(id, v, e); },
         [](Contract &x, const QString &who) {
             x.title = QStringLiteral("Harbour sensing pilot, terms by ") + who;
             x.totalValue = Money(1200000 + who.size() * 100, QStringLiteral("CNY"));
         },
         QStringLiteral("contract")});
}

inline void projectSecondSaveIsRefused(Workspace &first, Workspace &second)
{
    QString error;
    const Partner partner = storedPartner(first, &error);
    QVERIFY2(partner.id > 0, qPrintable(error));
    Project p;
    p.name = unique(QStringLiteral("Container yard vision"));
    p.startDate = QDate(2026, 2, 1);
    Participant person;
    person.partnerId = partner.id;
    person.contribution = Money(300000, QStringLiteral("CNY"));
    p.participants = {person};
    p.milestones = {Milestone{0, QStringLiteral("Pilot camera installed"), QDate(2026, 4, 1), QDate()}};
    QVERIFY2(ProjectRepository(first).create(p, &error), qPrintable(error));
    secondSaveIsRefused<Project, ProjectRepository>(
        first, second, p,
        {[](ProjectRepository &r, qint64 id) { return r.find(id); },
         [](ProjectRepository &r, Project &x, QString *e, Project *b) { return r.update(x, e, b); },
         [](ProjectRepository &r, Project &x, qint64 v, QString *e) { return r.overwrite(x, v, e); },
         [](ProjectRepository &r, qint64 id, qint64 v, QString *e) { return r.remove(id, v, e); },
         // Participants and milestones are covered by the project's version.
         [](Project &x, const QString &who) {
             x.participants[0].contribution = Money(300000 + who.size() * 1000, QStringLiteral("CNY"));
             x.milestones[0].title = QStringLiteral("Pilot camera installed, checked by ") + who;
         },
         QStringLiteral("project")});
}

inline void ledgerEntrySecondSaveIsRefused(Workspace &first, Workspace &second)
{
    QString error;
    Project p;
    p.name = unique(QStringLiteral("Cold chain analytics"));
    p.startDate = QDate(2026, 2, 1);
    QVERIFY2(ProjectRepository(first).create(p, &error), qPrintable(error));
    LedgerEntry entry{0, p.id, QDate(2026, 3, 1), LedgerKind::Revenue, Money(50000, QStringLiteral("CNY")), QStringLiteral("first invoice")};
    QVERIFY2(ProjectRepository(first).addLedgerEntry(entry, &error), qPrintable(error));
    secondSaveIsRefused<LedgerEntry, ProjectRepository>(
        first, second, entry,
        {[](ProjectRepository &r, qint64 id) { return r.findLedgerEntry(id); },
         [](ProjectRepository &r, LedgerEntry &x, QString *e, LedgerEntry *b) { return r.updateLedgerEntry(x, e, b); },
         [](ProjectRepository &r, LedgerEntry &x, qint64 v, QString *e) { return r.overwriteLedgerEntry(x, v, e); },
         [](ProjectRepository &r, qint64 id, qint64 v, QString *e) { return r.removeLedgerEntry(id, v, e); },
         [](LedgerEntry &x, const QString &who) {
             x.amount = Money(50000 + who.size() * 10, QStringLiteral("CNY"));
             x.description = QStringLiteral("first invoice, booked by ") + who;
         },
         QStringLiteral("ledger_entry")});
}

}  // namespace ConcurrentEdits
