// CSV import through the dialog (preview, column mapping, per-row errors, all or nothing) and
// export of the list as it is filtered on screen.
#include "ui/records/CsvImportDialog.h"
#include "ui/records/ListPage.h"
#include "ui/shell/MainWindow.h"
#include "models/csv/PartnerCsv.h"
#include "models/repositories/PartnerRepository.h"
#include "ui/records/RecordList.h"
#include "models/storage/Workspace.h"

#include <QBuffer>
#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

class TestCsvImportDialog : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_workspace.open(m_dir.filePath(QStringLiteral("w.sqlite")), &error), qPrintable(error));
    }
    void cleanup()
    {
        m_workspace.close();
        QFile::remove(m_dir.filePath(QStringLiteral("w.sqlite")));
    }

    void badRowIsReportedAndNothingIsImported()
    {
        // The header names the columns differently from the field keys for one column, and the
        // third data row (file line 4) has a broken e-mail address.
        const QString file = writeFile(QStringLiteral("name,E-mail,kind\n"
                                                      "Qingdao Port AI,ops@qdport.example,enterprise\n"
                                                      "\"Wuxi \"\"Smart\"\" Grid\",grid@wuxi.example,startup\n"
                                                      "北京数据港,not-an-address,government\n"));
        CsvImportDialog dialog(QStringLiteral("Import"), m_workspace,
                               [](Workspace &w) { return std::make_unique<PartnerCsv>(w); });
        dialog.show();
        load(dialog, file);
        QCOMPARE(dialog.columnChoice(QStringLiteral("email"))->currentText(), QStringLiteral("E-mail"));
        QVERIFY(dialog.importButton()->isEnabled());

        QSignalSpy finished(&dialog, &CsvImportDialog::importFinished);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toInt(), 0);  // imported
        QVERIFY(dialog.errorTable()->rowCount() >= 1);
        QCOMPARE(dialog.errorTable()->item(0, 0)->text(), QStringLiteral("4"));
        QVERIFY(dialog.errorTable()->item(0, 1)->text().contains(QStringLiteral("not-an-address")));
        QCOMPARE(PartnerRepository(m_workspace).count(), 0);  // nothing half-imported
    }

    void unmappedRequiredFieldBlocksImportUntilChosen()
    {
        const QString file = writeFile(QStringLiteral("Partner name,city\nLumen Labs,Shenzhen\n武汉光谷实验室,Wuhan\n"));
        CsvImportDialog dialog(QStringLiteral("Import"), m_workspace,
                               [](Workspace &w) { return std::make_unique<PartnerCsv>(w); });
        dialog.show();
        load(dialog, file);
        QVERIFY(!dialog.importButton()->isEnabled());  // no column feeds the required name
        QComboBox *name = dialog.columnChoice(QStringLiteral("name"));
        name->setCurrentIndex(name->findText(QStringLiteral("Partner name")));
        QVERIFY(dialog.importButton()->isEnabled());

        QSignalSpy finished(&dialog, &CsvImportDialog::importFinished);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toInt(), 2);
        QCOMPARE(dialog.importedCount(), 2);
        // Imported on the dialog's worker connection, visible on the window's.
        QVERIFY(PartnerRepository(m_workspace).findByName(QStringLiteral("武汉光谷实验室")));
    }

    void exportWritesTheFilteredListOnly()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_workspace.close();
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(m_dir.filePath(QStringLiteral("w.sqlite")), false, &error), qPrintable(error));
        PartnerRepository partners(*window.workspace());
        for (const auto &[name, status] : {std::pair{QStringLiteral("=HYPERLINK Labs"), PartnerStatus::Active},
                                           std::pair{QStringLiteral("Paused Robotics"), PartnerStatus::Paused}}) {
            Partner p;
            p.name = name;
            p.status = status;
            QVERIFY2(partners.create(p, &error), qPrintable(error));
        }
        window.showPage(1);  // the Partners page: 0 is the Dashboard
        ListPage *page = window.currentPage();
        page->refresh();
        auto *status = page->findChild<QComboBox *>(QStringLiteral("filter_status"));
        status->setCurrentIndex(status->findData(QStringLiteral("active")));
        QCOMPARE(page->table()->model()->rowCount(), 1);

        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        int written = 0;
        QVERIFY2(page->recordList()->exportCsv(&out, &error, &written), qPrintable(error));
        QCOMPARE(written, 1);
        const QString csv = QString::fromUtf8(out.data());
        QVERIFY(csv.contains(QStringLiteral("'=HYPERLINK Labs")));  // escaped against formula injection
        QVERIFY(!csv.contains(QStringLiteral("Paused Robotics")));

        // The menu's export runs on a worker thread with the same search and filters.
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        QFuture<RecordList::ExportResult> background = page->recordList()->exportCsvInBackground(path);
        background.waitForFinished();
        QVERIFY2(background.result().error.isEmpty(), qPrintable(background.result().error));
        QCOMPARE(background.result().written, 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), csv);
    }

private:
    QString writeFile(const QString &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("in.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return {};
        f.write(text.toUtf8());
        return path;
    }

    void load(CsvImportDialog &dialog, const QString &file)
    {
        QSignalSpy loaded(&dialog, &CsvImportDialog::fileLoaded);
        dialog.loadFile(file);
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.first().at(0).toBool());
    }

    QTemporaryDir m_dir;
    Workspace m_workspace;
};

QTEST_MAIN(TestCsvImportDialog)
#include "tst_csvimportdialog.moc"
