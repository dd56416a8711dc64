// PII masking for exports and training text: e-mail addresses and phone numbers as people write
// them around the world are masked; amounts, dates, times, addresses and codes stay as they were.
#include "common/PiiMasker.h"

#include <QtTest>

using lepton::PiiMasker;

class TestPiiMasker : public QObject {
    Q_OBJECT
private:
    static QString masked(const char *text) { return QString::fromStdString(PiiMasker::mask(text)); }

private slots:
    void masksEmailAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Write to anna@example.com today" << "Write to [email] today";
        QTest::newRow("plus tag and subdomains") << "cc: first.last+crm@mail.sales.example.co.uk, thanks"
                                                 << "cc: [email], thanks";
        QTest::newRow("sentence end") << "Contact: Li.Wei@lepton.cn." << "Contact: [email].";
        QTest::newRow("in brackets, two of them") << "<a_b%c@x-y.org>;<Z9@corp.io>" << "<[email]>;<[email]>";
        QTest::newRow("beside Chinese text") << "联系邮箱wang.fang@lepton.com.cn谢谢" << "联系邮箱[email]谢谢";
        QTest::newRow("not an address: handle") << "follow @lepton_ai and user@localhost" << "follow @lepton_ai and user@localhost";
        QTest::newRow("internationalised domain") << "写信给 zhang@例子.中国。" << "写信给 [email]。";
        QTest::newRow("full-width at sign") << "zhang＠lepton.cn" << "[email]";
        QTest::newRow("not an address: numeric tld") << "ping admin@10.0.0.1" << "ping admin@10.0.0.1";
    }
    void masksEmailAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(PiiMasker::mask(text.toStdString())), expected);
    }

    void masksPhoneNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("UK international") << "Call +44 20 7946 0958 now" << "Call [phone] now";
        QTest::newRow("China mobile international") << "Tel:+86-138-0013-8000" << "Tel:[phone]";
        QTest::newRow("China mobile bare") << "电话13800138000，王经理" << "电话[phone]，王经理";
        QTest::newRow("China mobile grouped") << "手机 138 0013 8000" << "手机 [phone]";
        QTest::newRow("US with area code") << "(555) 123-4567 or 555.987.6543" << "[phone] or [phone]";
        QTest::newRow("US with country code") << "+1 (212) 555-0147." << "[phone].";
        QTest::newRow("Germany trunk zero") << "+49 (0)30 1234567, Büro 030 123 456" << "[phone], Büro [phone]";
        QTest::newRow("France pairs") << "01 23 45 67 89" << "[phone]";
        QTest::newRow("00 prefix") << "0044 20 7946 0958" << "[phone]";
        QTest::newRow("UK national") << "ring 020 7946 0958 after 5" << "ring [phone] after 5";
        QTest::newRow("China mobile full-width") << "手机：１３８００１３８０００，谢谢" << "手机：[phone]，谢谢";
        QTest::newRow("China mobile with country code") << "8613800138000 / 008613800138000" << "[phone] / [phone]";
        QTest::newRow("US without separators") << "call 4155552671" << "call [phone]";
        QTest::newRow("UK mobile without separators") << "mob 07700900123" << "mob [phone]";
        QTest::newRow("Beijing landline without separators") << "座机01062345678" << "座机[phone]";
        QTest::newRow("India mobile") << "+91 or 98765 43210" << "+91 or [phone]";
        QTest::newRow("mixed with e-mail") << "anna@example.com / +33 1 42 68 53 00" << "[email] / [phone]";
    }
    void masksPhoneNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(PiiMasker::mask(text.toStdString())), expected);
    }

    void leavesNumbersThatAreNotPhones_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ISO date") << "Signed 2024-01-15, due 2025-12-31";
        QTest::newRow("date and time") << "2024-01-15 10:30:00";
        QTest::newRow("European date") << "am 15.01.2024 unterschrieben";
        QTest::newRow("US date") << "on 01/15/2024";
        QTest::newRow("amount with commas") << "Revenue $1,234,567.89 in Q3";
        QTest::newRow("European amount") << "Umsatz 1.234.567,89 EUR";
        QTest::newRow("thousands with spaces") << "Budget: 12 345 678 CNY";
        QTest::newRow("big thousands with dots") << "EUR 1.234.567.890";
        QTest::newRow("decimal") << "ratio 1234567.89 and pi 3.14159265358";
        QTest::newRow("currency sign") << "€1.234.567 bezahlt, ¥12,000,000";
        QTest::newRow("percent and years") << "grew 12.5% from 2019 to 2024";
        QTest::newRow("IP address") << "server 192.168.100.200 and 10.0.0.1";
        QTest::newRow("invoice code") << "INV-2024-000123 and PO/2024/55512345";
        QTest::newRow("order number") << "order 123456789012";
        QTest::newRow("list of digits") << "1 2 3 4 5 6 7 8 9";
        QTest::newRow("version and short numbers") << "v1.2.3 build 4567, room 12";
    }
    void leavesNumbersThatAreNotPhones()
    {
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(PiiMasker::mask(text.toStdString())), text);
    }

    void emptyAndPlainTextPassThrough()
    {
        QCOMPARE(masked(""), QString());
        QCOMPARE(masked("无个人信息的文本"), QString("无个人信息的文本"));
    }
};

QTEST_GUILESS_MAIN(TestPiiMasker)
#include "tst_piimasker.moc"
