// The Simplified Chinese translation is complete and the compiled one is what the app loads.
#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void everyEntryIsTranslated()
    {
        QFile file(QStringLiteral(LEPTON_TS_FILE));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString context, source;
        int messages = 0;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) continue;
            if (xml.name() == QLatin1String("name")) context = xml.readElementText();
            else if (xml.name() == QLatin1String("source")) source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                // Plural entries keep their text in <numerusform> children.
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") || text.isEmpty())
                    problems << QStringLiteral("%1: \"%2\" (%3)").arg(context, source, type.isEmpty() ? QStringLiteral("empty") : type);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 100, "the .ts file holds almost nothing: run the update_translations target");
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 entries not translated:\n").arg(problems.size()) + problems.join('\n')));
    }

    void compiledTranslationTranslatesTheMenus()
    {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(LEPTON_QM_FILE)), LEPTON_QM_FILE);
        const QString text = translator.translate("MainWindow", "&File");
        QVERIFY(!text.isEmpty());
        QVERIFY(text != QStringLiteral("&File"));
        QVERIFY(text.contains(QChar(0x6587)));  // 文 of 文件
        QCOMPARE(translator.translate("PartnerList", "Partners"), QStringLiteral("合作伙伴"));
        // Plural forms are compiled too.
        QCOMPARE(translator.translate("PartnerList", "%Ln partner(s)", "", 3), QStringLiteral("%Ln 个合作伙伴"));  // %Ln is filled in by tr()
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
