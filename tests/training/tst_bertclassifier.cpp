// torch before QtTest: Qt's `slots` macro would break torch's headers.
#include "training/internal/BertClassifier.h"
#include "training/internal/BagOfNgrams.h"
#include "training/internal/BertNetwork.h"
#include "training/internal/NaiveBayesPrior.h"
#include "training/ClassifierFactory.h"
#include "training/ConfigJson.h"
#include "training/internal/ModuleState.h"
#include "training/internal/Safetensors.h"
#include "SharedData.h"

#include "Skip.h"

#include <QProcess>
#include <QtTest>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>

using namespace lepton;

namespace {

const std::vector<std::string> vocabulary = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "good", "bad",
                                             "movie", "plot", "the",   "a",     "was",   "##s",   "fun"};

WordPieceTokenizer smallTokenizer()
{
    return WordPieceTokenizer(vocabulary, WordPieceTokenizer::Options{});
}

BertConfig tinyConfig(int64_t layers = 2)
{
    BertConfig config;
    config.vocabSize = static_cast<int64_t>(vocabulary.size());
    config.hiddenSize = 16;
    config.numHiddenLayers = layers;
    config.numAttentionHeads = 2;
    config.intermediateSize = 32;
    config.maxPositionEmbeddings = 16;
    config.labels = {"negative", "neutral", "positive"};
    return config;
}

// Two sequences, the second padded: [CLS] ... [SEP] [PAD] [PAD].
Batch sampleBatch()
{
    Batch batch;
    batch.inputIds = torch::tensor({2, 9, 7, 11, 5, 3, 2, 6, 8, 3, 0, 0}, torch::kInt64).view({2, 6});
    batch.attentionMask = torch::tensor({1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0}, torch::kInt64).view({2, 6});
    batch.tokenTypeIds = torch::zeros({2, 6}, torch::kInt64);
    return batch;
}

torch::Tensor evalLogits(ClassifierModel &model, const Batch &batch)
{
    model.module().eval();
    torch::NoGradGuard noGrad;
    return model.logits(batch);
}

QString errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const std::runtime_error &error) {
        return QString::fromUtf8(error.what());
    }
    return QString();
}

torch::Tensor parameter(ClassifierModel &model, const std::string &name)
{
    for (const auto &item : model.module().named_parameters())
        if (item.key() == name) return item.value();
    throw std::runtime_error("test: no parameter " + name);
}

torch::Tensor layerNorm(const torch::Tensor &x, const torch::Tensor &weight, const torch::Tensor &bias, double eps)
{
    const auto mean = x.mean(-1, true);
    const auto variance = (x - mean).pow(2).mean(-1, true);
    return (x - mean) / torch::sqrt(variance + eps) * weight + bias;
}

}  // namespace

class TestBertClassifier : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_saved;  // a folder written by save(), the source of the checkpoint variants
    torch::Tensor m_savedLogits;

    std::string folder(const std::string &name) const { return m_dir.path().toStdString() + "/" + name; }

    // A copy of the saved folder whose tensors went through `edit`.
    std::string variant(const std::string &name, const std::function<void(TensorMap &)> &edit) const
    {
        const auto target = folder(name);
        std::filesystem::create_directories(target);
        for (const char *file : {"config.json", "vocab.txt", "tokenizer_config.json"})
            std::filesystem::copy_file(m_saved + "/" + file, target + "/" + file,
                                       std::filesystem::copy_options::overwrite_existing);
        auto tensors = readSafetensors(m_saved + "/model.safetensors");
        edit(tensors);
        writeSafetensors(target + "/model.safetensors", tensors);
        return target;
    }

private slots:
    void initTestCase()
    {
        torch::manual_seed(11);
        BertClassifier model(tinyConfig(), smallTokenizer());
        m_saved = folder("saved");
        model.save(m_saved);
        m_savedLogits = evalLogits(model, sampleBatch());
    }

    void saveThenLoadGivesBitIdenticalLogits()
    {
        const auto loaded = loadClassifier(m_saved);
        QVERIFY(torch::equal(evalLogits(*loaded, sampleBatch()), m_savedLogits));
        QCOMPARE(loaded->labels(), (std::vector<std::string>{"negative", "neutral", "positive"}));
        QVERIFY(loaded->notes().empty());
    }

    void savedFolderIsATransformersCheckpoint()
    {
        const auto config = readConfigJson(m_saved);
        QCOMPARE(config["model_type"].get<std::string>(), std::string("bert"));
        QCOMPARE(config["architectures"][0].get<std::string>(), std::string("BertForSequenceClassification"));
        QCOMPARE(config["id2label"]["2"].get<std::string>(), std::string("positive"));
        QCOMPARE(config["label2id"]["neutral"].get<int>(), 1);
        QCOMPARE(config["hidden_act"].get<std::string>(), std::string("gelu"));
        QVERIFY(std::filesystem::exists(m_saved + "/vocab.txt"));
        QVERIFY(std::filesystem::exists(m_saved + "/tokenizer_config.json"));
        const auto tensors = readSafetensors(m_saved + "/model.safetensors");
        for (const char *name : {"bert.embeddings.word_embeddings.weight", "bert.embeddings.LayerNorm.weight",
                                 "bert.encoder.layer.1.attention.self.query.weight",
                                 "bert.encoder.layer.0.attention.output.LayerNorm.bias",
                                 "bert.encoder.layer.0.intermediate.dense.weight", "bert.pooler.dense.bias",
                                 "classifier.weight", "classifier.bias"})
            QVERIFY2(tensors.count(name), name);
        // 5 embedding tensors, 16 per layer, pooler 2, head 2.
        QCOMPARE(tensors.size(), size_t(5 + 2 * 16 + 2 + 2));
        QCOMPARE(tensors.at("classifier.weight").sizes().vec(), (std::vector<int64_t>{3, 16}));
    }

    void checkpointSpellingsLoadTheSame()
    {
        // Saved from BertModel (no "bert." prefix), TensorFlow-era LayerNorm gamma/beta, with a
        // pre-training head and the position_ids buffer that a classifier does not use.
        const auto spelled = variant("spelled", [](TensorMap &tensors) {
            TensorMap renamed;
            for (auto &[name, tensor] : tensors) {
                std::string newName = name.rfind("bert.", 0) == 0 ? name.substr(5) : name;
                if (newName.find("LayerNorm.weight") != std::string::npos) newName.replace(newName.size() - 6, 6, "gamma");
                if (newName.find("LayerNorm.bias") != std::string::npos) newName.replace(newName.size() - 4, 4, "beta");
                renamed[newName] = tensor;
            }
            renamed["cls.predictions.bias"] = torch::zeros({14});
            renamed["embeddings.position_ids"] = torch::arange(16, torch::kFloat32).view({1, 16});
            tensors = renamed;
        });
        QVERIFY(readSafetensors(spelled + "/model.safetensors").count("embeddings.LayerNorm.gamma"));
        const auto loaded = loadClassifier(spelled);
        QVERIFY(torch::equal(evalLogits(*loaded, sampleBatch()), m_savedLogits));
    }

    void missingOrMisshapenTensorIsNamed()
    {
        const auto missing = variant("missing", [](TensorMap &tensors) {
            tensors.erase("bert.encoder.layer.1.output.dense.weight");
        });
        const QString missingError = errorOf([&] { loadClassifier(missing); });
        QVERIFY2(missingError.contains("'bert.encoder.layer.1.output.dense.weight' is missing") &&
                     missingError.contains("[16, 32]"),
                 qPrintable(missingError));

        const auto misshapen = variant("misshapen", [](TensorMap &tensors) {
            tensors["bert.encoder.layer.0.attention.self.key.weight"] = torch::zeros({16, 8});
        });
        const QString shapeError = errorOf([&] { loadClassifier(misshapen); });
        QVERIFY2(shapeError.contains("'bert.encoder.layer.0.attention.self.key.weight' has shape [16, 8]") &&
                     shapeError.contains("needs [16, 16]") && shapeError.contains("model.safetensors"),
                 qPrintable(shapeError));
    }

    // A bert-base-chinese folder as the Hub has it (its config.json at a smaller width, so the test
    // stays light): the real vocab.txt with its U+2028 lines, vocab_size 21128, no classification
    // head, and tokenizer_config.json's do_lower_case honoured either way.
    void loadsAChineseBertFolder()
    {
        REQUIRE_SHARED_DATA(vocab, "vocab/bert-base-chinese-vocab.txt");
        const auto chinese = WordPieceTokenizer::fromVocabFile(vocab.toStdString(), {});
        BertConfig config = tinyConfig(1);
        config.vocabSize = 21128;
        const auto target = folder("bert-base-chinese");
        torch::manual_seed(5);
        BertClassifier(config, chinese).save(target);
        auto tensors = readSafetensors(target + "/model.safetensors");
        tensors.erase("classifier.weight");
        tensors.erase("classifier.bias");
        writeSafetensors(target + "/model.safetensors", tensors);
        std::filesystem::copy_file(vocab.toStdString(), target + "/vocab.txt",
                                   std::filesystem::copy_options::overwrite_existing);
        std::ofstream(target + "/config.json") << R"({"architectures": ["BertForMaskedLM"], "attention_probs_dropout_prob": 0.1,
            "directionality": "bidi", "hidden_act": "gelu", "hidden_dropout_prob": 0.1, "hidden_size": 16,
            "initializer_range": 0.02, "intermediate_size": 32, "layer_norm_eps": 1e-12, "max_position_embeddings": 16,
            "model_type": "bert", "num_attention_heads": 2, "num_hidden_layers": 1, "pad_token_id": 0,
            "pooler_fc_size": 768, "pooler_num_attention_heads": 12, "pooler_num_fc_layers": 3,
            "pooler_size_per_head": 128, "pooler_type": "first_token_transform", "type_vocab_size": 2,
            "vocab_size": 21128})";

        const auto idsOf = [&](const std::string &text) {
            const auto model = createClassifier(target, {"negative", "positive"});
            const auto &bert = dynamic_cast<BertClassifier &>(*model);
            if (bert.config().vocabSize != 21128 || bert.tokenizer().vocabularySize() != 21128)
                throw std::runtime_error("test: the folder's sizes were not kept");
            return bert.tokenizer().tokenIds(text);
        };
        const std::string text = "\xe5\xa5\xbd\xe5\x90\x83OK";  // 好吃OK
        std::ofstream(target + "/tokenizer_config.json") << R"({"do_lower_case": false, "model_max_length": 512})";
        QCOMPARE(idsOf(text), (std::vector<int64_t>{1962, 1391, 100}));  // the vocabulary has no capitals
        std::ofstream(target + "/tokenizer_config.json") << R"({"do_lower_case": true})";
        QCOMPARE(idsOf(text), (std::vector<int64_t>{1962, 1391, 8270}));  // "ok", as Hugging Face gives it
    }

    void checkpointWithoutHeadGetsANewOne()
    {
        const auto headless = variant("headless", [](TensorMap &tensors) {
            tensors.erase("classifier.weight");
            tensors.erase("classifier.bias");
        });
        torch::manual_seed(3);
        const auto model = createClassifier(headless, {"ham", "spam"});
        QCOMPARE(model->notes().size(), size_t(1));
        QVERIFY(QString::fromStdString(model->notes()[0].text).contains("no classification head"));
        QCOMPARE(model->labels(), (std::vector<std::string>{"ham", "spam"}));
        QVERIFY(torch::equal(parameter(*model, "classifier.bias"), torch::zeros({2})));
        const auto weight = parameter(*model, "classifier.weight");
        QCOMPARE(weight.sizes().vec(), (std::vector<int64_t>{2, 16}));
        QVERIFY(weight.std().item<double>() > 0.01 && weight.std().item<double>() < 0.04);  // initializer_range 0.02
        // The encoder itself came from the checkpoint.
        const auto original = loadClassifier(m_saved);
        QVERIFY(torch::equal(parameter(*model, "bert.pooler.dense.weight"), parameter(*original, "bert.pooler.dense.weight")));
    }

    void headIsKeptReorderedOrReplacedByLabels()
    {
        const auto reordered = createClassifier(m_saved, {"positive", "negative", "neutral"});
        QVERIFY(reordered->notes().empty());
        const auto logits = evalLogits(*reordered, sampleBatch());
        QVERIFY(torch::equal(logits, m_savedLogits.index_select(1, torch::tensor({2, 0, 1}))));

        const auto otherLabels = createClassifier(m_saved, {"ham", "spam"});
        QCOMPARE(otherLabels->notes().size(), size_t(1));
        QVERIFY(QString::fromStdString(otherLabels->notes()[0].text).contains("new one was initialised for (ham, spam)"));
    }

    void configErrorsNameTheKey_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("heads") << R"({"hidden_size": 768, "num_attention_heads": 10})"
                               << "config.json: hidden_size 768 is not divisible by num_attention_heads 10";
        QTest::newRow("activation") << R"({"hidden_act": "elu"})" << "hidden_act 'elu' is not supported";
        QTest::newRow("type") << R"({"num_hidden_layers": "two"})" << "num_hidden_layers has the wrong type";
        QTest::newRow("negative") << R"({"intermediate_size": 0})" << "intermediate_size must be positive";
        QTest::newRow("dropout") << R"({"hidden_dropout_prob": 1.5})" << "hidden_dropout_prob must be in [0, 1)";
        QTest::newRow("labels") << R"({"id2label": {"0": "a", "2": "b"}})" << "id2label must give one name to each id";
        QTest::newRow("label count") << R"({"id2label": {"0": "a", "1": "b"}, "num_labels": 3})"
                                     << "num_labels 3 does not match";
        QTest::newRow("positions") << R"({"position_embedding_type": "relative_key"})"
                                   << "position_embedding_type 'relative_key' is not supported";
        // Bounds on a config.json from elsewhere: nothing is allocated for sizes no real model has.
        QTest::newRow("vocab size") << R"({"vocab_size": 3000000})"
                                    << "vocab_size 3000000 is larger than any model this engine can build (at most 2000000)";
        QTest::newRow("layers") << R"({"num_hidden_layers": 100000})" << "num_hidden_layers 100000 is larger than any model";
        QTest::newRow("ngram buckets") << R"({"lepton_ngram_buckets": -1})" << "lepton_ngram_buckets must be positive";
        QTest::newRow("ngram parameters") << R"({"lepton_ngram_buckets": 15000000, "hidden_size": 1024, "num_attention_heads": 16})"
                                          << "million parameters, more than the 4000 million this engine can build";
        QTest::newRow("parameters") << R"({"vocab_size": 2000000, "hidden_size": 16384, "num_attention_heads": 16})"
                                    << "million parameters, more than the 4000 million this engine can build";
        QTest::newRow("label count bound") << R"({"num_labels": 1000000000000})"
                                           << "num_labels 1000000000000 is not between 1 and 100000";
        QTest::newRow("label count type") << R"({"num_labels": "2"})" << "num_labels must be a whole number, not \"2\"";
        QTest::newRow("positions type") << R"({"position_embedding_type": 3})"
                                        << "position_embedding_type must be a string, not number";
        QTest::newRow("deep wrong type") << "{\"hidden_size\": " + QString(100000, '[') + QString(100000, ']') + "}"
                                         << "hidden_size has the wrong type (a JSON array)";
        QTest::newRow("file size") << "{\"notes\": \"" + QString(16 << 20, 'x') + "\"}"
                                   << "bytes, over the 16 MiB a config.json may have";
        // A LoRA rank is bounded by the layer width and its adapters count in the parameter limit,
        // checked before any weight is allocated (rank 200000 on BERT-base once took 29 GB).
        QTest::newRow("lora rank") << R"({"lepton_training_mode": {"lora_rank": 200000, "lora_alpha": 16, "freeze_encoder": false}})"
                                   << "lepton_training_mode: LoRA rank 200000 is larger than hidden_size 768";
        QTest::newRow("lora parameters")
            << R"({"vocab_size": 10, "hidden_size": 16384, "num_hidden_layers": 3, "num_attention_heads": 16,
                   "intermediate_size": 1, "max_position_embeddings": 8,
                   "lepton_training_mode": {"lora_rank": 16384, "lora_alpha": 16, "freeze_encoder": false}})"
            << "million parameters, more than the 4000 million this engine can build";
    }

    void configErrorsNameTheKey()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const auto target = folder("badconfig");
        std::filesystem::create_directories(target);
        std::ofstream(target + "/config.json") << R"({"model_type": "bert", )" << json.toStdString().substr(1);
        const QString error = errorOf([&] { loadClassifier(target); });
        QVERIFY2(error.contains(expected) && error.startsWith(QString::fromStdString(target + "/config.json")),
                 qPrintable(error));
    }

    void paddingDoesNotChangeLogits()
    {
        torch::manual_seed(5);
        BertClassifier model(tinyConfig(), smallTokenizer());
        Batch alone;
        alone.inputIds = torch::tensor({{2, 9, 7, 11, 13, 3}}, torch::kInt64);
        alone.attentionMask = torch::ones({1, 6}, torch::kInt64);
        // The same sentence padded with arbitrary ids behind a zero mask.
        Batch padded;
        padded.inputIds = torch::tensor({{2, 9, 7, 11, 13, 3, 5, 6, 8, 1}}, torch::kInt64);
        padded.attentionMask = torch::tensor({{1, 1, 1, 1, 1, 1, 0, 0, 0, 0}}, torch::kInt64);
        const auto expected = evalLogits(model, alone);
        QVERIFY(torch::allclose(evalLogits(model, padded), expected, 1e-5, 1e-6));
        // Without the mask the padding would change the result, so the comparison can fail.
        padded.attentionMask = torch::ones({1, 10}, torch::kInt64);
        QVERIFY(!torch::allclose(evalLogits(model, padded), expected, 1e-5, 1e-6));
    }

    void forwardMatchesAHandWrittenReference_data()
    {
        QTest::addColumn<QString>("activation");
        QTest::newRow("gelu") << "gelu";
        QTest::newRow("relu") << "relu";
    }

    void forwardMatchesAHandWrittenReference()
    {
        QFETCH(QString, activation);
        torch::manual_seed(9);
        auto config = tinyConfig(1);
        config.hiddenAct = activation.toStdString();
        config.typeVocabSize = 2;
        config.layerNormEps = 1e-7;
        BertClassifier model(config, smallTokenizer());
        // Non-trivial biases and norms, so a swapped or missing term shows.
        {
            torch::NoGradGuard noGrad;
            for (auto &item : model.module().named_parameters()) item.value().normal_(0, 0.3);
        }
        Batch batch = sampleBatch();
        batch.tokenTypeIds[0][4] = 1;
        const auto actual = evalLogits(model, batch);

        // Plain loops over sequences and heads; padding is dropped instead of masked.
        const auto p = [&](const std::string &name) { return parameter(model, name); };
        const auto linear = [&](const torch::Tensor &x, const std::string &name) {
            return torch::matmul(x, p(name + ".weight").t()) + p(name + ".bias");
        };
        const double eps = config.layerNormEps;
        const std::string L = "bert.encoder.layer.0.";
        for (int64_t b = 0; b < 2; ++b) {
            const int64_t length = batch.attentionMask[b].sum().item<int64_t>();
            const auto ids = batch.inputIds[b].slice(0, 0, length);
            const auto types = batch.tokenTypeIds[b].slice(0, 0, length);
            auto x = p("bert.embeddings.word_embeddings.weight").index_select(0, ids) +
                     p("bert.embeddings.position_embeddings.weight").slice(0, 0, length) +
                     p("bert.embeddings.token_type_embeddings.weight").index_select(0, types);
            x = layerNorm(x, p("bert.embeddings.LayerNorm.weight"), p("bert.embeddings.LayerNorm.bias"), eps);
            const auto q = linear(x, L + "attention.self.query"), k = linear(x, L + "attention.self.key"),
                       v = linear(x, L + "attention.self.value");
            std::vector<torch::Tensor> heads;
            for (int64_t h = 0; h < 2; ++h) {
                const auto qh = q.slice(1, 8 * h, 8 * h + 8), kh = k.slice(1, 8 * h, 8 * h + 8),
                           vh = v.slice(1, 8 * h, 8 * h + 8);
                const auto scores = torch::exp(torch::matmul(qh, kh.t()) / std::sqrt(8.0));
                heads.push_back(torch::matmul(scores / scores.sum(1, true), vh));
            }
            const auto attended = layerNorm(linear(torch::cat(heads, 1), L + "attention.output.dense") + x,
                                            p(L + "attention.output.LayerNorm.weight"),
                                            p(L + "attention.output.LayerNorm.bias"), eps);
            auto inner = linear(attended, L + "intermediate.dense");
            inner = activation == "gelu" ? 0.5 * inner * (1 + torch::erf(inner / std::sqrt(2.0))) : inner.clamp_min(0);
            const auto output = layerNorm(linear(inner, L + "output.dense") + attended, p(L + "output.LayerNorm.weight"),
                                          p(L + "output.LayerNorm.bias"), eps);
            const auto pooled = torch::tanh(linear(output[0], "bert.pooler.dense"));
            const auto expected = linear(pooled, "classifier");
            QVERIFY2(torch::allclose(actual[b], expected, 1e-4, 1e-5),
                     qPrintable(QString("sequence %1 differs by %2").arg(b).arg((actual[b] - expected).abs().max().item<double>())));
        }
    }

    void matchesAnIndependentPyTorchImplementation()
    {
        // bert_reference.py rebuilds transformers' module tree in Python, loads the saved folder
        // with its own safetensors parser and a strict load_state_dict, and runs the batch.
        // Debian's interpreter first: a python3 earlier on PATH (pyenv, venv) may lack torch.
        QString python;
        for (const QString &candidate : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
            QProcess probe;
            probe.start(candidate, {"-c", "import torch"});
            if (probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0) {
                python = candidate;
                break;
            }
        }
        if (python.isEmpty())
            SKIP_UNLESS_CI("python3 with torch (Debian python3-torch) is not installed; ./lepton setup installs it");
        // Weights far from their small initial values, so that every term (GELU's exact form
        // included) shows in the logits.
        torch::manual_seed(13);
        BertClassifier model(tinyConfig(), smallTokenizer());
        {
            torch::NoGradGuard noGrad;
            for (auto &item : model.module().named_parameters()) item.value().normal_(0, 0.3);
        }
        model.save(folder("reference"));
        const auto batch = sampleBatch();
        const auto actual = evalLogits(model, batch);
        const auto asList = [](const torch::Tensor &t) {
            std::vector<std::vector<int64_t>> rows;
            for (int64_t r = 0; r < t.size(0); ++r)
                rows.emplace_back(t[r].data_ptr<int64_t>(), t[r].data_ptr<int64_t>() + t.size(1));
            return rows;
        };
        const nlohmann::json request = {{"input_ids", asList(batch.inputIds)},
                                        {"attention_mask", asList(batch.attentionMask)}};
        QProcess reference;
        reference.start(python, {LEPTON_BERT_REFERENCE, QString::fromStdString(folder("reference"))});
        reference.write(QByteArray::fromStdString(request.dump()));
        reference.closeWriteChannel();
        QVERIFY(reference.waitForFinished(120000));
        QVERIFY2(reference.exitCode() == 0, reference.readAllStandardError().constData());
        const auto answer = nlohmann::json::parse(reference.readAllStandardOutput().toStdString());
        std::vector<float> logits;
        for (const auto &row : answer.at("logits"))
            for (const auto &value : row) logits.push_back(value.get<float>());
        const auto expected = torch::tensor(logits).view_as(actual);
        // Tight enough that the tanh approximation of GELU (4e-5 here) would fail.
        QVERIFY2(torch::allclose(actual, expected, 1e-6, 2e-6),
                 qPrintable(QString("differs by %1").arg((actual - expected).abs().max().item<double>())));
    }

    void loraTrainsOnlyAdaptersAndHeadAndMergesOnSave()
    {
        ClassifierOptions options;
        options.loraRank = 4;
        options.loraAlpha = 8;
        const auto model = createClassifier(m_saved, {"negative", "neutral", "positive"}, options);
        int adapters = 0;
        for (const auto &item : model->module().named_parameters()) {
            const bool lora = item.key().find("_lora.") != std::string::npos;
            adapters += lora;
            QCOMPARE(item.value().requires_grad(), lora || item.key().rfind("classifier.", 0) == 0);
        }
        QCOMPARE(adapters, 2 * 2 * 2);  // A and B on query and value in both layers
        // B starts at zero, so the adapted model starts exactly where the checkpoint was.
        QVERIFY(torch::equal(evalLogits(*model, sampleBatch()), m_savedLogits));

        // A few optimiser steps move B; the saved folder is a plain BERT with the update merged.
        auto batch = sampleBatch();
        batch.labels = torch::tensor({0, 2});
        std::vector<torch::Tensor> trainable;
        for (const auto &parameter : model->module().parameters())
            if (parameter.requires_grad()) trainable.push_back(parameter);
        torch::optim::Adam optimizer(trainable, torch::optim::AdamOptions(0.05));
        model->module().train();
        for (int step = 0; step < 3; ++step) {
            optimizer.zero_grad();
            torch::cross_entropy_loss(model->logits(batch), batch.labels).backward();
            optimizer.step();
        }
        QVERIFY(!torch::equal(parameter(*model, "bert.encoder.layer.0.attention.self.value_lora.lora_B"),
                              torch::zeros({16, 4})));
        const auto adapted = evalLogits(*model, batch);
        QVERIFY(!torch::allclose(adapted, m_savedLogits));
        model->save(folder("lora-merged"));
        const auto tensors = readSafetensors(folder("lora-merged") + "/model.safetensors");
        for (const auto &item : tensors) QVERIFY2(item.first.find("lora") == std::string::npos, item.first.c_str());
        // As a starting checkpoint the folder is a plain BERT with the update merged in ...
        const auto plain = createClassifier(folder("lora-merged"), model->labels());
        QVERIFY(torch::allclose(evalLogits(*plain, batch), adapted, 1e-5, 1e-5));
        QVERIFY(parameter(*plain, "bert.encoder.layer.0.attention.self.value.weight").requires_grad());

        // ... while loading it back (a resumed run) restores the unmerged adapters and frozen base.
        const auto resumed = loadClassifier(folder("lora-merged"));
        QVERIFY(torch::equal(evalLogits(*resumed, batch), adapted));
        for (const auto &item : resumed->module().named_parameters()) {
            QVERIFY(torch::equal(item.value(), parameter(*model, item.key())));
            QCOMPARE(item.value().requires_grad(), parameter(*model, item.key()).requires_grad());
        }
    }

    void frozenEncoderTrainsPoolerAndHead()
    {
        ClassifierOptions options;
        options.freezeEncoder = true;
        const auto model = createClassifier(m_saved, {"negative", "neutral", "positive"}, options);
        int trainable = 0;
        for (const auto &item : model->module().named_parameters()) {
            const bool head = item.key().rfind("classifier.", 0) == 0 || item.key().rfind("bert.pooler.", 0) == 0;
            QCOMPARE(item.value().requires_grad(), head);
            trainable += head;
        }
        QCOMPARE(trainable, 4);

        model->save(folder("frozen"));
        const auto resumed = loadClassifier(folder("frozen"));
        for (const auto &item : resumed->module().named_parameters())
            QCOMPARE(item.value().requires_grad(), parameter(*model, item.key()).requires_grad());
    }

    void biasesAndLayerNormsAreNotDecayed()
    {
        const auto model = loadClassifier(m_saved);
        QVERIFY(model->decays("bert.encoder.layer.0.attention.self.query.weight"));
        QVERIFY(model->decays("bert.embeddings.word_embeddings.weight"));
        QVERIFY(model->decays("classifier.weight"));
        QVERIFY(!model->decays("classifier.bias"));
        QVERIFY(!model->decays("bert.embeddings.LayerNorm.weight"));
        QVERIFY(!model->decays("bert.encoder.layer.1.output.LayerNorm.weight"));
        QVERIFY(!model->decays("bert.encoder.layer.1.output.dense.bias"));
    }

    void scratchPresetsHaveTheirSizes()
    {
        std::ofstream(folder("vocab.txt")) << [] {
            std::string text;
            for (const auto &token : vocabulary) text += token + "\n";
            return text;
        }();
        ClassifierOptions options;
        options.vocabulary = folder("vocab.txt");
        options.maxLength = 64;
        const auto tiny = createClassifier("scratch:tiny", {"neg", "pos"}, options);
        const auto &config = dynamic_cast<BertClassifier &>(*tiny).config();
        QCOMPARE(config.numHiddenLayers, int64_t(2));
        QCOMPARE(config.hiddenSize, int64_t(128));
        QCOMPARE(config.numAttentionHeads, int64_t(2));
        QCOMPARE(config.intermediateSize, int64_t(512));
        QCOMPARE(config.vocabSize, int64_t(vocabulary.size()));
        QCOMPARE(parameter(*tiny, "bert.encoder.layer.1.intermediate.dense.weight").sizes().vec(),
                 (std::vector<int64_t>{512, 128}));
        QCOMPARE(parameter(*tiny, "bert.embeddings.position_embeddings.weight").size(0), int64_t(64));
        QCOMPARE(parameter(*tiny, "ngrams.embeddings.weight").sizes().vec(),
                 (std::vector<int64_t>{int64_t(vocabulary.size()) + (1 << 14), 128}));
        QCOMPARE(parameter(*tiny, "naive_bayes.counts").sizes().vec(),
                 (std::vector<int64_t>{int64_t(vocabulary.size()) + (1 << 18), 2}));
        const auto mini = createClassifier("scratch:mini", {"neg", "pos"}, options);
        QCOMPARE(dynamic_cast<BertClassifier &>(*mini).config().numHiddenLayers, int64_t(4));
        QCOMPARE(parameter(*mini, "bert.encoder.layer.3.output.dense.weight").sizes().vec(),
                 (std::vector<int64_t>{256, 1024}));
        QVERIFY(errorOf([] { createClassifier("scratch:tiny", {"neg", "pos"}, {}); }).contains("needs a vocabulary"));
        QVERIFY(errorOf([&] { createClassifier("scratch:huge", {"neg", "pos"}, options); }).contains("unknown model"));
    }

    // fastText's features: the mean of the tokens' rows and their hashed bigrams' rows.
    void bagOfNgramsIsTheMeanOfTokenAndBigramRows()
    {
        torch::manual_seed(5);
        const int64_t tokens = int64_t(vocabulary.size()), buckets = 8;
        BagOfNgrams bag(tokens, buckets, 4);
        const auto rows = bag->embeddings->weight.detach();
        const auto bucket = [&](int64_t first, int64_t second) { return tokens + (first * 1000003 + second) % buckets; };
        const auto ids = torch::tensor({2, 5, 3, 0, 2, 6, 5, 3}, torch::kInt64).view({2, 4});
        const auto mask = torch::tensor({1, 1, 1, 0, 1, 1, 1, 1}, torch::kInt64).view({2, 4});
        torch::NoGradGuard noGrad;
        const auto actual = bag(ids, mask);
        const auto expectedPadded =
            (rows[2] + rows[5] + rows[3] + rows[bucket(2, 5)] + rows[bucket(5, 3)]) / 5;
        const auto expectedFull = (rows[2] + rows[6] + rows[5] + rows[3] + rows[bucket(2, 6)] + rows[bucket(6, 5)] +
                                   rows[bucket(5, 3)]) / 7;
        QVERIFY(torch::allclose(actual[0], expectedPadded, 1e-6, 1e-7));
        QVERIFY(torch::allclose(actual[1], expectedFull, 1e-6, 1e-7));
        // Word order reaches the bag through the bigrams only.
        const auto swapped = bag(torch::tensor({2, 6, 5, 3}, torch::kInt64).view({1, 4}), torch::ones({1, 4}, torch::kInt64));
        const auto reordered = bag(torch::tensor({2, 5, 6, 3}, torch::kInt64).view({1, 4}), torch::ones({1, 4}, torch::kInt64));
        QVERIFY(!torch::allclose(swapped, reordered));
    }

    void modelWithABagOfNgramsSavesAndLoads()
    {
        torch::manual_seed(12);
        BertConfig config = tinyConfig();
        config.ngramBuckets = 8;
        BertClassifier model(config, smallTokenizer());
        const auto saved = folder("with-ngrams");
        model.save(saved);
        QCOMPARE(readConfigJson(saved).at("lepton_ngram_buckets").get<int64_t>(), int64_t(8));
        const auto loaded = loadClassifier(saved);
        QVERIFY(torch::equal(evalLogits(*loaded, sampleBatch()), evalLogits(model, sampleBatch())));
        QVERIFY(torch::equal(parameter(*loaded, "ngrams.embeddings.weight"), parameter(model, "ngrams.embeddings.weight")));
        // The bag counts: the same encoder without it scores differently.
        BertClassifier plain(tinyConfig(), smallTokenizer());
        loadModuleState(plain.module(), moduleState(model.module()), "test",
                        [](const std::string &name) { return name.rfind("ngrams.", 0) != 0; });
        QVERIFY(!torch::allclose(evalLogits(plain, sampleBatch()), evalLogits(model, sampleBatch())));
    }

    // Multinomial naive Bayes with Laplace smoothing over tokens and hashed bigrams, centred on
    // the classes' mean and scaled, checked against counting by hand; a counted text scored with
    // its label is scored as if it had never been counted (leave one out).
    void naiveBayesPriorScoresTextsAsCountingByHandDoes()
    {
        const int64_t tokens = int64_t(vocabulary.size()), buckets = 8, rows = tokens + buckets;
        const auto bucket = [&](int64_t first, int64_t second) { return tokens + (first * 1000003 + second) % buckets; };
        // "good fun" (class 1), "bad plot the" (0), "good movie" (1), padded to three tokens.
        const std::vector<std::vector<int64_t>> texts{{5, 13}, {6, 8, 9}, {5, 7}};
        const std::vector<int64_t> classes{1, 0, 1};
        const auto ids = torch::tensor({5, 13, 0, 6, 8, 9, 5, 7, 0}, torch::kInt64).view({3, 3});
        const auto mask = torch::tensor({1, 1, 0, 1, 1, 1, 1, 1, 0}, torch::kInt64).view({3, 3});
        const auto labels = torch::tensor(classes, torch::kInt64);

        // by hand: [class][feature] occurrences of the texts except `left`
        const auto byHand = [&](const std::vector<int64_t> &query, int left) {
            std::map<int64_t, double> counts[2];
            double totals[2] = {0, 0}, examples[2] = {0, 0};
            for (int t = 0; t < 3; ++t) {
                if (t == left) continue;
                const auto &text = texts[t];
                const int64_t c = classes[t];
                for (std::size_t i = 0; i < text.size(); ++i) {
                    counts[c][text[i]] += 1;
                    if (i + 1 < text.size()) counts[c][bucket(text[i], text[i + 1])] += 1;
                }
                totals[c] += double(2 * text.size() - 1);
                examples[c] += 1;
            }
            double score[2];
            for (int c = 0; c < 2; ++c) {
                score[c] = std::log(examples[c] + 1);
                for (std::size_t i = 0; i < query.size(); ++i) {
                    score[c] += std::log((counts[c][query[i]] + 1) / (totals[c] + double(rows)));
                    if (i + 1 < query.size())
                        score[c] += std::log((counts[c][bucket(query[i], query[i + 1])] + 1) / (totals[c] + double(rows)));
                }
            }
            const double mean = (score[0] + score[1]) / 2;
            return std::vector<double>{0.25 * (score[0] - mean), 0.25 * (score[1] - mean)};
        };
        const auto close = [](const torch::Tensor &actual, const std::vector<double> &expected) {
            return std::abs(actual[0].item<double>() - expected[0]) < 1e-5 &&
                   std::abs(actual[1].item<double>() - expected[1]) < 1e-5;
        };

        NaiveBayesPrior prior(tokens, buckets, 2);
        prior->addCounts(ids, mask, labels);
        QCOMPARE(prior->examples[1].item<float>(), 2.f);
        QCOMPARE(prior->counts[5][1].item<float>(), 2.f);  // "good" twice in class 1
        torch::NoGradGuard noGrad;
        // "good plot", a text it has not counted: one padded and one full row give the same scores.
        const auto unseen = prior(torch::tensor({5, 8, 0, 5, 8, 0}, torch::kInt64).view({2, 3}),
                                  torch::tensor({1, 1, 0, 1, 1, 1}, torch::kInt64).view({2, 3}));
        QVERIFY(close(unseen[0], byHand({5, 8}, -1)));
        QVERIFY(unseen[1][1].item<double>() != unseen[0][1].item<double>());  // [PAD] is a token when unmasked
        QVERIFY(unseen[0][1].item<double>() > 0);                              // "good" leans to class 1
        // Leave one out: each counted text scores as if only the other two were counted.
        const auto counted = prior(ids, mask, labels);
        for (int t = 0; t < 3; ++t)
            QVERIFY2(close(counted[t], byHand(texts[t], t)), qPrintable(QString::number(t)));
        QVERIFY(!close(prior(ids, mask)[0], byHand(texts[0], 0)));
    }

    // The counts travel with the model, follow its classes when a checkpoint lists them in another
    // order, and are dropped with the head for other classes.
    void modelWithANaiveBayesPriorSavesLoadsAndReorders()
    {
        torch::manual_seed(13);
        BertConfig config = tinyConfig();
        config.naiveBayesBuckets = 8;
        BertClassifier model(config, smallTokenizer());
        Batch counted = sampleBatch();
        counted.labels = torch::tensor({2, 0}, torch::kInt64);
        model.addTrainingCounts(counted);
        const auto saved = folder("with-naive-bayes");
        model.save(saved);
        QCOMPARE(readConfigJson(saved).at("lepton_naive_bayes_buckets").get<int64_t>(), int64_t(8));
        const auto logits = evalLogits(model, sampleBatch());
        QVERIFY(torch::equal(evalLogits(*loadClassifier(saved), sampleBatch()), logits));

        const auto reordered = createClassifier(saved, {"positive", "negative", "neutral"});
        QVERIFY(torch::allclose(evalLogits(*reordered, sampleBatch()), logits.index_select(1, torch::tensor({2, 0, 1})),
                                1e-5, 1e-6));
        const auto otherLabels = createClassifier(saved, {"ham", "spam"});
        QCOMPARE(parameter(*otherLabels, "naive_bayes.counts").sizes().vec(),
                 (std::vector<int64_t>{int64_t(vocabulary.size()) + 8, 2}));
        QCOMPARE(parameter(*otherLabels, "naive_bayes.counts").sum().item<float>(), 0.f);
        // What AdamW may touch: the prior's weight trains without decay, its counts do not train.
        QVERIFY(!parameter(model, "naive_bayes.counts").requires_grad());
        QVERIFY(parameter(model, "naive_bayes.scale").requires_grad());
        QVERIFY(!model.decays("naive_bayes.scale"));
    }

    void badInputsAreErrors()
    {
        const auto model = loadClassifier(m_saved);
        Batch outside = sampleBatch();
        outside.inputIds[0][2] = 99;
        QVERIFY(errorOf([&] { model->logits(outside); }).contains("token id 99 is outside"));
        Batch longer;
        longer.inputIds = torch::full({1, 17}, 5, torch::kInt64);
        QVERIFY(errorOf([&] { model->logits(longer); }).contains("longer than the model's 16 positions"));
        // --lora-rank from the command line or the run form: the same bound as a config.json's.
        const QString rank = errorOf([] { BertClassifier(tinyConfig(), smallTokenizer(), BertTrainingMode{17, 8, false}); });
        QVERIFY2(rank.contains("LoRA rank 17 is larger than hidden_size 16; use a rank of at most 16"), qPrintable(rank));
        QVERIFY(errorOf([] { BertClassifier(tinyConfig(), smallTokenizer(), BertTrainingMode{16, 8, false}); }).isEmpty());
    }

    void lossFallsOnAToyTask()
    {
        torch::manual_seed(4);
        BertClassifier model(tinyConfig(), smallTokenizer());
        Batch batch;
        batch.inputIds = torch::tensor({{2, 9, 7, 11, 5, 3}, {2, 9, 7, 11, 6, 3}, {2, 5, 8, 3, 0, 0}, {2, 6, 8, 3, 0, 0}});
        batch.attentionMask = (batch.inputIds != 0).to(torch::kInt64);
        batch.labels = torch::tensor({2, 0, 2, 0});
        torch::optim::AdamW optimizer(model.module().parameters(), torch::optim::AdamWOptions(1e-2));
        model.module().train();
        const float first = torch::cross_entropy_loss(model.logits(batch), batch.labels).item<float>();
        for (int step = 0; step < 50; ++step) {
            optimizer.zero_grad();
            torch::cross_entropy_loss(model.logits(batch), batch.labels).backward();
            optimizer.step();
        }
        model.module().eval();
        const float last = torch::cross_entropy_loss(model.logits(batch), batch.labels).item<float>();
        QVERIFY2(last < first / 4, qPrintable(QString("loss %1 -> %2").arg(first).arg(last)));
    }
};

QTEST_GUILESS_MAIN(TestBertClassifier)
#include "tst_bertclassifier.moc"
