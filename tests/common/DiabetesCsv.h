#pragma once
// A real regression data set: Debian's python3-sklearn ships the diabetes data (442 patients, 10
// measurements, a disease progression score a year later; ./lepton setup installs it). Written
// as a CSV with a header row and the score in the column "progression".
#include "training/TrainingConfig.h"

#include <QByteArrayList>
#include <QFile>
#include <QProcess>
#include <QString>

#include <vector>

struct DiabetesCsv {
    static constexpr int kRows = 442;
    static QString folder() { return QStringLiteral("/usr/lib/python3/dist-packages/sklearn/datasets/data"); }

    // Rows [first, end) to path; false with *error when the files are missing or path is unwritable.
    // truth (optional) receives the rows' scores.
    static bool write(const QString &path, int first, int end, QString *error, std::vector<double> *truth = nullptr)
    {
        const QByteArrayList features = gunzip(folder() + QStringLiteral("/diabetes_data_raw.csv.gz"));
        const QByteArrayList targets = gunzip(folder() + QStringLiteral("/diabetes_target.csv.gz"));
        if (features.size() != kRows || targets.size() != kRows) {
            *error = QStringLiteral("Debian's python3-sklearn diabetes files are missing: run ./lepton setup");
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return false;
        }
        file.write("age,sex,bmi,bp,s1,s2,s3,s4,s5,s6,progression\n");
        for (int row = first; row < end; ++row) {
            file.write(features[row].simplified().replace(' ', ',') + ',' + QByteArray::number(targets[row].toDouble(), 'g', 17) + '\n');
            if (truth) truth->push_back(targets[row].toDouble());
        }
        return true;
    }

    // Both regression models on the file at csv, one thread, the MLP for exactly the given epochs.
    static lepton::TrainingConfig regression(const QString &csv, int epochs)
    {
        lepton::TrainingConfig c;
        c.task = "regression";
        c.model = "linear,mlp";
        c.trainFile = csv.toStdString();
        c.labelColumn = "progression";
        c.epochs = epochs;
        c.patience = 0;
        c.threads = 1;
        return c;
    }

private:
    static QByteArrayList gunzip(const QString &path)
    {
        QProcess process;
        process.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
        process.waitForFinished(10000);
        return process.readAllStandardOutput().trimmed().split('\n');
    }
};
