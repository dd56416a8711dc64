#!/usr/bin/env python3
"""The plain PyTorch loop that bench_training_throughput compares lepton-train against.

Same network as lepton-train's from-scratch BERT presets (post-LayerNorm encoder, exact GELU,
[CLS] pooler with tanh, linear head), same token ids (from `lepton-train tokenize`), same
length-bucketed batches, AdamW with a linear schedule and gradient clipping, same thread count.
Prints one JSON line: samples_per_second, steps, seconds.
"""
import argparse
import json
import random
import time

import torch
from torch import nn


class Bert(nn.Module):
    def __init__(self, vocab, hidden, layers, heads, intermediate, max_positions, labels, dropout=0.1):
        super().__init__()
        self.word = nn.Embedding(vocab, hidden, padding_idx=0)
        self.position = nn.Embedding(max_positions, hidden)
        self.token_type = nn.Embedding(2, hidden)
        self.norm = nn.LayerNorm(hidden, eps=1e-12)
        self.dropout = nn.Dropout(dropout)
        layer = nn.TransformerEncoderLayer(hidden, heads, intermediate, dropout, activation="gelu",
                                           batch_first=True, layer_norm_eps=1e-12)
        self.encoder = nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)
        self.pooler = nn.Linear(hidden, hidden)
        self.classifier = nn.Linear(hidden, labels)

    def forward(self, ids, mask):
        positions = torch.arange(ids.size(1)).unsqueeze(0)
        x = self.word(ids) + self.position(positions) + self.token_type(torch.zeros_like(ids))
        x = self.encoder(self.dropout(self.norm(x)), src_key_padding_mask=mask == 0)
        return self.classifier(self.dropout(torch.tanh(self.pooler(x[:, 0]))))


def bucketed_batches(lengths, batch_size, rng):
    order = list(range(len(lengths)))
    rng.shuffle(order)
    pool = batch_size * 50
    for start in range(0, len(order), pool):
        order[start:start + pool] = sorted(order[start:start + pool], key=lambda i: lengths[i])
    batches = [order[s:s + batch_size] for s in range(0, len(order), batch_size)]
    rng.shuffle(batches)
    return batches


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--ids", required=True, help="one line of token ids per example")
    p.add_argument("--labels", required=True, help="one class id per line")
    p.add_argument("--vocab-size", type=int, default=30522)
    p.add_argument("--layers", type=int, default=2)
    p.add_argument("--hidden", type=int, default=128)
    p.add_argument("--heads", type=int, default=2)
    p.add_argument("--intermediate", type=int, default=512)
    p.add_argument("--max-length", type=int, default=64)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seed", type=int, default=42)
    args = p.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    with open(args.ids) as f:
        examples = [[int(t) for t in line.split()] for line in f]
    with open(args.labels) as f:
        labels = [int(line) for line in f]
    model = Bert(args.vocab_size, args.hidden, args.layers, args.heads, args.intermediate,
                 args.max_length, max(labels) + 1)
    decay = [p for n, p in model.named_parameters() if not (n.endswith("bias") or "norm" in n)]
    plain = [p for n, p in model.named_parameters() if n.endswith("bias") or "norm" in n]
    optimizer = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01},
                                   {"params": plain, "weight_decay": 0.0}], lr=args.lr)
    batches = bucketed_batches([len(e) for e in examples], args.batch_size, random.Random(args.seed))
    total = len(batches)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: max(0.0, (total - step) / total))

    model.train()
    start = time.perf_counter()
    for batch in batches:
        width = max(len(examples[i]) for i in batch)
        ids = torch.zeros(len(batch), width, dtype=torch.long)
        mask = torch.zeros(len(batch), width, dtype=torch.long)
        for row, i in enumerate(batch):
            ids[row, :len(examples[i])] = torch.tensor(examples[i])
            mask[row, :len(examples[i])] = 1
        target = torch.tensor([labels[i] for i in batch])
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(ids, mask), target)
        if not torch.isfinite(loss):
            raise SystemExit("loss is not finite")
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
    seconds = time.perf_counter() - start
    print(json.dumps({"samples_per_second": len(examples) / seconds, "steps": total, "seconds": seconds}))


if __name__ == "__main__":
    main()
