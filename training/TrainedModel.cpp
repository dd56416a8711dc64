#include "training/TrainedModel.h"

#include "common/AtomicFile.h"
#include "common/RegularFile.h"
#include "training/internal/BertClassifier.h"
#include "training/internal/ClassifierModel.h"
#include "training/ComputeDevice.h"
#include "training/internal/EncodedDataset.h"
#include "training/internal/ModelEvaluator.h"
#include "training/internal/RegressionMlp.h"
#include "training/RegressionModelFolder.h"
#include "training/internal/TorchError.h"

#include <filesystem>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace lepton {

void DataSettings::save(const std::string &folder) const
{
    nlohmann::ordered_json j;
    j["text_column"] = textColumn;
    j["label_column"] = labelColumn;
    j["max_length"] = maxLength;
    writeFileAtomically((fs::path(folder) / kFile).string(), j.dump(2));
}

DataSettings DataSettings::load(const std::string &folder)
{
    DataSettings settings;
    const std::string path = (fs::path(folder) / kFile).string();
    std::error_code error;
    if (!fs::exists(fs::symlink_status(path, error))) return settings;
    try {
        // A few lines of JSON; the bound keeps a planted device or huge file from filling memory.
        const auto j = nlohmann::json::parse(readRegularFile(path, 1u << 20, "a data_settings.json"));
        settings.textColumn = j.value("text_column", settings.textColumn);
        settings.labelColumn = j.value("label_column", settings.labelColumn);
        settings.maxLength = j.value("max_length", settings.maxLength);
    } catch (const nlohmann::json::exception &e) {
        throw std::runtime_error(path + ": damaged (" + e.what() + ")");
    }
    return settings;
}

struct TrainedModel::Impl {
    std::string folder;
    torch::Device device{torch::kCPU};
    std::unique_ptr<ClassifierModel> model;
    std::vector<std::string> labels;
    const BertClassifier *bert = nullptr;
    const TabularMlp *mlp = nullptr;
    std::optional<RegressionModelFolder> regression;
    DataSettings settings;

    TargetScaling target() const { return {regression->targetMean, regression->targetStd}; }

    std::vector<double> regress(const TabularDataset &rows)
    {
        if (regression->linear) return regression->linear->predict(rows);
        auto &network = static_cast<TabularMlp &>(*model);
        return target().toLabelUnit(regressionOutputs(network, network.standardise(rawFeatures(rows)).to(device)).cpu());
    }

    // A text regression model's numbers.
    std::vector<double> regress(const EncodedDataset &texts, int batchSize)
    {
        return *ModelEvaluator(*model, device).numbers(texts, batchSize, target());
    }

    static std::vector<Prediction> numberPredictions(const std::vector<double> &numbers)
    {
        std::vector<Prediction> predictions;
        for (const double value : numbers) {
            Prediction prediction;
            prediction.value = value;
            predictions.push_back(prediction);
        }
        return predictions;
    }

    std::vector<Prediction> predict(const EncodedDataset &data, int batchSize)
    {
        const auto probabilities = ModelEvaluator(*model, device).probabilities(data, batchSize).contiguous();
        std::vector<Prediction> predictions;
        const auto classes = static_cast<std::size_t>(probabilities.size(1));
        const float *p = probabilities.data_ptr<float>();
        for (int64_t row = 0; row < probabilities.size(0); ++row, p += classes) {
            Prediction prediction;
            prediction.probabilities.assign(p, p + classes);
            const auto best = std::max_element(p, p + classes) - p;
            prediction.label = labels[best];
            predictions.push_back(std::move(prediction));
        }
        return predictions;
    }

    EncodedDataset readCsv(const std::string &path, bool labelled) const
    {
        const ClassLabels classes(labels);
        const std::string labelColumn = labelled ? settings.labelColumn : std::string();
        if (mlp)
            return EncodedDataset::fromTabular(
                TabularDataset::fromCsv(path, mlp->config().featureNames, labelColumn, &classes), *mlp);
        return EncodedDataset::fromText(TextDataset::fromCsv(path, settings.textColumn, labelColumn, &classes),
                                        bert->tokenizer(), static_cast<std::size_t>(settings.maxLength));
    }
};

namespace {

bool holdsModel(const fs::path &folder)
{
    return fs::exists(folder / "config.json") || RegressionModelFolder::isIn(folder.string());
}

}  // namespace

TrainedModel::TrainedModel(const std::string &folder, const std::string &device) : m_impl(std::make_unique<Impl>())
{
    // A run folder holds its best model in best/.
    m_impl->folder = folder;
    if (!holdsModel(folder) && holdsModel(fs::path(folder) / "best")) m_impl->folder = (fs::path(folder) / "best").string();
    m_impl->settings = DataSettings::load(m_impl->folder);
    if (RegressionModelFolder::isIn(m_impl->folder)) {
        m_impl->regression = RegressionModelFolder::load(m_impl->folder);
        m_impl->settings.labelColumn = m_impl->regression->labelColumn;
        if (m_impl->regression->linear) return;  // no network to load
    }
    m_impl->model = loadClassifier(m_impl->folder);
    m_impl->mlp = dynamic_cast<const TabularMlp *>(m_impl->model.get());
    m_impl->bert = dynamic_cast<const BertClassifier *>(m_impl->model.get());
    if (!m_impl->mlp && !m_impl->bert) throw std::runtime_error(m_impl->folder + ": not a model this engine can run");
    if (m_impl->regression && m_impl->regression->model == "mlp" &&
        (!m_impl->mlp || m_impl->mlp->config().featureNames != m_impl->regression->featureNames))
        throw std::runtime_error(m_impl->folder + ": the regression MLP does not match its regression_model.json");
    if (m_impl->regression && m_impl->regression->model == "text" && (!m_impl->bert || m_impl->bert->labels().size() != 1))
        throw std::runtime_error(m_impl->folder + ": regression_model.json describes a text model with one output, "
                                                  "which config.json does not hold");
    if (!m_impl->regression) m_impl->labels = m_impl->model->labels();
    if (ComputeDevice::parse(device).kind == ComputeDevice::Kind::Cuda) m_impl->device = torch::Device(torch::kCUDA);
    m_impl->model->module().to(m_impl->device);
    m_impl->model->module().eval();
}

TrainedModel::~TrainedModel() = default;

const std::string &TrainedModel::folder() const { return m_impl->folder; }
const std::vector<std::string> &TrainedModel::labels() const { return m_impl->labels; }
bool TrainedModel::readsText() const { return m_impl->bert != nullptr; }
bool TrainedModel::predictsNumbers() const { return m_impl->regression.has_value(); }
DataSettings &TrainedModel::settings() { return m_impl->settings; }

Metrics TrainedModel::evaluate(const std::string &csvPath, int batchSize)
try {
    if (m_impl->regression) throw std::runtime_error("this is a regression model: it is scored by MAE, RMSE and R^2");
    return *ModelEvaluator(*m_impl->model, m_impl->device).evaluate(m_impl->readCsv(csvPath, true), batchSize);
} catch (const c10::Error &e) {
    throw userError(e);
}

RegressionMetrics TrainedModel::evaluateRegression(const std::string &csvPath)
try {
    if (!m_impl->regression) throw std::runtime_error("this is a classification model: it is scored by accuracy and F1");
    if (m_impl->bert) {
        const auto texts = TextDataset::withTargetsFromCsv(csvPath, m_impl->settings.textColumn, m_impl->settings.labelColumn);
        return *ModelEvaluator(*m_impl->model, m_impl->device)
                    .evaluateRegression(EncodedDataset::fromText(texts, m_impl->bert->tokenizer(),
                                                                 static_cast<std::size_t>(m_impl->settings.maxLength)),
                                        64, m_impl->target())
                    ->regression;
    }
    const auto rows = TabularDataset::withTargetsFromCsv(csvPath, m_impl->regression->featureNames,
                                                         m_impl->settings.labelColumn);
    return RegressionMetrics::compute(rows.targets, m_impl->regress(rows));
} catch (const c10::Error &e) {
    throw userError(e);
}

std::vector<Prediction> TrainedModel::predictCsv(const std::string &csvPath, int batchSize)
try {
    if (m_impl->regression && m_impl->bert)
        return Impl::numberPredictions(m_impl->regress(m_impl->readCsv(csvPath, false), batchSize));
    if (m_impl->regression)
        return Impl::numberPredictions(m_impl->regress(TabularDataset::fromCsv(csvPath, m_impl->regression->featureNames, {}, nullptr)));
    return m_impl->predict(m_impl->readCsv(csvPath, false), batchSize);
} catch (const c10::Error &e) {
    throw userError(e);
}

std::vector<Prediction> TrainedModel::predictTexts(const std::vector<std::string> &texts, int batchSize)
try {
    if (!m_impl->bert) throw std::runtime_error("this is a tabular model: predict from a CSV file of feature rows");
    TextDataset data;
    data.texts = texts;
    const auto encoded = EncodedDataset::fromText(data, m_impl->bert->tokenizer(), static_cast<std::size_t>(m_impl->settings.maxLength));
    if (m_impl->regression) return Impl::numberPredictions(m_impl->regress(encoded, batchSize));
    return m_impl->predict(encoded, batchSize);
} catch (const c10::Error &e) {
    throw userError(e);
}

Prediction TrainedModel::predictFeatures(const std::vector<float> &values)
try {
    if (readsText()) throw std::runtime_error("this is a text model: predict from texts");
    TabularDataset row;
    row.featureNames = featureNames();
    if (values.size() != row.featureNames.size())
        throw std::runtime_error("the model reads " + std::to_string(row.featureNames.size()) + " feature values, not " +
                                 std::to_string(values.size()));
    row.features = values;
    if (m_impl->regression) return Impl::numberPredictions(m_impl->regress(row)).front();
    return m_impl->predict(EncodedDataset::fromTabular(row, *m_impl->mlp), 1).front();
} catch (const c10::Error &e) {
    throw userError(e);
}

const std::vector<std::string> &TrainedModel::featureNames() const
{
    static const std::vector<std::string> none;
    if (m_impl->regression) return m_impl->regression->featureNames;
    return m_impl->mlp ? m_impl->mlp->config().featureNames : none;
}

}  // namespace lepton
