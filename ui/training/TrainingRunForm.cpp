#include "ui/training/TrainingRunForm.h"

#include "models/repositories/TrainingRunRepository.h"
#include "models/storage/Workspace.h"
#include "session/TrainingSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <cmath>
#include <stdexcept>

namespace {

constexpr int kPreviewRows = 8;
// A numeric label with more distinct values than this, or any fraction, is taken for a quantity
// (regression); with fewer whole numbers it is more likely a coded class (0/1, ratings 1-5).
constexpr int kFewValues = 10;

// A spin box whose lowest value means "the model kind's default" (an unset optional).
QSpinBox *optionalSpin(int max, const QString &tip, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, max);
    spin->setSpecialValueText(TrainingRunForm::tr("default"));
    spin->setToolTip(tip);
    return spin;
}

QDoubleSpinBox *optionalDouble(double max, int decimals, double step, const QString &tip, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, max);
    spin->setDecimals(decimals);
    spin->setSingleStep(step);
    spin->setSpecialValueText(TrainingRunForm::tr("default"));
    spin->setToolTip(tip);
    return spin;
}

QWidget *withButton(QLineEdit *edit, QPushButton *button)
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    row->addWidget(button);
    return box;
}

}  // namespace

TrainingRunForm::TrainingRunForm(Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    auto *content = new QWidget;

    // Data
    auto *dataBox = new QGroupBox(tr("Data"));
    auto *data = new QFormLayout(dataBox);
    m_name = new QLineEdit;
    m_name->setToolTip(tr("A name to find the run by in the history."));
    data->addRow(tr("Run name:"), m_name);
    m_dataFile = new QLineEdit;
    m_dataFile->setReadOnly(true);
    m_dataFile->setPlaceholderText(tr("Choose a CSV file with a header row"));
    auto *browseData = new QPushButton(tr("Browse..."));
    connect(browseData, &QPushButton::clicked, this, &TrainingRunForm::chooseDataFile);
    data->addRow(tr("Training file:"), withButton(m_dataFile, browseData));
    m_previewTable = new QTableWidget;
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setMinimumHeight(150);
    m_previewTable->verticalHeader()->setVisible(false);
    data->addRow(m_previewTable);
    m_labelColumn = new QComboBox;
    m_labelColumn->setToolTip(tr("The column with the class of each row (strings or numbers)."));
    data->addRow(tr("Label column:"), m_labelColumn);
    m_task = new QComboBox;
    m_task->setObjectName(QStringLiteral("task"));
    m_task->addItem(tr("Classification (predict a class)"), QStringLiteral("classification"));
    m_task->addItem(tr("Regression (predict a number)"), QStringLiteral("regression"));
    m_task->setToolTip(tr("Regression is offered when the label column holds numbers."));
    data->addRow(tr("Task:"), m_task);
    m_textColumn = new QComboBox;
    m_textColumn->setToolTip(tr("The column with the text to classify (text models)."));
    data->addRow(tr("Text column:"), m_textColumn);
    m_featureColumns = new QListWidget;
    m_featureColumns->setMaximumHeight(110);
    m_featureColumns->setToolTip(tr("The numeric columns the tabular MLP reads (ticked ones)."));
    data->addRow(tr("Feature columns:"), m_featureColumns);
    m_classCounts = new QLabel;
    m_classCounts->setWordWrap(true);
    data->addRow(tr("Classes:"), m_classCounts);
    m_warnings = new QLabel;
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #a15c00;"));
    data->addRow(m_warnings);
    m_evalFile = new QLineEdit;
    m_evalFile->setPlaceholderText(tr("None: hold out a stratified validation split"));
    m_evalFile->setToolTip(tr("A separate labelled CSV file to evaluate on; leave empty to split the training file."));
    auto *browseEval = new QPushButton(tr("Browse..."));
    connect(browseEval, &QPushButton::clicked, this, &TrainingRunForm::chooseEvalFile);
    data->addRow(tr("Evaluation file:"), withButton(m_evalFile, browseEval));
    m_validationPercent = new QDoubleSpinBox;
    m_validationPercent->setRange(1, 50);
    m_validationPercent->setValue(10);
    m_validationPercent->setSuffix(QStringLiteral(" %"));
    m_validationPercent->setToolTip(tr("Share of the training file held out for validation, stratified by class, when no evaluation file is given."));
    data->addRow(tr("Validation split:"), m_validationPercent);
    connect(m_labelColumn, &QComboBox::currentTextChanged, this, &TrainingRunForm::updateClassCounts);
    connect(m_evalFile, &QLineEdit::textChanged, this, [this](const QString &t) { m_validationPercent->setEnabled(t.isEmpty()); });

    // Model and hyper-parameters
    auto *modelBox = new QGroupBox(tr("Model"));
    auto *model = new QFormLayout(modelBox);
    m_model = new QComboBox;
    m_model->setObjectName(QStringLiteral("model"));
    m_model->setToolTip(tr("What to train: an MLP for numeric tables, a small BERT from scratch, or a fine-tuned BERT checkpoint."));
    model->addRow(tr("Model:"), m_model);
    m_modelFolder = new QLineEdit;
    m_modelFolder->setPlaceholderText(tr("Folder with config.json, vocab.txt, model.safetensors"));
    m_browseModel = new QPushButton(tr("Browse..."));
    connect(m_browseModel, &QPushButton::clicked, this, &TrainingRunForm::chooseModelFolder);
    model->addRow(tr("Checkpoint:"), withButton(m_modelFolder, m_browseModel));
    m_vocabFile = new QLineEdit(TrainingSession::defaultVocabulary());
    m_vocabFile->setObjectName(QStringLiteral("vocabFile"));
    m_vocabFile->setPlaceholderText(tr("vocab.txt of an uncased WordPiece vocabulary"));
    m_vocabFile->setToolTip(tr("From-scratch models tokenize with this vocabulary (e.g. bert-base-uncased-vocab.txt)."));
    m_browseVocab = new QPushButton(tr("Browse..."));
    connect(m_browseVocab, &QPushButton::clicked, this, &TrainingRunForm::chooseVocabFile);
    model->addRow(tr("Vocabulary:"), withButton(m_vocabFile, m_browseVocab));
    m_hiddenLayers = new QLineEdit(QStringLiteral("32,16"));
    m_hiddenLayers->setToolTip(tr("Sizes of the MLP's hidden layers, comma-separated."));
    model->addRow(tr("Hidden layers:"), m_hiddenLayers);
    connect(m_model, &QComboBox::currentIndexChanged, this, &TrainingRunForm::updateModelKind);

    m_epochs = optionalSpin(10000, tr("Passes over the training data. Default: 3 for checkpoints, 8 from scratch, 100 for the MLP."), this);
    model->addRow(tr("Epochs:"), m_epochs);
    m_batchSize = optionalSpin(4096, tr("Examples per optimizer step. Larger is faster per example but needs more memory."), this);
    model->addRow(tr("Batch size:"), m_batchSize);
    m_learningRate = optionalDouble(1.0, 6, 1e-5, tr("Peak AdamW learning rate. Default: 5e-5 for checkpoints, 1e-3 from scratch and for the MLP."), this);
    model->addRow(tr("Learning rate:"), m_learningRate);
    m_warmup = optionalDouble(0.5, 3, 0.01, tr("Share of the steps over which the rate rises linearly from 0 before it decays linearly."), this);
    model->addRow(tr("Warm-up ratio:"), m_warmup);
    m_weightDecay = optionalDouble(1.0, 4, 0.01, tr("AdamW weight decay (not applied to biases and LayerNorm)."), this);
    model->addRow(tr("Weight decay:"), m_weightDecay);
    m_maxLength = optionalSpin(4096, tr("Tokens per text; longer texts are truncated. Default: 128 for checkpoints, 64 from scratch."), this);
    model->addRow(tr("Max length:"), m_maxLength);
    m_seed = new QSpinBox;
    m_seed->setRange(0, 1000000);
    m_seed->setValue(42);
    m_seed->setToolTip(tr("Same seed, same data and same settings give the same run on the CPU."));
    model->addRow(tr("Seed:"), m_seed);
    m_evalEvery = new QSpinBox;
    m_evalEvery->setRange(0, 1000000);
    m_evalEvery->setSpecialValueText(tr("each epoch"));
    m_evalEvery->setToolTip(tr("Evaluate every this many steps as well as at each epoch end."));
    model->addRow(tr("Evaluate every:"), m_evalEvery);
    m_bestMetric = new QComboBox;
    m_bestMetric->addItem(tr("Macro-F1"), QStringLiteral("macro_f1"));
    m_bestMetric->addItem(tr("Accuracy"), QStringLiteral("accuracy"));
    m_bestMetric->addItem(tr("Validation loss"), QStringLiteral("loss"));
    m_bestMetric->setToolTip(tr("The metric that decides which evaluation's model is kept as the best, and early stopping."));
    model->addRow(tr("Best model by:"), m_bestMetric);
    m_patience = new QSpinBox;
    m_patience->setRange(0, 1000);
    m_patience->setSpecialValueText(tr("no early stopping"));
    m_patience->setToolTip(tr("Stop after this many evaluations without improvement."));
    model->addRow(tr("Early stopping:"), m_patience);
    m_loraRank = new QSpinBox;
    m_loraRank->setRange(0, 256);
    m_loraRank->setSpecialValueText(tr("off"));
    m_loraRank->setToolTip(tr("Train low-rank adapters on query and value with this rank; the base model stays frozen."));
    model->addRow(tr("LoRA rank:"), m_loraRank);
    m_freezeEncoder = new QCheckBox(tr("Freeze the encoder (train the classifier head only)"));
    model->addRow(m_freezeEncoder);
    m_classWeights = new QCheckBox(tr("Weight the loss by inverse class frequency"));
    m_classWeights->setToolTip(tr("Helps imbalanced data sets: rare classes count as much as common ones."));
    model->addRow(m_classWeights);
    m_maskPii = new QCheckBox(tr("Mask e-mail addresses and phone numbers in the texts"));
    m_maskPii->setObjectName(QStringLiteral("maskPii"));
    m_maskPii->setToolTip(tr("The model is trained on [email] and [phone] in their place, so it cannot learn them. "
                             "The choice is kept in the run's configuration."));
    model->addRow(m_maskPii);

    // Where, and where the data came from
    auto *whereBox = new QGroupBox(tr("Device, output and provenance"));
    auto *where = new QFormLayout(whereBox);
    m_device = new QComboBox;
    m_device->addItem(tr("Automatic (CUDA when available)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA GPU"), QStringLiteral("cuda"));
    where->addRow(tr("Device:"), m_device);
    m_threads = new QSpinBox;
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("all cores"));
    m_threads->setValue(std::max(1, QThread::idealThreadCount() - 1));
    m_threads->setToolTip(tr("CPU threads for training; leaving one core free keeps the application responsive."));
    where->addRow(tr("CPU threads:"), m_threads);
    m_outputFolder = new QLineEdit;
    m_outputFolder->setToolTip(tr("The run writes its best model, checkpoints and history here; empty: a folder beside the workspace."));
    auto *browseOut = new QPushButton(tr("Browse..."));
    connect(browseOut, &QPushButton::clicked, this, &TrainingRunForm::chooseOutputFolder);
    where->addRow(tr("Output folder:"), withButton(m_outputFolder, browseOut));
    m_project = new QComboBox;
    m_project->setObjectName(QStringLiteral("project"));
    m_project->setToolTip(tr("The project this model is trained for."));
    where->addRow(tr("Project:"), m_project);
    m_contract = new QComboBox;
    m_contract->setObjectName(QStringLiteral("contract"));
    m_contract->setToolTip(tr("The contract under which the partner shared the data."));
    where->addRow(tr("Contract:"), m_contract);
    m_partner = new QComboBox;
    m_partner->setObjectName(QStringLiteral("partner"));
    m_partner->setToolTip(tr("The partner that shared the data (a party to the contract)."));
    where->addRow(tr("Partner:"), m_partner);
    connect(m_contract, &QComboBox::currentIndexChanged, this, &TrainingRunForm::updatePartners);
    m_start = new QPushButton(tr("Start Training"));
    m_start->setDefault(true);
    m_start->setToolTip(tr("Stores the run and trains it when its device is free (Ctrl+Return)."));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_start, &QPushButton::clicked, this, &TrainingRunForm::startRequested);

    // One column of groups that scrolls vertically; it never needs a horizontal scrollbar, as
    // every row shrinks to the width there is (long labels wrap above their fields).
    for (QFormLayout *form : {data, model, where}) form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *column = new QVBoxLayout(content);
    column->addWidget(dataBox);
    column->addWidget(modelBox);
    column->addWidget(whereBox);
    column->addStretch();
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);
    // Start stays in view below the scrolling groups, whatever the window's height.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_start);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
    for (QComboBox *combo : findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }

    connect(m_labelColumn, &QComboBox::currentTextChanged, this, &TrainingRunForm::offerTasks);
    connect(m_task, &QComboBox::currentIndexChanged, this, &TrainingRunForm::updateTask);
    updateTask();
    reloadChoices();
    renewName();
}

void TrainingRunForm::renewName()
{
    // Unique among the runs beside the workspace, so that the next Start has a fresh folder.
    const QString base = QStringLiteral("run-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    m_outputFolder->clear();
    m_name->setText(base);
    for (int n = 2; QDir(runRecord().outputFolder).exists(); ++n) m_name->setText(QStringLiteral("%1-%2").arg(base).arg(n));
}

void TrainingRunForm::reloadChoices()
{
    TrainingRunRepository runs(m_workspace);
    const qint64 project = m_project->currentData().toLongLong();
    const qint64 contract = m_contract->currentData().toLongLong();
    m_project->clear();
    m_contract->clear();
    m_project->addItem(tr("(no project)"), 0);
    m_contract->addItem(tr("(no contract)"), 0);
    for (const auto &c : runs.projectChoices()) m_project->addItem(c.name, c.id);
    for (const auto &c : runs.contractChoices()) m_contract->addItem(c.name, c.id);
    m_project->setCurrentIndex(std::max(0, m_project->findData(project)));
    m_contract->setCurrentIndex(std::max(0, m_contract->findData(contract)));
    updatePartners();
}

void TrainingRunForm::updatePartners()
{
    m_partner->clear();
    const qint64 contract = m_contract->currentData().toLongLong();
    m_partner->addItem(contract ? tr("(choose the partner)") : tr("(choose a contract first)"), 0);
    if (contract)
        for (const auto &p : TrainingRunRepository(m_workspace).partnersUnder(contract)) m_partner->addItem(p.name, p.id);
    if (m_partner->count() == 2) m_partner->setCurrentIndex(1);  // a single party: no choice to make
}

void TrainingRunForm::chooseDataFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a training data set"), QFileInfo(m_dataFile->text()).absolutePath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) return;
    QString error;
    if (!setDataFile(path, &error)) QMessageBox::warning(this, tr("Cannot use this data set"), error);
}

void TrainingRunForm::chooseEvalFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an evaluation data set"), QFileInfo(m_dataFile->text()).absolutePath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) m_evalFile->setText(path);
}

void TrainingRunForm::chooseModelFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Choose a Hugging Face checkpoint folder"), m_modelFolder->text());
    if (!path.isEmpty()) m_modelFolder->setText(path);
}

void TrainingRunForm::chooseVocabFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a WordPiece vocabulary"), QFileInfo(m_vocabFile->text()).absolutePath(),
                                                      tr("Vocabularies (*.txt);;All files (*)"));
    if (!path.isEmpty()) m_vocabFile->setText(path);
}

void TrainingRunForm::chooseOutputFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Choose the output folder"), m_outputFolder->text());
    if (!path.isEmpty()) m_outputFolder->setText(path);
}

bool TrainingRunForm::setDataFile(const QString &path, QString *error)
{
    TrainingDataPreview preview;
    if (!preview.load(path, error)) return false;
    m_preview = preview;
    m_dataFile->setText(path);
    const QStringList columns = m_preview.columns();
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(columns.size()));
    m_previewTable->setHorizontalHeaderLabels(columns);
    const QList<QStringList> rows = m_preview.firstRows(kPreviewRows);
    m_previewTable->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size() && c < columns.size(); ++c)
            m_previewTable->setItem(r, c, new QTableWidgetItem(rows[r][c].left(200)));
    m_previewTable->resizeColumnsToContents();
    updateColumns();
    offerTasks();
    return true;
}

bool TrainingRunForm::isTable() const
{
    // A numeric label, as in "text,0/1" files, does not make a text file a table.
    QStringList features = m_preview.numericColumns();
    features.removeAll(m_labelColumn->currentText());
    return !features.isEmpty() && features.size() >= m_preview.columns().size() - 1;
}

void TrainingRunForm::chooseModelKind()
{
    // A regression's models all suit its data; without data the first model stays.
    if (isRegression() || m_preview.columns().isEmpty()) return;
    const bool mlpChosen = m_model->currentData().toString() == QLatin1String("mlp");
    if (isTable() != mlpChosen) m_model->setCurrentIndex(isTable() ? 0 : 1);
}

void TrainingRunForm::offerTasks()
{
    const QString label = m_labelColumn->currentText();
    const QMap<QString, int> values = m_preview.classCounts(label);
    // Tables and texts alike: updateTask() lists the models that read the one or the other.
    const bool offered = m_preview.numericColumns().contains(label);
    bool fractions = false;
    for (auto it = values.cbegin(); it != values.cend() && !fractions; ++it) fractions = it.key().toDouble() != std::floor(it.key().toDouble());
    auto *tasks = qobject_cast<QStandardItemModel *>(m_task->model());
    tasks->item(1)->setEnabled(offered);
    tasks->item(1)->setToolTip(offered ? QString() : tr("Regression needs a label column of numbers."));
    const int task = offered && (fractions || values.size() > kFewValues) ? 1 : 0;
    if (m_task->currentIndex() != task) m_task->setCurrentIndex(task);  // updateTask() follows
    else updateTask();
}

void TrainingRunForm::updateTask()
{
    // The models of the task, listed afresh (from its default) only when the task changed.
    const bool tableRegression = isRegression() && isTable();
    const QString task = m_task->currentData().toString() + (tableRegression ? QStringLiteral(":table") : QString());
    if (task != m_modelsListedFor) {
        m_modelsListedFor = task;
        m_model->blockSignals(true);
        m_model->clear();
        if (tableRegression) {
            m_model->addItem(tr("Linear least squares and MLP (the better by validation RMSE)"), QStringLiteral("linear,mlp"));
            m_model->addItem(tr("Linear least squares"), QStringLiteral("linear"));
            m_model->addItem(tr("MLP with squared-error loss"), QStringLiteral("mlp"));
        } else {
            if (!isRegression()) m_model->addItem(tr("Tabular MLP (numeric feature columns)"), QStringLiteral("mlp"));
            m_model->addItem(tr("From scratch: tiny (2 layers, 128 wide)"), QStringLiteral("scratch:tiny"));
            m_model->addItem(tr("From scratch: mini (4 layers, 256 wide)"), QStringLiteral("scratch:mini"));
            const QString scratch = isRegression()
                ? tr("Trained from random weights on your texts: a small transformer with one output, the number.")
                : tr("Trained from random weights on your texts: a small transformer beside word-pair counts from "
                     "the training file (a bag of n-grams and a naive-Bayes prior). Works from a few thousand "
                     "labelled texts.");
            for (const char *preset : {"scratch:tiny", "scratch:mini"})
                m_model->setItemData(m_model->findData(QLatin1String(preset)), scratch, Qt::ToolTipRole);
            m_model->addItem(tr("Hugging Face checkpoint folder"), QString());
        }
        m_model->blockSignals(false);
    }
    chooseModelKind();
    updateModelKind();
    updateClassCounts();
}

bool TrainingRunForm::isRegression() const
{
    return m_task->currentData().toString() == QLatin1String("regression");
}

bool TrainingRunForm::readsFeatures() const
{
    lepton::TrainingConfig chosen;
    chosen.task = m_task->currentData().toString().toStdString();
    chosen.model = m_model->currentData().toString().toStdString();
    return chosen.readsFeatureColumns();
}

void TrainingRunForm::updateColumns()
{
    const QStringList columns = m_preview.columns();
    const QString label = m_preview.guessLabelColumn();
    m_labelColumn->blockSignals(true);
    m_labelColumn->clear();
    m_labelColumn->addItems(columns);
    m_labelColumn->setCurrentText(label);
    m_labelColumn->blockSignals(false);
    m_textColumn->clear();
    m_textColumn->addItems(columns);
    m_textColumn->setCurrentText(m_preview.guessTextColumn());
    m_featureColumns->clear();
    for (const QString &column : m_preview.numericColumns()) {
        auto *item = new QListWidgetItem(column, m_featureColumns);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(column == label ? Qt::Unchecked : Qt::Checked);
    }
    m_featureUnticked = label;
    updateClassCounts();
}

void TrainingRunForm::updateClassCounts()
{
    const QString label = m_labelColumn->currentText();
    // The label is no feature; a column that was the label a moment ago is one again.
    for (int i = 0; i < m_featureColumns->count(); ++i) {
        QListWidgetItem *item = m_featureColumns->item(i);
        if (item->text() == label) item->setCheckState(Qt::Unchecked);
        else if (item->text() == m_featureUnticked) item->setCheckState(Qt::Checked);
    }
    m_featureUnticked = label;
    const QMap<QString, int> counts = m_preview.classCounts(label);
    if (isRegression()) {
        double low = 0, high = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const double v = it.key().toDouble();
            low = it == counts.cbegin() ? v : std::min(low, v);
            high = it == counts.cbegin() ? v : std::max(high, v);
        }
        m_classCounts->setText(tr("%1 rows; numbers from %2 to %3, %4 different values")
                                   .arg(m_preview.rowCount())
                                   .arg(QLocale().toString(low))
                                   .arg(QLocale().toString(high))
                                   .arg(counts.size()));
        m_warnings->clear();
        return;
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend() && parts.size() < 20; ++it) parts << tr("%1: %2").arg(it.key()).arg(it.value());
    if (counts.size() > 20) parts << tr("... %1 classes in all").arg(counts.size());
    m_classCounts->setText(counts.isEmpty() ? QString() : tr("%1 rows; %2").arg(m_preview.rowCount()).arg(parts.join(QStringLiteral(", "))));
    m_warnings->setText(warnings().join(QLatin1Char('\n')));
}

QStringList TrainingRunForm::warnings() const
{
    // The warnings are about classes; a regression's label has none.
    return isRegression() ? QStringList() : m_preview.warnings(m_labelColumn->currentText());
}

void TrainingRunForm::updateModelKind()
{
    const QString spec = m_model->currentData().toString();
    const bool regression = isRegression();
    const bool features = readsFeatures();
    const bool checkpoint = spec.isEmpty();
    m_modelFolder->setEnabled(checkpoint);
    m_browseModel->setEnabled(checkpoint);
    m_vocabFile->setEnabled(spec.startsWith(QLatin1String("scratch:")));
    m_browseVocab->setEnabled(m_vocabFile->isEnabled());
    m_hiddenLayers->setEnabled(spec.split(QLatin1Char(',')).contains(QLatin1String("mlp")));
    m_featureColumns->setEnabled(features);
    m_textColumn->setEnabled(!features);
    m_maxLength->setEnabled(!features);
    m_loraRank->setEnabled(checkpoint);
    m_freezeEncoder->setEnabled(checkpoint);
    // A regression is judged by validation RMSE and has no classes to weigh; one on table columns
    // is evaluated after every epoch, with a constant learning rate.
    m_bestMetric->setEnabled(!regression);
    m_evalEvery->setEnabled(!(regression && features));
    m_warmup->setEnabled(!(regression && features));
    m_classWeights->setEnabled(!regression);
}

QString TrainingRunForm::modelSpec() const
{
    const QString spec = m_model->currentData().toString();
    return spec.isEmpty() ? m_modelFolder->text().trimmed() : spec;
}

QString TrainingRunForm::dataFile() const
{
    return m_dataFile->text();
}

lepton::TrainingConfig TrainingRunForm::config() const
{
    lepton::TrainingConfig c;
    c.trainFile = m_dataFile->text().toStdString();
    c.evalFile = m_evalFile->text().trimmed().toStdString();
    c.validationFraction = m_validationPercent->value() / 100.0;
    c.labelColumn = m_labelColumn->currentText().toStdString();
    c.textColumn = m_textColumn->currentText().toStdString();
    c.model = modelSpec().toStdString();
    c.task = m_task->currentData().toString().toStdString();
    if (readsFeatures()) {
        for (int i = 0; i < m_featureColumns->count(); ++i)
            if (m_featureColumns->item(i)->checkState() == Qt::Checked) c.featureColumns.push_back(m_featureColumns->item(i)->text().toStdString());
        for (const QString &size : m_hiddenLayers->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int n = size.trimmed().toInt(&ok);
            if (!ok || n < 1) throw std::runtime_error(tr("Hidden layers: \"%1\" is not a layer size; write sizes such as 32,16.").arg(size).toStdString());
            c.hiddenLayers.push_back(n);
        }
    }
    c.vocabFile = m_vocabFile->text().trimmed().toStdString();
    c.loraRank = m_loraRank->isEnabled() ? m_loraRank->value() : 0;
    c.freezeEncoder = m_freezeEncoder->isEnabled() && m_freezeEncoder->isChecked();
    if (m_epochs->value() > 0) c.epochs = m_epochs->value();
    if (m_batchSize->value() > 0) c.batchSize = m_batchSize->value();
    if (m_learningRate->value() > 0) c.learningRate = m_learningRate->value();
    if (m_warmup->isEnabled() && m_warmup->value() > 0) c.warmupRatio = m_warmup->value();
    if (m_weightDecay->value() > 0) c.weightDecay = m_weightDecay->value();
    if (m_maxLength->isEnabled() && m_maxLength->value() > 0) c.maxLength = m_maxLength->value();
    c.seed = uint64_t(m_seed->value());
    c.patience = m_patience->value();
    if (m_evalEvery->isEnabled()) c.evalEvery = m_evalEvery->value();
    if (!isRegression()) {
        c.bestMetric = m_bestMetric->currentData().toString().toStdString();
        c.classWeights = m_classWeights->isChecked();
    }
    c.maskPii = m_maskPii->isChecked();
    c.device = m_device->currentData().toString().toStdString();
    c.threads = m_threads->value();
    c.outDir = runRecord().outputFolder.toStdString();
    c.withDefaults();  // throws for a value out of range, before anything is stored
    return c;
}

TrainingRun TrainingRunForm::runRecord() const
{
    TrainingRun run;
    run.name = m_name->text().trimmed();
    run.model = modelSpec();
    run.dataFile = m_dataFile->text();
    run.projectId = m_project->currentData().toLongLong();
    run.contractId = m_contract->currentData().toLongLong();
    run.partnerId = m_partner->currentData().toLongLong();
    QString folder = m_outputFolder->text().trimmed();
    if (folder.isEmpty()) {
        const QString safeName = QString(run.name).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
        folder = m_workspace.localFolder() + QStringLiteral("/runs/") + safeName;
    }
    run.outputFolder = QDir::cleanPath(folder);
    return run;
}

QString TrainingRunForm::problem() const
{
    if (m_dataFile->text().isEmpty()) return tr("Choose a training file.");
    if (m_name->text().trimmed().isEmpty()) return tr("Give the run a name.");
    if (modelSpec().isEmpty()) return tr("Choose the checkpoint folder to fine-tune.");
    if (m_model->currentData().toString().startsWith(QLatin1String("scratch:")) && m_vocabFile->text().trimmed().isEmpty())
        return tr("A from-scratch model needs a vocabulary file (vocab.txt).");
    if (!isRegression() && m_preview.classCounts(m_labelColumn->currentText()).size() < 2)
        return tr("The label column needs at least two classes; choose another column.");
    if (readsFeatures()) {
        bool ticked = false;
        for (int i = 0; i < m_featureColumns->count(); ++i) ticked = ticked || m_featureColumns->item(i)->checkState() == Qt::Checked;
        if (!ticked)
            return tr("The tabular MLP reads numeric feature columns, and none is ticked. Tick them under Feature columns, "
                      "or choose a text model for a text column.");
    } else if (m_textColumn->currentText().isEmpty() || m_textColumn->currentText() == m_labelColumn->currentText()) {
        return tr("Choose the column with the texts to classify (Text column); it cannot be the label column.");
    }
    const QString folder = runRecord().outputFolder;
    if (QDir(folder).exists() && !QDir(folder).isEmpty())
        return tr("The output folder %1 is not empty; choose another folder or another run name.").arg(QDir::toNativeSeparators(folder));
    return {};
}
