#pragma once
// The "try it" box of a run's results: classifies a typed text (text models) or one feature row
// (tabular models: a field per feature, filled with the data set's first row to edit) with the
// run's best model, and lists the classes by probability. The model loads on first use and is
// dropped when the run writes a new best one.
#include "training/TrainedModel.h"
#include "models/records/TrainingRun.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QScrollArea;
class QWidget;

namespace lepton {
struct TrainingConfig;
}

class TrainingTryIt : public QWidget {
    Q_OBJECT
public:
    explicit TrainingTryIt(QWidget *parent = nullptr);
    ~TrainingTryIt() override;

    // The run whose best model answers; nullopt: none.
    void setRun(const std::optional<TrainingRun> &run);
    // The run saved a new best model: the next classification loads it.
    void forgetModel();

    // The features of the shown tabular run in the order the model reads them (empty for text).
    QStringList featureColumns() const { return m_features; }
    QList<QLineEdit *> featureFields() const { return m_featureFields; }
    // Classifies and shows the answer under the box: the predicted class and every class's
    // probability, or what is wrong with the input. Returns the answer.
    QString classifyText(const QString &text);
    QString classifyFeatures(const QStringList &values);
    QString result() const;

private:
    void classify();
    QString answerText(const QString &text);
    QString answerFeatures(const QStringList &values);
    void buildFeatureForm(const lepton::TrainingConfig &config, QString *error);
    lepton::TrainedModel *bestModel(QString *error);
    QString describe(const std::vector<lepton::Prediction> &predictions) const;

    QLineEdit *m_text;
    QScrollArea *m_featureScroll;  // shown instead of m_text for tabular runs
    QWidget *m_featureForm;
    QList<QLineEdit *> m_featureFields;
    QLabel *m_result;
    QStringList m_features;
    std::optional<TrainingRun> m_run;
    std::unique_ptr<lepton::TrainedModel> m_model;
};
