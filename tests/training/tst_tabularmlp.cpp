// torch before QtTest: Qt's `slots` macro would break torch's headers.
#include "training/ClassifierFactory.h"
#include "training/internal/TabularMlp.h"

#include <QtTest>
#include <fstream>

using namespace lepton;

class TestTabularMlp : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static ClassifierOptions optionsFor(const torch::Tensor &raw)
    {
        const auto scaling = FeatureStandardisation::fit(raw);
        ClassifierOptions options;
        options.featureNames = {"radius", "texture", "constant"};
        options.featureMean = scaling.mean;
        options.featureStd = scaling.std;
        options.hiddenSizes = {8, 4};
        return options;
    }

private slots:
    void fitsMeanAndPopulationStd()
    {
        const auto raw = torch::tensor({{1.0f, 10.0f, 5.0f}, {3.0f, 30.0f, 5.0f}});
        const auto scaling = FeatureStandardisation::fit(raw);
        QCOMPARE(scaling.mean, (std::vector<float>{2.0f, 20.0f, 5.0f}));
        // A constant column divides by 1, so it stays 0 instead of becoming NaN.
        QCOMPARE(scaling.std, (std::vector<float>{1.0f, 10.0f, 1.0f}));
    }

    void standardisationIsStoredAndReloaded()
    {
        torch::manual_seed(1);
        const auto raw = torch::randn({20, 3}) * 7 + 100;
        const auto model = createClassifier("mlp", {"benign", "malignant"}, optionsFor(raw));
        auto &mlp = dynamic_cast<TabularMlp &>(*model);
        const std::string folder = (m_dir.path() + "/mlp").toStdString();
        model->save(folder);

        const auto loaded = loadClassifier(folder);
        auto &reloaded = dynamic_cast<TabularMlp &>(*loaded);
        QCOMPARE(reloaded.config().standardisation.mean, mlp.config().standardisation.mean);
        QCOMPARE(reloaded.config().standardisation.std, mlp.config().standardisation.std);
        QCOMPARE(reloaded.config().featureNames, mlp.config().featureNames);
        QCOMPARE(reloaded.config().hiddenSizes, (std::vector<int64_t>{8, 4}));
        QCOMPARE(loaded->labels(), (std::vector<std::string>{"benign", "malignant"}));

        Batch batch;
        batch.features = mlp.standardise(raw);
        QVERIFY(torch::equal(reloaded.standardise(raw), batch.features));
        QVERIFY(batch.features.mean(0).abs().max().item<float>() < 1e-4);
        model->module().eval();
        loaded->module().eval();
        QVERIFY(torch::equal(model->logits(batch), loaded->logits(batch)));
    }

    void learnsASeparableProblem()
    {
        torch::manual_seed(2);
        const auto raw = torch::randn({64, 3});
        const auto labels = (raw.select(1, 0) + raw.select(1, 1) > 0).to(torch::kInt64);
        const auto model = createClassifier("mlp", {"no", "yes"}, optionsFor(raw));
        Batch batch;
        batch.features = dynamic_cast<TabularMlp &>(*model).standardise(raw);
        batch.labels = labels;
        torch::optim::Adam optimizer(model->module().parameters(), torch::optim::AdamOptions(0.03));
        model->module().train();
        const float firstLoss = torch::cross_entropy_loss(model->logits(batch), labels).item<float>();
        for (int step = 0; step < 150; ++step) {
            optimizer.zero_grad();
            const auto loss = torch::cross_entropy_loss(model->logits(batch), labels);
            loss.backward();
            optimizer.step();
        }
        model->module().eval();
        const auto logits = model->logits(batch);
        QVERIFY(torch::cross_entropy_loss(logits, labels).item<float>() < firstLoss / 3);
        QVERIFY(logits.argmax(1).eq(labels).to(torch::kFloat32).mean().item<float>() > 0.9f);
    }

    void biasesAreNotDecayed()
    {
        const auto model = createClassifier("mlp", {"a", "b"}, optionsFor(torch::randn({4, 3})));
        int decayed = 0, kept = 0;
        for (const auto &item : model->module().named_parameters()) {
            const bool isBias = item.key().size() > 5 && item.key().substr(item.key().size() - 5) == ".bias";
            QCOMPARE(model->decays(item.key()), !isBias);
            (isBias ? kept : decayed)++;
        }
        QCOMPARE(decayed, 3);
        QCOMPARE(kept, 3);
    }

    void inconsistentOptionsAreErrors()
    {
        auto options = optionsFor(torch::randn({4, 3}));
        options.featureMean.pop_back();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, createClassifier("mlp", {"a", "b"}, options));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, createClassifier("mlp", {"a", "a"}, optionsFor(torch::randn({4, 3}))));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, createClassifier("perceptron", {"a", "b"}, {}));
    }

    // A config.json from elsewhere asking for a network no machine can hold is refused by name
    // before anything is allocated.
    void hugeHiddenSizesAreRefused()
    {
        auto options = optionsFor(torch::randn({4, 3}));
        options.hiddenSizes = {1000000, 1000000};
        try {
            createClassifier("mlp", {"a", "b"}, options);
            QFAIL("a network of a trillion weights was accepted");
        } catch (const std::runtime_error &error) {
            QVERIFY2(QString(error.what()).contains("hidden_sizes make 1000005 million weights"), error.what());
        }
    }

    void unknownFolderTypeIsNamed()
    {
        const auto folder = m_dir.path().toStdString() + "/other";
        std::filesystem::create_directories(folder);
        std::ofstream(folder + "/config.json") << R"({"model_type": "roberta"})";
        try {
            loadClassifier(folder);
            QFAIL("a roberta folder was accepted");
        } catch (const std::runtime_error &error) {
            QVERIFY2(QString(error.what()).contains("model_type 'roberta' is not supported"), error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestTabularMlp)
#include "tst_tabularmlp.moc"
