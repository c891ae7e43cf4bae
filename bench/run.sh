#!/usr/bin/env bash
# Speed and memory benchmark of the release binary, as README builds it.
#
#   bash bench/run.sh [QUESTIONS]     (default 1,000,000 questions)
#
# Measures, with no cache or state files anywhere (fresh HOME and XDG folders):
#   - start-up to the first answer: one question piped to `ask`, whole
#     process, median of 21 runs;
#   - throughput, file to JSON Lines, on every core and pinned to one core
#     (taskset), on the project's own questions (regression set and examples,
#     repeated to QUESTIONS lines) and, when ../shared is there, on the dev set
#     repeated to 400,000 lines; best of 3 runs each;
#   - peak memory (max RSS) answering the QUESTIONS-line file;
#   - side by side, when Python has scikit-learn: a TF-IDF (word 1-2-grams) +
#     logistic regression model trained on `intents export`, predicting the
#     same file as one vectorised batch (prediction only, no output).
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
command -v taskset >/dev/null || { echo "taskset is needed to pin to one core" >&2; exit 1; }

# Nothing from the user's own folders: no state, no cache, no intents folder.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch/home SMP_CONSULT_HOME=$scratch/smp XDG_CACHE_HOME=$scratch/cache
export XDG_DATA_HOME=$scratch/data XDG_STATE_HOME=$scratch/state XDG_CONFIG_HOME=$scratch/config
unset SMP_CONSULT_INTENTS
mkdir -p "$HOME"

"$bin" intents export >"$out/train.tsv"
# Our own questions: the regression set plus every knowledge-base example.
{
    tail -n +2 Tests/ConsultKitTests/Fixtures/regression.tsv | cut -f1
    tail -n +2 "$out/train.tsv" | cut -f1
} >"$out/seed.txt"
repeat() {  # repeat SEED OUTPUT LINES
    python3 - "$1" "$2" "$3" <<'PY'
import sys
seed = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
n = int(sys.argv[3])
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for i in range(n):
        f.write(seed[i % len(seed)] + "\n")
PY
}
repeat "$out/seed.txt" "$out/questions.txt" "$count"
files=("$out/questions.txt")
dev=../shared/eval/dev.tsv
if [ -f "$dev" ]; then
    tail -n +2 "$dev" | cut -f1 >"$out/dev-seed.txt"
    repeat "$out/dev-seed.txt" "$out/dev.txt" 400000
    files+=("$out/dev.txt")
else
    echo "note: $dev not found; the dev-set run is skipped"
fi

echo "binary: $bin ($(nproc) cores)"

python3 - "$bin" <<'PY'
import resource, statistics, subprocess, sys, time
cmd = [sys.argv[1], "ask", "--format", "jsonl"]
wall, cpu = [], []
for _ in range(21):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, input=b"how long does smp last\n", stdout=subprocess.PIPE, check=True)
    wall.append((time.perf_counter() - t) * 1000)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
print(f"start-up to first answer: median {statistics.median(wall):.1f} ms, min {min(wall):.1f} ms "
      f"(21 runs, no cache files); CPU time median {statistics.median(cpu):.1f} ms")
PY

# Throughput: best of 3, on every core and pinned to core 0. Also the CPU
# time used (user + system): on a machine busy with other work, wall-clock
# rates say more about the neighbours than about the program.
throughput() {  # throughput FILE [PIN...] -> "questions/s questions-per-CPU-second"
    local file=$1 best=0 cpu_rate=0 rate start end lines cpu
    shift
    for _ in 1 2 3; do
        start=$(date +%s%N)
        /usr/bin/time -f "%U %S" -o "$out/cpu.txt" "$@" "$bin" ask --format jsonl "$file" >"$out/answers.jsonl"
        end=$(date +%s%N)
        lines=$(wc -l <"$out/answers.jsonl")
        [ "$lines" -eq "$(grep -c . "$file")" ] || { echo "expected one answer a line, got $lines" >&2; exit 1; }
        rate=$(( lines * 1000000000 / (end - start) ))
        cpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$out/cpu.txt")
        if (( rate > best )); then best=$rate; cpu_rate=$(( lines * 1000 / (cpu > 0 ? cpu : 1) )); fi
    done
    echo "$best $cpu_rate"
}
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
for file in "${files[@]}"; do
    n=$(wc -l <"$file")
    read -r all all_cpu < <(throughput "$file")
    read -r one one_cpu < <(throughput "$file" taskset -c 0)
    python3 -c "import sys; a, o, ac, oc = map(int, sys.argv[1:5]); \
print(f'throughput, {sys.argv[5]} ({int(sys.argv[6]):,} lines): {a:,} q/s on every core, '
      f'{o:,} q/s on one core ({a / o:.2f}x); per CPU-second: {ac:,} and {oc:,}')" \
        "$all" "$one" "$all_cpu" "$one_cpu" "$(basename "$file")" "$n"
    echo "$all" >"$out/$(basename "$file" .txt).rate"
done

/usr/bin/time -f "%M" -o "$out/maxrss.txt" "$bin" ask --format jsonl "$out/questions.txt" >/dev/null
echo "peak memory, $count lines: $(( $(cat "$out/maxrss.txt") / 1024 )) MB (max RSS)"

# The obvious alternative, side by side on the same files.
if python3 -c "import sklearn" 2>/dev/null; then
    for file in "${files[@]}"; do
        python3 - "$out/train.tsv" "$file" "$(cat "$out/$(basename "$file" .txt).rate")" <<'PY'
import sys, time
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")][1:]
vectorizer = TfidfVectorizer(ngram_range=(1, 2))
model = LogisticRegression(max_iter=1000).fit(vectorizer.fit_transform([r[0] for r in rows]), [r[1] for r in rows])
questions = [l.rstrip("\n") for l in open(sys.argv[2], encoding="utf-8")]
start, cpu = time.perf_counter(), time.process_time()
model.predict(vectorizer.transform(questions))
rate = len(questions) / (time.perf_counter() - start)
cpu_rate = len(questions) / (time.process_time() - cpu)
ours = int(sys.argv[3])
print(f"scikit-learn TF-IDF (1-2-grams) + logistic regression, {sys.argv[2].split('/')[-1]}: "
      f"{rate:,.0f} q/s (prediction only; {cpu_rate:,.0f} per CPU-second); "
      f"smp-consult {ours:,} q/s: {ours / rate:.2f}x")
PY
    done
else
    echo "scikit-learn comparison skipped: Python has no scikit-learn (pip install scikit-learn)"
fi
