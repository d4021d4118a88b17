"""Sampling a benchmarked command's process tree: peak summed RSS and CPU seconds per process.

Shared by batch_throughput.py and dask_throughput.py (run as scripts, so this folder is on sys.path).
Needs psutil for RSS and CPU; without it only `resource`'s largest-child peak RSS is available.
"""

from __future__ import annotations

import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path


def has_psutil() -> bool:
    try:
        import psutil  # noqa: F401
    except ImportError:
        return False
    return True


class ProcessTreeSampler:
    """Every 50 ms: the summed RSS of a process and all its descendants (peak kept), and the last CPU
    time seen per process (`cpu`, and `parent` for the root)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self.cpu: dict[int, float] = {}
        self.parent = 0.0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    @property
    def tree(self) -> float:
        return sum(self.cpu.values())

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> int:
        """Stop sampling; the peak RSS in bytes."""
        self.done.set()
        self.thread.join()
        if not has_psutil():
            import resource

            # Without psutil: the largest single descendant's peak (kilobytes on Linux).
            return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        return self.peak

    def _run(self) -> None:
        if not has_psutil():
            return
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self.done.wait(0.05):
            try:
                tree = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            total = 0
            for proc in tree:
                try:
                    total += proc.memory_info().rss
                    times = proc.cpu_times()
                except psutil.NoSuchProcess:
                    continue
                self.cpu[proc.pid] = times.user + times.system
                if proc.pid == self.pid:
                    self.parent = self.cpu[proc.pid]
            self.peak = max(self.peak, total)


@dataclass
class SampledRun:
    wall: float  # seconds, start-up included
    returncode: int
    stderr: str
    peak_rss: int  # bytes
    sampler: ProcessTreeSampler


def run_sampled(command: list[str], stdin: Path, cwd: Path) -> SampledRun:
    """Run `command` with `stdin` as its input, timing it and sampling its process tree."""
    with stdin.open("rb") as handle:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdin=handle, stderr=subprocess.PIPE, cwd=cwd)
        sampler = ProcessTreeSampler(process.pid)
        sampler.start()
        _, stderr = process.communicate()
        wall = time.perf_counter() - started
    peak = sampler.stop()
    return SampledRun(wall, process.returncode, stderr.decode(), peak, sampler)
