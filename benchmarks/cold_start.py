"""Cold start, as a user meets it: whole processes, one article, side by side in the same run.

Pairs, run in turn (A B A B …) so that a machine that slows down slows both; each pair gives a ratio
and the medians are reported:
  vnreport analyze -f json SAMPLE    vs  a script that imports underthesea and runs word_tokenize on it
  vnreport analyze, empty cache      vs  the same script (the first run after an install or upgrade)
  vnreport --help                    vs  python -c pass (the interpreter's own start)

Issue #15 sets: cold analyze ≤ 0.5× the word_tokenize script; vnreport --help ≤ 0.15 s.

The bytecode is compiled first (`compileall`), as an installed package has it: a checkout run with
PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module at every start and measure that.

    python benchmarks/cold_start.py [--runs 7] [--sample samples/hanoi-2024-09-27.txt]
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
WORD_TOKENIZE = """import sys
from underthesea import word_tokenize
word_tokenize(open(sys.argv[1], encoding="utf-8").read())
"""


def wall(command: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - started


def paired(a: list[str], b: list[str], runs: int, a_env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Median wall seconds of A and of B, and the median of the pairwise ratios A/B."""
    wall(a, a_env), wall(b)  # warm the file cache
    times_a, times_b, ratios = [], [], []
    for _ in range(runs):
        seconds_a, seconds_b = wall(a, a_env), wall(b)
        times_a.append(seconds_a)
        times_b.append(seconds_b)
        ratios.append(seconds_a / seconds_b)
    return statistics.median(times_a), statistics.median(times_b), statistics.median(ratios)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sample", default=str(ROOT / "samples" / "hanoi-2024-09-27.txt"))
    args = parser.parse_args()
    compileall.compile_dir(str(ROOT / "vnreport"), quiet=1)
    with tempfile.TemporaryDirectory() as scratch:
        script = Path(scratch) / "word_tokenize.py"
        script.write_text(WORD_TOKENIZE, encoding="utf-8")
        vnreport = [str(BIN / "vnreport")]
        baseline = [sys.executable, str(script), args.sample]
        analyze = [*vnreport, "analyze", args.sample, "-f", "json"]
        cold = {**os.environ, "VNREPORT_CACHE": str(Path(scratch) / "never-written")}
        # A cache folder that cannot be created: every run builds from the data files, as a first run does.
        (Path(scratch) / "never-written").write_text("a file where the folder would be", encoding="utf-8")
        interpreter = [sys.executable, "-c", "pass"]
        rows = [
            ("analyze -f json (cache ready)", "word_tokenize script", *paired(analyze, baseline, args.runs)),
            ("analyze -f json (empty cache)", "word_tokenize script", *paired(analyze, baseline, args.runs, cold)),
            ("vnreport --help", "python -c pass", *paired([*vnreport, "--help"], interpreter, args.runs)),
        ]
    print(f"{'A':<32}{'B':<24}{'A s':>8}{'B s':>8}{'A/B':>8}   (medians of {args.runs} pairs)")
    for name_a, name_b, seconds_a, seconds_b, ratio in rows:
        print(f"{name_a:<32}{name_b:<24}{seconds_a:8.3f}{seconds_b:8.3f}{ratio:8.2f}")
    print("targets: analyze (cache ready) A/B ≤ 0.5; --help A ≤ 0.15 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
