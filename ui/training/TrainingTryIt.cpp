#include "ui/training/TrainingTryIt.h"

#include "training/TrainingConfig.h"
#include "ui/training/TrainingDataPreview.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <stdexcept>

namespace {

constexpr int kFeatureFormColumns = 3;  // label + field pairs side by side

}  // namespace

TrainingTryIt::TrainingTryIt(BestModelPredictor *predictor, QWidget *parent) : QWidget(parent), m_predictor(predictor)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Try it:")), 0, Qt::AlignTop);
    auto *inputs = new QVBoxLayout;
    m_text = new QLineEdit;
    inputs->addWidget(m_text);
    m_featureScroll = new QScrollArea;
    m_featureScroll->setWidgetResizable(true);
    m_featureScroll->setMaximumHeight(180);
    m_featureForm = new QWidget;
    m_featureScroll->setWidget(m_featureForm);
    new QGridLayout(m_featureForm);
    inputs->addWidget(m_featureScroll);
    row->addLayout(inputs, 1);
    m_ask = new QPushButton;
    row->addWidget(m_ask, 0, Qt::AlignTop);
    layout->addLayout(row);
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    connect(m_ask, &QPushButton::clicked, this, &TrainingTryIt::classify);
    connect(m_text, &QLineEdit::returnPressed, this, &TrainingTryIt::classify);
    connect(m_predictor, &BestModelPredictor::answered, this, &TrainingTryIt::showAnswer);
    setRun(std::nullopt);
}

void TrainingTryIt::setRun(const std::optional<TrainingRun> &run)
{
    m_run = run;
    m_request = 0;  // an answer still on its way is for the previous run
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
    const bool regression = run && config.isRegression();
    m_regression = regression;
    m_ask->setText(regression ? tr("Predict") : tr("Classify"));
    m_ask->setToolTip(regression ? tr("Predict the number for the input with the best model of the shown run (Enter).")
                                 : tr("Classify the input with the best model of the shown run (Enter)."));
    m_text->setPlaceholderText(regression ? tr("Type a text to predict its number with the run's best model")
                                          : tr("Type a text to classify with the run's best model"));
    const bool tabular = run && config.readsFeatureColumns();
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

void TrainingTryIt::classifyText(const QString &text)
{
    m_text->setText(text);
    if (text.trimmed().isEmpty()) {
        m_request = 0;
        m_result->setText(tr("Type something to classify first."));
        emit answered(m_result->text());
        return;
    }
    m_result->setText(m_regression ? tr("Predicting...") : tr("Classifying..."));
    m_request = m_predictor->classifyText(m_run ? m_run->outputFolder : QString(), text);
}

void TrainingTryIt::classifyFeatures(const QStringList &values)
{
    m_result->setText(m_regression ? tr("Predicting...") : tr("Classifying..."));
    m_request = m_predictor->classifyFeatures(m_run ? m_run->outputFolder : QString(), values);
}

void TrainingTryIt::showAnswer(const ModelAnswer &answer)
{
    if (answer.request != m_request) return;
    if (!answer.error.isEmpty()) {
        m_result->setText(answer.error);
    } else if (answer.number) {
        m_result->setText(tr("Predicted: %1").arg(QLocale().toString(*answer.number, 'f', 2)));
    } else {
        QStringList lines;
        for (const ClassProbability &c : answer.classes) lines << tr("%1: %2 %").arg(c.label).arg(c.probability * 100, 0, 'f', 1);
        m_result->setText(tr("Predicted: %1 (%2)").arg(answer.predicted(), lines.join(tr(", "))));
    }
    emit answered(m_result->text());
}
