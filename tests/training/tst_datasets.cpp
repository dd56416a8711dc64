#include "training/BatchOrder.h"
#include "training/DataSplit.h"
#include "SharedData.h"
#include "training/TabularDataset.h"
#include "training/TextDataset.h"
#include "training/TrainingConfig.h"

#include <QtTest>
#include <fstream>
#include <functional>
#include <map>
#include <set>

using namespace lepton;

class TestDatasets : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    std::string write(const char *name, const std::string &bytes)
    {
        const std::string path = (m_dir.path() + "/" + name).toStdString();
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }
    static std::string errorOf(const std::function<void()> &action)
    {
        try {
            action();
        } catch (const std::exception &e) {
            return e.what();
        }
        return {};
    }
    static bool contains(const std::string &text, const std::string &part)
    {
        return text.find(part) != std::string::npos;
    }

private slots:
    void readsTextsAndSortsLabels()
    {
        const auto path = write("numbers.csv", "label,text\n10,a\n2,b\n10,c\n");
        const auto data = TextDataset::fromCsv(path, "text", "label", nullptr);
        // Numeric labels sort as numbers: "2" is class 0, "10" class 1.
        QCOMPARE(data.classes.names(), (std::vector<std::string>{"2", "10"}));
        QCOMPARE(data.labels, (std::vector<int64_t>{1, 0, 1}));
        QCOMPARE(data.texts[1], std::string("b"));

        const auto words = TextDataset::fromCsv(write("words.csv", "text,label\nx,spam\ny,ham\n"),
                                                "text", "label", nullptr);
        QCOMPARE(words.classes.names(), (std::vector<std::string>{"ham", "spam"}));
    }

    void masksPiiInTrainingTextsWhenTheRunAsksForIt()
    {
        const auto path = write("sms.csv", "label,text\nham,\"Call me on +44 7700 900123 or mail bob@example.org\"\n"
                                           "spam,WIN 1000 GBP on 2024-05-01! Text 87121\n");
        TextDataset data = TextDataset::fromCsv(path, "text", "label", nullptr);
        data.maskPii();
        QCOMPARE(data.texts[0], std::string("Call me on [phone] or mail [email]"));
        QCOMPARE(data.texts[1], std::string("WIN 1000 GBP on 2024-05-01! Text 87121"));

        // The run's configuration records the choice; configurations from before it did not mask.
        TrainingConfig config;
        QVERIFY(!config.maskPii);
        config.maskPii = true;
        const std::string json = config.toJson();
        QVERIFY(contains(json, "\"mask_pii\": true"));
        QVERIFY(TrainingConfig::fromJson(json).maskPii);
        std::string old = json;
        old.erase(old.find("\"mask_pii\": true,"), std::string("\"mask_pii\": true,").size());
        QVERIFY(!TrainingConfig::fromJson(old).maskPii);
    }

    void reportsDataErrorsUsersCanFix()
    {
        const auto empty = errorOf([&] { TextDataset::fromCsv(write("empty.csv", ""), "text", "label", nullptr); });
        QVERIFY2(contains(empty, "empty"), empty.c_str());
        const auto headerOnly = errorOf([&] { TextDataset::fromCsv(write("header.csv", "text,label\n"), "text", "label", nullptr); });
        QVERIFY2(contains(headerOnly, "no data rows"), headerOnly.c_str());
        const auto missing = errorOf([&] {
            TextDataset::fromCsv(write("cols.csv", "sentence,label\nhi,1\n"), "text", "label", nullptr);
        });
        QVERIFY2(contains(missing, "no column named 'text'") && contains(missing, "sentence, label"), missing.c_str());
        const auto single = errorOf([&] {
            TextDataset::fromCsv(write("single.csv", "text,label\na,pos\nb,pos\n"), "text", "label", nullptr);
        });
        QVERIFY2(contains(single, "at least two classes"), single.c_str());
        const auto utf8 = errorOf([&] {
            TextDataset::fromCsv(write("bytes.csv", "text,label\nfine,0\nalso fine,1\ncaf\xe9,0\n"), "text", "label", nullptr);
        });
        QVERIFY2(contains(utf8, "line 4") && contains(utf8, "UTF-8"), utf8.c_str());
        const ClassLabels known(std::vector<std::string>{"neg", "pos"});
        const auto unknown = errorOf([&] {
            TextDataset::fromCsv(write("eval.csv", "text,label\na,pos\nb,neutral\n"), "text", "label", &known);
        });
        QVERIFY2(contains(unknown, "line 3") && contains(unknown, "neutral"), unknown.c_str());
    }

    void readsNumericFeatureColumns()
    {
        REQUIRE_SHARED_DATA(path, "tabular/breast_cancer.csv");
        const auto data = TabularDataset::fromCsv(path.toStdString(), {}, "diagnosis", nullptr);
        QCOMPARE(data.featureCount(), std::size_t(30));
        QCOMPARE(data.size(), std::size_t(569));
        QCOMPARE(data.featureNames.front(), std::string("mean radius"));
        QCOMPARE(data.classes.names(), (std::vector<std::string>{"benign", "malignant"}));
        QCOMPARE(std::count(data.labels.begin(), data.labels.end(), 1), 212L);
        QCOMPARE(data.features[0], 17.99f);

        const auto chosen = TabularDataset::fromCsv(path.toStdString(), {"mean area", "mean radius"}, "diagnosis", nullptr);
        QCOMPARE(chosen.featureCount(), std::size_t(2));
        QCOMPARE(chosen.features[1], 17.99f);
    }

    void namesTheLineAndColumnOfANonNumericFeature()
    {
        const auto path = write("features.csv", "a,b,label\n1,2,x\n3,n/a,y\n");
        const auto error = errorOf([&] { TabularDataset::fromCsv(path, {"a", "b"}, "label", nullptr); });
        QVERIFY2(contains(error, "line 3") && contains(error, "column 'b'") && contains(error, "n/a"), error.c_str());
    }

    void splitsStratifiedAndReproducibly()
    {
        std::vector<int64_t> labels;
        for (int i = 0; i < 900; ++i) labels.push_back(i < 800 ? 0 : 1);  // 8:1 imbalance
        const auto split = DataSplit::stratified(labels, 0.1, 7);
        QCOMPARE(split.validation.size(), std::size_t(90));
        QCOMPARE(std::count_if(split.validation.begin(), split.validation.end(), [&](std::size_t i) { return labels[i] == 1; }), 10L);
        std::set<std::size_t> all(split.train.begin(), split.train.end());
        all.insert(split.validation.begin(), split.validation.end());
        QCOMPARE(all.size(), labels.size());  // a partition: nothing lost, nothing twice
        QCOMPARE(DataSplit::stratified(labels, 0.1, 7).validation, split.validation);
        QVERIFY(DataSplit::stratified(labels, 0.1, 8).validation != split.validation);
    }

    void bucketsBatchesByLengthAndReproducibly()
    {
        std::vector<std::size_t> lengths;
        for (int i = 0; i < 1000; ++i) lengths.push_back(3 + (i * 7919) % 60);
        const auto batches = BatchOrder::forTraining(lengths, 16, 42, 0);
        std::multiset<std::size_t> seen;
        std::size_t padded = 0, real = 0;
        for (const auto &batch : batches) {
            QVERIFY(batch.size() <= 16);
            std::size_t longest = 0;
            for (const auto i : batch) {
                seen.insert(i);
                longest = std::max(longest, lengths[i]);
                real += lengths[i];
            }
            padded += longest * batch.size();
        }
        QCOMPARE(seen.size(), lengths.size());
        QCOMPARE(std::set<std::size_t>(seen.begin(), seen.end()).size(), lengths.size());
        // Random batches would pad to ~60 tokens for an average of ~32; buckets waste < 10%.
        QVERIFY2(double(padded) < 1.1 * double(real), qPrintable(QString::number(double(padded) / real)));
        QCOMPARE(BatchOrder::forTraining(lengths, 16, 42, 0), batches);
        QVERIFY(BatchOrder::forTraining(lengths, 16, 42, 1) != batches);
        const auto evaluation = BatchOrder::forEvaluation(lengths, 100);
        QCOMPARE(evaluation.size(), std::size_t(10));
        QVERIFY(lengths[evaluation.front().front()] <= lengths[evaluation.back().back()]);
    }
};

QTEST_GUILESS_MAIN(TestDatasets)
#include "tst_datasets.moc"
