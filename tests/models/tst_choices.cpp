#include "models/records/Choices.h"

#include <QSet>
#include <QtTest>

class TestChoices : public QObject {
    Q_OBJECT
private:
    template <typename E>
    static void checkVocabulary(int expectedSize)
    {
        const QList<E> all = Choices::all<E>();
        QCOMPARE(all.size(), expectedSize);
        QSet<QString> keys, labels;
        for (E value : all) {
            const QString key = Choices::key(value);
            QVERIFY(!key.isEmpty());
            QCOMPARE(key, key.toLower());  // stored keys are lower-case ASCII words
            QCOMPARE(*Choices::fromKey<E>(key), value);
            QCOMPARE(*Choices::fromKey<E>(Choices::label(value).toUpper()), value);  // people type labels
            QCOMPARE(Choices::labelForKey<E>(key), Choices::label(value));
            keys.insert(key);
            labels.insert(Choices::label(value));
        }
        QCOMPARE(keys.size(), all.size());
        QCOMPARE(labels.size(), all.size());
        QVERIFY(!Choices::fromKey<E>(QStringLiteral("no such thing")).has_value());
    }

private slots:
    void everyVocabularyRoundTrips()
    {
        checkVocabulary<PartnerKind>(6);
        checkVocabulary<Industry>(10);
        checkVocabulary<PartnerTier>(3);
        checkVocabulary<PartnerStatus>(4);
        checkVocabulary<CooperationMode>(6);
        checkVocabulary<ContractStatus>(5);
        checkVocabulary<AllocationMethod>(4);
        checkVocabulary<ProjectStatus>(5);
        checkVocabulary<ParticipantRole>(6);
        checkVocabulary<LedgerKind>(2);
    }

    void keysAreTheFileFormat()
    {
        // Workspaces and CSV files already hold these; renaming one would orphan their records.
        QCOMPARE(Choices::key(PartnerKind::ResearchInstitute), QString("research_institute"));
        QCOMPARE(Choices::key(Industry::SmartCity), QString("smart_city"));
        QCOMPARE(Choices::key(CooperationMode::JointRnD), QString("joint_rnd"));
        QCOMPARE(Choices::key(ProjectStatus::OnHold), QString("on_hold"));
        QCOMPARE(Choices::key(AllocationMethod::Shapley), QString("shapley"));
        QCOMPARE(Choices::key(std::optional<PartnerTier>()), QString());
        QCOMPARE(Choices::label(CooperationMode::JointRnD), QString("Joint R&D"));
    }
};

QTEST_GUILESS_MAIN(TestChoices)
#include "tst_choices.moc"
