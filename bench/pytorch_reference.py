#!/usr/bin/env python3
"""The plain PyTorch loop that bench_training_throughput compares lepton-train against.

Same network as lepton-train's from-scratch BERT presets (transformers' BERT: post-LayerNorm
encoder, exact GELU, [CLS] pooler with tanh, linear head; the bag of n-grams added to the pooled
output and the naive-Bayes prior, counted from the data first, to the logits), same token ids (from `lepton-train tokenize`), same
length-bucketed batches, AdamW with a linear schedule and gradient clipping, same thread count.
Prints one JSON line: samples_per_second, steps, seconds, and what bounds the step: the share
of time in AdamW (zero_grad + step) and how many parameters sit in the word embedding.
"""
import argparse
import json
import random
import time

import torch
from torch import nn


class BertLayer(nn.Module):
    """transformers' BertLayer: post-LayerNorm self-attention and feed-forward blocks."""

    def __init__(self, hidden, heads, intermediate, dropout):
        super().__init__()
        self.heads = heads
        self.query, self.key, self.value = (nn.Linear(hidden, hidden) for _ in range(3))
        self.attention_out = nn.Linear(hidden, hidden)
        self.attention_norm = nn.LayerNorm(hidden, eps=1e-12)
        self.intermediate = nn.Linear(hidden, intermediate)
        self.output = nn.Linear(intermediate, hidden)
        self.output_norm = nn.LayerNorm(hidden, eps=1e-12)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x, additive_mask):
        b, t, h = x.shape
        split = lambda y: y.view(b, t, self.heads, h // self.heads).transpose(1, 2)
        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        scores = q @ k.transpose(-1, -2) / (h // self.heads) ** 0.5 + additive_mask
        context = (self.dropout(scores.softmax(-1)) @ v).transpose(1, 2).reshape(b, t, h)
        x = self.attention_norm(self.dropout(self.attention_out(context)) + x)
        y = self.output(nn.functional.gelu(self.intermediate(x)))
        return self.output_norm(self.dropout(y) + x)


def ngram_features(ids, mask, vocab, buckets):
    """lepton's NgramFeatures: token ids, then vocab + each hashed token bigram; weight 0 at padding."""
    bigrams = vocab + torch.remainder(ids[:, :-1] * 1000003 + ids[:, 1:], buckets)
    m = mask.float()
    return torch.cat([ids, bigrams], 1), torch.cat([m, m[:, :-1] * m[:, 1:]], 1)


class BagOfNgrams(nn.Module):
    """lepton's BagOfNgrams: the mean of the token and bigram rows."""

    def __init__(self, vocab, buckets, hidden):
        super().__init__()
        self.vocab, self.buckets = vocab, buckets
        self.embeddings = nn.Embedding(vocab + buckets, hidden)

    def forward(self, ids, mask):
        rows, weights = ngram_features(ids, mask, self.vocab, self.buckets)
        return (self.embeddings(rows) * weights[..., None]).sum(1) / weights.sum(1, keepdim=True).clamp_min(1)


class NaiveBayesPrior(nn.Module):
    """lepton's NaiveBayesPrior: counts per class (not trained), leave-one-out on counted texts."""

    def __init__(self, vocab, buckets, classes):
        super().__init__()
        self.vocab, self.buckets = vocab, buckets
        self.counts = nn.Parameter(torch.zeros(vocab + buckets, classes), requires_grad=False)
        self.examples = nn.Parameter(torch.zeros(classes), requires_grad=False)
        self.scale = nn.Parameter(torch.full((1,), 0.25))

    def add_counts(self, ids, mask, labels):
        rows, weights = ngram_features(ids, mask, self.vocab, self.buckets)
        own = nn.functional.one_hot(labels, self.counts.size(1)).float()
        self.counts.data.index_add_(0, rows.flatten(), (weights[..., None] * own[:, None]).flatten(0, 1))
        self.examples.data += own.sum(0)

    def forward(self, ids, mask, counted_labels=None):
        rows, weights = ngram_features(ids, mask, self.vocab, self.buckets)
        counts = self.counts[rows]
        totals = self.counts.sum(0).expand(ids.size(0), -1)
        examples = self.examples.expand(ids.size(0), -1)
        if counted_labels is not None:
            own = nn.functional.one_hot(counted_labels, self.counts.size(1)).float()
            occurrences = ((rows[:, :, None] == rows[:, None, :]).float() * weights[:, None, :]).sum(2)
            counts = (counts - occurrences[..., None] * own[:, None]).clamp_min(0)
            totals = totals - weights.sum(1, keepdim=True) * own
            examples = (examples - own).clamp_min(0)
        log_likelihood = ((torch.log(counts + 1) - torch.log(totals + self.counts.size(0))[:, None])
                          * weights[..., None]).sum(1) + torch.log(examples + 1)
        return self.scale * (log_likelihood - log_likelihood.mean(1, keepdim=True))


class Bert(nn.Module):
    """transformers' BertForSequenceClassification, as lepton's BertNetwork builds it."""

    def __init__(self, vocab, hidden, layers, heads, intermediate, max_positions, labels, ngram_buckets,
                 naive_bayes_buckets, dropout=0.1):
        super().__init__()
        self.word = nn.Embedding(vocab, hidden, padding_idx=0)
        self.position = nn.Embedding(max_positions, hidden)
        self.token_type = nn.Embedding(2, hidden)
        self.norm = nn.LayerNorm(hidden, eps=1e-12)
        self.dropout = nn.Dropout(dropout)
        self.layers = nn.ModuleList(BertLayer(hidden, heads, intermediate, dropout) for _ in range(layers))
        self.pooler = nn.Linear(hidden, hidden)
        self.classifier = nn.Linear(hidden, labels)
        self.ngrams = BagOfNgrams(vocab, ngram_buckets, hidden)
        self.naive_bayes = NaiveBayesPrior(vocab, naive_bayes_buckets, labels)

    def forward(self, ids, mask, counted_labels=None):
        positions = torch.arange(ids.size(1)).unsqueeze(0)
        x = self.word(ids) + self.position(positions) + self.token_type(torch.zeros_like(ids))
        x = self.dropout(self.norm(x))
        additive_mask = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
        for layer in self.layers:
            x = layer(x, additive_mask)
        pooled = torch.tanh(self.pooler(x[:, 0])) + self.ngrams(ids, mask)
        return self.classifier(self.dropout(pooled)) + self.naive_bayes(ids, mask, counted_labels)


def bucketed_batches(lengths, batch_size, rng):
    order = list(range(len(lengths)))
    rng.shuffle(order)
    pool = batch_size * 50
    for start in range(0, len(order), pool):
        order[start:start + pool] = sorted(order[start:start + pool], key=lambda i: lengths[i])
    batches = [order[s:s + batch_size] for s in range(0, len(order), batch_size)]
    rng.shuffle(batches)
    return batches


def padded(examples, batch):
    """Token ids and attention mask of these examples, padded with id 0 to the longest."""
    width = max(len(examples[i]) for i in batch)
    ids = torch.zeros(len(batch), width, dtype=torch.long)
    mask = torch.zeros(len(batch), width, dtype=torch.long)
    for row, i in enumerate(batch):
        ids[row, :len(examples[i])] = torch.tensor(examples[i])
        mask[row, :len(examples[i])] = 1
    return ids, mask


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
    p.add_argument("--ngram-buckets", type=int, default=1 << 14)
    p.add_argument("--naive-bayes-buckets", type=int, default=1 << 18)
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
                 args.max_length, max(labels) + 1, args.ngram_buckets, args.naive_bayes_buckets)
    no_decay = lambda n: n.endswith("bias") or "norm" in n or n.startswith("naive_bayes.")
    decay = [p for n, p in model.named_parameters() if not no_decay(n)]
    plain = [p for n, p in model.named_parameters() if no_decay(n) and p.requires_grad]
    optimizer = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01},
                                   {"params": plain, "weight_decay": 0.0}], lr=args.lr)
    batches = bucketed_batches([len(e) for e in examples], args.batch_size, random.Random(args.seed))
    total = len(batches)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: max(0.0, (total - step) / total))

    with torch.no_grad():  # as lepton-train does before its first step, untimed
        for start in range(0, len(examples), 1024):
            chunk = list(range(start, min(start + 1024, len(examples))))
            model.naive_bayes.add_counts(*padded(examples, chunk), torch.tensor([labels[i] for i in chunk]))
    model.train()
    start = time.perf_counter()
    optimizer_seconds = 0.0
    for batch in batches:
        ids, mask = padded(examples, batch)
        target = torch.tensor([labels[i] for i in batch])
        tick = time.perf_counter()
        optimizer.zero_grad()
        optimizer_seconds += time.perf_counter() - tick
        loss = nn.functional.cross_entropy(model(ids, mask, target), target)
        if not torch.isfinite(loss):
            raise SystemExit("loss is not finite")
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        tick = time.perf_counter()
        optimizer.step()
        optimizer_seconds += time.perf_counter() - tick
        schedule.step()
    seconds = time.perf_counter() - start
    parameters = sum(p.numel() for p in model.parameters())
    print(json.dumps({"samples_per_second": len(examples) / seconds, "steps": total, "seconds": seconds,
                      "optimizer_share": optimizer_seconds / seconds, "parameters": parameters,
                      "embedding_parameters": model.word.weight.numel()}))


if __name__ == "__main__":
    main()
