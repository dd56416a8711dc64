// Atomic writes (checkpoints, configs, vocabularies): a new file replaces the old one whole, and
// a symlink planted where the temporary file goes is never followed.
#include "common/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

class TestAtomicFile : public QObject {
    Q_OBJECT
private:
    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
    }

private slots:
    void replacesTheFileWhole()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("config.json").toStdString();
        lepton::writeFileAtomically(path, "old");
        lepton::writeFileAtomically(path, std::vector<std::string_view>{"ne", "w"});
        QCOMPARE(contents(QString::fromStdString(path)), QByteArray("new"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList{"config.json"});
    }

    void doesNotFollowAPlantedSymlink()
    {
        // Another local user plants symlinks at every name a predictable temporary file could
        // take (the old writer used "PATH.tmp-PID"), pointing at a file of the victim's.
        QTemporaryDir dir;
        const QString victim = dir.filePath("victim.txt");
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        const QString target = dir.filePath("model.safetensors");
        const QString planted = QStringLiteral("%1.tmp-%2").arg(target).arg(::getpid());
        QVERIFY(QFile::link(victim, planted));

        lepton::writeFileAtomically(target.toStdString(), "weights");
        QCOMPARE(contents(victim), QByteArray("precious"));
        QCOMPARE(contents(target), QByteArray("weights"));
        QVERIFY(!QFileInfo(target).isSymLink());
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
