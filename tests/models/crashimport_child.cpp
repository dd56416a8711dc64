// The child process of tst_crashimport: imports a partner CSV file into a workspace through the
// real Workspace, PartnerCsv and CsvImporter, and says on stdout where it is ("loaded",
// "committing", "committed", "closed") so that the test can time its SIGKILLs.
//   crashimport_child WORKSPACE CSV
#include "models/csv/CsvImporter.h"
#include "models/csv/PartnerCsv.h"
#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace {
void say(const char *where)
{
    std::fputs(where, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: crashimport_child WORKSPACE CSV\n");
        return 2;
    }
    Workspace workspace;
    QString error;
    if (!workspace.open(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    PartnerCsv format(workspace);
    CsvImporter importer(format);
    QFile file(QString::fromLocal8Bit(argv[2]));
    if (!importer.load(&file, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    say("loaded");
    QList<CsvImporter::RowError> errors;
    int imported = 0;
    const bool ok = importer.importAll(&errors, &imported, [](int done, int total) {
        if (done == total) say("committing");
    });
    if (!ok) {
        for (const auto &e : errors) std::fprintf(stderr, "line %d: %s\n", e.line, qPrintable(e.message));
        return 1;
    }
    say("committed");
    workspace.close();
    say("closed");
    return 0;
}
