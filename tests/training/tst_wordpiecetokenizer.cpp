#include "common/CsvReader.h"
#include "SharedData.h"
#include "training/tokenizer/WordPieceTokenizer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <iterator>
#include <random>

using lepton::WordPieceTokenizer;

namespace {

const char *const kVocab = "vocab/bert-base-uncased-vocab.txt";
const char *const kChineseVocab = "vocab/bert-base-chinese-vocab.txt";

// Hugging Face's WordPiece test vocabulary plus a few CJK, accented and punctuation tokens: small
// enough that each expected piece can be checked by eye.
WordPieceTokenizer smallTokenizer(WordPieceTokenizer::Options options = {})
{
    return WordPieceTokenizer({"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "want", "##want", "##ed",
                               "wa", "un", "runn", "##ing", ",", "low", "lowest", "\xe4\xb8\xad",
                               "\xe6\x96\x87", "cafe", "caf", "##\xc3\xa9", "hello", "!"},
                              options);
}

std::vector<std::string> strings(std::initializer_list<const char *> list)
{
    return std::vector<std::string>(list.begin(), list.end());
}

QString idsText(const std::vector<int64_t> &ids)
{
    QStringList parts;
    for (int64_t id : ids) parts << QString::number(id);
    return parts.join(QLatin1Char(' '));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

// Runs Hugging Face's tokenizer (node + npm "tokenizers") on texts: one id list per text, or
// false and the reason. A missing node or npm module fails the test: the comparison is part of
// the suite, and ./lepton setup installs both.
bool referenceIds(const std::vector<std::string> &texts, const QString &vocab, const QStringList &options,
                  std::vector<std::vector<int64_t>> &ids, QString &error)
{
    const QString dir = QStringLiteral(LEPTON_HF_REFERENCE_DIR);
    if (!QFileInfo::exists(dir + QStringLiteral("/node_modules/tokenizers/package.json"))) {
        error = QStringLiteral("Hugging Face's npm tokenizer is not installed in %1: run ./lepton setup").arg(dir);
        return false;
    }
    QTemporaryDir temporary;
    QFile input(temporary.filePath(QStringLiteral("texts.b64")));
    QByteArray lines;
    for (const std::string &text : texts) lines += QByteArray::fromStdString(text).toBase64() + '\n';
    if (!input.open(QIODevice::WriteOnly) || input.write(lines) != lines.size()) {
        error = QStringLiteral("cannot write %1").arg(input.fileName());
        return false;
    }
    input.close();
    QProcess node;
    node.setWorkingDirectory(dir);
    node.start(QStringLiteral("node"), QStringList{QStringLiteral("hf_tokenize.js"), QStringLiteral("--vocab"), vocab,
                                                   QStringLiteral("--base64")}
                                           + options + QStringList{input.fileName()});
    if (!node.waitForStarted(30000)) {
        error = QStringLiteral("cannot start node (%1): install Node.js with ./lepton setup").arg(node.errorString());
        return false;
    }
    if (!node.waitForFinished(240000) || node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
        error = QStringLiteral("the Hugging Face reference failed: %1").arg(QString::fromUtf8(node.readAllStandardError()));
        return false;
    }
    const QList<QByteArray> output = node.readAllStandardOutput().split('\n');
    ids.clear();
    for (qsizetype i = 0; i < qsizetype(texts.size()) && i < output.size(); ++i) {
        std::vector<int64_t> line;
        for (const QByteArray &id : output[i].split(' '))
            if (!id.isEmpty()) line.push_back(id.toLongLong());
        ids.push_back(std::move(line));
    }
    if (ids.size() != texts.size()) {
        error = QStringLiteral("the Hugging Face reference printed %1 lines for %2 texts").arg(ids.size()).arg(texts.size());
        return false;
    }
    return true;
}

// Our ids (tokenIds, or encode's [CLS] ... [SEP] untruncated) against Hugging Face's for every
// text; prints each mismatch (text and both id lists).
int countMismatches(const WordPieceTokenizer &tokenizer, const std::vector<std::string> &texts,
                    const std::vector<std::vector<int64_t>> &reference, bool specialTokens = false)
{
    int mismatches = 0;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const std::vector<int64_t> ours = specialTokens ? tokenizer.encode(texts[i], texts[i].size() + 2).inputIds
                                                        : tokenizer.tokenIds(texts[i]);
        if (ours == reference[i]) continue;
        if (++mismatches <= 20)
            qWarning() << "text" << i << QString::fromUtf8(texts[i]).left(300) << "\n  ours:        "
                       << idsText(ours) << "\n  Hugging Face:" << idsText(reference[i]);
    }
    return mismatches;
}

// The text column of every CSV file in dir.
bool appendCsvTexts(const QString &path, std::vector<std::string> &texts)
{
    const QDir dir(path);
    for (const QString &name : dir.entryList({"*.csv"}, QDir::Files)) {
        const auto table = lepton::CsvReader::readFile(dir.filePath(name).toStdString());
        const int column = table.column("text");
        if (column < 0) {
            qWarning("%s has no text column", qPrintable(dir.filePath(name)));
            return false;
        }
        for (const auto &row : table.rows) texts.push_back(row.fields[std::size_t(column)]);
        qInfo("%s: %d texts", qPrintable(dir.filePath(name)), int(table.rows.size()));
    }
    return true;
}

std::vector<std::string> edgeCaseLines()
{
    QFile file(QStringLiteral(LEPTON_TOKENIZER_EDGE_CASES));
    if (!file.open(QIODevice::ReadOnly)) return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeLast();  // after the final newline
    std::vector<std::string> texts;
    for (const QByteArray &line : lines) texts.push_back(line.toStdString());
    return texts;
}

}  // namespace

class TestWordPieceTokenizer : public QObject {
    Q_OBJECT
private slots:
    void splitsWordsIntoLongestPieces()
    {
        const auto tokenizer = smallTokenizer();
        // Hugging Face's documented example: lower-cased, accent stripped, punctuation split.
        QCOMPARE(tokenizer.tokenize("UNwant\xc3\xa9" "d,running"),
                 strings({"un", "##want", "##ed", ",", "runn", "##ing"}));
        QCOMPARE(tokenizer.tokenIds("UNwant\xc3\xa9" "d,running"),
                 (std::vector<int64_t>{9, 6, 7, 12, 10, 11}));
        QCOMPARE(tokenizer.tokenize("lowest low"), strings({"lowest", "low"}));
        // One piece missing makes the whole word unknown, not just that piece.
        QCOMPARE(tokenizer.tokenize("unwantedX wa"), strings({"[UNK]", "wa"}));
        QCOMPARE(tokenizer.tokenize(""), strings({}));
        QCOMPARE(tokenizer.tokenize(" \t\r\n "), strings({}));
    }

    void splitsChineseCharactersAndPunctuation()
    {
        const auto tokenizer = smallTokenizer();
        QCOMPARE(tokenizer.tokenize("hello\xe4\xb8\xad\xe6\x96\x87!"), strings({"hello", "\xe4\xb8\xad", "\xe6\x96\x87", "!"}));
        WordPieceTokenizer::Options whole;
        whole.tokenizeChineseChars = false;
        QCOMPARE(smallTokenizer(whole).tokenize("hello\xe4\xb8\xad\xe6\x96\x87!"), strings({"[UNK]", "!"}));
    }

    void stripsAccentsOnlyWhenConfigured()
    {
        QCOMPARE(smallTokenizer().tokenize("CAF\xc3\x89"), strings({"cafe"}));
        WordPieceTokenizer::Options keepAccents;
        keepAccents.stripAccents = false;
        // Lower-cased but accent kept: "caf" + "##é".
        QCOMPARE(smallTokenizer(keepAccents).tokenize("CAF\xc3\x89"), strings({"caf", "##\xc3\xa9"}));
        WordPieceTokenizer::Options cased;
        cased.lowerCase = false;  // strip_accents unset follows lower-casing: nothing changes
        QCOMPARE(smallTokenizer(cased).tokenize("CAF\xc3\x89 caf\xc3\xa9"), strings({"[UNK]", "caf", "##\xc3\xa9"}));
    }

    void dropsControlCharactersAndInvalidUtf8()
    {
        const auto tokenizer = smallTokenizer();
        QCOMPARE(tokenizer.tokenize(std::string("hel\0lo\x07 w\xe2\x80\x8b" "a", 13)), strings({"hello", "wa"}));
        // Bytes that are not UTF-8 are dropped as U+FFFD would be; the text around them stays.
        QCOMPARE(tokenizer.tokenize("hel\xff" "lo \xe4\xb8 wa\xc3"), strings({"hello", "wa"}));
        QCOMPARE(tokenizer.tokenize("\xf0\x9f\x98"), strings({}));
        QCOMPARE(tokenizer.tokenize("\xed\xa0\x80\xc0\xaf!"), strings({"!"}));
    }

    void longWordsBecomeUnknownByCharacterCount()
    {
        WordPieceTokenizer tokenizer({"[PAD]", "[UNK]", "[CLS]", "[SEP]", "a", "##a", "\xc3\xa9", "##\xc3\xa9"},
                                     WordPieceTokenizer::Options{false, false, true});
        QCOMPARE(tokenizer.tokenIds(std::string(100, 'a')).size(), std::size_t(100));
        QCOMPARE(tokenizer.tokenize(std::string(101, 'a')), strings({"[UNK]"}));
        std::string accents;
        for (int i = 0; i < 100; ++i) accents += "\xc3\xa9";  // 200 bytes, 100 characters
        QCOMPARE(tokenizer.tokenIds(accents).size(), std::size_t(100));
        QCOMPARE(tokenizer.tokenize(accents + "\xc3\xa9"), strings({"[UNK]"}));
    }

    void keepsSpecialTokensWrittenInText()
    {
        const auto tokenizer = smallTokenizer();
        QCOMPARE(tokenizer.tokenize("hello[SEP]wa [MASK]"), strings({"hello", "[SEP]", "wa", "[MASK]"}));
        QCOMPARE(tokenizer.tokenize("[sep]"), strings({"[UNK]", "[UNK]", "[UNK]"}));  // "[", "sep", "]"
    }

    void encodesWithSpecialTokensAndTruncates()
    {
        const auto tokenizer = smallTokenizer();
        const auto full = tokenizer.encode("want, low!", 16);
        QCOMPARE(full.inputIds, (std::vector<int64_t>{2, 5, 12, 13, 21, 3}));
        QCOMPARE(full.attentionMask, (std::vector<int64_t>(6, 1)));
        QCOMPARE(full.tokenTypeIds, (std::vector<int64_t>(6, 0)));
        const auto cut = tokenizer.encode("want, low!", 4);
        QCOMPARE(cut.inputIds, (std::vector<int64_t>{2, 5, 12, 3}));
        QCOMPARE(cut.attentionMask.size(), std::size_t(4));
        QCOMPARE(tokenizer.encode("", 8).inputIds, (std::vector<int64_t>{2, 3}));
        QCOMPARE(tokenizer.encode("want", 2).inputIds, (std::vector<int64_t>{2, 3}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tokenizer.encode("want", 1));
        QCOMPARE(tokenizer.clsId(), 2);
        QCOMPARE(tokenizer.sepId(), 3);
        QCOMPARE(tokenizer.padId(), 0);
        QCOMPARE(tokenizer.unknownId(), 1);
    }

    void readsTokenizerConfigAndSavesItBack()
    {
        QTemporaryDir dir;
        const QString folder = dir.path();
        writeFile(folder + "/vocab.txt", "[PAD]\r\n[UNK] \xc2\xa0\t\r\n[CLS]\r\n[SEP]\r\ncaf\r\n##\xc3\xa9\r\nCAF\r\n##\xc3\x89\r\n");
        // No config: Hugging Face's defaults (lower-case, strip accents).
        QCOMPARE(WordPieceTokenizer::fromFolder(folder.toStdString()).tokenize("CAF\xc3\x89"), strings({"[UNK]"}));
        writeFile(folder + "/tokenizer_config.json", R"({"do_lower_case": false, "strip_accents": null})");
        auto cased = WordPieceTokenizer::fromFolder(folder.toStdString());
        QCOMPARE(cased.tokenize("CAF\xc3\x89"), strings({"CAF", "##\xc3\x89"}));
        QCOMPARE(cased.options().lowerCase, false);
        writeFile(folder + "/tokenizer_config.json", R"({"do_lower_case": true, "strip_accents": false, "tokenize_chinese_chars": false})");
        const auto keepAccents = WordPieceTokenizer::fromFolder(folder.toStdString());
        QCOMPARE(keepAccents.tokenize("CAF\xc3\x89"), strings({"caf", "##\xc3\xa9"}));

        const QString copy = dir.filePath("saved");
        keepAccents.save(copy.toStdString());
        const auto reloaded = WordPieceTokenizer::fromFolder(copy.toStdString());
        QCOMPARE(reloaded.vocabulary(), keepAccents.vocabulary());
        QCOMPARE(reloaded.options().stripAccents, std::optional<bool>(false));
        QCOMPARE(reloaded.options().tokenizeChineseChars, false);
        QCOMPARE(reloaded.tokenize("CAF\xc3\x89"), strings({"caf", "##\xc3\xa9"}));

        writeFile(folder + "/tokenizer_config.json", R"({"do_lower_case": "yes"})");
        try {
            WordPieceTokenizer::fromFolder(folder.toStdString());
            QFAIL("a string for do_lower_case was accepted");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QByteArray(e.what()).contains("tokenizer_config.json") && QByteArray(e.what()).contains("do_lower_case"), e.what());
        }
        writeFile(folder + "/tokenizer_config.json", "{ not json");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, WordPieceTokenizer::fromFolder(folder.toStdString()));
    }

    void reportsMalformedVocabularyFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("empty file") << QByteArray() << QByteArray("is empty");
        QTest::newRow("invalid utf8") << QByteArray("[PAD]\n[UNK]\n[CLS]\n[SEP]\nab\xff\n") << QByteArray("line 5");
        QTest::newRow("no [UNK]") << QByteArray("[PAD]\n[CLS]\n[SEP]\nword\n") << QByteArray("[UNK]");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QByteArray("line 1");
        QTest::newRow("token too long") << QByteArray("[PAD]\n[UNK]\n[CLS]\n[SEP]\n") + QByteArray(1025, 'x') + "\n"
                                        << QByteArray("line 5 is 1025 bytes long; a token may have at most 1024");
    }
    void reportsMalformedVocabularyFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        const QString path = dir.filePath("vocab.txt");
        writeFile(path, bytes);
        try {
            WordPieceTokenizer::fromVocabFile(path.toStdString(), {});
            QFAIL("a malformed vocabulary was accepted");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QByteArray(e.what()).contains(path.toUtf8()), e.what());
            QVERIFY2(QByteArray(e.what()).contains(message), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 WordPieceTokenizer::fromVocabFile(dir.filePath("missing.txt").toStdString(), {}));
    }

    void refusesVocabularyFilesOverTheSizeLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("vocab.txt");
        QByteArray bytes("[PAD]\n[UNK]\n[CLS]\n[SEP]\n");
        bytes.append(QByteArray(int(WordPieceTokenizer::kMaxVocabularyFileBytes) + 1 - bytes.size(), 'a'));
        writeFile(path, bytes);
        try {
            WordPieceTokenizer::fromVocabFile(path.toStdString(), {});
            QFAIL("a vocabulary over the size limit was accepted");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QByteArray(e.what()).contains("over the 64 MiB a vocabulary may have"), e.what());
        }
        bytes.chop(1);  // exactly at the limit: read (and then refused only for its one huge token)
        writeFile(path, bytes);
        try {
            WordPieceTokenizer::fromVocabFile(path.toStdString(), {});
            QFAIL("a token over the line limit was accepted");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QByteArray(e.what()).contains("line 5 is"), e.what());
        }
    }

    // A vocab.txt that is a symlink to a device (tellg() says 0, reading never ends) or a folder
    // is refused before any byte is read, naming the file and the reason.
    void refusesAVocabularyThatIsNotARegularFile()
    {
        QTemporaryDir dir;
        const QString device = dir.filePath("vocab.txt");
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), device));
        const auto errorFor = [](const QString &path) -> QByteArray {
            try {
                WordPieceTokenizer::fromVocabFile(path.toStdString(), {});
            } catch (const std::runtime_error &e) {
                return e.what();
            }
            return "accepted";
        };
        const QByteArray deviceError = errorFor(device);
        QVERIFY2(deviceError.contains(device.toUtf8() + " is not a regular file"), deviceError.constData());
        const QByteArray folderError = errorFor(dir.path());
        QVERIFY2(folderError.contains(dir.path().toUtf8() + " is a folder, not a file"), folderError.constData());
    }

    void refusesAnOversizedTokenizerConfig()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("vocab.txt"), "[PAD]\n[UNK]\n[CLS]\n[SEP]\n");
        writeFile(dir.filePath("tokenizer_config.json"),
                  "{}" + QByteArray(int(WordPieceTokenizer::kMaxTokenizerConfigBytes) - 1, ' '));
        try {
            WordPieceTokenizer::fromFolder(dir.path().toStdString());
            QFAIL("an oversized tokenizer_config.json was accepted");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QByteArray(e.what()).contains("tokenizer_config.json is 16777217 bytes, over the 16 MiB"), e.what());
        }
    }

    // A repeated token keeps both lines (ids do not shift) and the later id wins the lookup, as in
    // Hugging Face's WordPiece, so a vocabulary from elsewhere with repeats still matches it.
    void repeatedTokenTakesItsLastId()
    {
        const auto tokenizer =
            WordPieceTokenizer::fromVocabText("[PAD]\n[UNK]\n[CLS]\n[SEP]\nab\n##c\nab\n", {}, "vocab.txt");
        QCOMPARE(tokenizer.vocabularySize(), std::size_t(7));
        QCOMPARE(tokenizer.tokenIds("abc ab"), (std::vector<int64_t>{6, 5, 6}));
        QCOMPARE(tokenizer.tokenize("abc"), strings({"ab", "##c"}));
    }

    // bert-base-chinese's vocab.txt holds U+2028 (LINE SEPARATOR) on line 344 and "##" + U+2028 on
    // line 13503. Hugging Face splits on LF only and keys a line by its text without trailing white
    // space: both stay tokens at their line's id (so every later id matches the checkpoint's
    // embeddings), a blank line too, and the file loads without a word.
    void keepsIdsOfLinesThatTrimmingEmpties()
    {
        const auto tokenizer = WordPieceTokenizer::fromVocabText(
            "[PAD]\n[UNK]\n[CLS]\n[SEP]\n\xe2\x80\xa8\nab\n##\xe2\x80\xa8\n##c\n\n\xe4\xb8\xad\n", {}, "vocab.txt");
        QCOMPARE(tokenizer.vocabularySize(), std::size_t(10));
        QCOMPARE(tokenizer.tokenIds("abc \xe4\xb8\xad\xe2\x80\xa8" "ab"), (std::vector<int64_t>{5, 7, 9, 5}));
        QCOMPARE(tokenizer.vocabulary()[4], std::string());  // as Hugging Face's id_to_token(4)
        QCOMPARE(tokenizer.vocabulary()[6], std::string("##"));
        QCOMPARE(tokenizer.tokenize("## \xe2\x80\xa8"), strings({"[UNK]", "[UNK]"}));  // "#", "#": not the "##" line

        REQUIRE_SHARED_DATA(vocab, kChineseVocab);
        const auto chinese = WordPieceTokenizer::fromVocabFile(vocab.toStdString(), {});
        QCOMPARE(chinese.vocabularySize(), std::size_t(21128));
        QCOMPARE(chinese.tokenId("\xe7\x9a\x84"), int64_t(4638));  // 的, as in bert-base-chinese
        QCOMPARE(chinese.tokenId("[MASK]"), int64_t(103));
        QCOMPARE(chinese.tokenId(""), int64_t(343));
        QCOMPARE(chinese.tokenId("##"), int64_t(13502));
        QCOMPARE(chinese.tokenId("##\xef\xbc\x8c"), int64_t(21080));  // "##，", after both lines
        QCOMPARE(chinese.vocabulary().back(), std::string("##\xf0\x9f\x98\x8e"));  // the last line keeps id 21127

        // Saved and read back, the vocabulary keeps every id.
        QTemporaryDir dir;
        chinese.save(dir.path().toStdString());
        QCOMPARE(WordPieceTokenizer::fromFolder(dir.path().toStdString()).vocabulary(), chinese.vocabulary());
    }

    // The differential tests: ids identical to Hugging Face's tokenizer (npm "tokenizers").
    void matchesHuggingFaceOnSharedTextData()
    {
        REQUIRE_SHARED_DATA(vocab, kVocab);
        REQUIRE_SHARED_DATA(textDir, "text");
        const auto tokenizer = WordPieceTokenizer::fromVocabFile(vocab.toStdString(), {});
        std::vector<std::string> texts;
        const QStringList files = QDir(textDir).entryList({"*"}, QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &sub : files)
            QVERIFY(appendCsvTexts(textDir + QLatin1Char('/') + sub, texts));
        QVERIFY(texts.size() > 10000);
        std::vector<std::vector<int64_t>> reference;
        QString error;
        QVERIFY2(referenceIds(texts, vocab, {}, reference, error), qPrintable(error));
        qInfo("compared %d texts of the shared data sets with Hugging Face's tokenizer", int(texts.size()));
        QCOMPARE(countMismatches(tokenizer, texts, reference), 0);
    }

    void matchesHuggingFaceOnEdgeCases_data()
    {
        QTest::addColumn<bool>("lowerCase");
        QTest::addColumn<QString>("stripAccents");
        QTest::addColumn<bool>("chinese");
        QTest::addColumn<bool>("specialTokens");
        QTest::newRow("uncased") << true << QString() << true << false;
        QTest::newRow("uncased, [CLS] ... [SEP]") << true << QString() << true << true;
        QTest::newRow("cased") << false << QString() << true << false;
        QTest::newRow("lower-case, keep accents") << true << QStringLiteral("false") << true << false;
        QTest::newRow("cased, strip accents, no CJK split") << false << QStringLiteral("true") << false << false;
    }
    void matchesHuggingFaceOnEdgeCases()
    {
        QFETCH(bool, lowerCase);
        QFETCH(QString, stripAccents);
        QFETCH(bool, chinese);
        QFETCH(bool, specialTokens);
        REQUIRE_SHARED_DATA(vocab, kVocab);
        WordPieceTokenizer::Options options;
        options.lowerCase = lowerCase;
        options.tokenizeChineseChars = chinese;
        QStringList arguments;
        if (!lowerCase) arguments << QStringLiteral("--cased");
        if (!stripAccents.isEmpty()) {
            options.stripAccents = stripAccents == QLatin1String("true");
            arguments << QStringLiteral("--strip-accents") << stripAccents;
        }
        if (!chinese) arguments << QStringLiteral("--no-chinese");
        if (specialTokens) arguments << QStringLiteral("--special-tokens");
        const auto tokenizer = WordPieceTokenizer::fromVocabFile(vocab.toStdString(), options);
        const std::vector<std::string> texts = edgeCaseLines();
        QVERIFY(texts.size() >= 60);
        std::vector<std::vector<int64_t>> reference;
        QString error;
        QVERIFY2(referenceIds(texts, vocab, arguments, reference, error), qPrintable(error));
        qInfo("compared %d edge-case lines with Hugging Face's tokenizer", int(texts.size()));
        QCOMPARE(countMismatches(tokenizer, texts, reference, specialTokens), 0);
    }

    // Chinese text with bert-base-chinese's vocabulary: the waimai reviews and the edge cases
    // (full-width letters, digits and punctuation, U+3000, extension B ideographs, variation
    // selectors, emoji, Latin words inside Chinese), lower-cased as the model was trained and
    // cased as its tokenizer_config.json on the Hub asks (do_lower_case false).
    void matchesHuggingFaceOnChineseText_data()
    {
        QTest::addColumn<bool>("lowerCase");
        QTest::newRow("uncased") << true;
        QTest::newRow("cased") << false;
    }
    void matchesHuggingFaceOnChineseText()
    {
        QFETCH(bool, lowerCase);
        REQUIRE_SHARED_DATA(vocab, kChineseVocab);
        REQUIRE_SHARED_DATA(waimai, "text/waimai");
        WordPieceTokenizer::Options options;
        options.lowerCase = lowerCase;
        const auto tokenizer = WordPieceTokenizer::fromVocabFile(vocab.toStdString(), options);
        std::vector<std::string> texts;
        QVERIFY(appendCsvTexts(waimai, texts));
        QVERIFY(texts.size() > 10000);
        const std::vector<std::string> edgeCases = edgeCaseLines();
        QVERIFY(edgeCases.size() >= 60);
        texts.insert(texts.end(), edgeCases.begin(), edgeCases.end());
        std::vector<std::vector<int64_t>> reference;
        QString error;
        QVERIFY2(referenceIds(texts, vocab, lowerCase ? QStringList() : QStringList{QStringLiteral("--cased")}, reference,
                              error),
                 qPrintable(error));
        const int mismatches = countMismatches(tokenizer, texts, reference);
        qInfo("compared %d lines (waimai and %d edge cases) with Hugging Face's tokenizer on bert-base-chinese's "
              "vocabulary: %d differ",
              int(texts.size()), int(edgeCases.size()), mismatches);
        QCOMPARE(mismatches, 0);
    }

    // Random mixtures of the pieces where implementations usually part ways: combining marks next
    // to each other (canonical reordering), capitals that decompose, broken UTF-8 beside valid
    // text, special tokens half written, zero-width and CJK characters. Fixed seed: reproducible.
    void matchesHuggingFaceOnRandomMixtures()
    {
        REQUIRE_SHARED_DATA(vocab, kVocab);
        const auto tokenizer = WordPieceTokenizer::fromVocabFile(vocab.toStdString(), {});
        const char *const pieces[] = {
            "a", "e", "ing", "un", "A", "##", ",", " ", "\t", "\r", "[SEP]", "[", "]", "SEP", "[MASK",
            "\xcc\x81", "\xcc\x96", "\xcc\x88", "\xcd\x85", "\xc3\x89", "\xc3\xa9", "\xc4\xb0", "\xce\xa3",
            "\xe1\xbe\x88", "\xd1\x8f", "\xef\xac\x81", "\xe2\x84\xab", "\xea\xb0\x80", "\xe1\x84\x80",
            "\xe4\xb8\xad", "\xef\xbc\x8c", "\xf0\x9f\x98\x80", "\xe2\x80\x8b", "\xef\xbf\xbd",
            "\xc3", "\xe0\xa0", "\xed\xa0\x80", "\xf4\x90", "\x80", "\xff"};
        std::mt19937 random(7);
        std::vector<std::string> texts;
        for (int i = 0; i < 20000; ++i) {
            std::string text;
            for (int n = int(random() % 30); n > 0; --n) {
                if (random() % 8 == 0) text += char(random() % 256);  // any byte, NUL included
                else text += pieces[random() % std::size(pieces)];
            }
            texts.push_back(std::move(text));
        }
        std::vector<std::vector<int64_t>> reference;
        QString error;
        QVERIFY2(referenceIds(texts, vocab, {}, reference, error), qPrintable(error));
        qInfo("compared %d random mixtures with Hugging Face's tokenizer", int(texts.size()));
        QCOMPARE(countMismatches(tokenizer, texts, reference), 0);
    }

    // Every Unicode scalar value, alone and inside a word: catches each character class
    // (dropped, space, punctuation, CJK, mark, case) that differs from Hugging Face's.
    void matchesHuggingFaceOnEveryCodePoint()
    {
        REQUIRE_SHARED_DATA(vocab, kVocab);
        const auto tokenizer = WordPieceTokenizer::fromVocabFile(vocab.toStdString(), {});
        std::vector<std::string> texts;
        std::string text;
        auto appendUtf8 = [&](char32_t c) {
            const QByteArray bytes = QString::fromUcs4(&c, 1).toUtf8();
            text.append(bytes.constData(), std::size_t(bytes.size()));
        };
        for (char32_t c = 0; c <= 0x10FFFF; ++c) {
            if (c >= 0xD800 && c <= 0xDFFF) continue;
            text += 'a';
            appendUtf8(c);
            text += "b ";
            appendUtf8(c);
            text += " E";
            appendUtf8(c);
            text += ' ';
            if ((c & 63) == 63) {
                texts.push_back(std::move(text));
                text.clear();
            }
        }
        std::vector<std::vector<int64_t>> reference;
        QString error;
        QVERIFY2(referenceIds(texts, vocab, {}, reference, error), qPrintable(error));
        qInfo("compared all 1112064 code points in %d texts with Hugging Face's tokenizer", int(texts.size()));
        QCOMPARE(countMismatches(tokenizer, texts, reference), 0);
    }
};

QTEST_GUILESS_MAIN(TestWordPieceTokenizer)
#include "tst_wordpiecetokenizer.moc"
