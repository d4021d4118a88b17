"""`vnreport batch --engine dask` against local batch: throughput, overhead, 1 → 2 worker scaling.

Over ../shared/corpus/news (beside the clone; the script says so and stops if it is absent), the same
inputs in the same run, medians over repeats (the configurations alternate within each repeat, so a
change in the machine's load hits all of them):

    local --jobs 1 · local --jobs 2 · Dask LocalCluster 1 worker · Dask LocalCluster 2 workers
    · Dask 2 workers writing shards (-o folder/) · Dask 2 workers on a quarter of the inputs

Every run is a real `python -m vnreport batch -` subprocess. Two rates are printed: wall clock (start-up
included: interpreter, cluster, models) and in-run (the summary line's own seconds, after the cluster is
up). The CPU time of the parent process alone (Dask's scheduler and client run there for a local cluster)
per extra article — the difference between the full and the quarter run, so start-up cancels out — gives
the ceiling one client can feed, which is what bounds scaling out.

    python benchmarks/dask_throughput.py [--files 1000] [--repeats 3] [--partition-size 32]
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from process_sampler import run_sampled

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news"
VNREPORT = [sys.executable, "-m", "vnreport"]
_SUMMARY_SECONDS = re.compile(r"· ([\d.]+) s ·")


@dataclass(frozen=True)
class Config:
    name: str
    args: tuple[str, ...]
    shards: bool = False
    share: float = 1.0  # of the inputs


CONFIGS = (
    Config("local --jobs 1", ("--jobs", "1")),
    Config("local --jobs 2", ("--jobs", "2")),
    Config("dask 1 worker", ("--engine", "dask", "--jobs", "1")),
    Config("dask 2 workers", ("--engine", "dask", "--jobs", "2")),
    Config("dask 2 workers, shards", ("--engine", "dask", "--jobs", "2"), shards=True),
    Config("dask 2 workers, 1/4 inputs", ("--engine", "dask", "--jobs", "2"), share=0.25),
)
QUARTER = CONFIGS[-1].name


@dataclass
class Run:
    wall: float  # seconds, the whole command
    in_run: float  # seconds, from the summary line (after start-up of the pool or cluster)
    parent_cpu: float  # CPU seconds of the vnreport process itself (scheduler + client for Dask)
    tree_cpu: float  # CPU seconds of it and every descendant


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--partition-size", type=int, default=32)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} is not there (the benchmark reads ../shared/corpus/news beside the clone)")
        return 0
    try:
        import distributed  # noqa: F401
        import psutil  # noqa: F401  (a dependency of distributed)
    except ImportError:
        print("skipped: needs the dask extra (pip install 'vnreport[dask]')")
        return 0
    inputs = sorted(str(p) for p in args.corpus.glob("*.txt"))[: args.files]
    print(f"{len(inputs):,} articles from {args.corpus}; {os.cpu_count()} cores; partition size {args.partition_size}")

    runs: dict[str, list[Run]] = {config.name: [] for config in CONFIGS}
    counts = {config.name: round(len(inputs) * config.share) for config in CONFIGS}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.repeats):
            for config in CONFIGS:
                listing = Path(tmp) / f"paths-{counts[config.name]}.txt"
                listing.write_text("".join(f"{path}\n" for path in inputs[: counts[config.name]]), encoding="utf-8")
                runs[config.name].append(batch_run(config, listing, Path(tmp), args.partition_size))
        check_same_output(Path(tmp))

    rates: dict[str, float] = {}
    for config in CONFIGS:
        done, count = runs[config.name], counts[config.name]
        wall = statistics.median(run.wall for run in done)
        in_run = statistics.median(run.in_run for run in done)
        rates[config.name] = count / in_run
        parent = statistics.median(run.parent_cpu for run in done) / count * 1000
        tree = statistics.median(run.tree_cpu for run in done) / count * 1000
        print(
            f"{config.name:27} {count / wall:6.1f} articles/s wall ({wall:.1f} s: "
            f"{', '.join(f'{run.wall:.1f}' for run in done)}), {rates[config.name]:6.1f} in-run; "
            f"CPU per article {tree:.1f} ms, of which the parent {parent:.1f} ms"
        )
    print(f"load average now: {', '.join(f'{x:.1f}' for x in os.getloadavg())} (other work on the machine)")
    report(runs, rates, counts)
    return 0


def batch_run(config: Config, listing: Path, tmp: Path, partition_size: int) -> Run:
    slug = re.sub(r"\W+", "-", config.name)
    out = tmp / f"{slug}/" if config.shards else tmp / f"{slug}.jsonl"
    if config.shards:
        shutil.rmtree(out, ignore_errors=True)
    extra = ("--partition-size", str(partition_size)) if "dask" in config.args else ()
    command = [*VNREPORT, "batch", "-", "-o", f"{out}/" if config.shards else str(out), *config.args, *extra]
    run = run_sampled(command, listing, ROOT)
    if run.returncode != 0:
        raise SystemExit(f"{config.name} failed ({run.returncode}): {run.stderr}")
    seconds = _SUMMARY_SECONDS.search(run.stderr)
    if seconds is None:
        raise SystemExit(f"{config.name}: no summary line in {run.stderr!r}")
    return Run(run.wall, float(seconds[1]), run.sampler.parent, run.sampler.tree)


def check_same_output(tmp: Path) -> None:
    """Every configuration wrote the same records (shards concatenated), or the comparison means nothing."""
    reference = tmp / "local-jobs-1.jsonl"
    joined = tmp / "joined.jsonl"
    with joined.open("wb") as handle:
        for part in sorted((tmp / "dask-2-workers-shards").glob("part-*.jsonl")):
            handle.write(part.read_bytes())
    for other in sorted(tmp.glob("*.jsonl")):
        if "4-inputs" in other.name:  # the quarter run: fewer records
            continue
        if not filecmp.cmp(reference, other, shallow=False):
            raise SystemExit(f"{other.name} differs from {reference.name}")
    print("outputs: identical across all configurations (shards concatenated)")


def report(runs: dict[str, list[Run]], rates: dict[str, float], counts: dict[str, int]) -> None:
    local2, dask1, dask2 = rates["local --jobs 2"], rates["dask 1 worker"], rates["dask 2 workers"]
    shards2 = rates["dask 2 workers, shards"]
    wall = {name: statistics.median(run.wall for run in done) for name, done in runs.items()}
    print(
        f"overhead, dask 2 workers vs local --jobs 2: {dask2 / local2:.2f}× the throughput in-run, "
        f"{wall['local --jobs 2'] / wall['dask 2 workers']:.2f}× wall clock (start-up included)"
    )
    print(
        f"scaling 1 → 2 workers: dask {dask2 / dask1:.2f}× (shards {shards2 / dask1:.2f}×), "
        f"local {local2 / rates['local --jobs 1']:.2f}×"
    )
    parent = _marginal_parent_cpu(runs, counts, "dask 2 workers")
    parent_shards = _marginal_parent_cpu(runs, counts, "dask 2 workers, shards")
    per_worker = dask1
    print(
        "extrapolation (an estimate, not a measurement): each worker process adds about "
        f"{per_worker:.0f} articles/s when it has a core of its own (the 1-worker rate); the parent — Dask's "
        f"scheduler plus the client — spends {parent * 1000:.2f} ms CPU per extra article when records stream "
        f"back (ceiling ≈ {1 / max(parent, 1e-9):,.0f} articles/s) and {parent_shards * 1000:.2f} ms with shards "
        f"(ceiling ≈ {1 / max(parent_shards, 1e-9):,.0f} articles/s). So N workers on N free cores should give "
        f"≈ min(N × {per_worker:.0f}, that ceiling); on this 2-core machine the parent shares the two cores "
        "with both workers, so the measured 1 → 2 scaling understates what a cluster with more cores gives. "
        "Reading inputs from a shared file system and the network between client and workers are not measured."
    )


def _marginal_parent_cpu(runs: dict[str, list[Run]], counts: dict[str, int], name: str) -> float:
    """Parent CPU seconds per article beyond the start-up, from the full run minus the quarter run."""
    full = statistics.median(run.parent_cpu for run in runs[name])
    quarter = statistics.median(run.parent_cpu for run in runs[QUARTER])
    return max(full - quarter, 0.0) / max(counts[name] - counts[QUARTER], 1)


if __name__ == "__main__":
    sys.exit(main())
