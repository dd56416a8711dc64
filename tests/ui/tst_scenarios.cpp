// A person's first hour with the main window, driven only with the mouse and the keyboard, on
// a laptop screen (1366x768 and 1024x700) and in the language LEPTON_TEST_LANGUAGE names ("en"
// for English with the United States' conventions, "zh_CN" for Chinese): every page fits, a
// click on a row opens it, a partner is created, edited and undone with shortcuts, the
// dashboard drills down and follows ecosystem stability month by month, a report is exported,
// and the texts on screen are the translated ones.
// LEPTON_SCREENSHOTS=DIR saves every page (but Training) at 1366x768 as PAGE-LANGUAGE.png, and the
// stability charts as dashboard-stability-LANGUAGE.png.
#include "DemoFigures.h"
#include "models/analytics/ProjectAllocation.h"
#include "ui/dashboard/AllocationDialog.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/records/ContractList.h"
#include "ui/records/ListPage.h"
#include "ui/records/PartnerDialog.h"
#include "ui/records/PartnerList.h"
#include "ui/records/ProjectList.h"
#include "ui/reports/ReportExportDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/Mnemonic.h"
#include "models/analytics/EcosystemQueries.h"
#include "models/lists/ContractListModel.h"
#include "models/lists/PartnerListModel.h"
#include "models/lists/ProjectListModel.h"
#include "models/repositories/ContractRepository.h"
#include "models/repositories/PartnerRepository.h"
#include "models/repositories/ProjectRepository.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QPieSeries>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QComboBox>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>
#include <cmath>
#include <functional>

namespace {
// A text as the interface shows it in the language under test.
QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

// What a table cell shows: its background, and the colour its text is drawn in (the pixel
// farthest from the background: the middle of a stroke, where antialiasing does not blend).
struct Ink {
    QColor text;
    QColor background;
};
Ink inkOf(QTableView *table, const QModelIndex &index)
{
    const QImage cell = table->viewport()->grab(table->visualRect(index)).toImage();
    Ink ink{cell.pixelColor(1, 1), cell.pixelColor(1, 1)};
    int farthest = 0;
    for (int y = 0; y < cell.height(); ++y)
        for (int x = 0; x < cell.width(); ++x) {
            const QColor c = cell.pixelColor(x, y);
            const int apart = qAbs(c.red() - ink.background.red()) + qAbs(c.green() - ink.background.green()) +
                              qAbs(c.blue() - ink.background.blue());
            if (apart > farthest) {
                farthest = apart;
                ink.text = c;
            }
        }
    return ink;
}
// WCAG's contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto linear = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}
// A dark theme's colours, as a desktop's dark mode gives them.
QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x27));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x5d, 0x9f));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    return dark;
}
}  // namespace

class TestScenarios : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_language;
    std::unique_ptr<MainWindow> m_window;

    bool chinese() const { return m_language == QLatin1String("zh_CN"); }

    // Opens a page the way a person does: a click on its name in the navigation.
    void clickPage(const QString &title)
    {
        auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        const QList<QListWidgetItem *> items = navigation->findItems(title, Qt::MatchExactly);
        QVERIFY2(items.size() == 1, qPrintable(title));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(items.first()).center());
        QCOMPARE(navigation->currentItem(), items.first());
    }
    template <typename List>
    ListPage *openList(const QString &title)
    {
        clickPage(title);
        ListPage *page = m_window->currentPage();
        if (!page || !qobject_cast<List *>(page->recordList())) return nullptr;
        return page;
    }
    // A shortcut typed into the main window (which the window system makes active again when
    // a dialog closes; the offscreen platform leaves that to us).
    void shortcut(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), key, modifiers);
    }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QToolButton *toolButton(QAction *a) const
    {
        return qobject_cast<QToolButton *>(m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->widgetForAction(a));
    }
    // Runs act on the next modal window of that kind once it shows (a dialog's exec() blocks the
    // caller, and a dialog may open another one).
    template <typename Dialog>
    void whenOpen(std::function<void(Dialog *)> act)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, this, [poll, act] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible()) return;
            poll->stop();
            poll->deleteLater();
            act(dialog);
        });
        poll->start();
    }

    // Every visible button and field lies inside the window; inside a scroll area (which may
    // scroll vertically) at least inside the area's width.
    void checkNothingClipped(QWidget *window)
    {
        const QRect inside = window->rect();
        const QList<QWidget *> all = window->findChildren<QWidget *>();
        for (QWidget *w : all) {
            if (!w->isVisible() || w->width() == 0) continue;
            if (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QLineEdit *>(w) && !qobject_cast<QComboBox *>(w) &&
                !qobject_cast<QAbstractSpinBox *>(w))
                continue;
            if (qobject_cast<QScrollBar *>(w->parentWidget())) continue;
            const QRect at(w->mapTo(window, QPoint(0, 0)), w->size());
            QWidget *scroller = w->parentWidget();
            while (scroller && scroller != window && !qobject_cast<QAbstractScrollArea *>(scroller)) scroller = scroller->parentWidget();
            const QString what = QStringLiteral("%1 \"%2\" at %3,%4 %5x%6 in %7x%8")
                                     .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                                     .arg(at.x()).arg(at.y()).arg(at.width()).arg(at.height())
                                     .arg(window->width()).arg(window->height());
            if (scroller && scroller != window) {
                auto *area = static_cast<QAbstractScrollArea *>(scroller);
                const QRect view(area->viewport()->mapTo(window, QPoint(0, 0)), area->viewport()->size());
                QVERIFY2(at.left() >= view.left() - 1 && at.right() <= view.right() + 1, qPrintable(what));
                // A form that needs a horizontal scroll bar cuts its fields.
                if (qobject_cast<QScrollArea *>(area))
                    QVERIFY2(!area->horizontalScrollBar()->isVisible(), qPrintable(what + QStringLiteral(" (scrolls sideways)")));
            } else {
                QVERIFY2(inside.contains(at), qPrintable(what));
            }
        }
    }
    void resizeTo(QWidget *window, const QSize &size)
    {
        window->resize(size);
        QTest::qWait(50);
        QVERIFY2(window->size() == size, qPrintable(QStringLiteral("%1 is %2x%3, wanted %4x%5")
                                                        .arg(QString::fromLatin1(window->metaObject()->className()))
                                                        .arg(window->width()).arg(window->height())
                                                        .arg(size.width()).arg(size.height())));
    }
    void screenshotOf(QWidget *dialog, const QString &name, const QSize &size)
    {
        const QString dir = qEnvironmentVariable("LEPTON_SCREENSHOTS");
        if (dir.isEmpty() || size != QSize(1366, 768)) return;
        QVERIFY(dialog->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, name, m_language)));
    }
    void screenshot(const QString &page)
    {
        const QString dir = qEnvironmentVariable("LEPTON_SCREENSHOTS");
        if (dir.isEmpty() || m_window->size() != QSize(1366, 768)) return;
        QTest::qWait(200);  // charts finish their layout
        QVERIFY(m_window->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, page, m_language)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_language = qEnvironmentVariable("LEPTON_TEST_LANGUAGE", QStringLiteral("en"));
        // English as a user picks it in Settings: the United States' locale.
        QLocale::setDefault(QLocale(chinese() ? QStringLiteral("zh_CN") : QStringLiteral("en_US")));
        if (chinese()) {
            auto *own = new QTranslator(qApp);
            QVERIFY(own->load(QStringLiteral(LEPTON_QM_FILE)));
            qApp->installTranslator(own);
            auto *qt = new QTranslator(qApp);
            if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                qApp->installTranslator(qt);
        }
        m_window = std::make_unique<MainWindow>();
        QString error;
        QVERIFY2(m_window->openWorkspace(m_dir.filePath(QStringLiteral("demo.sqlite")), true, &error), qPrintable(error));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *dashboard = m_window->findChild<DashboardPage *>();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->snapshot() && dashboard->snapshot()->ranked, 20000);
    }

    void theTextsAreTranslated()
    {
        // The navigation and the toolbar speak the chosen language, without menu accelerators or
        // ellipses on the buttons.
        auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(0)->text(), translated("DashboardPage", "Dashboard"));
        QVERIFY(!navigation->findItems(translated("PartnerList", "Partners"), Qt::MatchExactly).isEmpty());
        if (chinese()) QVERIFY(translated("PartnerList", "Partners") != QLatin1String("Partners"));
        for (QAction *a : m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->actions()) {
            if (a->isSeparator()) continue;
            const QString text = toolButton(a)->text();
            QVERIFY2(!text.contains(QLatin1Char('(')) && !text.contains(QLatin1Char('&')) && !text.endsWith(QStringLiteral("...")) &&
                         !text.endsWith(QStringLiteral("…")),
                     qPrintable(text));
        }
        QCOMPARE(toolButton(action("undo"))->text(), Mnemonic::plain(translated("MainWindow", "&Undo")));
    }

    void everyPageFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1024x700") << QSize(1024, 700);
    }
    void everyPageFits()
    {
        QFETCH(QSize, size);
        resizeTo(m_window.get(), size);
        const QList<QPair<QString, QString>> pages{{translated("DashboardPage", "Dashboard"), QStringLiteral("dashboard")},
                                                   {translated("PartnerList", "Partners"), QStringLiteral("partners")},
                                                   {translated("ContractList", "Contracts"), QStringLiteral("contracts")},
                                                   {translated("ProjectList", "Projects"), QStringLiteral("projects")}};
        for (const auto &[title, file] : pages) {
            clickPage(title);
            QTest::qWait(50);
            // No page makes the window wider than the screen it was given.
            QVERIFY2(m_window->size() == size, qPrintable(QStringLiteral("%1: %2 wide").arg(file).arg(m_window->width())));
            checkNothingClipped(m_window.get());
            screenshot(file);
        }
    }

    void clickingARowOpensIt_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("partners") << translated("PartnerList", "Partners");
        QTest::newRow("contracts") << translated("ContractList", "Contracts");
        QTest::newRow("projects") << translated("ProjectList", "Projects");
    }
    void clickingARowOpensIt()
    {
        QFETCH(QString, page);
        resizeTo(m_window.get(), QSize(1366, 768));
        clickPage(page);
        ListPage *list = m_window->currentPage();
        QVERIFY(list);
        QTableView *table = list->table();
        table->selectionModel()->clear();
        QVERIFY(list->currentId() < 0);
        const QModelIndex third = table->model()->index(2, 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(third).center());
        QVERIFY(list->currentId() > 0);
        const QString detail = list->findChild<QTextBrowser *>(QStringLiteral("detail"))->toPlainText();
        QVERIFY2(detail.contains(third.data().toString().left(12)), qPrintable(detail.left(200)));
        QVERIFY(action("editRecord")->isEnabled());
        // Enter opens the clicked record for editing; Escape closes it unchanged.
        bool opened = false;
        whenOpen<QDialog>([&](QDialog *dialog) {
            opened = true;
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(opened);
    }

    // A status reads at a glance: its cell's text in the colour of what it means (under way
    // green, needing a look amber, over grey), readable on a light and on a dark theme, and the
    // row's other text readable too (an ending contract's warm background included).
    void statusCellsAreColouredByWhatTheStatusMeans_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<int>("statusColumn");
        QTest::addColumn<int>("textColumn");
        QTest::addColumn<QString>("status");  // the stored key
        QTest::addColumn<bool>("ending");     // inside its notice period
        QTest::addColumn<QString>("tone");
        const QString partners = translated("PartnerList", "Partners"), contracts = translated("ContractList", "Contracts"),
                      projects = translated("ProjectList", "Projects");
        const int partnerStatus = PartnerListModel::Status, contractStatus = ContractListModel::Status,
                  projectStatus = ProjectListModel::Status;
        QTest::newRow("active partner") << partners << partnerStatus << int(PartnerListModel::Name) << "active" << false << "green";
        QTest::newRow("paused partner") << partners << partnerStatus << int(PartnerListModel::Name) << "paused" << false << "amber";
        QTest::newRow("ended partner") << partners << partnerStatus << int(PartnerListModel::Name) << "ended" << false << "grey";
        QTest::newRow("active contract") << contracts << contractStatus << int(ContractListModel::Title) << "active" << false << "green";
        QTest::newRow("ending contract") << contracts << contractStatus << int(ContractListModel::Title) << "active" << true << "amber";
        QTest::newRow("terminated contract") << contracts << contractStatus << int(ContractListModel::Title) << "terminated" << false
                                             << "grey";
        QTest::newRow("running project") << projects << projectStatus << int(ProjectListModel::Name) << "running" << false << "green";
        QTest::newRow("cancelled project") << projects << projectStatus << int(ProjectListModel::Name) << "cancelled" << false << "grey";
    }
    void statusCellsAreColouredByWhatTheStatusMeans()
    {
        QFETCH(QString, page);
        QFETCH(int, statusColumn);
        QFETCH(int, textColumn);
        QFETCH(QString, status);
        QFETCH(bool, ending);
        QFETCH(QString, tone);
        resizeTo(m_window.get(), QSize(1366, 768));
        clickPage(page);
        QTableView *table = m_window->currentPage()->table();
        table->selectionModel()->clear();
        QModelIndex cell;
        for (int row = 0; row < table->model()->rowCount() && !cell.isValid(); ++row) {
            const QModelIndex at = table->model()->index(row, statusColumn);
            if (at.data(RecordListModel::KeyRole).toString() == status && at.data(RecordListModel::AttentionRole).toBool() == ending)
                cell = at;
        }
        QVERIFY2(cell.isValid(), qPrintable(status));
        QVERIFY(!table->isColumnHidden(statusColumn));
        table->scrollTo(cell);
        const QPalette light = table->palette();
        for (const QPalette &palette : {light, darkPalette()}) {
            table->setPalette(palette);
            const Ink ink = inkOf(table, cell);
            const QString what = QStringLiteral("%1 %2 on %3").arg(cell.data().toString(), ink.text.name(), ink.background.name());
            const int hue = ink.text.hsvHue(), saturation = ink.text.hsvSaturation(), value = ink.text.value();
            if (tone == QLatin1String("green")) QVERIFY2(hue >= 90 && hue <= 150 && saturation >= 80, qPrintable(what));
            if (tone == QLatin1String("amber")) QVERIFY2(hue >= 20 && hue <= 50 && saturation >= 80, qPrintable(what));
            // Grey, neither the black nor the white of plain text.
            if (tone == QLatin1String("grey")) QVERIFY2(saturation < 40 && value >= 70 && value <= 190, qPrintable(what));
            QVERIFY2(contrast(ink.text, ink.background) >= 3.0, qPrintable(what));
            const Ink other = inkOf(table, cell.siblingAtColumn(textColumn));
            QVERIFY2(contrast(other.text, other.background) >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2").arg(other.text.name(), other.background.name())));
        }
        table->setPalette(light);
    }

    void listsFitTheirColumnsWithoutScrollingSideways_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1440x900") << QSize(1440, 900);
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1024x700") << QSize(1024, 700);
    }
    // Each list's columns as wide as their values need, side by side in the window: a narrower
    // window leaves out the columns missed least, never the names or the status, and the names
    // show whole (a long one elided in the middle) where the window has the room.
    void listsFitTheirColumnsWithoutScrollingSideways()
    {
        QFETCH(QSize, size);
        resizeTo(m_window.get(), size);
        const QList<QPair<QString, QList<int>>> pages{
            {translated("PartnerList", "Partners"), {PartnerListModel::Name, PartnerListModel::Status}},
            {translated("ContractList", "Contracts"), {ContractListModel::Reference, ContractListModel::Title, ContractListModel::Status}},
            {translated("ProjectList", "Projects"), {ProjectListModel::Name, ProjectListModel::Status, ProjectListModel::Profit}}};
        for (const auto &[title, kept] : pages) {
            clickPage(title);
            QTest::qWait(50);
            QTableView *table = m_window->currentPage()->table();
            QVERIFY2(!table->horizontalScrollBar()->isVisible(), qPrintable(title));
            for (int column : kept) QVERIFY2(!table->isColumnHidden(column), qPrintable(QStringLiteral("%1 %2").arg(title).arg(column)));
            if (size.width() < 1440) continue;
            // At 1440 px the first rows' names fit their column whole (the view elides text
            // wider than the column less its margins, 3 px a side).
            const int names = kept.at(title == translated("ContractList", "Contracts") ? 1 : 0);
            for (int row = 0; row < 10; ++row) {
                const QString name = table->model()->index(row, names).data().toString();
                QVERIFY2(table->fontMetrics().horizontalAdvance(name) + 6 <= table->columnWidth(names),
                         qPrintable(QStringLiteral("%1: \"%2\" in %3 px of %4").arg(title, name).arg(table->columnWidth(names)).arg(table->viewport()->width())));
            }
        }
    }

    void datesReadTheSameInEveryEnglish()
    {
        ListPage *contracts = openList<ContractList>(translated("ContractList", "Contracts"));
        QVERIFY(contracts);
        const QString end = contracts->table()->model()->index(0, ContractListModel::End).data().toString();
        const QRegularExpression expected(chinese() ? QStringLiteral("^\\d{4}/\\d{1,2}/\\d{1,2}$")
                                                    : QStringLiteral("^\\d{1,2} [A-Z][a-z]{2} \\d{4}$"));
        QVERIFY2(expected.match(end).hasMatch(), qPrintable(end));
    }

    void createEditAndUndoAPartnerWithTheKeyboard()
    {
        resizeTo(m_window.get(), QSize(1024, 700));
        ListPage *partners = openList<PartnerList>(translated("PartnerList", "Partners"));
        QVERIFY(partners);
        const QString name = QStringLiteral("Hangzhou Retail Vision");  // QTest types ASCII only

        QString summary;
        QStringList mnemonics;
        bool fits = false;
        whenOpen<PartnerDialog>([&](PartnerDialog *dialog) {
            summary = dialog->findChild<QLabel *>(QStringLiteral("formSummary"))->text();
            for (QLabel *label : dialog->findChildren<QLabel *>())
                if (label->buddy()) mnemonics << QString(Mnemonic::key(label->text()));
            fits = dialog->frameGeometry().height() <= 700;
            QTest::keyClicks(dialog->focusWidget(), name);  // the name field has the focus
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        shortcut(Qt::Key_N, Qt::ControlModifier);
        // The form says which field it needs, in the user's language.
        QVERIFY2(summary.contains(Mnemonic::plain(translated("PartnerDialog", "&Name:"))), qPrintable(QStringLiteral("[%1]").arg(summary)));
        QVERIFY(fits);
        // Alt+letter reaches one field each.
        QCOMPARE(QSet<QString>(mnemonics.begin(), mnemonics.end()).size(), mnemonics.size());
        QTRY_COMPARE(partners->table()->currentIndex().data().toString(), name);
        const qint64 id = partners->currentId();
        QVERIFY(id > 0);

        // Ctrl+E edits the selected partner; Ctrl+Z takes the edit back.
        const QSize undoButton = toolButton(action("undo"))->sizeHint();
        whenOpen<PartnerDialog>([&](PartnerDialog *dialog) {
            auto *city = dialog->findChild<QLineEdit *>(QStringLiteral("city"));
            city->setFocus();
            QTest::keyClicks(city, QStringLiteral("Hangzhou"));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        shortcut(Qt::Key_E, Qt::ControlModifier);
        PartnerRepository repository(*m_window->workspace());
        QCOMPARE(repository.find(id)->city, QStringLiteral("Hangzhou"));
        // The menu's "Undo Edit ..." grows with the record's name; the toolbar button does not.
        QCOMPARE(toolButton(action("undo"))->sizeHint(), undoButton);
        QVERIFY(action("undo")->toolTip().contains(name));
        shortcut(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(repository.find(id)->city, QString());
        shortcut(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!repository.find(id));
    }

    void dashboardDrillsDownAndResetsTheToolbar()
    {
        resizeTo(m_window.get(), QSize(1366, 768));
        openList<ContractList>(translated("ContractList", "Contracts"));
        QCOMPARE(action("newRecord")->iconText(), Mnemonic::plain(translated("ContractList", "&New Contract...")));
        clickPage(translated("DashboardPage", "Dashboard"));
        // The dashboard has no records of its own to add: the generic, disabled button.
        QCOMPARE(action("newRecord")->iconText(), Mnemonic::plain(translated("MainWindow", "&New Record...")));
        QVERIFY(!action("newRecord")->isEnabled());

        auto *dashboard = m_window->findChild<DashboardPage *>();
        // E = R - C + r C with the default r = 25%, from the records one by one.
        const PortfolioTotals expected = DemoFigures::totals(*m_window->workspace(), dashboard->snapshot()->currency);
        const qint64 r = expected.totalRevenue().minorUnits(), c = expected.totalCost().minorUnits();
        const Money benefit(r - c + (c + 2) / 4, dashboard->snapshot()->currency);
        QCOMPARE(dashboard->findChild<QLabel *>(QStringLiteral("value_benefit"))->text(), benefit.toString());
        const QString tip = dashboard->findChild<QPushButton *>(QStringLiteral("tile_benefit"))->toolTip();
        QVERIFY2(tip.contains(PortfolioTotals::defaultExpectedReturn().toPercentString()) && tip.contains(Mnemonic::plain(translated("MainWindow", "&Settings..."))), qPrintable(tip));

        // Slices and participants in colours of their own, the participants named in a legend.
        for (const char *name : {"industryChart", "modeChart"}) {
            auto *pie = qobject_cast<QPieSeries *>(dashboard->findChild<QChartView *>(QLatin1String(name))->chart()->series().first());
            QVERIFY(pie && pie->count() > 2);
            const QList<QPieSlice *> slices = pie->slices();
            for (int i = 0; i < slices.size(); ++i)
                for (int j = i + 1; j < slices.size(); ++j) {
                    const int a = slices[i]->color().hslHue(), b = slices[j]->color().hslHue();
                    const int apart = qMin(qAbs(a - b), 360 - qAbs(a - b));
                    QVERIFY2(a < 0 || b < 0 || apart >= 8, qPrintable(QStringLiteral("%1: %2 and %3").arg(QLatin1String(name)).arg(a).arg(b)));
                }
        }
        QVERIFY(dashboard->findChild<QChartView *>(QStringLiteral("allocationChart"))->chart()->legend()->isVisible());
        // Status names down the side of the pipeline, where they have room.
        const QList<QAbstractAxis *> side = dashboard->findChild<QChartView *>(QStringLiteral("pipelineChart"))->chart()->axes(Qt::Vertical);
        QVERIFY(!side.isEmpty() && side.first()->type() == QAbstractAxis::AxisTypeBarCategory);

        // "Contracts ending soon" opens the active contracts.
        auto *tile = dashboard->findChild<QPushButton *>(QStringLiteral("tile_expiring"));
        QTest::mouseClick(tile, Qt::LeftButton);
        ListPage *contracts = m_window->currentPage();
        QVERIFY(contracts && qobject_cast<ContractList *>(contracts->recordList()));
        auto *status = contracts->findChild<QComboBox *>(QStringLiteral("filter_status"));
        QCOMPARE(status->currentText(), Choices::label(ContractStatus::Active));
        QVERIFY(action("newRecord")->isEnabled());
        contracts->applyFilter(QStringLiteral("status"), QVariant());
    }

    void donutLegendsNameEverySliceWhole_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1024x700") << QSize(1024, 700);
    }
    // The revenue-by-industry and cooperation-mode donuts name each slice in full in their
    // legends ("Strategic investment 15%", not "Strategic investme...").
    void donutLegendsNameEverySliceWhole()
    {
        QFETCH(QSize, size);
        resizeTo(m_window.get(), size);
        clickPage(translated("DashboardPage", "Dashboard"));
        auto *dashboard = m_window->findChild<DashboardPage *>();
        QTest::qWait(100);
        for (const char *name : {"industryChart", "modeChart"}) {
            QChart *chart = dashboard->findChild<QChartView *>(QLatin1String(name))->chart();
            QVERIFY(chart->legend()->isVisible());
            QStringList shown;
            QList<QGraphicsItem *> items = chart->legend()->childItems();
            while (!items.isEmpty()) {
                QGraphicsItem *item = items.takeFirst();
                items << item->childItems();
                if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible()) shown << text->toPlainText();
            }
            QStringList labels;
            for (const QPieSlice *slice : qobject_cast<QPieSeries *>(chart->series().first())->slices()) labels << slice->label();
            shown.sort();
            labels.sort();
            QCOMPARE(shown, labels);
        }
    }

    // A hover over a donut slice shows its figures; a click opens its records and takes the
    // hover text away with the dashboard, instead of leaving it floating over the list.
    void drillDownLeavesNoHoverTextBehind()
    {
        resizeTo(m_window.get(), QSize(1366, 768));
        clickPage(translated("DashboardPage", "Dashboard"));
        auto *dashboard = m_window->findChild<DashboardPage *>();
        auto *view = dashboard->findChild<QChartView *>(QStringLiteral("industryChart"));
        dashboard->findChild<QScrollArea *>()->ensureWidgetVisible(view);
        auto *pie = qobject_cast<QPieSeries *>(view->chart()->series().first());
        QVERIFY(pie && pie->count() > 0);
        // The middle of the largest slice's ring: angles run clockwise from 12 o'clock.
        QPieSlice *largest = pie->slices().first();
        for (QPieSlice *slice : pie->slices())
            if (slice->angleSpan() > largest->angleSpan()) largest = slice;
        const QRectF plot = view->chart()->plotArea();
        const double radius = qMin(plot.width(), plot.height()) * (pie->pieSize() + pie->holeSize()) / 4;
        const double angle = qDegreesToRadians(largest->startAngle() + largest->angleSpan() / 2);
        const QPointF inChart = plot.center() + QPointF(radius * std::sin(angle), -radius * std::cos(angle));
        const QPoint at = view->mapFromScene(view->chart()->mapToScene(inChart));
        QTest::mouseMove(view->viewport(), at);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().startsWith(largest->label().section(QLatin1Char(' '), 0, 0)), qPrintable(QToolTip::text()));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        ListPage *projects = m_window->currentPage();
        QVERIFY(projects && qobject_cast<ProjectList *>(projects->recordList()));
        QTRY_VERIFY_WITH_TIMEOUT(!QToolTip::isVisible(), 2000);
        projects->clearFilters();
    }

    // The contract pipeline and the cooperation modes narrow to the industry chosen in the
    // filter bar, as the workspace's contracts of that industry's projects count them.
    void contractChartsFollowTheIndustryFilter()
    {
        resizeTo(m_window.get(), QSize(1366, 768));
        clickPage(translated("DashboardPage", "Dashboard"));
        auto *dashboard = m_window->findChild<DashboardPage *>();
        const auto bars = [dashboard] {
            QVector<int> counts;
            const auto *series = qobject_cast<QAbstractBarSeries *>(
                dashboard->findChild<QChartView *>(QStringLiteral("pipelineChart"))->chart()->series().first());
            const QBarSet *set = series->barSets().first();
            for (int i = set->count() - 1; i >= 0; --i) counts << int(set->at(i));  // drawn bottom to top
            return counts;
        };
        const auto slices = [dashboard] {
            QVector<int> counts;
            const auto *pie = qobject_cast<QPieSeries *>(dashboard->findChild<QChartView *>(QStringLiteral("modeChart"))->chart()->series().first());
            for (const QPieSlice *slice : pie->slices()) counts << int(slice->value());
            return counts;
        };
        const auto expected = [this, dashboard](const QString &industry) {
            PortfolioQueries::Filter filter;
            filter.industry = industry;
            const EcosystemQueries queries(m_window->workspace()->database());
            QPair<QVector<int>, QVector<int>> counts;
            const auto byStatus = queries.contractsByStatus(filter, dashboard->snapshot()->currency);
            const auto byMode = queries.contractsByMode(filter, dashboard->snapshot()->currency);
            if (!byStatus || !byMode) return counts;
            for (const auto &g : *byStatus) counts.first << g.contracts;
            for (const auto &g : *byMode)
                if (g.contracts > 0) counts.second << g.contracts;
            return counts;
        };
        const auto all = expected(QString());
        QCOMPARE(bars(), all.first);
        QCOMPARE(slices(), all.second);
        auto *industry = dashboard->findChild<QComboBox *>(QStringLiteral("industry"));
        industry->setFocus();
        QTest::keyClick(industry, Qt::Key_Down);
        const auto narrowed = expected(industry->currentData().toString());
        QVERIFY(narrowed.first != all.first);
        QTRY_COMPARE_WITH_TIMEOUT(bars(), narrowed.first, 10000);
        QCOMPARE(slices(), narrowed.second);
        QTest::keyClick(industry, Qt::Key_Home);
        QTRY_COMPARE_WITH_TIMEOUT(bars(), all.first, 10000);
    }

    void stabilityChartsFollowTheIndustryFilter_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1024x700") << QSize(1024, 700);
    }
    // Below the other charts: partnerships and revenue concentration month by month, with a
    // legend, the index and the largest share on axes of their own, and the trend in words; the
    // industry filter, chosen with the keyboard, redraws them for that industry's partners.
    void stabilityChartsFollowTheIndustryFilter()
    {
        QFETCH(QSize, size);
        resizeTo(m_window.get(), size);
        clickPage(translated("DashboardPage", "Dashboard"));
        auto *dashboard = m_window->findChild<DashboardPage *>();
        auto *partners = dashboard->findChild<QChartView *>(QStringLiteral("partnershipChart"));
        auto *concentration = dashboard->findChild<QChartView *>(QStringLiteral("concentrationChart"));
        QVERIFY(partners && concentration);
        const auto names = [](QChartView *view) {
            QStringList out;
            for (QAbstractSeries *series : view->chart()->series()) out << series->name();
            return out;
        };
        QCOMPARE(names(partners), (QStringList{translated("DashboardPage", "Active partners"), translated("DashboardPage", "New partnerships"),
                                               translated("DashboardPage", "Ended partnerships")}));
        QCOMPARE(names(concentration), (QStringList{translated("DashboardPage", "HHI"), translated("DashboardPage", "Largest partner's share")}));
        QVERIFY(partners->chart()->legend()->isVisible() && concentration->chart()->legend()->isVisible());
        QCOMPARE(concentration->chart()->axes(Qt::Vertical).size(), 2);
        const auto active = [&] {
            QVector<double> counts;
            for (const QPointF &p : qobject_cast<QLineSeries *>(partners->chart()->series().first())->points()) counts << p.y();
            return counts;
        };
        // The lines show the months the models compute: the demo's 24 months of ledger.
        const EcosystemStability &shown = *dashboard->snapshot()->stability;
        QVERIFY(shown.months().size() >= 12);
        QCOMPARE(active().size(), shown.months().size());
        QCOMPARE(active().last(), double(shown.months().last().active));
        auto *trend = dashboard->findChild<QLabel *>(QStringLiteral("stabilityTrend"));
        QCOMPARE(trend->text(), shown.trend());
        QVERIFY(trend->text().contains(QString::number(shown.months().last().active)));
        checkNothingClipped(m_window.get());
        // The stability section closes the page: scrolled to the end for the picture.
        QScrollBar *scroll = dashboard->findChild<QScrollArea *>()->verticalScrollBar();
        scroll->setValue(scroll->maximum());
        screenshot(QStringLiteral("dashboard-stability"));

        const QVector<double> all = active();
        auto *industry = dashboard->findChild<QComboBox *>(QStringLiteral("industry"));
        industry->setFocus();
        QTest::keyClick(industry, Qt::Key_Down);  // from "All industries" to the first industry
        PortfolioQueries::Filter filter;
        filter.industry = industry->currentData().toString();
        QVERIFY(!filter.industry.isEmpty());
        const auto expected = EcosystemStability::read(m_window->workspace()->database(), filter, dashboard->snapshot()->currency,
                                                       dashboard->snapshot()->request.today);
        QVERIFY(expected);
        QVector<double> counts;
        for (const auto &m : expected->months()) counts << m.active;
        // Another refresh (records assessed after opening) may still be on its way: wait for the filter's.
        QTRY_COMPARE_WITH_TIMEOUT(active(), counts, 10000);
        QVERIFY(active() != all);
        QCOMPARE(trend->text(), expected->trend());
        QTest::keyClick(industry, Qt::Key_Home);
        QTRY_COMPARE_WITH_TIMEOUT(active(), all, 10000);
        scroll->setValue(0);
    }

    void allocationShowsEverySchemeWhole_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1024x700") << QSize(1024, 700);
    }
    // A project whose contract records a synergy, opened with a click and Ctrl+Shift+L: every
    // scheme's column and row in sight, v(S) grouped in the language's convention and read back
    // so when typed, and a Shapley column that differs from the proportional one.
    void allocationShowsEverySchemeWhole()
    {
        QFETCH(QSize, size);
        resizeTo(m_window.get(), size);
        ListPage *projects = openList<ProjectList>(translated("ProjectList", "Projects"));
        QVERIFY(projects);
        QTableView *table = projects->table();
        Workspace &ws = *m_window->workspace();
        int synergy = 0;
        for (int row = 0; row < table->model()->rowCount() && synergy == 0; ++row) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 0)).center());
            // A project with a profit, whose contract records a synergy between contributors.
            const auto project = ProjectRepository(ws).find(projects->currentId());
            QVERIFY(project);
            const auto contract = project->contractId ? ContractRepository(ws).find(project->contractId) : std::nullopt;
            const auto allocation = ProjectAllocation::read(ws, project->id, {});
            if (contract && allocation && !allocation->input().synergies.isEmpty() && qAbs(allocation->input().profit.minorUnits()) >= 100000)
                synergy = contract->pairSynergyBasisPoints;
        }
        QVERIFY(synergy > 0);
        QStringList problems;
        auto check = [&problems](bool ok, const QString &what) {
            if (!ok) problems << what;
        };
        whenOpen<AllocationDialog>([&](AllocationDialog *dialog) {
            // The offscreen screen is 800x600: give the dialog the size it takes on this laptop
            // screen (90 % of it, at most 1000x760).
            dialog->resize((size * 9 / 10).boundedTo(QSize(1000, 760)));
            QTest::qWait(50);
            auto *comparison = dialog->findChild<QTableWidget *>(QStringLiteral("comparisonTable"));
            auto *area = dialog->findChild<QScrollArea *>();
            const int people = dialog->allocation().input().participants.size();
            check(comparison->rowCount() == people + 1, QStringLiteral("a row per participant and the total"));
            check(!comparison->horizontalScrollBar()->isVisible() && !comparison->verticalScrollBar()->isVisible(),
                  QStringLiteral("the comparison scrolls on its own"));
            check(comparison->horizontalHeader()->length() <= comparison->viewport()->width(),
                  QStringLiteral("columns %1 px wide in %2 px").arg(comparison->horizontalHeader()->length()).arg(comparison->viewport()->width()));
            check(comparison->verticalHeader()->length() <= comparison->viewport()->height(),
                  QStringLiteral("rows %1 px tall in %2 px").arg(comparison->verticalHeader()->length()).arg(comparison->viewport()->height()));
            // The dialog scrolls as a whole, downwards only, and holds the whole table in its view.
            check(!area->horizontalScrollBar()->isVisible(), QStringLiteral("the dialog scrolls sideways"));
            check(comparison->height() <= area->viewport()->height(), QStringLiteral("the table is taller than the view"));

            // Shapley differs from proportional, and the explanation names the contract's synergy.
            int shapley = -1, proportional = -1;
            for (int c = 1; c < comparison->columnCount(); ++c) {
                const auto scheme = AllocationMethod(comparison->horizontalHeaderItem(c)->data(AllocationDialog::SchemeRole).toInt());
                if (scheme == AllocationMethod::Shapley) shapley = c;
                if (scheme == AllocationMethod::ProportionalToContribution) proportional = c;
            }
            bool differs = false;
            for (int r = 0; r < people && shapley > 0 && proportional > 0; ++r)
                differs |= comparison->item(r, shapley)->text() != comparison->item(r, proportional)->text();
            check(differs, QStringLiteral("Shapley equals proportional"));
            const QString explanation = dialog->findChild<QLabel *>(QStringLiteral("gameExplanation"))->text();
            check(explanation.contains(Rate::fromBasisPoints(synergy).toPercentString()),
                  QStringLiteral("the explanation does not give the synergy: ") + explanation);

            // v(S) with the locale's thousands separators: the grand coalition's is the profit.
            auto *coalitions = dialog->findChild<QTableWidget *>(QStringLiteral("coalitionTable"));
            const Money profit = dialog->allocation().input().profit;
            const QString grand = coalitions->item(coalitions->rowCount() - 1, 1)->text();
            check(qAbs(profit.minorUnits()) >= 100000 && grand.contains(QLocale().groupSeparator()) &&
                      profit.toString() == grand + QLatin1Char(' ') + profit.currency(),
                  QStringLiteral("v(everyone) shows as ") + grand);
            screenshotOf(dialog, QStringLiteral("allocation"), size);

            // A value typed with separators is read back: participant 1 alone, worth 1,234,567.89.
            const QString before = shapley > 0 ? comparison->item(0, shapley)->text() : QString();
            area->ensureWidgetVisible(coalitions);
            QTest::mouseClick(coalitions->viewport(), Qt::LeftButton, {}, coalitions->visualItemRect(coalitions->item(0, 1)).center());
            QTest::keyClick(coalitions, Qt::Key_F2);  // edits the value
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1,234,567.89"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QTest::qWait(50);  // the view commits the edit queued
            check(coalitions->item(0, 1)->text() == Money(123456789, profit.currency()).toString().chopped(4),
                  QStringLiteral("typed 1,234,567.89, shows ") + coalitions->item(0, 1)->text());
            check(dialog->allocation().input().game && dialog->allocation().input().game->value(1) == 123456789,
                  QStringLiteral("the typed value is not the game's"));
            check(shapley > 0 && comparison->item(0, shapley)->text() != before, QStringLiteral("Shapley did not follow the edit"));
            // Back to the default game for the next size.
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("defaultGame")), Qt::LeftButton);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        shortcut(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    void exportAReport()
    {
        const QString target = m_dir.filePath(QStringLiteral("portfolio.pdf"));
        bool offered = false;
        whenOpen<ReportExportDialog>([&](ReportExportDialog *dialog) {
            auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("target"));
            file->setFocus();
            QTest::keyClick(file, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(file, target);
            // The message that says it is done offers to open the report.
            whenOpen<QMessageBox>([&](QMessageBox *box) {
                auto *open = box->findChild<QPushButton *>(QStringLiteral("openReport"));
                offered = open && open->text() == translated("ReportExportDialog", "&Open Report");
                box->button(QMessageBox::Close)->click();
            });
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        shortcut(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(offered, 30000);
        QFile pdf(target);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(4), QByteArray("%PDF"));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestScenarios)
#include "tst_scenarios.moc"
