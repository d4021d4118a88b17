"""A batch run: inputs → (skip what is done) → workers → every sink, in input order, with progress.

The parent alone writes output and advances the progress bar. Ctrl-C asks the run to stop: the input
being written is finished, what was written is flushed whole, and the summary says it was interrupted
(a second Ctrl-C stops at once).
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from types import FrameType

from vnreport.batch.inputs import Input
from vnreport.batch.output import Done, Sink
from vnreport.batch.progress import NullProgress, Progress
from vnreport.batch.worker import Outcome, WorkerOptions, outcomes

Engine = Callable[[Iterator[Input], Progress], Iterator[Outcome]]
"""Another way to compute the outcomes (`dask_engine.DaskEngine`): one per input, in input order. It
advances the progress bar itself, as its work completes, which may be ahead of what is written."""

# Output is flushed (and SQLite committed) this often, so a killed run loses at most this much work.
_FLUSH_EVERY_SECONDS = 1.0
_FLUSH_EVERY_RECORDS = 500


@dataclass
class Summary:
    analysed: int = 0
    failed: int = 0
    skipped: int = 0  # already in the output (--resume)
    words: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def processed(self) -> int:
        return self.analysed + self.failed

    def line(self) -> str:
        seconds = max(self.seconds, 1e-9)
        parts = [f"{self.processed:,} inputs: {self.analysed:,} analysed, {self.failed:,} failed"]
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped (already in the output)")
        parts.append(f"{self.seconds:.1f} s")
        parts.append(f"{self.analysed / seconds:,.1f} articles/s, {self.words / seconds:,.0f} words/s")
        text = " · ".join(parts)
        return f"interrupted after {text}" if self.interrupted else text


def run_batch(
    inputs: Iterable[Input],
    sinks: list[Sink],
    *,
    options: WorkerOptions,
    jobs: int,
    done: Done | None = None,
    progress: Progress | None = None,
    total: int | None = None,
    on_failure: Callable[[Outcome], None] | None = None,
    chunk_size: int = 8,
    engine: Engine | None = None,
) -> Summary:
    """Run the batch; every input not skipped as done gets exactly one record in every sink.

    Outcomes come from the local process pool (`jobs` processes), or from `engine` when given.
    """
    progress = progress or NullProgress()
    summary = Summary()
    started = time.monotonic()
    todo = _skip_done(inputs, done, summary, progress) if done else iter(inputs)
    if engine is None:
        results, tick = outcomes(todo, options, jobs=jobs, chunk_size=chunk_size), progress
    else:
        results, tick = engine(todo, progress), NullProgress()
    last_flush, unflushed = started, 0
    progress.start(total)
    try:
        with _StopOnInterrupt() as stop:
            for outcome in results:
                for sink in sinks:
                    sink.write(outcome)
                _count(summary, outcome)
                tick.advance(words=outcome.words, failed=not outcome.ok)
                if not outcome.ok and on_failure is not None:
                    on_failure(outcome)
                unflushed += 1
                now = time.monotonic()
                if unflushed >= _FLUSH_EVERY_RECORDS or now - last_flush >= _FLUSH_EVERY_SECONDS:
                    for sink in sinks:
                        sink.flush()
                    last_flush, unflushed = now, 0
                if stop.requested:
                    summary.interrupted = True
                    break
    except KeyboardInterrupt:  # the second Ctrl-C: stop now, keep what is written
        summary.interrupted = True
    finally:
        summary.seconds = time.monotonic() - started
        with ExitStack() as closing:  # every sink is closed even if one fails (stdout closed by `| head`)
            for sink in sinks:
                closing.callback(sink.close)
            closing.callback(progress.stop)
            closing.callback(results.close)  # type: ignore[attr-defined]  # runs first: ends the worker pool
    return summary


def _count(summary: Summary, outcome: Outcome) -> None:
    if outcome.ok:
        summary.analysed += 1
        summary.words += outcome.words
    else:
        summary.failed += 1


def _skip_done(inputs: Iterable[Input], done: Done, summary: Summary, progress: Progress) -> Iterator[Input]:
    for item in inputs:
        if done.covers(item):
            summary.skipped += 1
            progress.advance()
            continue
        yield item


class _StopOnInterrupt:
    """The first Ctrl-C sets `requested` (the loop stops after the record in hand); the second raises."""

    def __init__(self) -> None:
        self.requested = False
        self.previous: object = None
        self.installed = False

    def __enter__(self) -> _StopOnInterrupt:
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._handle)
            self.installed = True
        return self

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __exit__(self, *exc: object) -> None:
        if self.installed:
            signal.signal(signal.SIGINT, self.previous)  # type: ignore[arg-type]
