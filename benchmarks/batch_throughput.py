"""`vnreport batch` throughput, scaling, memory, and the speed-up over `vnreport analyze` per file.

Over ../shared/corpus/news (beside the clone; the script says so and stops if it is absent):

1. articles/s and words/s for --jobs 1 and --jobs 2 on the same inputs (median of repeats), and the
   scaling ratio (the target is ≥ 1.8× on 2 cores);
2. peak memory (RSS summed over the whole process tree: the parent, forkserver and workers) for
   1,000 vs 10,000 inputs — the corpus paths repeated to reach 10,000 — which should be flat;
3. batch against running `vnreport analyze FILE` once per file (timed on a small subset and
   extrapolated), which pays interpreter start-up and model loading on every file.

Every run is a real `python -m vnreport batch` subprocess, timed by the wall clock, start-up included.

    python benchmarks/batch_throughput.py [--files 1000] [--memory-inputs 1000,10000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

from process_sampler import has_psutil, run_sampled

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news"
VNREPORT = [sys.executable, "-m", "vnreport"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--files", type=int, default=1000, help="inputs for the throughput runs")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--memory-inputs", default="1000,10000", help="input counts for the memory runs")
    parser.add_argument("--analyze-subset", type=int, default=15, help="files timed with `vnreport analyze`")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} is not there (the benchmark reads ../shared/corpus/news beside the clone)")
        return 0
    corpus = sorted(str(p) for p in args.corpus.glob("*.txt"))
    print(f"corpus: {len(corpus):,} articles in {args.corpus}; {os.cpu_count()} cores")
    method = "psutil (RSS of the process tree)" if has_psutil() else "getrusage (largest child)"
    print(f"memory measured with {method}")

    with tempfile.TemporaryDirectory() as tmp:
        inputs = list(islice(cycle(corpus), args.files))
        # Repeats alternate --jobs 1 and --jobs 2 so that a change in the machine's load hits both.
        runs: dict[int, list[Run]] = {1: [], 2: []}
        for _ in range(args.repeats):
            for jobs in (1, 2):
                runs[jobs].append(batch_run(inputs, jobs, Path(tmp) / f"j{jobs}.jsonl"))
        rates: dict[int, float] = {}
        cpu_per_article: dict[int, float] = {}
        for jobs, done in runs.items():
            median = statistics.median(run.seconds for run in done)
            rates[jobs] = len(inputs) / median
            cpu_per_article[jobs] = statistics.median(run.cpu_seconds for run in done) / len(inputs)
            print(
                f"--jobs {jobs}: {len(inputs):,} articles in {median:.1f} s (median of {args.repeats}: "
                f"{', '.join(f'{run.seconds:.1f}' for run in done)}) → {rates[jobs]:,.1f} articles/s, "
                f"{done[0].words / median:,.0f} words/s; {cpu_per_article[jobs] * 1000:.1f} ms CPU per article"
            )
        print(
            f"scaling --jobs 2 / --jobs 1: {rates[2] / rates[1]:.2f}× wall clock; CPU per article "
            f"{cpu_per_article[2] / cpu_per_article[1]:.2f}× (parallel overhead: start-up, the pool, the parent)"
        )
        print(f"load average now: {', '.join(f'{x:.1f}' for x in os.getloadavg())} (other work on the machine)")

        peaks = {}
        for count in (int(n) for n in args.memory_inputs.split(",")):
            run = batch_run(list(islice(cycle(corpus), count)), 2, Path(tmp) / f"m{count}.jsonl")
            peaks[count] = run.peak_rss
            print(
                f"memory, {count:,} inputs (--jobs 2): peak {run.peak_rss / 2**20:,.0f} MiB "
                f"({run.seconds:.1f} s, {count / run.seconds:,.1f} articles/s)"
            )
        counts = sorted(peaks)
        if len(counts) > 1:
            print(f"memory ratio {counts[-1]:,} / {counts[0]:,} inputs: {peaks[counts[-1]] / peaks[counts[0]]:.2f}×")

        subset = corpus[: args.analyze_subset]
        per_file = []
        for path in subset:
            started = time.perf_counter()
            subprocess.run([*VNREPORT, "analyze", path, "-f", "json"], check=True, capture_output=True)
            per_file.append(time.perf_counter() - started)
        analyze_each = statistics.median(per_file)
        print(
            f"`vnreport analyze` once per file: {analyze_each:.2f} s per file (median of {len(subset)}) → "
            f"{len(inputs):,} files ≈ {analyze_each * len(inputs):,.0f} s; "
            f"batch --jobs 1 is {analyze_each * rates[1]:.0f}× faster, --jobs 2 {analyze_each * rates[2]:.0f}× faster"
        )
    return 0


class Run:
    def __init__(self, seconds: float, words: int, peak_rss: int, cpu_seconds: float) -> None:
        self.seconds = seconds
        self.words = words
        self.peak_rss = peak_rss
        self.cpu_seconds = cpu_seconds  # user + system, summed over the process tree (0 without psutil)


def batch_run(paths: list[str], jobs: int, out: Path) -> Run:
    """One `vnreport batch -` over `paths` (a list on stdin); wall time, words analysed, peak RSS."""
    listing = out.with_suffix(".paths")
    listing.write_text("".join(f"{path}\n" for path in paths), encoding="utf-8")
    command = [*VNREPORT, "batch", "-", "-o", str(out), "--jobs", str(jobs), "--quiet"]
    run = run_sampled(command, listing, ROOT)
    if run.returncode != 0:
        raise SystemExit(f"batch failed ({run.returncode}): {run.stderr}")
    return Run(run.wall, _words(out), run.peak_rss, run.sampler.tree)


def _words(out: Path) -> int:
    with out.open(encoding="utf-8") as handle:
        return sum(json.loads(line).get("source", {}).get("words", 0) for line in handle)


if __name__ == "__main__":
    sys.exit(main())
