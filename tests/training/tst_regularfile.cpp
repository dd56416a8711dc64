#include "common/RegularFile.h"
#include "training/TrainedModel.h"

#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <functional>

using namespace lepton;

namespace {
QByteArray errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const std::runtime_error &e) {
        return e.what();
    }
    return "no error";
}
}  // namespace

// Files named by users or found in model folders: only regular files, never more bytes than the
// caller's bound, and a message that says which file and why.
class TestRegularFile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void readsARegularFileWithinItsBound()
    {
        const std::string path = m_dir.filePath("small.txt").toStdString();
        std::ofstream(path) << "twelve bytes";
        QCOMPARE(readRegularFile(path, 12, "a test file"), std::string("twelve bytes"));
        const auto error = errorOf([&] { readRegularFile(path, 11, "a test file"); });
        QVERIFY2(error.contains("small.txt is 12 bytes, over the 0 MiB a test file may have"), error.constData());
    }

    // /proc files report size 0 like a device, but are regular: the bound holds for the bytes read.
    void boundCountsTheBytesActuallyRead()
    {
        const auto error = errorOf([] { readRegularFile("/proc/self/maps", 64, "a test file"); });
        QVERIFY2(error.contains("/proc/self/maps is over the 0 MiB a test file may have"), error.constData());
    }

    void namesWhyAPathIsNotAFile_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QString() << "does not exist";
        QTest::newRow("folder") << m_dir.path() << "is a folder, not a file";
        QTest::newRow("device") << "/dev/zero" << "is not a regular file";
    }
    void namesWhyAPathIsNotAFile()
    {
        QFETCH(QString, target);
        QFETCH(QString, reason);
        const QString link = m_dir.filePath(QStringLiteral("link-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        if (!target.isEmpty()) QVERIFY(QFile::link(target, link));
        QVERIFY2(QString::fromStdString(whyNotARegularFile(link.toStdString())).startsWith(reason),
                 whyNotARegularFile(link.toStdString()).c_str());
        const auto error = errorOf([&] { readRegularFile(link.toStdString(), 1 << 20, "a test file"); });
        QVERIFY2(error.startsWith(link.toUtf8() + " " + reason.toUtf8()), error.constData());
    }

    // A model folder's data_settings.json planted as a link to /dev/zero is refused at once
    // instead of filling memory.
    void dataSettingsMustBeARegularFile()
    {
        const QString folder = m_dir.filePath("model");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), folder + "/" + DataSettings::kFile));
        const auto error = errorOf([&] { DataSettings::load(folder.toStdString()); });
        QVERIFY2(error.contains("data_settings.json is not a regular file"), error.constData());

        QFile::remove(folder + "/" + DataSettings::kFile);
        std::ofstream((folder + "/" + DataSettings::kFile).toStdString()) << "{\"text_column\": \"review\"}";
        QCOMPARE(DataSettings::load(folder.toStdString()).textColumn, std::string("review"));
        std::ofstream((folder + "/" + DataSettings::kFile).toStdString()) << std::string((1 << 20) + 1, ' ');
        const auto tooLarge = errorOf([&] { DataSettings::load(folder.toStdString()); });
        QVERIFY2(tooLarge.contains("over the 1 MiB a data_settings.json may have"), tooLarge.constData());
    }
};

QTEST_GUILESS_MAIN(TestRegularFile)
#include "tst_regularfile.moc"
