"""Writes breast_cancer.csv from scikit-learn's bundled copy of the Wisconsin diagnostic breast cancer data.

Run once with `/usr/bin/python3 export_breast_cancer.py` (python3-sklearn); README.md names the version used.
One header line (the 30 feature names and `target`), then 569 rows: the 30 features exactly as scikit-learn
ships them (repr of each float, so nothing is rounded) and the class, 0 = malignant, 1 = benign (sklearn's coding).
"""
import csv
import pathlib

import sklearn
from sklearn.datasets import load_breast_cancer

data = load_breast_cancer()
out = pathlib.Path(__file__).with_name("breast_cancer.csv")
with out.open("w", newline="") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow([name.replace(" ", "_") for name in data.feature_names] + ["target"])
    for features, target in zip(data.data, data.target):
        writer.writerow([repr(float(v)) for v in features] + [int(target)])
print(f"scikit-learn {sklearn.__version__}: wrote {len(data.target)} rows to {out}")
