#pragma once
// The "try it" box of a run's results: classifies a typed text (text models) or one feature row
// (tabular models: a field per feature, filled with the data set's first row to edit) with the
// run's best model, and lists the classes by probability. A BestModelPredictor loads the model
// and answers on its own thread; the box shows the answer when it comes.
#include "models/records/TrainingRun.h"
#include "session/BestModelPredictor.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QLineEdit;
class QScrollArea;
class QWidget;

namespace lepton {
struct TrainingConfig;
}

class TrainingTryIt : public QWidget {
    Q_OBJECT
public:
    explicit TrainingTryIt(BestModelPredictor *predictor, QWidget *parent = nullptr);

    // The run whose best model answers; nullopt: none.
    void setRun(const std::optional<TrainingRun> &run);

    // The features of the shown tabular run in the order the model reads them (empty for text).
    QStringList featureColumns() const { return m_features; }
    QList<QLineEdit *> featureFields() const { return m_featureFields; }
    QLineEdit *textField() const { return m_text; }
    // Classifies, and shows the answer under the box when it comes (answered()): the predicted
    // class and every class's probability, or what is wrong with the input.
    void classifyText(const QString &text);
    void classifyFeatures(const QStringList &values);
    QString result() const;

signals:
    void answered(const QString &result);

private:
    void classify();
    void showAnswer(const ModelAnswer &answer);
    void buildFeatureForm(const lepton::TrainingConfig &config, QString *error);

    QLineEdit *m_text;
    QScrollArea *m_featureScroll;  // shown instead of m_text for tabular runs
    QWidget *m_featureForm;
    QList<QLineEdit *> m_featureFields;
    QPushButton *m_ask;  // "Classify", or "Predict" for a regression
    bool m_regression = false;
    QLabel *m_result;
    QStringList m_features;
    std::optional<TrainingRun> m_run;
    BestModelPredictor *m_predictor;
    quint64 m_request = 0;  // the answer the box waits for; older ones are for another input
};
