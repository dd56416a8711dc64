#include "training/TrainingProgress.h"

namespace lepton {

namespace {
std::string sizes(std::size_t training, std::size_t validation, const char *unit)
{
    return "data: " + std::to_string(training) + " training and " + std::to_string(validation) + " validation " + unit + ", ";
}
}  // namespace

ProgressMessage ProgressMessage::classData(std::size_t training, std::size_t validation, std::size_t classes)
{
    return {Kind::ClassData, sizes(training, validation, "examples") + std::to_string(classes) + " classes", "",
            {double(training), double(validation), double(classes)}};
}

ProgressMessage ProgressMessage::targetData(std::size_t training, std::size_t validation, double mean, double std)
{
    return {Kind::TargetData,
            sizes(training, validation, "examples") + "target mean " + std::to_string(mean) + ", standard deviation " +
                std::to_string(std),
            "", {double(training), double(validation), mean, std}};
}

ProgressMessage ProgressMessage::featureData(std::size_t training, std::size_t validation, std::size_t features)
{
    return {Kind::FeatureData, sizes(training, validation, "rows") + std::to_string(features) + " features", "",
            {double(training), double(validation), double(features)}};
}

ProgressMessage ProgressMessage::regressionModel(const std::string &model, double rmse, double r2)
{
    return {Kind::RegressionModel,
            model + ": validation RMSE " + std::to_string(rmse) + ", R^2 " + std::to_string(r2), model, {rmse, r2}};
}

ProgressMessage ProgressMessage::stoppingEarly(const std::string &metric, int evaluations)
{
    return {Kind::StoppingEarly,
            "stopping early: " + metric + " has not improved for " + std::to_string(evaluations) + " evaluations", metric,
            {double(evaluations)}};
}

ProgressMessage ProgressMessage::stopped(const std::string &outDir)
{
    return {Kind::Stopped, "stopped on request; the checkpoint in " + outDir + " continues the run when it is resumed"};
}

ProgressMessage ProgressMessage::resuming(int64_t step, int64_t steps)
{
    return {Kind::Resuming, "resuming at step " + std::to_string(step) + " of " + std::to_string(steps), "",
            {double(step), double(steps)}};
}

ProgressMessage ProgressMessage::ignoredTensors(std::size_t count, const std::string &first)
{
    return {Kind::IgnoredTensors,
            "ignored " + std::to_string(count) + " checkpoint tensors that BertForSequenceClassification does not use "
                "(e.g. '" + first + "')",
            first, {double(count)}};
}

ProgressMessage ProgressMessage::newHead(std::size_t count, const std::string &classes)
{
    return {Kind::NewHead,
            "the checkpoint has no classification head; a new one was initialised for " + std::to_string(count) +
                " labels (" + classes + ")",
            classes};
}

ProgressMessage ProgressMessage::replacedHead(const std::string &oldClasses, const std::string &classes)
{
    return {Kind::ReplacedHead,
            "the checkpoint's classification head is for the labels (" + oldClasses + "); a new one was initialised for (" +
                classes + ")",
            classes};
}

}  // namespace lepton
