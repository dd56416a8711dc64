// Speed of technology matching: reading 100,000 partners' profiles (capabilities, past projects
// and their profit, data terms) from a generated workspace, building the term index, and ranking
// them for one project's need. Prints measurement | value | goal and exits 0.
#include "models/analytics/PartnerMatcher.h"
#include "models/analytics/PartnerProfiles.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/Workspace.h"
#include "BenchTiming.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace {

const QStringList kCapabilities{
    "medical imaging", "data annotation", "speech recognition", "machine translation", "robotics", "IoT",
    "edge computing", "computer vision", "natural language processing", "recommendation", "fraud detection",
    "credit scoring", "supply chain", "route planning", "crop monitoring", "remote sensing", "drug discovery",
    "genomics", "smart grid", "traffic control", "autonomous driving", "lidar", "knowledge graph", "search",
    "医学影像", "数据标注", "语音识别", "机器翻译", "智能制造", "物联网", "边缘计算", "计算机视觉", "知识图谱",
    "自动驾驶", "智慧城市", "金融风控", "供应链", "遥感", "基因组学", "药物发现"};

// Partners with one to four capabilities and a line of notes, projects of two partners each, and
// data-sharing contracts for one partner in ten, in one transaction.
bool generate(Workspace &ws, int partners, int projects, QString *error)
{
    QRandomGenerator rng(11);
    const QStringList industries{"healthcare", "finance", "manufacturing", "transport", "education",
                                 "smart_city", "logistics", "agriculture", "retail", "other"};
    const QStringList statuses{"prospect", "active", "active", "paused", "ended"};
    const QSqlDatabase db = ws.database();
    if (!SqlStatement::execAll(db, {"BEGIN"}, error)) return false;
    SqlStatement partner(db, "INSERT INTO partners (id, name, kind, industry, tier, status, rating, capability_tags, notes, "
                             "created_at, updated_at) VALUES (?, ?, 'enterprise', ?, 'standard', ?, ?, ?, ?, 'x', 'x')");
    for (int i = 1; i <= partners; ++i) {
        QJsonArray tags;
        const int count = 1 + int(rng.bounded(4));
        for (int t = 0; t < count; ++t) tags.append(kCapabilities[int(rng.bounded(kCapabilities.size()))]);
        const QString notes = QStringLiteral("Works on %1 with %2.")
                                  .arg(kCapabilities[int(rng.bounded(kCapabilities.size()))],
                                       kCapabilities[int(rng.bounded(kCapabilities.size()))]);
        if (!partner.exec({i, QStringLiteral("Partner %1").arg(i), industries[i % industries.size()],
                           statuses[int(rng.bounded(statuses.size()))], 1 + int(rng.bounded(5)),
                           QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact)), notes},
                          error))
            return false;
    }
    // Every project asks for medical imaging and speech recognition; two partners take part.
    SqlStatement project(db, "INSERT INTO projects (id, name, industry, status, start_date, created_at, updated_at) "
                             "VALUES (?, 'Medical imaging and speech recognition', 'healthcare', 'running', '2023-01-01', 'x', 'x')");
    SqlStatement participants(db, "INSERT INTO participants (project_id, partner_id, role, currency) "
                                  "VALUES (?, ?, 'technology_provider', 'CNY'), (?, ?, 'data_provider', 'CNY')");
    for (int i = 1; i <= projects; ++i) {
        const int first = 1 + int(rng.bounded(partners - 1));
        if (!project.exec({i}, error) || !participants.exec({i, first, i, first + 1}, error)) return false;
    }
    SqlStatement contract(db, "INSERT INTO contracts (id, reference, title, mode, start_date, end_date, currency, status, nda_signed, "
                              "allocation_method, created_at, updated_at) VALUES (?, ?, 'Data', 'data_sharing', '2024-01-01', "
                              "'2030-01-01', 'USD', 'active', 1, 'proportional', 'x', 'x')");
    SqlStatement party(db, "INSERT INTO contract_parties (contract_id, partner_id) VALUES (?, ?)");
    for (int i = 1; i <= partners / 10; ++i)
        if (!contract.exec({i, QStringLiteral("DS-%1").arg(i)}, error) || !party.exec({i, i * 10}, error)) return false;
    return SqlStatement::execAll(db, {"COMMIT", "ANALYZE"}, error);
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("%-62s | %-26s | %s\n", "measurement", "value (wall, cpu)", "goal (wall)");
    std::printf("%s\n", QByteArray(110, '-').constData());
    QTemporaryDir dir;
    Workspace ws;
    QString error;
    QElapsedTimer setUp;
    setUp.start();
    if (!ws.open(dir.filePath(QStringLiteral("matching.sqlite")), &error) || !generate(ws, 100000, 100000, &error)) {
        row(QStringLiteral("workspace"), QStringLiteral("FAILED"), error);
        return 0;
    }
    row(QStringLiteral("  (generating 100k partners, 100k projects)"), QString::number(setUp.elapsed()) + QStringLiteral(" ms"),
        QStringLiteral("set-up, not a goal"));

    const QDate today(2026, 6, 1);
    std::optional<QList<PartnerProfile>> profiles;
    const Timing read = timed(3, [&] { profiles = PartnerProfiles::read(ws.database(), today, &error); });
    if (!profiles) {
        row(QStringLiteral("read profiles"), QStringLiteral("FAILED"), error);
        return 0;
    }
    row(QStringLiteral("Read 100,000 partner profiles (4 queries)"), ms(read), QStringLiteral("reported"));
    std::optional<PartnerMatcher> matcher;
    const Timing index = timed(3, [&] { matcher.emplace(*profiles); });
    row(QStringLiteral("Build the term index over 100,000 partners"), ms(index), QStringLiteral("reported"));

    QList<PartnerMatch> ranked;
    const Timing rank = timed(11, [&] {
        const std::optional<TechnologyNeed> need = PartnerProfiles::needOf(ws.database(), 4242, &error);
        if (need) ranked = matcher->rank(*need);
    });
    row(QStringLiteral("Rank 100,000 partners for one project (%1 shown)").arg(ranked.size()), ranked.isEmpty() ? "FAILED" : ms(rank),
        QStringLiteral("< 200 ms"));
    TechnologyNeed typed;
    typed.text = QStringLiteral("计算机视觉 lidar autonomous driving");
    typed.needsData = true;
    const Timing free = timed(11, [&] { ranked = matcher->rank(typed); });
    row(QStringLiteral("Rank 100,000 partners for a typed need (Chinese + English)"), ranked.isEmpty() ? "FAILED" : ms(free),
        QStringLiteral("< 200 ms"));
    const Timing whole = timed(3, [&] {
        const auto p = PartnerProfiles::read(ws.database(), today, &error);
        const PartnerMatcher m(*p);
        ranked = m.rank(*PartnerProfiles::needOf(ws.database(), 4242, &error));
    });
    row(QStringLiteral("Open Find Partners: read + index + rank (worker thread)"), ms(whole), QStringLiteral("reported"));
    return 0;
}
