#!/usr/bin/env bash
# Reproducible speed and memory benchmark for the release build.
#
#   bash bench/run.sh [QUESTIONS]     (default 1,000,000 questions)
#
# Builds release, makes a question file from the project's own labelled
# regression set and knowledge-base examples (repeated to size), then measures
# on one core (taskset):
#   - throughput: questions per second, file to JSON Lines;
#   - start-up: wall time from process start to the first answer, with the
#     matcher cache cold, warm (median of 50) and switched off;
#   - peak memory (max RSS) of the throughput run.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000000}
out=bench/out
mkdir -p "$out"

# The release binary as we ship it: Swift runtime and Foundation linked in
# (runs without Swift installed, starts faster); lld, as GNU ld warns about a
# symbol inside the static Foundation.
build=(swift build -c release --static-swift-stdlib -Xswiftc -use-ld=lld)
"${build[@]}" >/dev/null
bin=$("${build[@]}" --show-bin-path)/smp-consult
pin=""
command -v taskset >/dev/null && pin="taskset -c 0"

# Our own questions: the regression set plus every knowledge-base example.
{
    tail -n +2 Tests/ConsultKitTests/Fixtures/regression.tsv | cut -f1
    "$bin" intents export | tail -n +2 | cut -f1
} >"$out/seed.txt"
python3 - "$out/seed.txt" "$out/questions.txt" "$count" <<'PY'
import sys
seed = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
n = int(sys.argv[3])
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for i in range(n):
        f.write(seed[i % len(seed)] + "\n")
PY

# A fresh state folder (and so matcher cache) keeps the user's own untouched.
SMP_CONSULT_HOME=$(mktemp -d)
export SMP_CONSULT_HOME
trap 'rm -rf "$SMP_CONSULT_HOME"' EXIT

echo "binary: $bin"
echo "questions: $count (from $(wc -l <"$out/seed.txt") distinct)"

# Throughput and peak memory.
start=$(date +%s%N)
/usr/bin/time -f "%M" -o "$out/maxrss.txt" $pin "$bin" ask --format jsonl "$out/questions.txt" >"$out/answers.jsonl"
end=$(date +%s%N)
lines=$(wc -l <"$out/answers.jsonl")
[ "$lines" -eq "$count" ] || { echo "expected $count answers, got $lines" >&2; exit 1; }
python3 - "$start" "$end" "$count" "$(cat "$out/maxrss.txt")" <<'PY'
import sys
start, end, n, rss = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
secs = (end - start) / 1e9
print(f"throughput: {n / secs:,.0f} questions/s ({secs:.2f} s, jsonl)")
print(f"peak memory: {rss / 1024:.1f} MB (max RSS)")
PY

# Start-up to first answer: one question, whole process. The first run builds
# the matcher's index and saves it in the cache (cold); later runs read it
# (warm, median of 50).
rm -rf "$SMP_CONSULT_HOME/cache"
python3 - "$bin" $pin <<'PY'
import subprocess, sys, time, statistics
cmd = sys.argv[2:] + [sys.argv[1], "ask", "--format", "jsonl"]
def once():
    t = time.perf_counter()
    subprocess.run(cmd, input=b"how long does smp last\n", stdout=subprocess.PIPE, check=True)
    return (time.perf_counter() - t) * 1000
cold = once()
times = [once() for _ in range(50)]
print(f"start-up to first answer: cold {cold:.1f} ms (builds and saves the index); "
      f"warm median {statistics.median(times):.1f} ms, min {min(times):.1f} ms (50 runs)")
PY
SMP_CONSULT_NO_CACHE=1 python3 - "$bin" $pin <<'PY'
import subprocess, sys, time, statistics
cmd = sys.argv[2:] + [sys.argv[1], "ask", "--format", "jsonl"]
times = []
for _ in range(20):
    t = time.perf_counter()
    subprocess.run(cmd, input=b"how long does smp last\n", stdout=subprocess.PIPE, check=True)
    times.append((time.perf_counter() - t) * 1000)
print(f"start-up without the cache: median {statistics.median(times):.1f} ms (20 runs)")
PY
