#!/usr/bin/env python3
"""Independent reference for tst_fusedadamw: torch.optim.AdamW from Python (python3-torch) run
over the parameters, gradients and learning rates the test wrote, saving the parameters after
every step.

Usage: adamw_reference.py FOLDER   (FOLDER/spec.json, paramI.bin, gradS_I.bin; float32 LE)
Writes FOLDER/afterS_I.bin.
"""
import json
import sys

import numpy as np
import torch


def main():
    folder = sys.argv[1]
    with open(folder + "/spec.json") as f:
        spec = json.load(f)
    shapes = spec["shapes"]

    def load(name, shape):
        return torch.from_numpy(np.fromfile(f"{folder}/{name}", dtype="<f4").reshape(shape).copy())

    params = [torch.nn.Parameter(load(f"param{i}.bin", s)) for i, s in enumerate(shapes)]
    optimizer = torch.optim.AdamW(
        [{"params": [params[i] for i in spec["decayed"]], "weight_decay": spec["weight_decay"]},
         {"params": [params[i] for i in spec["plain"]], "weight_decay": 0.0}], lr=spec["rates"][0])
    for step, lr in enumerate(spec["rates"]):
        for group in optimizer.param_groups:
            group["lr"] = lr
        for i, p in enumerate(params):
            p.grad = load(f"grad{step}_{i}.bin", shapes[i])
        optimizer.step()
        for i, p in enumerate(params):
            p.detach().numpy().astype("<f4").tofile(f"{folder}/after{step}_{i}.bin")


if __name__ == "__main__":
    main()
