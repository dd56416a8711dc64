// Each report kind written from the demo workspace is a valid PDF whose text (pdftotext, from
// poppler-utils) holds the figures the analytics compute; long tables continue on the next
// pages under their header, every page has its footer, and Chinese names come out as text.
#include "DemoFigures.h"
#include "models/demo/DemoWorkspace.h"
#include "models/repositories/PartnerRepository.h"
#include "models/analytics/EcosystemStability.h"
#include "models/analytics/ProjectAllocation.h"
#include "ui/reports/ReportBuilder.h"
#include "ui/reports/ReportExportDialog.h"
#include "ui/reports/ReportWriter.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestReports : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Workspace m_ws;

    // The PDF's text, page by page, as pdftotext reads it.
    QStringList pdfPages(const QByteArray &pdf)
    {
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) return {};
        file.close();
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0) {
            qWarning() << "pdftotext failed:" << pdftotext.readAllStandardError();
            return {};
        }
        QStringList pages = QString::fromUtf8(pdftotext.readAllStandardOutput()).split(QLatin1Char('\f'));
        if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) pages.removeLast();
        return pages;
    }

    QByteArray write(const ReportBuilder::Request &request)
    {
        QString error;
        const std::optional<Report> report = ReportBuilder::build(m_ws, request, &error);
        if (!report) {
            qWarning() << error;
            return {};
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!ReportWriter::write(*report, &buffer, &error)) qWarning() << error;
        // LEPTON_KEEP_REPORTS=FOLDER keeps each report for a look (the README's page images).
        if (const QString keep = qEnvironmentVariable("LEPTON_KEEP_REPORTS"); !keep.isEmpty()) {
            QFile copy(keep + QStringLiteral("/report-%1.pdf").arg(int(request.kind)));
            if (copy.open(QIODevice::WriteOnly)) copy.write(buffer.data());
        }
        return buffer.data();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_ws.open(m_dir.filePath(QStringLiteral("demo-workspace.sqlite")), &error), qPrintable(error));
        QVERIFY2(DemoWorkspace::fill(m_ws, &error), qPrintable(error));
    }

    void portfolioReportHoldsTheTotals()
    {
        const QByteArray pdf = write({ReportBuilder::Kind::Portfolio, 0, QDate::currentDate(), 0});
        QVERIFY(pdf.startsWith("%PDF-"));
        const QStringList pages = pdfPages(pdf);
        QVERIFY(pages.size() >= 2);
        const QString text = pages.join(QLatin1Char('\n'));
        for (const QString &currency : {QStringLiteral("CNY"), QStringLiteral("USD")}) {
            const PortfolioTotals t = DemoFigures::totals(m_ws, currency);
            QVERIFY2(text.contains(t.totalRevenue().toString()), qPrintable(currency));
            QVERIFY2(text.contains(t.totalProfit().toString()), qPrintable(currency));
            QVERIFY2(text.contains(t.cooperationBenefit().toString()), qPrintable(currency));
        }
        // Every page has the footer: workspace name, page n of m.
        for (int i = 0; i < pages.size(); ++i) {
            QVERIFY2(pages[i].contains(QStringLiteral("demo-workspace")), qPrintable(QString::number(i)));
            QVERIFY2(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())), qPrintable(pages[i].right(300)));
        }
    }

    // Per currency, ecosystem stability month by month: the trend sentence and a table of the
    // months with the figures the dashboard shows.
    void portfolioReportFollowsStabilityMonthByMonth()
    {
        const QStringList pages = pdfPages(write({ReportBuilder::Kind::Portfolio, 0, QDate::currentDate(), 0}));
        const QString text = pages.join(QLatin1Char('\n'));
        QString error;
        const auto stability = EcosystemStability::read(m_ws.database(), {}, QStringLiteral("CNY"), QDate::currentDate(), &error);
        QVERIFY2(stability && stability->hasSeries(), qPrintable(error));
        QVERIFY(text.contains(QStringLiteral("Ecosystem stability by month (CNY)")));
        // The sentence may wrap; its words come in order.
        QVERIFY2(text.simplified().contains(stability->trend()), qPrintable(stability->trend()));
        const auto &last = stability->months().last();
        const QString row = QStringLiteral("%1 %2 %3 %4").arg(ReportingPeriod(ReportingPeriod::Length::Month, last.first).label()).arg(last.active)
                                .arg(last.started).arg(last.ended);
        QVERIFY2(text.simplified().contains(row), qPrintable(row));
    }

    void partnerStatementHoldsItsShareAndChineseName()
    {
        // A partner with a Chinese name that takes part in projects.
        qint64 partnerId = 0;
        QString name;
        PartnerRepository partners(m_ws);
        for (qint64 id : DemoFigures::ids(m_ws, QStringLiteral("partners"))) {
            const Partner p = *partners.find(id);
            if (p.name.at(0).unicode() >= 0x4e00 && !ProjectRepository(m_ws).projectsOf(id).isEmpty()) {
                partnerId = id;
                name = p.name;
                break;
            }
        }
        QVERIFY(partnerId > 0);
        // What the partner receives from each project by its contract's scheme.
        QMap<QString, qint64> expected;
        for (const Project &p : ProjectRepository(m_ws).projectsOf(partnerId)) {
            const auto allocation = ProjectAllocation::read(m_ws, p.id, {});
            QVERIFY(allocation);
            const auto split = allocation->chosen();
            if (!split) continue;
            const Money amount = split->amounts[allocation->partnerIds().indexOf(partnerId)];
            expected[amount.currency()] += amount.minorUnits();
        }
        QVERIFY(!expected.isEmpty());
        const QByteArray pdf = write({ReportBuilder::Kind::PartnerStatement, partnerId, QDate::currentDate(), 0});
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString text = pdfPages(pdf).join(QLatin1Char('\n'));
        QVERIFY2(text.contains(name), qPrintable(text.left(400)));
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(text.contains(Money(it.value(), it.key()).toString()), qPrintable(Money(it.value(), it.key()).toString()));
    }

    void projectStatementHoldsTheSplit()
    {
        const qint64 projectId = DemoFigures::ids(m_ws, QStringLiteral("projects")).first();
        const auto allocation = ProjectAllocation::read(m_ws, projectId, {});
        QVERIFY(allocation);
        const QByteArray pdf = write({ReportBuilder::Kind::ProjectAllocation, projectId, QDate::currentDate(), 0});
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString text = pdfPages(pdf).join(QLatin1Char('\n'));
        QVERIFY(text.contains(allocation->projectName()));
        QVERIFY(text.contains(allocation->figures().profit().toString()));
        const auto split = allocation->chosen();
        QVERIFY(split);
        for (const Money &m : split->amounts) QVERIFY2(text.contains(m.toString()), qPrintable(m.toString()));
        // The default game is explained, with the contract's synergy.
        QVERIFY(!allocation->input().synergies.isEmpty());
        // (pdftotext gives the "fi" and "fl" ligatures of the typeset text as single characters.)
        const QString words = QString(text).replace(QChar(0xFB01), QStringLiteral("fi")).replace(QChar(0xFB02), QStringLiteral("fl")).simplified();
        QVERIFY2(words.contains(allocation->defaultGameExplanation().simplified()), qPrintable(words.right(1500)));
    }

    void longTablesRepeatTheirHeaderOnEveryPage()
    {
        Report report;
        report.title = QStringLiteral("Long table");
        report.workspaceName = QStringLiteral("tables");
        report.date = QDate(2026, 3, 1);
        ReportTable t;
        t.headers = {QStringLiteral("Row header"), QStringLiteral("Amount")};
        for (int i = 1; i <= 300; ++i) t.rows.append({QStringLiteral("row %1").arg(i), QString::number(i * 7)});
        report.table(t);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(ReportWriter::write(report, &buffer, &error), qPrintable(error));
        const QStringList pages = pdfPages(buffer.data());
        QVERIFY(pages.size() >= 4);
        for (const QString &page : pages) QVERIFY(page.contains(QStringLiteral("Row header")));
        const QString all = pages.join(QLatin1Char('\n'));
        for (int i : {1, 150, 300}) QVERIFY(all.contains(QStringLiteral("row %1 ").arg(i)) || all.contains(QStringLiteral("row %1\n").arg(i)));
    }

    void aSentenceAfterATableNeverStartsAPage()
    {
        // Tables from less than a page to nearly two: wherever the page breaks, the sentence that
        // comments on the table (the HHI under the industries) shares a page with its last row.
        for (int rows = 30; rows <= 80; ++rows) {
            Report report;
            report.title = QStringLiteral("Rows");
            report.workspaceName = QStringLiteral("test");
            report.date = QDate(2026, 12, 5);
            ReportTable table;
            table.headers = {QStringLiteral("Name"), QStringLiteral("Value")};
            table.widths = {3, 1};
            table.numeric = {false, true};
            for (int r = 0; r < rows; ++r) table.rows.append({QStringLiteral("row %1").arg(r), QString::number(r)});
            report.table(table);
            report.paragraph(QStringLiteral("The closing sentence."));
            report.paragraph(QStringLiteral("Another paragraph to fill the page, about as long as a line of text in a report."));
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QString error;
            QVERIFY2(ReportWriter::write(report, &buffer, &error), qPrintable(error));
            const QStringList pages = pdfPages(buffer.data());
            QVERIFY(!pages.isEmpty());
            for (const QString &page : pages) {
                const QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                QVERIFY2(lines.isEmpty() || !lines.first().contains(QStringLiteral("closing sentence")),
                         qPrintable(QStringLiteral("%1 rows: %2").arg(rows).arg(page.left(200))));
            }
        }
    }

    void exportRunsOffTheGuiThreadAndWritesTheFile()
    {
        const QString target = m_dir.filePath(QStringLiteral("exported.pdf"));
        QFuture<QString> future = ReportExportDialog::start(m_ws.path(), {ReportBuilder::Kind::Portfolio, 0, QDate::currentDate(), 0}, target);
        future.waitForFinished();
        QCOMPARE(future.result(), QString());
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        // An unwritable target fails with a reason and leaves nothing behind.
        const QString bad = m_dir.filePath(QStringLiteral("no-such-folder/x.pdf"));
        future = ReportExportDialog::start(m_ws.path(), {ReportBuilder::Kind::Portfolio, 0, QDate::currentDate(), 0}, bad);
        future.waitForFinished();
        QVERIFY(!future.result().isEmpty());
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
