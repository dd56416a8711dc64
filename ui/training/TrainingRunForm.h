#pragma once
// The new-run panel of the Training page: the data set (with a preview, column pickers, class
// counts and warnings), the task (classification, or regression for a numeric label), the model, hyper-parameters, device and output folder, and where the
// data came from (project, contract, partner). It only collects; the page starts the run.
#include "training/TrainingConfig.h"
#include "ui/training/TrainingDataPreview.h"
#include "models/records/TrainingRun.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableWidget;
class Workspace;

class TrainingRunForm : public QWidget {
    Q_OBJECT
public:
    explicit TrainingRunForm(Workspace &workspace, QWidget *parent = nullptr);

    // Reloads the project and contract choices (records may have changed on other pages).
    void reloadChoices();
    // Loads a data set into the preview and picks likely columns, the task and the model kind
    // they call for; false with *error when unreadable.
    bool setDataFile(const QString &path, QString *error);
    // A new run name (and the output folder beside the workspace that goes with it) for the next run.
    void renewName();

    // What to train; throws std::runtime_error naming the first value out of range.
    lepton::TrainingConfig config() const;
    // The run's record without config and fingerprint: name, model, data file, links, output folder.
    TrainingRun runRecord() const;
    // Empty when the form can start a run, else what to fix first.
    QString problem() const;

    QString dataFile() const;
    QStringList warnings() const;
    // The task chosen: predict a class, or a number (offered for a numeric label column).
    bool isRegression() const;
    QComboBox *taskChoice() const { return m_task; }
    QComboBox *labelColumnChoice() const { return m_labelColumn; }
    QSpinBox *epochsField() const { return m_epochs; }
    QPushButton *startButton() const { return m_start; }
    QScrollArea *scrollArea() const { return m_scroll; }

signals:
    void startRequested();

private:
    void chooseDataFile();
    void chooseEvalFile();
    void chooseModelFolder();
    void chooseVocabFile();
    void chooseOutputFolder();
    void chooseModelKind();
    // Offers regression when the label column is numeric and picks the likelier task (see .cpp).
    void offerTasks();
    // The models the chosen task offers.
    void updateTask();
    // Every column but the label is numeric: a table for the MLP, not texts for a BERT model.
    bool isTable() const;
    // The model reads the ticked feature columns (the tabular MLP, a regression of a table).
    bool readsFeatures() const;
    void updateColumns();
    void updateClassCounts();
    void updateModelKind();
    void updatePartners();
    QString modelSpec() const;

    Workspace &m_workspace;
    TrainingDataPreview m_preview;

    QLineEdit *m_name;
    QLineEdit *m_dataFile;
    QTableWidget *m_previewTable;
    QComboBox *m_labelColumn;
    QComboBox *m_textColumn;
    QListWidget *m_featureColumns;
    QString m_featureUnticked;  // the label column, unticked as a feature while it is the label
    QComboBox *m_task;
    QLabel *m_classCounts;
    QLabel *m_warnings;
    QLineEdit *m_evalFile;
    QDoubleSpinBox *m_validationPercent;

    QComboBox *m_model;
    QString m_modelsListedFor;  // the task (a regression: of a table or of texts) whose models m_model lists
    QLineEdit *m_modelFolder;
    QPushButton *m_browseModel;
    QLineEdit *m_vocabFile;
    QPushButton *m_browseVocab;
    QLineEdit *m_hiddenLayers;

    QSpinBox *m_epochs;
    QSpinBox *m_batchSize;
    QDoubleSpinBox *m_learningRate;
    QDoubleSpinBox *m_warmup;
    QDoubleSpinBox *m_weightDecay;
    QSpinBox *m_maxLength;
    QSpinBox *m_seed;
    QSpinBox *m_evalEvery;
    QComboBox *m_bestMetric;
    QSpinBox *m_patience;
    QSpinBox *m_loraRank;
    QCheckBox *m_freezeEncoder;
    QCheckBox *m_classWeights;
    QCheckBox *m_maskPii;

    QComboBox *m_device;
    QSpinBox *m_threads;
    QLineEdit *m_outputFolder;

    QComboBox *m_project;
    QComboBox *m_contract;
    QComboBox *m_partner;

    QScrollArea *m_scroll;
    QPushButton *m_start;
};
