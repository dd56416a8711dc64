// lepton-studio: parses the command line, opens the workspace and shows the main window.
// --help and --version are answered before any display is needed.
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <cstring>

static bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"-h", "--help", "-v", "--version", "--help-all"})
            if (std::strcmp(argv[i], flag) == 0) return true;
    return false;
}

static void configureParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Partnerships, contracts, joint projects and model training for an AI company."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("workspace"),
                      QCoreApplication::translate("main", "Open or create the workspace file <path>."),
                      QCoreApplication::translate("main", "path")});
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate("main", "Fill a new workspace with the demo data set.")});
}

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Lepton"));
    QCoreApplication::setApplicationName(QStringLiteral("lepton-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEPTON_VERSION));

    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        configureParser(parser);
        parser.process(app);  // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QCommandLineParser parser;
    configureParser(parser);
    parser.process(app);

    QString workspace = parser.value(QStringLiteral("workspace"));
    if (workspace.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        workspace = dir + QStringLiteral("/workspace.sqlite");
    }
    MainWindow window(workspace);
    window.show();
    return app.exec();
}
