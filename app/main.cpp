// lepton-studio: parses the command line, loads the chosen language, opens the workspace and
// shows the main window. --help and --version are answered before any display is needed.
#include "ui/shell/AppSettings.h"
#include "training/ComputeDevice.h"
#include "ui/shell/MainWindow.h"
#include "models/storage/ServerConnection.h"
#include "models/storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>
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

// Our own strings (embedded by qt_add_translations under :/i18n) and Qt's standard dialogs'.
static void installTranslations(QApplication &app)
{
    const QLocale locale = AppSettings::displayLocale();
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::Chinese) return;
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/lepton_zh_CN.qm"))) app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

int main(int argc, char **argv)
{
    // Training runs in this process too: keep their idle OpenMP threads from starving the GUI.
    lepton::preferPassiveOpenMpWaiting(argv);
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
    installTranslations(app);
    // The window system appends this to every title that does not end with it already: the
    // same words as the titles', so that a Chinese title does not repeat the name in English.
    app.setApplicationDisplayName(MainWindow::tr("Lepton Partner Studio"));
    QCommandLineParser parser;
    configureParser(parser);
    parser.process(app);

    // Named file > (for --demo) demo.sqlite beside the default workspace, never the user's own
    // records > the workspace used last > the default workspace in the user's data directory.
    QString workspace = parser.value(QStringLiteral("workspace"));
    const bool demo = parser.isSet(QStringLiteral("demo"));
    if (workspace.isEmpty() && demo)
        workspace = QFileInfo(Workspace::defaultPath()).absolutePath() + QStringLiteral("/demo.sqlite");
    if (workspace.isEmpty()) workspace = AppSettings::lastWorkspace();
    // A server used last needs its password (from the keyring, or typed): the window opens on the
    // default workspace and offers the connection to it at once.
    QString lastServer;
    if (!parser.isSet(QStringLiteral("workspace")) && ServerConnection::fromLocation(workspace)) lastServer = workspace;
    if (workspace.isEmpty() || (!parser.isSet(QStringLiteral("workspace")) && !demo && !QFileInfo::exists(workspace)))
        workspace = Workspace::defaultPath();

    MainWindow window;
    QString error;
    if (!window.openWorkspace(workspace, demo, &error)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open workspace"),
                              QCoreApplication::translate("main",
                                                          "The workspace %1 could not be opened.\n\n%2\n\n"
                                                          "Start again with --workspace and a writable file, "
                                                          "or move the damaged file aside.")
                                  .arg(QDir::toNativeSeparators(workspace), error));
        return 1;
    }
    window.show();
    if (!lastServer.isEmpty()) QTimer::singleShot(0, &window, [&window, lastServer] { window.connectToServer(lastServer); });
    return app.exec();
}
