#include "models/csv/ContractCsv.h"
#include "models/lists/ContractListModel.h"
#include "models/csv/CsvExporter.h"
#include "models/csv/CsvImporter.h"
#include "models/csv/PartnerCsv.h"
#include "models/lists/PartnerListModel.h"
#include "models/csv/ProjectCsv.h"
#include "models/lists/ProjectListModel.h"
#include "TestRecords.h"

#include <QBuffer>

using namespace TestRecords;

class TestCsvExporter : public QObject {
    Q_OBJECT
private:
    static QByteArray exportList(const RecordListModel &list, const RecordCsv &format, int expected)
    {
        QBuffer buffer;
        QString error;
        int written = -1;
        if (!CsvExporter::write(list, format, &buffer, &error, &written)) qWarning("%s", qPrintable(error));
        if (written != expected) qWarning("wrote %d records, expected %d", written, expected);
        return buffer.data();
    }
    static bool importInto(RecordCsv &format, const QByteArray &bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        CsvImporter importer(format);
        QString error;
        if (!importer.load(&buffer, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        QList<CsvImporter::RowError> errors;
        int imported = 0;
        const bool ok = importer.importAll(&errors, &imported);
        for (const auto &e : errors) qWarning("line %d: %s", e.line, qPrintable(e.message));
        return ok && imported == importer.rowCount();
    }

private slots:
    void guardsFormulasAndQuotes()
    {
        QCOMPARE(CsvExporter::escapeCell("=SUM(A1:A9)"), QString("'=SUM(A1:A9)"));
        QCOMPARE(CsvExporter::escapeCell("+86 10 5555"), QString("'+86 10 5555"));
        QCOMPARE(CsvExporter::escapeCell("-2+3"), QString("'-2+3"));
        QCOMPARE(CsvExporter::escapeCell("@cmd"), QString("'@cmd"));
        QCOMPARE(CsvExporter::escapeCell("=HYPERLINK(\"x\")"), QString("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(CsvExporter::escapeCell("a,b"), QString("\"a,b\""));
        QCOMPARE(CsvExporter::escapeCell("two\nlines"), QString("\"two\nlines\""));
        QCOMPARE(CsvExporter::escapeCell("plain 中文"), QString("plain 中文"));
        QCOMPARE(CsvExporter::escapeCell("a=b"), QString("a=b"));
        // Where ";" separates fields (many European spreadsheets), ";=1" would open as a formula.
        QCOMPARE(CsvExporter::escapeCell(";=1"), QString("\";=1\""));
        QCOMPARE(CsvExporter::escapeCell("R&D; licensing"), QString("\"R&D; licensing\""));
    }

    void masksEmailAndPhoneOnlyWhenAsked()
    {
        Fixture f;
        QVERIFY(f.open());
        QString error;
        Partner p = partner("Qingdao Vision");
        p.email = "li.na+bd@vision.qd.cn";
        p.phone = "+86 532 8888 6666";
        p.notes = "Call 0532 8888 6667 about the 1,250,000.00 CNY pilot signed 2025-03-01; cc ops@vision.qd.cn";
        QVERIFY2(PartnerRepository(f.workspace).create(p, &error), qPrintable(error));
        PartnerListModel list(f.workspace);
        const PartnerCsv format(f.workspace);

        const QByteArray plain = exportList(list, format, 1);
        QVERIFY(plain.contains("li.na+bd@vision.qd.cn") && plain.contains("+86 532 8888 6666"));

        QBuffer buffer;
        int written = 0;
        QVERIFY2(CsvExporter::write(list, format, &buffer, &error, &written, true), qPrintable(error));
        QCOMPARE(written, 1);
        const QString masked = QString::fromUtf8(buffer.data());
        QVERIFY2(!masked.contains("vision.qd.cn") && !masked.contains("8888"), qPrintable(masked));
        QVERIFY(masked.contains(",[email],[phone],"));
        QVERIFY2(masked.contains("Call [phone] about the 1,250,000.00 CNY pilot signed 2025-03-01; cc [email]"), qPrintable(masked));
        QVERIFY(masked.contains("Qingdao Vision"));
    }

    void partnersRoundTripThroughTheFilteredList()
    {
        Fixture source, target;
        QVERIFY(source.open() && target.open());
        PartnerRepository partners(source.workspace);
        QString error;
        Partner tricky = partner("北京\"量子\"医疗, 有限公司");
        tricky.notes = "Met at CES.\nFollow up in March, \"urgent\".\r\nSecond line";
        tricky.phone = "+86 10 5555 0101";
        tricky.capabilityTags = {"medical imaging", "自然语言处理"};
        tricky.email = "zhang@example.cn";
        tricky.rating = 5;
        Partner formula = partner("=HYPERLINK(\"http://evil\",\"x\")");
        formula.contactPerson = "@admin";
        formula.city = "-1+2";
        Partner ended = partner("Old Friend", PartnerStatus::Ended);
        QVERIFY(partners.create(tricky, &error) && partners.create(formula, &error) && partners.create(ended, &error));

        PartnerListModel list(source.workspace);
        list.setStatusFilter(PartnerStatus::Active);  // the export follows the list's filter
        const QByteArray csv = exportList(list, PartnerCsv(source.workspace), 2);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF" "name,kind,industry"));
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""));
        QVERIFY(csv.contains(",'@admin,"));
        QVERIFY(csv.contains("'+86 10 5555 0101"));
        QVERIFY(!csv.contains("Old Friend"));

        PartnerCsv format(target.workspace);
        QVERIFY(importInto(format, csv));
        PartnerRepository copies(target.workspace);
        QCOMPARE(copies.count(), 2);
        for (const Partner &original : {tricky, formula}) {
            auto copy = copies.findByName(original.name);
            QVERIFY2(copy.has_value(), qPrintable(original.name));
            copy->id = original.id;
            copy->createdAt = original.createdAt;
            copy->updatedAt = original.updatedAt;
            QCOMPARE(copy->toJson(), original.toJson());
        }
    }

    void contractsAndProjectsRoundTripByNameAndReference()
    {
        Fixture source, target;
        QVERIFY(source.open() && target.open());
        QString error;
        PartnerRepository partners(source.workspace);
        Partner a = partner("深圳鹏城物流"), b = partner("Atlas, Inc.");
        QVERIFY(partners.create(a, &error) && partners.create(b, &error));
        ContractRepository contracts(source.workspace);
        Contract c = contract("LPS-2025-007", {a.id, b.id});
        c.title = "Route data, \"phase 2\"";
        c.totalValue = Money(123456789, "CNY");
        c.ndaSigned = true;
        c.dataAccessExpiry = QDate(2026, 6, 30);
        c.pairSynergyBasisPoints = 750;
        QVERIFY(contracts.create(c, &error));
        ProjectRepository projects(source.workspace);
        Project p = project("冷链预测");
        p.contractId = c.id;
        p.endDate = QDate(2026, 1, 31);
        QVERIFY(projects.create(p, &error));

        QVERIFY(importInto(*std::make_unique<PartnerCsv>(target.workspace), exportList(PartnerListModel(source.workspace), PartnerCsv(source.workspace), 2)));
        ContractCsv contractCsv(target.workspace);
        QVERIFY(importInto(contractCsv, exportList(ContractListModel(source.workspace), ContractCsv(source.workspace), 1)));
        ProjectCsv projectCsv(target.workspace);
        QVERIFY(importInto(projectCsv, exportList(ProjectListModel(source.workspace), ProjectCsv(source.workspace), 1)));

        const auto copy = ContractRepository(target.workspace).findByReference("LPS-2025-007");
        QVERIFY(copy.has_value());
        QCOMPARE(copy->title, c.title);
        QCOMPARE(copy->totalValue, c.totalValue);
        QCOMPARE(copy->partyIds.size(), 2);
        QCOMPARE(PartnerRepository(target.workspace).find(copy->partyIds[0])->name, QString("深圳鹏城物流"));
        QVERIFY(copy->ndaSigned);
        QCOMPARE(copy->dataAccessExpiry, c.dataAccessExpiry);
        QCOMPARE(copy->pairSynergyBasisPoints, 750);
        const auto projectCopy = ProjectRepository(target.workspace).projectsUnder(copy->id);
        QCOMPARE(projectCopy.size(), 1);
        QCOMPARE(projectCopy[0].name, QString("冷链预测"));
        QCOMPARE(projectCopy[0].endDate, p.endDate);
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
