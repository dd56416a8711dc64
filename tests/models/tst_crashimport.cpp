// Crash safety: a child process (crashimport_child, the real Workspace + PartnerCsv + CsvImporter)
// imports 100,000 partners and is killed with SIGKILL at seeded random moments spread over its
// whole life: loading the file, storing rows (the WAL already holds uncommitted pages), committing,
// and closing (checkpoint). Afterwards the workspace must open, pass SQLite's and the search
// indexes' integrity checks, and every import batch must have landed completely or not at all.
#include "models/storage/SqlStatement.h"
#include "models/storage/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <random>
#include <signal.h>

namespace {
constexpr int kRows = 100000;
constexpr int kTimedKills = 16;   // at moments spread over the child's whole life
constexpr int kCommitKills = 2;   // after the last row is stored, while the commit is written
constexpr int kCloseKills = 2;    // after the commit, while closing checkpoints the WAL
constexpr unsigned kSeed = 20261123;

QString batchName(int batch)
{
    return QStringLiteral("Batch %1").arg(batch, 2, 10, QLatin1Char('0'));
}

// One CSV file of kRows partners whose names all start with the batch's name.
bool writeCsv(const QString &path, int batch)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    QByteArray bytes = "name,city,email\n";
    bytes.reserve(kRows * 64);
    const QByteArray prefix = batchName(batch).toUtf8();
    for (int i = 0; i < kRows; ++i)
        bytes += prefix + " partner " + QByteArray::number(i) + ",Hangzhou,p" + QByteArray::number(i) + "@example.com\n";
    return file.write(bytes) == bytes.size();
}

struct Attempt {
    int batch = 0;
    qint64 killAtMs = -1;  // -1: not killed
    QStringList phases;    // what the child said before it died
    bool killed = false;
    QHash<QString, qint64> timings;  // ms after the start at which the child reached each phase
};
}  // namespace

class TestCrashImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString workspacePath() const { return m_dir.filePath(QStringLiteral("crash.sqlite")); }

    // Runs the child on one batch. killAfterMs >= 0: SIGKILL at that moment after the start;
    // with a trigger, SIGKILL triggerDelayMs after the child says it has reached that phase.
    Attempt run(int batch, qint64 killAfterMs, const QString &trigger = {}, qint64 triggerDelayMs = 0)
    {
        Attempt attempt;
        attempt.batch = batch;
        const QString csv = m_dir.filePath(QStringLiteral("batch.csv"));
        if (!writeCsv(csv, batch)) qFatal("cannot write %s", qPrintable(csv));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer clock;
        clock.start();
        child.start(QStringLiteral(LEPTON_CRASH_CHILD), {workspacePath(), csv});
        if (!child.waitForStarted()) qFatal("cannot start the import child: %s", qPrintable(child.errorString()));
        qint64 deadline = killAfterMs;
        while (child.state() == QProcess::Running) {
            const qint64 now = clock.elapsed();
            if (deadline >= 0 && now >= deadline) {
                ::kill(pid_t(child.processId()), SIGKILL);
                attempt.killed = true;
                attempt.killAtMs = now;
                break;
            }
            child.waitForReadyRead(deadline >= 0 ? int(qBound(qint64(1), deadline - now, qint64(50))) : 50);
            while (child.canReadLine()) {
                const QString phase = QString::fromUtf8(child.readLine()).trimmed();
                attempt.phases << phase;
                attempt.timings.insert(phase, clock.elapsed());
                if (!trigger.isEmpty() && phase == trigger) deadline = clock.elapsed() + triggerDelayMs;
            }
        }
        child.waitForFinished(-1);
        attempt.phases += QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!attempt.killed && (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0))
            qFatal("the import child failed on its own (exit code %d)", child.exitCode());
        return attempt;
    }

private slots:
    void everyImportLandsWhollyOrNotAtAll()
    {
        QVERIFY(m_dir.isValid());
        // Batch 0 runs to the end: it lands, and its timings place the kills of the others.
        QList<Attempt> attempts = {run(0, -1)};
        const QHash<QString, qint64> timings = attempts.first().timings;
        qint64 total = timings.value(QStringLiteral("closed"));
        qint64 commit = timings.value(QStringLiteral("committed")) - timings.value(QStringLiteral("committing"));
        qint64 closing = total - timings.value(QStringLiteral("committed"));
        QVERIFY(total > 0);
        qInfo("uninterrupted import of %d partners: loaded at %lld ms, committing at %lld ms, committed at %lld ms, closed at %lld ms",
              kRows, timings.value("loaded"), timings.value("committing"), timings.value("committed"), total);

        std::mt19937 random(kSeed);
        std::uniform_real_distribution<double> within(0.0, 1.0);
        int kills = 0, retries = 0;
        for (int i = 0, batch = 1; i < kTimedKills + kCommitKills + kCloseKills; ++batch) {
            // Stratified: kill i falls in the i-th slice of the child's life, so the moments cover
            // it evenly. The commit and the closing checkpoint last well under a second of it, so
            // the last kills wait for the child to reach them and strike inside.
            Attempt a;
            if (i < kTimedKills) {
                a = run(batch, qint64((i + within(random)) / kTimedKills * double(total)));
            } else {
                const bool inCommit = i < kTimedKills + kCommitKills;
                const qint64 phase = qMax<qint64>(inCommit ? commit : closing, 1);
                a = run(batch, -1, QLatin1String(inCommit ? "committing" : "committed"), qint64(within(random) * double(phase)));
            }
            // The machine got faster than when the first import was timed (a busy CI box): it
            // landed, so time the slices anew from this import and strike the same slice again.
            if (!a.killed && retries < 10) {
                total = a.timings.value(QStringLiteral("closed"), total);
                commit = a.timings.value(QStringLiteral("committed")) - a.timings.value(QStringLiteral("committing"));
                closing = total - a.timings.value(QStringLiteral("committed"));
                ++retries;
            } else {
                ++i;
            }
            kills += a.killed ? 1 : 0;
            attempts << a;
            qInfo("batch %2d: %s at %6lld ms, after \"%s\"", a.batch, a.killed ? "SIGKILL" : "no kill (finished first)",
                  a.killAtMs, qPrintable(a.phases.isEmpty() ? QStringLiteral("start") : a.phases.last()));
        }
        QVERIFY2(kills >= 20, qPrintable(QStringLiteral("only %1 kills hit a running import").arg(kills)));

        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(workspacePath(), &error), qPrintable(error));
        const QSqlDatabase db = workspace.database();
        QCOMPARE(SqlStatement::scalar(db, "PRAGMA integrity_check", {}, &error).toString(), QString("ok"));
        QCOMPARE(SqlStatement::scalar(db, "PRAGMA foreign_key_check", {}, &error), QVariant());
        // The full-text indexes are kept by triggers in the same transaction: they must match too.
        for (const char *index : {"partners_search", "partners_words"})
            QVERIFY2(SqlStatement::execAll(db, {QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(QLatin1String(index))}, &error),
                     qPrintable(error));

        int landed = 0;
        for (const Attempt &a : attempts) {
            const QString prefix = batchName(a.batch) + QStringLiteral(" %");
            const int rows = SqlStatement::scalar(db, "SELECT count(*) FROM partners WHERE name LIKE ?", {prefix}, &error).toInt();
            const int audited = SqlStatement::scalar(db, "SELECT count(*) FROM audit_log a JOIN partners p ON p.id = a.entity_id "
                                                         "WHERE a.entity = 'partner' AND p.name LIKE ?", {prefix}, &error).toInt();
            QVERIFY2(rows == 0 || rows == kRows, qPrintable(QStringLiteral("batch %1 left %2 rows").arg(a.batch).arg(rows)));
            QCOMPARE(audited, rows);
            // Said "committed" before dying: the commit survived the crash (WAL, synchronous=NORMAL).
            if (a.phases.contains(QStringLiteral("committed"))) QCOMPARE(rows, kRows);
            // Died before storing its last row: nothing of it may remain.
            if (!a.phases.contains(QStringLiteral("committing"))) QCOMPARE(rows, 0);
            landed += rows == kRows ? 1 : 0;
        }
        QCOMPARE(SqlStatement::scalar(db, "SELECT count(*) FROM partners", {}, &error).toInt(), landed * kRows);
        qInfo("%d kills, %d of %d batches landed whole, the others left no row; integrity_check ok", kills, landed,
              int(attempts.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrashImport)
#include "tst_crashimport.moc"
