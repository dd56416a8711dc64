#!/usr/bin/env bash
# Device check for a machine with an NVIDIA GPU, pip torch (CUDA) and transformers:
#   1. builds the engine and lepton-train alone (no Qt) against pip torch's LibTorch;
#   (a) logits of `lepton-train predict` against transformers' BertForSequenceClassification for
#       the same randomly initialised checkpoint (save_pretrained), fp32: max abs difference, goal < 1e-4;
#   (b) a short bf16 fine-tune on MR: lepton-train's samples/s against a plain transformers loop
#       on the same GPU, same ids, batch size and steps (goal >= 1.0x);
#   (c) a run stopped with SIGINT and resumed on CUDA against an uninterrupted one: max abs
#       weight difference.
# Usage: tests/device/gpu-check.sh [--build-only]
#   LEPTON_TORCH_DIR   LibTorch's CMake folder (default: pip torch's, else Debian's LibTorch)
#   LEPTON_SHARED_DATA MR and the vocabulary (default ../shared/data)
#   PYTHON             the interpreter with torch and transformers (default python3)
# --build-only runs step 1 only (e.g. with Debian's CPU LibTorch); without it, a machine with no
# visible CUDA GPU is an error, not a silent pass.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."

BUILD_ONLY=0
[ "${1:-}" = "--build-only" ] && BUILD_ONLY=1
PYTHON=${PYTHON:-python3}
DATA=${LEPTON_SHARED_DATA:-../shared/data}
BUILD=${LEPTON_GPU_BUILD_DIR:-build-gpu}
WORK=$(mktemp -d /tmp/gpu-check.XXXXXX)
echo "work folder: $WORK"

torch_dir=${LEPTON_TORCH_DIR:-}
if [ -z "$torch_dir" ]; then
  prefix=$("$PYTHON" -c 'import torch.utils; print(torch.utils.cmake_prefix_path)' 2>/dev/null || true)
  [ -n "$prefix" ] && [ -f "$prefix/Torch/TorchConfig.cmake" ] && torch_dir=$prefix/Torch
fi
echo "== 1. build (engine and lepton-train only) against ${torch_dir:-the default LibTorch}"
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLEPTON_ENGINE_ONLY=ON \
  -DLEPTON_TORCH_DIR="$torch_dir" >"$WORK/cmake.log" || { cat "$WORK/cmake.log"; exit 1; }
grep -E "LibTorch" "$WORK/cmake.log" || true
nice cmake --build "$BUILD" --target lepton-train -j"$(nproc)"
TRAIN=$BUILD/app/lepton-train
"$TRAIN" --version
[ "$BUILD_ONLY" = 1 ] && { echo "build only: checks (a)-(c) not run"; exit 0; }

if ! "$TRAIN" --version | grep -q "CUDA, [1-9]"; then
  echo "gpu-check: lepton-train sees no CUDA GPU ($("$TRAIN" --version)); build against a CUDA LibTorch" \
       "on a machine with a GPU, or pass --build-only" >&2
  exit 1
fi

VOCAB=$DATA/vocab/bert-base-uncased-vocab.txt
MR=$DATA/text/mr
for f in "$VOCAB" "$MR/train.csv" "$MR/test.csv"; do
  [ -f "$f" ] || { echo "gpu-check: $f is missing; set LEPTON_SHARED_DATA" >&2; exit 1; }
done

echo "== (a) logits against transformers (fp32)"
"$PYTHON" - "$VOCAB" "$WORK/random-bert" <<'PY'
import shutil, sys, torch
from transformers import BertConfig, BertForSequenceClassification
vocab, folder = sys.argv[1], sys.argv[2]
torch.manual_seed(0)
config = BertConfig(vocab_size=30522, hidden_size=256, num_hidden_layers=4, num_attention_heads=4,
                    intermediate_size=1024, max_position_embeddings=512, num_labels=2)
model = BertForSequenceClassification(config).eval()
model.save_pretrained(folder, safe_serialization=True)
shutil.copy(vocab, folder + "/vocab.txt")
PY
head -n 201 "$MR/test.csv" > "$WORK/sample.csv"
"$TRAIN" predict --model "$WORK/random-bert" --data "$WORK/sample.csv" --device cpu > "$WORK/predict.json"
"$PYTHON" - <<PY > "$WORK/texts.txt"
import csv
for row in csv.DictReader(open("$WORK/sample.csv", encoding="utf-8")):
    print(row["text"].replace("\n", " "))
PY
"$TRAIN" tokenize --model "$WORK/random-bert" --max-length 128 --input "$WORK/texts.txt" > "$WORK/ids.txt"
"$PYTHON" - "$WORK" <<'PY'
import json, sys, torch
from transformers import BertForSequenceClassification
work = sys.argv[1]
model = BertForSequenceClassification.from_pretrained(work + "/random-bert").eval()
ours = json.load(open(work + "/predict.json"))["predictions"]
labels = list(ours[0]["probabilities"].keys())
worst_p = worst_logit = 0.0
with torch.no_grad():
    for line, row in zip(open(work + "/ids.txt"), ours):
        ids = torch.tensor([[int(t) for t in line.split()]])
        logits = model(input_ids=ids).logits[0].double()
        theirs = logits.softmax(0)
        mine = torch.tensor([row["probabilities"][k] for k in labels], dtype=torch.float64)
        worst_p = max(worst_p, (mine - theirs).abs().max().item())
        # predict prints probabilities: logits are compared up to their per-row shift.
        worst_logit = max(worst_logit, ((mine.log() - mine.log()[0]) - (logits - logits[0])).abs().max().item())
print(f"(a) {len(ours)} MR texts: max |p - p_hf| = {worst_p:.2e}, max logit difference (up to a shift) = "
      f"{worst_logit:.2e} (goal < 1e-4)")
PY

echo "== (b) bf16 fine-tune on MR: lepton-train against a plain transformers loop"
"$PYTHON" - "$VOCAB" "$WORK/base-bert" <<'PY'
import shutil, sys, torch
from transformers import BertConfig, BertForSequenceClassification
torch.manual_seed(0)
BertForSequenceClassification(BertConfig(num_labels=2)).save_pretrained(sys.argv[2], safe_serialization=True)
shutil.copy(sys.argv[1], sys.argv[2] + "/vocab.txt")
PY
STEPS=300 BATCH=32 LENGTH=128
head -n $((STEPS * BATCH + 1)) "$MR/train.csv" > "$WORK/mr-part.csv"
"$TRAIN" fit --model "$WORK/base-bert" --train "$WORK/mr-part.csv" --eval "$WORK/sample.csv" --epochs 1 \
  --batch-size $BATCH --max-length $LENGTH --device cuda --out "$WORK/fit" 2> "$WORK/fit.log" > "$WORK/fit.json"
tail -n 2 "$WORK/fit.log"
"$PYTHON" - <<PY > "$WORK/part-texts.txt"
import csv
for row in csv.DictReader(open("$WORK/mr-part.csv", encoding="utf-8")):
    print(row["text"].replace("\n", " ") + "\t" + row["label"])
PY
cut -f1 "$WORK/part-texts.txt" > "$WORK/part-only-texts.txt"
"$TRAIN" tokenize --model "$WORK/base-bert" --max-length $LENGTH --input "$WORK/part-only-texts.txt" > "$WORK/part-ids.txt"
"$PYTHON" - "$WORK" $BATCH <<'PY'
import json, random, sys, time, torch
from transformers import BertForSequenceClassification
sys.path.insert(0, "bench")
from pytorch_reference import bucketed_batches, padded  # the batches of the CPU throughput bench
work, batch = sys.argv[1], int(sys.argv[2])
examples = [[int(t) for t in line.split()] for line in open(work + "/part-ids.txt")]
labels = [int(line.rsplit("\t", 1)[1]) for line in open(work + "/part-texts.txt")]
model = BertForSequenceClassification.from_pretrained(work + "/base-bert").cuda().train()
optimizer = torch.optim.AdamW(model.parameters(), lr=5e-5)
batches = bucketed_batches([len(e) for e in examples], batch, random.Random(42))
torch.cuda.synchronize()
start = time.perf_counter()
for b in batches:
    ids, mask = padded(examples, b)
    target = torch.tensor([labels[i] for i in b]).cuda()
    with torch.autocast("cuda", dtype=torch.bfloat16):
        loss = torch.nn.functional.cross_entropy(model(input_ids=ids.cuda(), attention_mask=mask.cuda()).logits.float(), target)
    optimizer.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
torch.cuda.synchronize()
theirs = len(examples) / (time.perf_counter() - start)
ours = json.load(open(work + "/fit.json"))
print(f"(b) bf16, {len(batches)} steps of {batch}: lepton-train {ours['samples_per_second']:.1f} samples/s "
      f"(peak GPU memory {ours['peak_gpu_memory_bytes'] / 2**30:.2f} GiB), transformers loop {theirs:.1f} samples/s, "
      f"ratio {ours['samples_per_second'] / theirs:.2f}x (goal >= 1.0x)")
PY

echo "== (c) stop and resume on CUDA against an uninterrupted run"
common=(--model scratch:mini --vocab "$VOCAB" --train "$WORK/mr-part.csv" --eval "$WORK/sample.csv" --epochs 2
        --batch-size 32 --device cuda --seed 7 --eval-every 50)
"$TRAIN" fit "${common[@]}" --out "$WORK/whole" 2> "$WORK/whole.log" > /dev/null
"$TRAIN" fit "${common[@]}" --out "$WORK/stopped" 2> "$WORK/stopped.log" > /dev/null &
pid=$!
until grep -q "evaluation at step" "$WORK/stopped.log" 2>/dev/null; do kill -0 $pid 2>/dev/null || break; sleep 0.2; done
kill -INT $pid 2>/dev/null || true
wait $pid || true
echo "stopped: $(grep -o 'resuming.*\|stopped on request.*' "$WORK/stopped.log" | tail -n 1)"
"$TRAIN" fit --resume "$WORK/stopped" --device cuda 2> "$WORK/resumed.log" > /dev/null
grep -o "resuming at step [0-9]* of [0-9]*" "$WORK/resumed.log" || true
"$PYTHON" - "$WORK" <<'PY'
import sys
from safetensors.torch import load_file
work = sys.argv[1]
a = load_file(work + "/whole/checkpoint/model/model.safetensors")
b = load_file(work + "/stopped/checkpoint/model/model.safetensors")
worst = max((a[k].float() - b[k].float()).abs().max().item() for k in a)
print(f"(c) stop + resume on CUDA against uninterrupted: max |weight difference| = {worst:.2e} over {len(a)} tensors"
      " (0 when the kernels are deterministic; atomics in CUDA backward allow float rounding)")
PY
echo "gpu-check: done; files in $WORK"
