#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 600), two at a time
# and niced (the build machine's cores are shared), starting from the checked-in corpus.
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]        targets: csv safetensors configjson tokenizer
#   LEPTON_FUZZ_MERGE=1 tests/fuzz/run-fuzzers.sh ...       afterwards minimise what was found back
#                                                          into tests/fuzz/corpus/<target> (-merge=1)
# Work folders, logs and crash files go to build-fuzz/ (LEPTON_FUZZ_BUILD_DIR); a crash leaves
# build-fuzz/work/<target>/crash-* and makes the script exit 1. Copy such a file into
# tests/fuzz/regressions/<target>/ once the reader is fixed, so the test suite replays it.
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${LEPTON_FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(csv safetensors configjson tokenizer)
jobs=${LEPTON_FUZZ_JOBS:-2}

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Release >/dev/null
nice -n 10 cmake --build "$build" --parallel "$jobs" >/dev/null

run_one() {
    local target=$1 work="$build/work/$1"
    mkdir -p "$work/corpus"
    # -rss_limit_mb: a reader that lets a small file allocate gigabytes is a bug, reported as one.
    nice -n 10 "$build/fuzz_$target" -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix="$work/" "$work/corpus" "$here/corpus/$target" \
        "$here/regressions/$target" >"$build/$target.log" 2>&1 || true
}

pids=()
for target in "${targets[@]}"; do
    [ -x "$build/fuzz_$target" ] || { echo "unknown target $target" >&2; exit 2; }
    rm -f "$build/work/$target"/crash-* "$build/work/$target"/leak-* "$build/work/$target"/oom-* "$build/work/$target"/timeout-*
    run_one "$target" &
    pids+=($!)
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do sleep 5; done
done
wait "${pids[@]}"

status=0
printf '%-12s %8s %10s %10s %16s %8s\n' target seconds execs exec/s files/bytes crashes
for target in "${targets[@]}"; do
    log="$build/$target.log" work="$build/work/$target"
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    if [ "${LEPTON_FUZZ_MERGE:-0}" = 1 ]; then
        rm -rf "$work/merged" && mkdir -p "$work/merged"
        # Inputs cut to 8 KiB keep the checked-in corpus small (about 98% of the features).
        nice -n 10 "$build/fuzz_$target" -merge=1 -max_len=8192 "$work/merged" "$here/corpus/$target" \
            "$work/corpus" >>"$build/$target.merge.log" 2>&1
        rm -rf "$here/corpus/$target" && mv "$work/merged" "$here/corpus/$target"
    fi
    corpus="$(ls "$here/corpus/$target" | wc -l)/$(cat "$here/corpus/$target"/* | wc -c)B"
    crashes=$(find "$work" -maxdepth 1 \( -name 'crash-*' -o -name 'leak-*' -o -name 'oom-*' -o -name 'timeout-*' \) | wc -l)
    grep -q "SUMMARY\|invariant failed\|deadly signal" "$log" && crashes=$((crashes > 0 ? crashes : 1))
    [ "$crashes" -gt 0 ] && status=1
    printf '%-12s %8s %10s %10s %16s %8s\n' "$target" "$seconds" "${execs:-?}" "${rate:-?}" "$corpus" "$crashes"
done
exit $status
