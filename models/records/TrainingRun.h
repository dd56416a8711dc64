#pragma once
// One training run as the workspace remembers it: what was trained on which data (with the data
// set's fingerprint and where the data came from), how it went, and where its model lies.
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct Contract;

struct TrainingRun {
    Q_DECLARE_TR_FUNCTIONS(TrainingRun)
public:
    enum class Status { Queued, Running, Finished, Stopped, Failed };

    qint64 id = 0;
    QString name;
    QString configJson;       // lepton::TrainingConfig::toJson(): enough to resume or repeat the run
    QString model;            // "mlp", "scratch:tiny" or a checkpoint folder
    QString dataFile;
    QString dataFingerprint;  // SHA-256 of the training file, hex
    qint64 projectId = 0;     // 0: not linked
    qint64 partnerId = 0;
    qint64 contractId = 0;
    Status status = Status::Queued;
    QString failureReason;
    QDateTime createdAt;
    QDateTime startedAt;      // null until it first runs
    QDateTime endedAt;        // null while queued or running
    QString bestMetricsJson;  // lepton::Metrics::toJson() of the best evaluation; empty before one
    QString outputFolder;
    QString confirmationNote; // why the user trained although the contract's data access had ended
    QString owner;            // the client ("host/user") that queued or runs it; empty before owners were kept

    bool canResume() const { return status == Status::Stopped || status == Status::Failed; }

    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusLabel(Status status);

    // Why training on data shared under this contract needs the user's confirmation (terminated,
    // expired, or its data access ended before today); empty when it does not.
    static QString dataAccessProblem(const Contract &contract, const QDate &today);

    // SHA-256 of a file's bytes, hex; empty with *error set when the file cannot be read.
    static QString fingerprintOf(const QString &path, QString *error);
};

// One logged value of a run's curve: kind is train_loss, val_loss, accuracy, macro_f1 or lr; a
// regression run logs val_mae, val_rmse and val_r2 per MLP epoch and the linear fit's
// linear_mae, linear_rmse and linear_r2 once (at step 0: it is fitted before the MLP).
struct MetricPoint {
    static constexpr const char *kTrainLoss = "train_loss";
    static constexpr const char *kLearningRate = "lr";
    static constexpr const char *kValidationLoss = "val_loss";
    static constexpr const char *kAccuracy = "accuracy";
    static constexpr const char *kMacroF1 = "macro_f1";
    static constexpr const char *kValidationMae = "val_mae";
    static constexpr const char *kValidationRmse = "val_rmse";
    static constexpr const char *kValidationR2 = "val_r2";
    static constexpr const char *kLinearMae = "linear_mae";
    static constexpr const char *kLinearRmse = "linear_rmse";
    static constexpr const char *kLinearR2 = "linear_r2";

    qint64 step = 0;
    int epoch = 0;
    QString kind;
    double value = 0;

    bool operator==(const MetricPoint &o) const
    {
        return step == o.step && epoch == o.epoch && kind == o.kind && value == o.value;
    }
};
