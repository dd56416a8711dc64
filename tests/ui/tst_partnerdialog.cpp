// The partner form explains bad input next to the field while the user types, and only lets a
// valid partner through.
#include "ui/records/PartnerDialog.h"
#include "models/repositories/PartnerRepository.h"
#include "models/storage/Workspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

class TestPartnerDialog : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_workspace.open(m_dir.filePath(QStringLiteral("w.sqlite")), &error), qPrintable(error));
    }
    void cleanup() { m_workspace.close(); QFile::remove(m_dir.filePath(QStringLiteral("w.sqlite"))); }

    void badEmailIsExplainedUnderTheField()
    {
        PartnerRepository repository(m_workspace);
        PartnerDialog dialog(Partner{}, repository);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Qingdao Ports AI"));
        auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("email"));
        QTest::keyClicks(email, QStringLiteral("ops-at-qingdao"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("error_email"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("ops-at-qingdao")));
        QVERIFY(!dialog.okButton()->isEnabled());

        email->clear();
        QTest::keyClicks(email, QStringLiteral("ops@qingdao-ports.cn"));
        QVERIFY(!message->isVisible());
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void requiredNameAndUniqueNameAreExplained()
    {
        PartnerRepository repository(m_workspace);
        Partner existing;
        existing.name = QStringLiteral("华为云");
        QString error;
        QVERIFY2(repository.create(existing, &error), qPrintable(error));

        PartnerDialog dialog(Partner{}, repository);
        dialog.show();
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
        QTest::keyClicks(name, QStringLiteral("x"));
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(!dialog.errorText(QStringLiteral("name")).isEmpty());  // required
        name->insert(QStringLiteral("华为云"));  // keyClicks types Latin-1 only
        QVERIFY(dialog.errorText(QStringLiteral("name")).contains(QStringLiteral("华为云")));  // taken
        QVERIFY(!dialog.okButton()->isEnabled());
    }

    void ratingOutsideOneToFiveIsRefused()
    {
        PartnerRepository repository(m_workspace);
        Partner p;
        p.name = QStringLiteral("Delta Robotics");
        PartnerDialog dialog(p, repository);
        dialog.show();
        dialog.findChild<QSpinBox *>(QStringLiteral("rating"))->setValue(0);
        QVERIFY(!dialog.errorText(QStringLiteral("rating")).isEmpty());
        QVERIFY(!dialog.okButton()->isEnabled());
    }

    void okReturnsTheTypedPartner()
    {
        PartnerRepository repository(m_workspace);
        PartnerDialog dialog(Partner{}, repository);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Lumen Labs"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("capability_tags")),
                         QStringLiteral("medical imaging, IoT"));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.partner().name, QStringLiteral("Lumen Labs"));
        QCOMPARE(dialog.partner().capabilityTags, (QStringList{QStringLiteral("medical imaging"), QStringLiteral("IoT")}));
    }

private:
    QTemporaryDir m_dir;
    Workspace m_workspace;
};

QTEST_MAIN(TestPartnerDialog)
#include "tst_partnerdialog.moc"
