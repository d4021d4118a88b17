"""How soon `vnreport batch --jobs N` has its workers ready to analyse (issue #15: ≤ 0.5 s).

A worker is ready once it has loaded the models (its initializer analyses a warm-up text) and taken a
slot in the pool's shared watch. Timed from the pool's creation in a fresh process, so the first pool
pays for the forkserver's start, and then for a restarted pool (what a batch does after a worker dies
or is stopped over its time budget), whose workers fork from the running forkserver.

    python benchmarks/worker_ready.py [--jobs 2] [--repeats 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

_CHILD = r"""
import json, sys, time
from vnreport.batch.worker import WorkerOptions, _Pool

def ready_after(start_pool):
    started = time.monotonic()
    pool = start_pool()
    for _ in range(pool.jobs):  # the executor starts a process for each task no idle worker can take
        pool.submit([])
    while pool.watch.ready.value < pool.jobs:
        time.sleep(0.002)
    return pool, time.monotonic() - started

jobs = int(sys.argv[1])
pool, first = ready_after(lambda: _Pool(jobs, WorkerOptions()))
def restarted():
    pool.restart()
    return pool
_, again = ready_after(restarted)
pool.close()
print(json.dumps({"first": first, "restart": again}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    runs = []
    for _ in range(args.repeats):
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(args.jobs)], capture_output=True, text=True, check=True
        )
        runs.append(json.loads(done.stdout))
    for key, label in (("first", "first pool (forkserver start included)"), ("restart", "restarted pool")):
        values = sorted(r[key] for r in runs)
        print(
            f"{label:<42} all {args.jobs} workers ready in {statistics.median(values):.3f} s "
            f"median [{values[0]:.3f}–{values[-1]:.3f}]  (target ≤ 0.5 s)"
        )
    return 0


if __name__ == "__main__":
    time.sleep(0)
    sys.exit(main())
