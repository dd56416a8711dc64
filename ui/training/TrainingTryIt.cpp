#include "ui/training/TrainingTryIt.h"

#include "training/Trainer.h"
#include "training/TrainingConfig.h"
#include "ui/training/TrainingDataPreview.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <algorithm>
#include <stdexcept>

namespace {

constexpr int kFeatureFormColumns = 3;  // label + field pairs side by side

QString csvField(const QString &value)
{
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

}  // namespace

TrainingTryIt::TrainingTryIt(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Try it:")), 0, Qt::AlignTop);
    auto *inputs = new QVBoxLayout;
    m_text = new QLineEdit;
    m_text->setPlaceholderText(tr("Type a text to classify with the run's best model"));
    inputs->addWidget(m_text);
    m_featureScroll = new QScrollArea;
    m_featureScroll->setWidgetResizable(true);
    m_featureScroll->setMaximumHeight(180);
    m_featureForm = new QWidget;
    m_featureScroll->setWidget(m_featureForm);
    new QGridLayout(m_featureForm);
    inputs->addWidget(m_featureScroll);
    row->addLayout(inputs, 1);
    auto *button = new QPushButton(tr("Classify"));
    button->setToolTip(tr("Classify the input with the best model of the shown run (Enter)."));
    row->addWidget(button, 0, Qt::AlignTop);
    layout->addLayout(row);
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    connect(button, &QPushButton::clicked, this, &TrainingTryIt::classify);
    connect(m_text, &QLineEdit::returnPressed, this, &TrainingTryIt::classify);
    setRun(std::nullopt);
}

TrainingTryIt::~TrainingTryIt() = default;

void TrainingTryIt::setRun(const std::optional<TrainingRun> &run)
{
    m_run = run;
    m_model.reset();
    m_result->clear();
    m_features.clear();
    m_featureFields.clear();  // the form's widgets go with the grid's items below
    auto *grid = static_cast<QGridLayout *>(m_featureForm->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    setEnabled(run.has_value());
    lepton::TrainingConfig config;
    if (run) {
        try {
            config = lepton::TrainingConfig::fromJson(run->configJson.toStdString());
        } catch (const std::exception &e) {
            m_result->setText(tr("The run's configuration cannot be read: %1").arg(QString::fromStdString(e.what())));
        }
    }
    const bool tabular = run && config.modelKind() == lepton::TrainingConfig::ModelKind::Mlp;
    m_text->setVisible(!tabular);
    m_featureScroll->setVisible(tabular);
    if (tabular) {
        QString error;
        buildFeatureForm(config, &error);
        if (!error.isEmpty()) m_result->setText(error);
    }
}

void TrainingTryIt::buildFeatureForm(const lepton::TrainingConfig &config, QString *error)
{
    for (const std::string &f : config.featureColumns) m_features << QString::fromStdString(f);
    // The data set's first row gives each field a realistic value to start from; the feature list
    // itself comes from the data set when the run took "every numeric column".
    TrainingDataPreview preview;
    const bool loaded = preview.load(m_run->dataFile, error);
    if (m_features.isEmpty()) {
        if (!loaded) return;
        m_features = preview.numericColumns();
        m_features.removeAll(QString::fromStdString(config.labelColumn));
    }
    const QStringList columns = preview.columns();
    const QStringList first = loaded && preview.rowCount() > 0 ? preview.firstRows(1).first() : QStringList();
    auto *grid = static_cast<QGridLayout *>(m_featureForm->layout());
    for (int i = 0; i < m_features.size(); ++i) {
        auto *field = new QLineEdit;
        field->setObjectName(QStringLiteral("feature:") + m_features[i]);
        const int column = columns.indexOf(m_features[i]);
        if (column >= 0 && column < first.size()) field->setText(first[column]);
        connect(field, &QLineEdit::returnPressed, this, &TrainingTryIt::classify);
        m_featureFields << field;
        const int row = i / kFeatureFormColumns, col = 2 * (i % kFeatureFormColumns);
        grid->addWidget(new QLabel(m_features[i]), row, col);
        grid->addWidget(field, row, col + 1);
    }
}

void TrainingTryIt::forgetModel()
{
    m_model.reset();
}

QString TrainingTryIt::result() const
{
    return m_result->text();
}

void TrainingTryIt::classify()
{
    if (m_featureScroll->isHidden()) {
        classifyText(m_text->text());
        return;
    }
    QStringList values;
    for (const QLineEdit *field : m_featureFields) values << field->text();
    classifyFeatures(values);
}

lepton::TrainedModel *TrainingTryIt::bestModel(QString *error)
{
    if (m_model) return m_model.get();
    const QString folder = m_run ? QDir(m_run->outputFolder).filePath(QLatin1String(lepton::Trainer::kBestFolder)) : QString();
    if (folder.isEmpty() || !QFileInfo::exists(folder)) {
        *error = tr("This run has no best model yet; it is saved at the run's first evaluation.");
        return nullptr;
    }
    try {
        m_model = std::make_unique<lepton::TrainedModel>(folder.toStdString(), "cpu");
    } catch (const std::exception &e) {
        *error = tr("The best model in %1 cannot be loaded: %2").arg(folder, QString::fromStdString(e.what()));
        return nullptr;
    }
    return m_model.get();
}

QString TrainingTryIt::classifyText(const QString &text)
{
    m_text->setText(text);
    m_result->setText(answerText(text));
    return m_result->text();
}

QString TrainingTryIt::classifyFeatures(const QStringList &values)
{
    m_result->setText(answerFeatures(values));
    return m_result->text();
}

QString TrainingTryIt::answerText(const QString &text)
{
    if (text.trimmed().isEmpty()) return tr("Type something to classify first.");
    QString error;
    lepton::TrainedModel *model = bestModel(&error);
    if (!model) return error;
    if (!model->readsText()) return tr("This run's model reads feature values, not text.");
    try {
        return describe(model->predictTexts({text.toStdString()}));
    } catch (const std::exception &e) {
        return tr("Cannot classify this input: %1").arg(QString::fromStdString(e.what()));
    }
}

QString TrainingTryIt::answerFeatures(const QStringList &values)
{
    if (values.size() != m_features.size())
        return tr("Give %1 feature values, in this order: %2").arg(m_features.size()).arg(m_features.join(QStringLiteral(", ")));
    for (int i = 0; i < values.size(); ++i) {
        bool number = false;
        QLocale::c().toDouble(values[i].trimmed(), &number);
        if (!number) return tr("The value of \"%1\" is \"%2\", which is not a number.").arg(m_features[i], values[i]);
    }
    QString error;
    lepton::TrainedModel *model = bestModel(&error);
    if (!model) return error;
    if (model->readsText()) return tr("This run's model reads text, not feature values.");
    // The model reads feature rows from CSV: the same reading and scaling as in training.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("row.csv")));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly)) return tr("Cannot write a temporary file: %1").arg(file.errorString());
    QStringList header, row;
    for (const QString &f : m_features) header << csvField(f);
    for (const QString &v : values) row << csvField(v.trimmed());
    file.write((header.join(QLatin1Char(',')) + QLatin1Char('\n') + row.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8());
    file.close();
    try {
        return describe(model->predictCsv(file.fileName().toStdString()));
    } catch (const std::exception &e) {
        return tr("Cannot classify this input: %1").arg(QString::fromStdString(e.what()));
    }
}

QString TrainingTryIt::describe(const std::vector<lepton::Prediction> &predictions) const
{
    if (predictions.empty()) return tr("The model gave no prediction.");
    const lepton::Prediction &p = predictions.front();
    const std::vector<std::string> &labels = m_model->labels();
    QList<QPair<double, QString>> ranked;
    for (size_t i = 0; i < p.probabilities.size() && i < labels.size(); ++i)
        ranked << qMakePair(p.probabilities[i], QString::fromStdString(labels[i]));
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList lines;
    for (const auto &[probability, label] : ranked) lines << tr("%1: %2 %").arg(label).arg(probability * 100, 0, 'f', 1);
    return tr("Predicted: %1 (%2)").arg(QString::fromStdString(p.label), lines.join(tr(", ")));
}
