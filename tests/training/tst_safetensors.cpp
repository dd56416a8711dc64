// torch before QtTest: Qt's `slots` macro would break torch's headers.
#include "training/internal/Safetensors.h"

#include <QtTest>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>

using lepton::readSafetensors;
using lepton::TensorMap;
using lepton::writeSafetensors;

namespace {

// A file with the given JSON header (unpadded) followed by dataBytes bytes of data.
std::string rawFile(const std::string &header, size_t dataBytes, uint64_t declaredLength = UINT64_MAX)
{
    const uint64_t length = declaredLength == UINT64_MAX ? header.size() : declaredLength;
    std::string bytes(8, '\0');
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>((length >> (8 * i)) & 0xff);
    return bytes + header + std::string(dataBytes, '\x01');
}

bool bitIdentical(const torch::Tensor &a, const torch::Tensor &b)
{
    return a.sizes() == b.sizes() && a.scalar_type() == b.scalar_type() &&
           torch::equal(a.contiguous().view(torch::kInt32), b.contiguous().view(torch::kInt32));
}

}  // namespace

class TestSafetensors : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    std::string path(const char *name) const { return (m_dir.path() + "/" + name).toStdString(); }

    std::string writeRaw(const char *name, const std::string &bytes) const
    {
        std::ofstream(path(name), std::ios::binary) << bytes;
        return path(name);
    }

private slots:
    void roundTripIsBitIdentical()
    {
        torch::manual_seed(7);
        const float inf = std::numeric_limits<float>::infinity();
        TensorMap tensors;
        tensors["encoder.weight"] = torch::randn({3, 5});
        tensors["special"] = torch::tensor({-0.0f, inf, -inf, std::numeric_limits<float>::denorm_min(),
                                            std::numeric_limits<float>::quiet_NaN()});
        tensors["scalar"] = torch::tensor(3.25f);
        tensors["empty"] = torch::zeros({0, 4});
        tensors["transposed"] = torch::randn({4, 2}).t();  // not contiguous in memory
        const auto file = path("model.safetensors");
        writeSafetensors(file, tensors, {{"format", "pt"}});

        // The header is padded so the data region starts 8-byte aligned, as the format wants.
        std::ifstream in(file, std::ios::binary);
        unsigned char length[8];
        in.read(reinterpret_cast<char *>(length), 8);
        QCOMPARE(int(length[0]) % 8, 0);

        const auto loaded = readSafetensors(file);
        QCOMPARE(loaded.size(), tensors.size());
        for (const auto &[name, tensor] : tensors)
            QVERIFY2(bitIdentical(loaded.at(name), tensor), name.c_str());
        // Only the finished file is left behind (temporary + rename).
        QCOMPARE(std::distance(std::filesystem::directory_iterator(m_dir.path().toStdString()),
                               std::filesystem::directory_iterator()),
                 std::ptrdiff_t(1));
    }

    void readsOnlyWantedTensors()
    {
        TensorMap tensors{{"keep", torch::ones({2})}, {"drop", torch::zeros({3})}};
        writeSafetensors(path("some.safetensors"), tensors);
        const auto loaded = readSafetensors(path("some.safetensors"), [](const std::string &name) { return name == "keep"; });
        QCOMPARE(loaded.size(), size_t(1));
        QVERIFY(loaded.count("keep"));
    }

    void convertsHalfAndBfloat16ToFloat()
    {
        const auto half = torch::tensor({1.5f, -2.25f, 65504.0f, 0.0009765625f}).to(torch::kFloat16);
        const auto bf16 = torch::tensor({1.0f, -3.0e38f, 0.15625f}).to(torch::kBFloat16);
        std::string header = R"({"__metadata__":{"format":"pt"},"h":{"dtype":"F16","shape":[2,2],"data_offsets":[0,8]},)"
                             R"("b":{"dtype":"BF16","shape":[3],"data_offsets":[8,14]}})";
        std::string bytes = rawFile(header, 0);
        bytes.append(static_cast<const char *>(half.data_ptr()), 8);
        bytes.append(static_cast<const char *>(bf16.data_ptr()), 6);
        const auto loaded = readSafetensors(writeRaw("half.safetensors", bytes));
        QCOMPARE(loaded.at("h").scalar_type(), torch::kFloat32);
        QVERIFY(torch::equal(loaded.at("h"), half.to(torch::kFloat32).view({2, 2})));
        QVERIFY(torch::equal(loaded.at("b"), bf16.to(torch::kFloat32)));
        QCOMPARE(loaded.at("h")[0][1].item<float>(), -2.25f);
    }

    void integerTensorsAreSkippedOrNamed()
    {
        // Old BERT checkpoints carry an int64 position_ids buffer: fine to skip, an error to load.
        const std::string header =
            R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"ids":{"dtype":"I64","shape":[2],"data_offsets":[4,20]}})";
        const auto file = writeRaw("ints.safetensors", rawFile(header, 20));
        QCOMPARE(readSafetensors(file, [](const std::string &name) { return name != "ids"; }).size(), size_t(1));
        try {
            readSafetensors(file);
            QFAIL("an I64 weight was accepted");
        } catch (const std::runtime_error &error) {
            const QString message = error.what();
            QVERIFY2(message.contains("'ids'") && message.contains("I64") && message.contains("ints.safetensors"),
                     error.what());
        }
    }

    void malformedFilesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const std::string good = R"({"a":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]}})";
        auto row = [](const char *name, const std::string &bytes, const char *expected) {
            QTest::newRow(name) << QByteArray::fromStdString(bytes) << QString(expected);
        };
        row("truncated", std::string("\x10\0\0", 3), "too short");
        row("header longer than file", rawFile(good, 16, 4000), "larger than");
        row("header over the limit", rawFile(good, 16, 200ull * 1024 * 1024), "100 MB");
        row("truncated data", rawFile(good, 10), "'a' has data_offsets [0, 16] outside");
        row("invalid json", rawFile(R"({"a": {"dtype": )", 16), "not valid JSON");
        row("not an object", rawFile("[1,2]", 0), "not a JSON object");
        row("unknown dtype", rawFile(R"({"a":{"dtype":"F33","shape":[4],"data_offsets":[0,16]}})", 16),
            "'a' has unknown dtype 'F33'");
        row("shape and offsets disagree", rawFile(R"({"a":{"dtype":"F32","shape":[2,3],"data_offsets":[0,16]}})", 16),
            "'a' has shape [2,3] of F32 that does not match its 16 bytes");
        row("negative shape", rawFile(R"({"a":{"dtype":"F32","shape":[-4],"data_offsets":[0,16]}})", 16),
            "'a' has a shape entry");
        row("huge shape", rawFile(R"({"a":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,16]}})", 16),
            "does not match");
        row("offsets out of range", rawFile(R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[16,32]}})", 16),
            "outside the 16-byte data region");
        row("offsets reversed", rawFile(R"({"a":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}})", 16),
            "end before they begin");
        row("missing offsets", rawFile(R"({"a":{"dtype":"F32","shape":[4]}})", 16), "'a' needs data_offsets");
        row("overlapping offsets",
            rawFile(R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,12]},"b":{"dtype":"F32","shape":[2],"data_offsets":[8,16]}})",
                    16),
            "'a' and 'b' have overlapping data_offsets");
        row("metadata not an object", rawFile(R"({"__metadata__":3})", 0), "__metadata__");
    }

    void malformedFilesGiveClearErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const auto file = writeRaw("bad.safetensors", bytes.toStdString());
        try {
            readSafetensors(file);
            QFAIL("a malformed file was accepted");
        } catch (const std::runtime_error &error) {
            const QString message = error.what();
            QVERIFY2(message.contains(expected) && message.startsWith(QString::fromStdString(file)), error.what());
        }
    }

    void missingFileIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, readSafetensors(path("nowhere.safetensors")));
    }
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "tst_safetensors.moc"
