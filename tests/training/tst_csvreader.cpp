#include "common/CsvReader.h"
#include "SharedData.h"

#include <QtTest>
#include <sstream>

using lepton::CsvError;
using lepton::CsvReader;

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void readsQuotesNewlinesBomAndCrlf()
    {
        std::istringstream in("\xEF\xBB\xBFtext,label\r\n\"said \"\"hi\"\", left\",1\r\n\"two\nlines\",0\n"
                              "\xE4\xB8\xAD\xE6\x96\x87,1\n\n");
        const auto table = CsvReader::read(in);
        QCOMPARE(table.header, (std::vector<std::string>{"text", "label"}));
        QCOMPARE(table.rows.size(), size_t(3));
        QCOMPARE(table.rows[0].fields[0], std::string("said \"hi\", left"));
        QCOMPARE(table.rows[1].fields[0], std::string("two\nlines"));
        QCOMPARE(table.rows[2].fields[0], std::string("\xE4\xB8\xAD\xE6\x96\x87"));
        QCOMPARE(table.rows[2].line, size_t(5));  // the quoted newline counted as a line
        QCOMPARE(table.column("label"), 1);
        QCOMPARE(table.column("missing"), -1);
    }

    void reportsMalformedInputWithItsLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"open\n") << 2;
        QTest::newRow("stray quote") << QByteArray("a,b\n1,2\nx\"y,3\n") << 3;
        QTest::newRow("text after quote") << QByteArray("a,b\n\"q\"x,1\n") << 2;
        QTest::newRow("invalid utf8") << QByteArray("a,b\n1,2\n\xff\xfe,3\n") << 3;
        QTest::newRow("overlong utf8") << QByteArray("a\n\xc0\xaf\n") << 2;
        QTest::newRow("field count") << QByteArray("a,b\n1,2,3\n") << 2;
        QTest::newRow("empty") << QByteArray("") << 1;
    }
    void reportsMalformedInputWithItsLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        std::istringstream in(bytes.toStdString());
        try {
            CsvReader::read(in);
            QFAIL("malformed input was accepted");
        } catch (const CsvError &e) {
            QCOMPARE(int(e.line()), line);
            QVERIFY(QString::fromUtf8(e.what()).contains(QString::number(line)) || line == 1);
        }
    }

    // Each bound on a file from elsewhere: reached, refused with a message that says which and
    // where; one below it, read. Small limits stand in for the defaults (256 MiB, 1 MiB fields,
    // 4096 fields, 5 million rows, 20 million cells), which work the same way.
    void refusesFilesOverEachLimit_data()
    {
        QTest::addColumn<int>("limit");  // which CsvLimits member is set to its small value
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("accepted");
        QTest::addColumn<QString>("message");
        QTest::newRow("file size") << 0 << QByteArray("a,b\n1,2\n3,45\n") << QByteArray("a,b\n1,2\n3,4\n")
                                   << "line 3: the file is larger than 12 bytes";
        QTest::newRow("field size") << 1 << QByteArray("a\n\"123456789\"\n") << QByteArray("a\n\"12345678\"\n")
                                    << "line 2: a field is longer than 8 bytes; is a closing quote missing?";
        QTest::newRow("fields per record") << 2 << QByteArray("a,b,c,d,e\n") << QByteArray("a,b,c,d\n1,2,3,4\n")
                                           << "line 1: more than 4 fields in one record";
        QTest::newRow("rows") << 3 << QByteArray("a\n1\n2\n3\n4\n") << QByteArray("a\n1\n2\n\n3\n")
                              << "line 5: the file has more than 3 rows";
        QTest::newRow("cells") << 4 << QByteArray("a,b\n1,2\n3,4\n5,6\n") << QByteArray("a,b\n1,2\n3,4\n")
                               << "line 4: the file has more than 5 cells";
    }
    void refusesFilesOverEachLimit()
    {
        QFETCH(int, limit);
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, accepted);
        QFETCH(QString, message);
        lepton::CsvLimits limits;
        std::size_t *const members[] = {&limits.maxFileBytes, &limits.maxFieldBytes, &limits.maxFieldsPerRecord,
                                        &limits.maxRows, &limits.maxCells};
        *members[limit] = std::vector<std::size_t>{12, 8, 4, 3, 5}[std::size_t(limit)];
        std::istringstream good(accepted.toStdString());
        QVERIFY(!CsvReader::read(good, limits).rows.empty());
        std::istringstream in(bytes.toStdString());
        try {
            CsvReader::read(in, limits);
            QFAIL("a file over the limit was accepted");
        } catch (const CsvError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).startsWith(message), e.what());
        }
    }

    void defaultLimitsRefuseAFieldOverOneMebibyte()
    {
        std::istringstream in("a\n" + std::string((1 << 20) + 1, 'x') + "\n");
        try {
            CsvReader::read(in);
            QFAIL("a 1 MiB field was accepted");
        } catch (const CsvError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains("longer than 1 MiB"), e.what());
        }
    }

    void readsEveryRowOfTheSharedDataSets()
    {
        REQUIRE_SHARED_DATA(mr, "text/mr/train.csv");
        REQUIRE_SHARED_DATA(sms, "text/sms_spam/train.csv");
        REQUIRE_SHARED_DATA(cancer, "tabular/breast_cancer.csv");
        QCOMPARE(CsvReader::readFile(mr.toStdString()).rows.size(), size_t(9596));
        QCOMPARE(CsvReader::readFile(sms.toStdString()).rows.size(), size_t(5017));
        const auto table = CsvReader::readFile(cancer.toStdString());
        QCOMPARE(table.rows.size(), size_t(569));
        QCOMPARE(table.header.size(), size_t(31));
    }

    void missingFileSaysWhich()
    {
        try {
            CsvReader::readFile("/nonexistent/data.csv");
            QFAIL("no error for a missing file");
        } catch (const CsvError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains("/nonexistent/data.csv"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
