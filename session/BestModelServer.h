#pragma once
// What runs inside lepton-predict, the try-it model's own process, and the lines it exchanges with
// BestModelPredictor: one JSON object per line. A request carries "request" (its number),
// "folder" (a run's output folder) and "text" or "features" (the values as typed), or only
// "forget"; the answer carries "request" and either "classes" ({"label", "probability"} by falling
// probability), "number" (a regression model's prediction) or a "refusal" code with its details,
// which the predictor puts in words in the user's language (the process has no translations).
#include <QByteArray>
#include <QString>

#include <memory>

namespace lepton {
class TrainedModel;
}

namespace BestModelProtocol {
inline constexpr char kRequest[] = "request";
inline constexpr char kFolder[] = "folder";
inline constexpr char kText[] = "text";
inline constexpr char kFeatures[] = "features";
inline constexpr char kForget[] = "forget";
inline constexpr char kClasses[] = "classes";
inline constexpr char kLabel[] = "label";
inline constexpr char kProbability[] = "probability";
inline constexpr char kNumber[] = "number";
inline constexpr char kRefusal[] = "refusal";
inline constexpr char kDetail[] = "detail";  // the engine's message (cannot-load, failed)
inline constexpr char kFeature[] = "feature";  // not-a-number: the feature and its value
inline constexpr char kValue[] = "value";
// Refusal codes. feature-count carries the model's feature names in "features".
inline constexpr char kNoBestModel[] = "no-best-model";
inline constexpr char kCannotLoad[] = "cannot-load";
inline constexpr char kReadsText[] = "reads-text";
inline constexpr char kReadsFeatures[] = "reads-features";
inline constexpr char kFeatureCount[] = "feature-count";
inline constexpr char kNotANumber[] = "not-a-number";
inline constexpr char kFailed[] = "failed";
}  // namespace BestModelProtocol

// Keeps the last run's best model loaded for the next request, until a request names another run
// or says forget.
class BestModelServer {
public:
    BestModelServer();
    ~BestModelServer();

    // The answer line (no newline) to one request line; empty for forget.
    QByteArray answer(const QByteArray &requestLine);

private:
    lepton::TrainedModel &load(const QString &runFolder);

    std::unique_ptr<lepton::TrainedModel> m_model;
    QString m_folder;
};
