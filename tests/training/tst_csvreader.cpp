#include "CsvReader.h"
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
