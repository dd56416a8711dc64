#!/usr/bin/python3
"""Fixed splits and scikit-learn reference figures for bench_tabular.

usage: sklearn_reference.py OUT_DIR SHARED_DATA_DIR SEEDS

Writes OUT_DIR/NAME/train.csv and test.csv for breast cancer (shared data), wine, digits and
diabetes (Debian's python3-sklearn data files) and prints one JSON object with scikit-learn's
scores on the same split: hold-out accuracy of MLPClassifier(32, 16) per seed (features
standardised, as the engine's MLP does), LogisticRegression for orientation, and hold-out R^2
of LinearRegression and of MLPRegressor(32, 16) per seed with the engine's recipe (features and
target standardised, early stopping on a 10% validation split).
"""
import csv
import json
import os
import sys
import warnings

from sklearn.compose import TransformedTargetRegressor
from sklearn.datasets import load_diabetes, load_digits, load_wine
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier, MLPRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

warnings.filterwarnings("ignore", category=ConvergenceWarning)


def breast_cancer(shared):
    with open(os.path.join(shared, "tabular", "breast_cancer.csv"), newline="") as f:
        rows = list(csv.reader(f))
    header, rows = rows[0], rows[1:]
    label = header.index("diagnosis")
    names = [h for i, h in enumerate(header) if i != label]
    x = [[float(v) for i, v in enumerate(r) if i != label] for r in rows]
    y = [r[label] for r in rows]
    return names, x, y


def write(path, names, x, y):
    with open(path, "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(names + ["label"])
        for features, target in zip(x, y):
            out.writerow([repr(float(v)) for v in features] + [target])


def main():
    out_dir, shared, seeds = sys.argv[1], sys.argv[2], range(int(sys.argv[3]))
    wine, digits, diabetes = load_wine(), load_digits(), load_diabetes(scaled=False)
    sets = {
        "breast_cancer": ("classification",) + breast_cancer(shared),
        "wine": ("classification", list(wine.feature_names), wine.data.tolist(), [str(v) for v in wine.target]),
        "digits": ("classification", list(digits.feature_names), digits.data.tolist(), [str(v) for v in digits.target]),
        "diabetes": ("regression", list(diabetes.feature_names), diabetes.data.tolist(), diabetes.target.tolist()),
    }
    result = {}
    for name, (task, names, x, y) in sets.items():
        classify = task == "classification"
        x_train, x_test, y_train, y_test = train_test_split(
            x, y, test_size=0.2, random_state=0, stratify=y if classify else None)
        folder = os.path.join(out_dir, name)
        os.makedirs(folder, exist_ok=True)
        write(os.path.join(folder, "train.csv"), names, x_train, y_train)
        write(os.path.join(folder, "test.csv"), names, x_test, y_test)
        entry = {"task": task, "train": len(y_train), "test": len(y_test), "features": len(names)}
        if classify:
            entry["mlp"] = [make_pipeline(StandardScaler(), MLPClassifier((32, 16), max_iter=1000, random_state=s))
                            .fit(x_train, y_train).score(x_test, y_test) for s in seeds]
            entry["logistic"] = make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000)) \
                .fit(x_train, y_train).score(x_test, y_test)
        else:
            entry["linear"] = LinearRegression().fit(x_train, y_train).score(x_test, y_test)
            entry["mlp"] = [TransformedTargetRegressor(
                regressor=make_pipeline(StandardScaler(), MLPRegressor((32, 16), early_stopping=True, max_iter=2000,
                                                                 random_state=s)),
                transformer=StandardScaler()).fit(x_train, y_train).score(x_test, y_test) for s in seeds]
        result[name] = entry
    print(json.dumps(result))


if __name__ == "__main__":
    main()
