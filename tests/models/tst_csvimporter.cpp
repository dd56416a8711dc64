#include "models/csv/CsvImporter.h"
#include "models/csv/ContractCsv.h"
#include "models/csv/PartnerCsv.h"
#include "models/storage/SqlStatement.h"
#include "TestRecords.h"

#include <QBuffer>

using namespace TestRecords;

// A file that says it is 400 MB and counts the bytes anyone reads from it.
class HugeFile : public QIODevice {
public:
    qint64 bytesRead = 0;
    bool isSequential() const override { return false; }
    qint64 size() const override { return qint64(400) << 20; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, size() - pos());
        std::fill(data, data + n, 'a');
        bytesRead += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
};

class TestCsvImporter : public QObject {
    Q_OBJECT
private:
    static bool load(CsvImporter &importer, const QByteArray &bytes, QString *error)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        return importer.load(&buffer, error);
    }

private slots:
    void mapsColumnsByKeyOrLabelAndPreviews()
    {
        Fixture f;
        QVERIFY(f.open());
        PartnerCsv format(f.workspace);
        CsvImporter importer(format);
        QString error;
        QVERIFY2(load(importer, "Notes,E-mail,Name,Unknown column,status\r\nhi,a@b.cn,Alpha,x,active\r\n,,Beta,y,Paused\r\n,,Gamma,,\r\n", &error), qPrintable(error));
        QCOMPARE(importer.header(), (QStringList{"Notes", "E-mail", "Name", "Unknown column", "status"}));
        QCOMPARE(importer.rowCount(), 3);
        QCOMPARE(importer.preview(2).size(), 2);
        QCOMPARE(importer.preview(2)[1][2], QString("Beta"));
        QCOMPARE(importer.columnFor("name"), 2);
        QCOMPARE(importer.columnFor("email"), 1);
        QCOMPARE(importer.columnFor("city"), -1);
        QVERIFY(importer.missingRequiredFields().isEmpty());

        QList<CsvImporter::RowError> errors;
        int imported = 0;
        QVERIFY(importer.importAll(&errors, &imported));
        QCOMPARE(imported, 3);
        PartnerRepository partners(f.workspace);
        QCOMPARE(partners.findByName("Alpha")->email, QString("a@b.cn"));
        QCOMPARE(partners.findByName("Beta")->status, PartnerStatus::Paused);  // labels are understood too
        QCOMPARE(AuditLog(f.workspace).entriesFor("partner", partners.findByName("Gamma")->id).size(), 1);
    }

    void refusesToImportWithoutRequiredColumns()
    {
        Fixture f;
        QVERIFY(f.open());
        PartnerCsv format(f.workspace);
        CsvImporter importer(format);
        QString error;
        QVERIFY(load(importer, "Company,city\nAlpha,Rome\n", &error));
        QCOMPARE(importer.missingRequiredFields(), QStringList{"Name"});
        QList<CsvImporter::RowError> errors;
        int imported = 0;
        QVERIFY(!importer.importAll(&errors, &imported));
        QVERIFY(errors.first().message.contains("Name"));
        importer.setColumn("name", 0);  // the user maps "Company" to the name
        QVERIFY(importer.importAll(&errors, &imported));
        QCOMPARE(PartnerRepository(f.workspace).findByName("Alpha")->city, QString("Rome"));
    }

    void reportsEveryBadRowAndImportsNothing()
    {
        Fixture f;
        QVERIFY(f.open());
        PartnerRepository partners(f.workspace);
        QString error;
        Partner existing = partner("Existing Co");
        QVERIFY(partners.create(existing, &error));
        PartnerCsv format(f.workspace);
        CsvImporter importer(format);
        const QByteArray file = "name,email,kind,rating,notes\n"
                                "Good One,good@example.com,startup,4,\"multi\nline\"\n"  // lines 2-3
                                "Bad Mail,not-an-address,startup,3,\n"                    // line 4
                                "good one,x@y.com,startup,3,\n"                           // line 5: duplicate of line 2
                                "Odd Kind,,spaceship,3,\n"                                // line 6
                                "Existing Co,,,9,\n";                                     // line 7: taken, bad rating
        QVERIFY(load(importer, file, &error));
        QList<CsvImporter::RowError> errors;
        int imported = -1;
        QVERIFY(!importer.importAll(&errors, &imported));
        QCOMPARE(imported, 0);
        QCOMPARE(errors.size(), 4);
        QCOMPARE(errors[0].line, 4);
        QVERIFY(errors[0].message.contains("e-mail"));
        QCOMPARE(errors[1].line, 5);
        QVERIFY(errors[1].message.contains("already called"));
        QCOMPARE(errors[2].line, 6);
        QVERIFY2(errors[2].message.contains("kind") && errors[2].message.contains("research_institute"), qPrintable(errors[2].message));
        QCOMPARE(errors[3].line, 7);
        QVERIFY(errors[3].message.contains("already called") && errors[3].message.contains("between 1 and 5"));
        // Nothing half-imported: not even the good first row, and no audit entries.
        QCOMPARE(partners.count(), 1);
        QVERIFY(!partners.findByName("Good One"));
        QCOMPARE(SqlStatement::scalar(f.workspace.database(), "SELECT count(*) FROM audit_log", {}, &error).toInt(), 1);
    }

    void contractRowsNameTheirPartiesAndReportUnknownOnes()
    {
        Fixture f;
        QVERIFY(f.open());
        QString error;
        Partner a = partner("Delta Grid");
        QVERIFY(PartnerRepository(f.workspace).create(a, &error));
        ContractCsv format(f.workspace);
        CsvImporter importer(format);
        QVERIFY(load(importer, "reference,title,parties,start_date,end_date,total_value,currency\n"
                               "K-1,Grid data,Delta Grid,2025-01-01,2025-12-31,12.345,EUR\n"
                               "K-2,Unknown,Nobody Ltd,2025-01-01,2025-12-31,10,EUR\n"
                               "K-3,Dates,Delta Grid,2025-13-01,2025-12-31,10,EUR\n", &error));
        QList<CsvImporter::RowError> errors;
        int imported = 0;
        QVERIFY(!importer.importAll(&errors, &imported));
        QCOMPARE(errors.size(), 3);
        QVERIFY(errors[0].message.contains("total_value"));
        QVERIFY(errors[1].message.contains("Nobody Ltd"));
        QVERIFY(errors[2].message.contains("YYYY-MM-DD"));
        QCOMPARE(ContractRepository(f.workspace).count(), 0);
    }

    void refusesMalformedFiles()
    {
        Fixture f;
        QVERIFY(f.open());
        PartnerCsv format(f.workspace);
        CsvImporter importer(format);
        QString error;
        QVERIFY(!load(importer, "name,city\n\"Unclosed,Rome\n", &error));
        QVERIFY2(error.contains("not valid CSV"), qPrintable(error));
        QVERIFY(!load(importer, "", &error));
        QVERIFY(!load(importer, "name,city\nOnly one field\n", &error));
        QVERIFY2(error.contains("line 2"), qPrintable(error));
    }

    void refusesAFileOverTheBoundBeforeReadingIt()
    {
        // Reading a 400 MB file whole before checking it took 1.24 GB; a bigger one crashed.
        Fixture f;
        QVERIFY(f.open());
        PartnerCsv format(f.workspace);
        CsvImporter importer(format);
        HugeFile file;
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY(!importer.load(&file, &error));
        QVERIFY2(error.contains("400 MB") && error.contains("Split it"), qPrintable(error));
        QCOMPARE(file.bytesRead, qint64(0));
        QCOMPARE(importer.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "tst_csvimporter.moc"
