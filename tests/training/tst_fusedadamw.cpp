// torch before QtTest: Qt's `slots` macro would break torch's headers.
#include "training/internal/FusedAdamW.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace lepton;

namespace {

// A word embedding, a weight matrix and a bias, as the trainer groups them: decayed and not.
struct Parameters {
    std::vector<torch::Tensor> decayed, plain;

    explicit Parameters(uint64_t seed)
    {
        torch::manual_seed(seed);
        decayed = {torch::randn({3000, 64}).requires_grad_(), torch::randn({64, 48}).requires_grad_()};
        plain = {torch::randn({48}).requires_grad_()};
    }
    std::vector<torch::Tensor> all() const
    {
        auto both = decayed;
        both.insert(both.end(), plain.begin(), plain.end());
        return both;
    }
};

std::vector<torch::optim::OptimizerParamGroup> groups(const Parameters &p, double lr, double decay)
{
    std::vector<torch::optim::OptimizerParamGroup> result;
    auto options = [&](double d) { return std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(lr).weight_decay(d)); };
    result.emplace_back(p.decayed, options(decay));
    result.emplace_back(p.plain, options(0.0));
    return result;
}

void setRate(torch::optim::Optimizer &optimizer, double lr)
{
    for (auto &group : optimizer.param_groups()) static_cast<torch::optim::AdamWOptions &>(group.options()).lr(lr);
}

// The same random gradient for both sets; rows of the embedding left without gradient, as rows
// not in a batch are, so that their moments only decay.
void setGradients(const Parameters &a, const Parameters &b, int step)
{
    torch::manual_seed(1000 + step);
    const auto first = a.all(), second = b.all();
    for (std::size_t i = 0; i < first.size(); ++i) {
        auto grad = torch::randn(first[i].sizes()) * (i == 0 ? 0.01 : 1.0);
        if (i == 0) grad.slice(0, 100, 3000).zero_();
        first[i].mutable_grad() = grad.clone();
        second[i].mutable_grad() = grad.clone();
    }
}

double largestDifference(const std::vector<torch::Tensor> &a, const std::vector<torch::Tensor> &b)
{
    double most = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        most = std::max(most, (a[i] - b[i]).abs().max().item<double>());
    return most;
}

}  // namespace

class TestFusedAdamW : public QObject {
    Q_OBJECT

private slots:
    // Step by step against LibTorch's AdamW (and clip_grad_norm_): warm-up and decay of the
    // rate, weight decay on one group only, 2 threads splitting the loop. Float rounding differs (one fused expression
    // against separate kernels); the weights stay within 1e-5 after 50 steps.
    void matchesLibTorchAdamWStepByStep()
    {
        torch::set_num_threads(2);
        Parameters fusedWeights(7), referenceWeights(7);
        FusedAdamW fused(groups(fusedWeights, 1e-3, 0.01), torch::optim::AdamWOptions(1e-3));
        torch::optim::AdamW reference(groups(referenceWeights, 1e-3, 0.01), torch::optim::AdamWOptions(1e-3));
        const auto before = fusedWeights.all()[1].detach().clone();
        for (int step = 0; step < 50; ++step) {
            const double lr = step < 5 ? 1e-3 * (step + 1) / 5 : 1e-3 * (50 - step) / 45.0;
            setRate(fused, lr);
            setRate(reference, lr);
            setGradients(fusedWeights, referenceWeights, step);
            if (step % 2 == 0) {  // clipping (a norm of about 50 to 1) on every other step
                fused.clipGradientNorm(1.0);
                torch::nn::utils::clip_grad_norm_(referenceWeights.all(), 1.0);
            }
            fused.step();
            reference.step();
            const double difference = largestDifference(fusedWeights.all(), referenceWeights.all());
            QVERIFY2(difference < 1e-5, qPrintable(QStringLiteral("step %1: weights differ by %2").arg(step + 1).arg(difference)));
        }
        // The test would pass with an optimizer that does nothing on both sides: it did something.
        QVERIFY((fusedWeights.all()[1] - before).abs().max().item<double>() > 1e-3);

        // Its state is LibTorch's (same keys, moments and step counts): saved from the fused
        // optimizer and loaded into LibTorch's, the next steps agree as well.
        torch::serialize::OutputArchive archive;
        fused.save(archive);
        std::ostringstream bytes;
        archive.save_to(bytes);
        Parameters loadedWeights(7);
        {
            torch::NoGradGuard noGrad;
            for (std::size_t i = 0; i < 3; ++i) loadedWeights.all()[i].copy_(fusedWeights.all()[i]);
        }
        torch::optim::AdamW loaded(groups(loadedWeights, 1e-3, 0.01), torch::optim::AdamWOptions(1e-3));
        torch::serialize::InputArchive input;
        std::istringstream in(bytes.str());
        input.load_from(in);
        loaded.load(input);
        QCOMPARE(loaded.state().size(), std::size_t(3));
        for (int step = 50; step < 55; ++step) {
            setRate(fused, 1e-4);
            setRate(loaded, 1e-4);
            setGradients(fusedWeights, loadedWeights, step);
            fused.step();
            loaded.step();
        }
        const double difference = largestDifference(fusedWeights.all(), loadedWeights.all());
        QVERIFY2(difference < 1e-5, qPrintable(QStringLiteral("after loading: weights differ by %1").arg(difference)));
    }

    // Against Python's torch.optim.AdamW (python3-torch, which ./lepton setup installs), step by
    // step: the optimizer the plain PyTorch loop of bench_training_throughput uses.
    void matchesPythonTorchAdamWStepByStep()
    {
        QTemporaryDir dir;
        const auto path = [&](const QString &name) { return dir.filePath(name).toStdString(); };
        const auto write = [&](const QString &name, const torch::Tensor &tensor) {
            const auto data = tensor.contiguous();
            std::ofstream(path(name), std::ios::binary)
                .write(reinterpret_cast<const char *>(data.data_ptr<float>()), std::streamsize(data.numel() * 4));
        };
        Parameters weights(5);
        const auto all = weights.all();
        std::vector<double> rates;
        for (int step = 0; step < 12; ++step) rates.push_back(2e-3 * (12 - step) / 12.0);
        nlohmann::json spec = {{"decayed", {0, 1}}, {"plain", {2}}, {"weight_decay", 0.01}, {"rates", rates}};
        for (std::size_t i = 0; i < all.size(); ++i) {
            spec["shapes"].push_back(all[i].sizes().vec());
            write(QStringLiteral("param%1.bin").arg(i), all[i].detach());
        }
        std::ofstream(path("spec.json")) << spec.dump();
        std::vector<std::vector<torch::Tensor>> gradients;
        torch::manual_seed(99);
        for (std::size_t step = 0; step < rates.size(); ++step) {
            gradients.emplace_back();
            for (std::size_t i = 0; i < all.size(); ++i) {
                gradients.back().push_back(torch::randn(all[i].sizes()));
                write(QStringLiteral("grad%1_%2.bin").arg(step).arg(i), gradients.back().back());
            }
        }
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(LEPTON_ADAMW_REFERENCE), dir.path()});
        QVERIFY2(python.waitForFinished(120000) && python.exitCode() == 0,
                 qPrintable(QStringLiteral("the Python reference failed (install python3-torch: ./lepton setup): %1")
                                .arg(QString::fromUtf8(python.readAllStandardError()))));

        FusedAdamW fused(groups(weights, rates[0], 0.01), torch::optim::AdamWOptions(rates[0]));
        for (std::size_t step = 0; step < rates.size(); ++step) {
            setRate(fused, rates[step]);
            for (std::size_t i = 0; i < all.size(); ++i) all[i].mutable_grad() = gradients[step][i];
            fused.step();
            for (std::size_t i = 0; i < all.size(); ++i) {
                std::ifstream in(path(QStringLiteral("after%1_%2.bin").arg(step).arg(i)), std::ios::binary);
                auto theirs = torch::empty(all[i].sizes());
                in.read(reinterpret_cast<char *>(theirs.data_ptr<float>()), std::streamsize(theirs.numel() * 4));
                QVERIFY(in);
                const double difference = (all[i] - theirs).abs().max().item<double>();
                QVERIFY2(difference < 1e-5, qPrintable(QStringLiteral("step %1, tensor %2: differs from torch.optim.AdamW by %3")
                                                           .arg(step + 1).arg(i).arg(difference)));
            }
        }
    }

    // Parameters the fused loop does not take (here float64) get LibTorch's own step: identical.
    void otherParametersTakeLibTorchsStep()
    {
        torch::manual_seed(3);
        auto a = torch::randn({10, 4}, torch::kFloat64).requires_grad_();
        auto b = a.detach().clone().requires_grad_();
        FusedAdamW fused(std::vector<torch::Tensor>{a}, torch::optim::AdamWOptions(1e-2));
        torch::optim::AdamW reference(std::vector<torch::Tensor>{b}, torch::optim::AdamWOptions(1e-2));
        for (int step = 0; step < 5; ++step) {
            const auto grad = torch::randn({10, 4}, torch::kFloat64);
            a.mutable_grad() = grad.clone();
            b.mutable_grad() = grad.clone();
            fused.step();
            reference.step();
        }
        QVERIFY(torch::equal(a, b));
    }

    void clearingGradientsDropsThem()
    {
        auto weight = torch::ones({3}).requires_grad_();
        FusedAdamW optimizer(std::vector<torch::Tensor>{weight}, torch::optim::AdamWOptions(1e-2));
        (weight * 2).sum().backward();
        QVERIFY(weight.grad().defined());
        optimizer.clearGradients();
        QVERIFY(!weight.grad().defined());
        (weight * 3).sum().backward();
        QCOMPARE(weight.grad()[0].item<float>(), 3.0f);  // stored, not added to the old 2
    }
};

QTEST_GUILESS_MAIN(TestFusedAdamW)
#include "tst_fusedadamw.moc"
