// bench_workspace: how fast the three lists open, search and sort on a large workspace, on the
// calling (GUI) thread, and the peak memory. Goals: each step under 100 ms, memory under 500 MB.
//
//   bench_workspace [PATH]   generates PATH (default: a temporary folder) unless it exists already
//
// The workspace holds 100,000 partners, 20,000 contracts, 200,000 projects and 2,000,000 ledger
// entries, written with prepared statements in large transactions.
#include "models/lists/ContractListModel.h"
#include "models/lists/PartnerListModel.h"
#include "models/lists/ProjectListModel.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/Transaction.h"
#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

namespace {

constexpr int kPartners = 100000, kContracts = 20000, kProjects = 200000, kLedgerEntries = 2000000;

const QStringList kFirst = {"Aurora", "Blue", "Cedar", "Delta", "Ember", "Falcon", "Granite", "Harbor", "Iris", "Jade",
                            "Kestrel", "Lotus", "Maple", "Nova", "Orchid", "Pine", "Quartz", "River", "Summit", "Tidal"};
const QStringList kSecond = {"Health", "Capital", "Robotics", "Freight", "Learning", "Urban", "Logistics", "Agritech",
                             "Retail", "Vision", "Data", "Sensors", "Mobility", "Bio", "Energy", "Systems"};
const QStringList kCities = {"Hangzhou", "Shenzhen", "Beijing", "Shanghai", "Chengdu", "Munich", "Lyon", "Austin",
                             "Toronto", "Osaka", "Singapore", "Nairobi", "São Paulo", "Melbourne", "Dublin", "Seoul"};

template <typename E>
QString anyKey(QRandomGenerator &random)
{
    const QList<E> all = Choices::all<E>();
    return Choices::key(all.at(random.bounded(int(all.size()))));
}

bool generate(Workspace &ws, QString *error)
{
    QRandomGenerator random(20251123);
    const QSqlDatabase db = ws.database();
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    const QDate today = QDate::currentDate();
    auto batch = [&](const QString &what, int count, const QString &sql, const std::function<QVariantList(int)> &row) {
        QElapsedTimer timer;
        timer.start();
        Transaction transaction(db);
        SqlStatement insert(db, sql);
        for (int i = 0; i < count; ++i)
            if (!insert.exec(row(i), error)) return false;
        if (!transaction.commit(error)) return false;
        std::printf("  generated %9d %-15s in %6.1f s\n", count, qPrintable(what), timer.elapsed() / 1000.0);
        std::fflush(stdout);
        return true;
    };
    return batch("partners", kPartners,
                 "INSERT INTO partners (name, kind, industry, country, city, contact_person, email, capability_tags, tier, status, "
                 "rating, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 [&](int i) -> QVariantList {
                     const QString name = QStringLiteral("%1 %2 %3").arg(kFirst[random.bounded(20)], kSecond[random.bounded(16)]).arg(i);
                     return {name, anyKey<PartnerKind>(random), anyKey<Industry>(random), QStringLiteral("Country %1").arg(random.bounded(40)),
                             kCities[random.bounded(16)], QStringLiteral("Contact %1").arg(i), QStringLiteral("contact%1@example.com").arg(i),
                             QStringLiteral("[\"IoT\",\"computer vision\"]"), anyKey<PartnerTier>(random), anyKey<PartnerStatus>(random),
                             1 + random.bounded(5), now, now};
                 }) &&
           batch("contracts", kContracts,
                 "INSERT INTO contracts (reference, title, mode, start_date, end_date, notice_days, value_minor, currency, status, "
                 "allocation_method, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'USD', ?, 'proportional', ?, ?)",
                 [&](int i) -> QVariantList {
                     const QDate start = today.addDays(-random.bounded(1500));
                     return {QStringLiteral("LPS-%1").arg(i, 6, 10, QChar('0')), QStringLiteral("%1 cooperation %2").arg(kSecond[random.bounded(16)]).arg(i),
                             anyKey<CooperationMode>(random), start.toString(Qt::ISODate), start.addDays(180 + random.bounded(1500)).toString(Qt::ISODate),
                             30 * random.bounded(4), qint64(random.bounded(100000000)), anyKey<ContractStatus>(random), now, now};
                 }) &&
           batch("contract parties", kContracts * 2,
                 "INSERT OR IGNORE INTO contract_parties (contract_id, partner_id) VALUES (?, ?)",
                 [&](int i) -> QVariantList { return {1 + i / 2, 1 + random.bounded(kPartners)}; }) &&
           batch("projects", kProjects,
                 "INSERT INTO projects (name, industry, contract_id, status, start_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 [&](int i) -> QVariantList {
                     return {QStringLiteral("%1 %2 project %3").arg(kFirst[random.bounded(20)], kSecond[random.bounded(16)]).arg(i),
                             anyKey<Industry>(random), i % 2 ? QVariant(1 + random.bounded(kContracts)) : QVariant(QMetaType::fromType<qint64>()),
                             anyKey<ProjectStatus>(random), today.addDays(-random.bounded(1500)).toString(Qt::ISODate), now, now};
                 }) &&
           batch("participants", kProjects * 2,
                 "INSERT OR IGNORE INTO participants (project_id, partner_id, role, contribution_minor, currency) VALUES (?, ?, ?, ?, 'USD')",
                 [&](int i) -> QVariantList { return {1 + i / 2, 1 + random.bounded(kPartners), anyKey<ParticipantRole>(random), qint64(random.bounded(1000000))}; }) &&
           batch("milestones", kProjects,
                 "INSERT INTO milestones (project_id, title, due_date, done_date) VALUES (?, 'Milestone', ?, ?)",
                 [&](int i) -> QVariantList {
                     const QDate due = today.addDays(random.bounded(400) - 200);
                     return {1 + i, due.toString(Qt::ISODate), random.bounded(2) ? QVariant(due.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>())};
                 }) &&
           batch("ledger entries", kLedgerEntries,
                 "INSERT INTO ledger_entries (project_id, entry_date, kind, amount_minor, currency, description) VALUES (?, ?, ?, ?, 'USD', 'monthly')",
                 [&](int i) -> QVariantList {
                     return {1 + i / 10, today.addMonths(-(i % 10)).toString(Qt::ISODate), i % 2 ? QStringLiteral("cost") : QStringLiteral("revenue"),
                             qint64(random.bounded(10000000))};
                 }) &&
           SqlStatement::execAll(db, {"ANALYZE"}, error);
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;  // Linux reports KiB
}

struct Row {
    QString measurement;
    double value;
    QString unit;
    double goal;
};

// The first screen of a list: what a view asks for right after a reset.
void touchFirstScreen(RecordListModel &model)
{
    const int rows = qMin(50, model.rowCount());
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            index.data(Qt::DisplayRole);
            index.data(RecordListModel::AttentionRole);
        }
}

double timed(const std::function<void()> &step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    return timer.nsecsElapsed() / 1e6;
}

template <typename Model>
void measureList(Workspace &ws, const QString &name, const QString &searchWord, const QString &shortWord, int sortColumn,
                 const std::function<void(Model &)> &filter, QList<Row> &rows, bool describe)
{
    std::unique_ptr<Model> model;
    int count = 0;
    rows << Row{name + ": open (count + first 50 rows)", timed([&] {
                    model = std::make_unique<Model>(ws);
                    count = model->rowCount();
                    touchFirstScreen(*model);
                }), "ms", 100};
    int found = 0;
    rows << Row{name + QStringLiteral(": search \"%1\"").arg(searchWord), timed([&] {
                    model->setSearchText(searchWord);
                    found = model->rowCount();
                    touchFirstScreen(*model);
                }), "ms", 100};
    rows << Row{name + QStringLiteral(": search \"%1\" (short word)").arg(shortWord), timed([&] {
                    model->setSearchText(shortWord);
                    touchFirstScreen(*model);
                }), "ms", 100};
    model->setSearchText(QString());
    rows << Row{name + ": filter by status", timed([&] {
                    filter(*model);
                    touchFirstScreen(*model);
                }), "ms", 100};
    rows << Row{name + QStringLiteral(": sort by \"%1\"").arg(model->headerData(sortColumn, Qt::Horizontal).toString()), timed([&] {
                    model->sort(sortColumn, Qt::DescendingOrder);
                    touchFirstScreen(*model);
                }), "ms", 100};
    rows << Row{name + ": jump to the last row", timed([&] {
                    for (int c = 0; c < model->columnCount(); ++c) model->index(model->rowCount() - 1, c).data();
                }), "ms", 100};
    rows << Row{name + ": jump to the middle row (worst case)", timed([&] {
                    for (int c = 0; c < model->columnCount(); ++c) model->index(model->rowCount() / 2, c).data();
                }), "ms", 100};
    if (describe) std::printf("  %s: %d rows, search \"%s\" finds %d\n", qPrintable(name), count, qPrintable(searchWord), found);
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temp.filePath(QStringLiteral("bench.sqlite"));
    QString error;
    const bool exists = QFileInfo::exists(path);
    {
        Workspace ws;
        if (!ws.open(path, &error)) {
            std::fprintf(stderr, "bench_workspace: %s\n", qPrintable(error));
            return 1;
        }
        if (!exists) {
            std::printf("Generating %s ...\n", qPrintable(path));
            if (!generate(ws, &error)) {
                std::fprintf(stderr, "bench_workspace: generating failed: %s\n", qPrintable(error));
                return 1;
            }
        } else {
            std::printf("Reusing %s\n", qPrintable(path));
        }
    }

    // Each round opens the workspace afresh, as when the application starts, and builds new list
    // models. The table shows the median of the rounds (and the fastest), so that one hiccup of
    // a shared machine neither hides nor fakes a result.
    constexpr int kRounds = 5;
    QList<QList<Row>> rounds;
    for (int round = 0; round < kRounds; ++round) {
        QList<Row> rows;
        Workspace ws;
        // As the window opens it: the damage check, which reads the whole file, runs on a worker
        // thread meanwhile (timed below).
        rows << Row{"open workspace", timed([&] { ws.openWithoutDamageCheck(path, &error); }), "ms", 100};
        measureList<PartnerListModel>(ws, "partners", "Harbor Rob", "深圳", PartnerListModel::City,
                                      [](PartnerListModel &m) { m.setStatusFilter(PartnerStatus::Active); }, rows, round == 0);
        measureList<ContractListModel>(ws, "contracts", "Vision coop", "LP", ContractListModel::End,
                                       [](ContractListModel &m) { m.setStatusFilter(ContractStatus::Active); }, rows, round == 0);
        measureList<ProjectListModel>(ws, "projects", "Tidal Sensors", "Ti", ProjectListModel::Start,
                                      [](ProjectListModel &m) { m.setStatusFilter(ProjectStatus::Running); }, rows, round == 0);
        rounds << rows;
    }

    std::printf("\n%-52s | %10s | %10s | %10s | %s\n", "measurement (median of 5 rounds)", "median", "fastest", "goal", "");
    std::printf("%s\n", QByteArray(104, '-').constData());
    for (int i = 0; i < rounds.first().size(); ++i) {
        QList<double> values;
        for (const QList<Row> &rows : rounds) values << rows[i].value;
        std::sort(values.begin(), values.end());
        const Row &r = rounds.first()[i];
        const double median = values[values.size() / 2];
        std::printf("%-52s | %7.1f %-3s| %7.1f %-3s| < %5.0f %-3s| %s\n", qPrintable(r.measurement), median, qPrintable(r.unit),
                    values.first(), qPrintable(r.unit), r.goal, qPrintable(r.unit), median < r.goal ? "ok" : "MISSED");
    }
    QElapsedTimer check;
    check.start();
    const QString damage = Workspace::damageIn(path);
    std::printf("%-52s | %7.1f ms | (a worker thread's, after opening) %s\n", "damage check of the whole file",
                check.nsecsElapsed() / 1e6, damage.isEmpty() ? "sound" : qPrintable(damage));
    const double memory = double(peakRssMiB());
    std::printf("%-52s | %7.1f MiB|            | < %5.0f MiB| %s\n", "peak memory (ru_maxrss)", memory, 500.0, memory < 500 ? "ok" : "MISSED");
    return 0;
}
