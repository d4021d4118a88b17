"""The work on one input, and the process pool that runs it in parallel, in order, with bounded memory.

A worker reads its own files (the parent only passes paths), analyses them and sends back each input's
record already encoded as a JSON line, so the parent's only work is writing. Every input yields exactly
one `Outcome`: its report, or its error — a bad file, a bug on one input, even a worker process that
died. The pool keeps a fixed number of chunks in flight and hands results back in input order, so memory
stays flat on 100,000 inputs and the output is deterministic.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import stat
import sys
import time
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice
from typing import TYPE_CHECKING, NamedTuple

from vnreport.batch.inputs import Input
from vnreport.errors import InputError
from vnreport.reading import DEFAULT_MAX_BYTES, Source, load_input, printable_path

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext
    from multiprocessing.queues import SimpleQueue

    from vnreport.report.model import Report

# Chunks per worker in flight: enough that a worker never waits for the parent, few enough that a
# slow input at the head holds back only a handful of finished results.
_IN_FLIGHT_PER_WORKER = 4
_WARMUP_TEXT = "Hà Nội, ngày 27/9/2024.\nSáng 27/9, ông Nguyễn Văn An, Chủ tịch UBND tỉnh, chủ trì hội nghị."


@dataclass(frozen=True, slots=True)
class WorkerOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    year: int | None = None  # publication year for inputs whose page metadata gives none
    keep_text: bool = False  # send the analysed text back (the SQLite output stores it for full-text search)
    timeout: float | None = None  # seconds one input may take (local batch); None: no limit


class Outcome(NamedTuple):
    line: str  # the input's record as one JSON line: a report plus "path", or {"path", "error", "reason"}
    ok: bool
    words: int
    message: str | None = None  # for a failed input: the line to show on stderr
    text: str | None = None  # the analysed text, when WorkerOptions.keep_text
    detail: str | None = None  # a traceback, for internal errors under VNREPORT_DEBUG=1


# --- one input -----------------------------------------------------------------------------------


def process_input(item: Input, options: WorkerOptions) -> Outcome:
    """Analyse one input into its one record. Never raises for anything the input or the analysis does."""
    from vnreport.render.jsonout import to_json_line

    try:
        if item.error is not None:
            raise InputError(item.path, *item.error)
        source = load_input(item.path, max_bytes=options.max_bytes, text=item.text)
        report = _analyze(source, year=options.year)
        path = printable_path(item.path)
        report.source.path = path
        record = {"path": path, **report.to_dict()}  # the page's date travels in source.published
        return Outcome(
            line=to_json_line(record),
            ok=True,
            words=report.source.words,
            text=source.text if options.keep_text else None,
        )
    except InputError as error:
        return error_outcome(error)
    except Exception as exc:  # a bug on one input becomes that input's record; the batch goes on
        detail = traceback.format_exc() if os.environ.get("VNREPORT_DEBUG") else None
        message = f"internal error: {type(exc).__name__}: {exc} (VNREPORT_DEBUG=1 shows the traceback)"
        return error_outcome(InputError(item.path, "internal_error", message), detail=detail)


def _analyze(source: Source, *, year: int | None) -> Report:
    from vnreport.pipeline import analyze_source

    return analyze_source(source, year=year)


def error_outcome(error: InputError, *, detail: str | None = None) -> Outcome:
    from vnreport.render.jsonout import to_json_line

    error.path = printable_path(error.path)
    return Outcome(
        line=to_json_line(error.to_record()), ok=False, words=0, message=f"{error.path}: {error.message}", detail=detail
    )


def input_sha256(item: Input) -> str | None:
    """The content hash a report of this input would carry, or None when the input cannot be read now."""
    if item.text is not None:
        return hashlib.sha256(item.text.encode("utf-8")).hexdigest()
    from vnreport.reading import open_regular

    digest = hashlib.sha256()
    try:
        with open_regular(item.path) as handle:  # not a FIFO: the hash must not wait for a writer
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None  # a device: never analysed, so never done
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except (OSError, InputError):
        return None
    return digest.hexdigest()


# --- in a worker process -------------------------------------------------------------------------

_worker_options = WorkerOptions()
_watch: _Watch | None = None
_slot = -1


def warm_up() -> None:
    """Load the models (built on first use) by analysing a short text: in the forkserver before any worker
    forks from it, and in each worker (where they are then already loaded)."""
    from vnreport.pipeline import analyze_text

    analyze_text(_WARMUP_TEXT)


def init_worker(options: WorkerOptions, watch: _Watch | None = None) -> None:
    """Once per worker: options, Ctrl-C left to the parent, death with the parent, the models loaded
    before the first input, and a slot in the shared `_Watch` once ready."""
    global _worker_options, _watch, _slot
    _worker_options = options
    # The terminal sends Ctrl-C to the whole process group; the parent decides how to stop, and a
    # worker interrupted mid-input would only print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
    try:
        warm_up()
    except Exception as exc:  # the pool cannot work: say why to the parent, which says it in one line
        if watch is not None:
            watch.error.value = f"{type(exc).__name__}: {exc}".encode("utf-8", "replace")[: _ERROR_BYTES - 1]
        os._exit(1)
    if watch is not None:
        with watch.lock:
            _slot = watch.ready.value
            watch.ready.value += 1
        if _slot < len(watch.pids):
            watch.pids[_slot] = os.getpid()
            _watch = watch


def process_chunk(items: list[Input], chunk_id: int = -1) -> list[Outcome]:
    """The chunk's outcomes; each input's start is posted to the `_Watch`, so the parent can stop a
    worker that exceeds the time budget and knows which input it was on."""
    watch = _watch if chunk_id >= 0 else None
    results = []
    for index, item in enumerate(items):
        if watch is not None:
            watch.chunk[_slot] = chunk_id
            watch.index[_slot] = index
            watch.started[_slot] = time.monotonic()  # written last: the parent reads it first
        try:
            results.append(process_input(item, _worker_options))
        finally:
            if watch is not None:
                watch.started[_slot] = 0.0
    return results


_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """On Linux, have the kernel SIGKILL this process when its parent dies (prctl PR_SET_PDEATHSIG).

    A pool worker's parent is the forkserver, which does the same in `vnreport.batch.forkserver_guard`
    for the batch process: `kill -9` of a batch then takes the forkserver, the workers and (its pipes
    closed) the resource tracker with it, rather than leaving them running for good (issue #11)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        parent = os.getppid()
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no prctl: a worker then outlives a killed parent, as before
        return
    if os.getppid() != parent:  # the parent died before the request: follow it now
        os._exit(1)


# --- the pool ------------------------------------------------------------------------------------

_POLL_SECONDS = 0.25  # how often the parent looks for a worker over the budget
_ERROR_BYTES = 300


class PoolError(RuntimeError):
    """The worker processes cannot be started (or all die while loading the models): the batch cannot run."""


class _OverBudget(BaseException):
    """Raised by the alarm in the process itself (`--jobs 1`): not an Exception, so no handler of the
    analysis swallows it."""


def timeout_error(path: str, seconds: float) -> InputError:
    return InputError(
        path, "timeout", f"analysis took longer than {seconds:g} seconds (--timeout); stopped and skipped"
    )


def outcomes(inputs: Iterable[Input], options: WorkerOptions, *, jobs: int, chunk_size: int = 8) -> Iterator[Outcome]:
    """One Outcome per input, in input order. `jobs` 1 runs in this process (no start-up cost)."""
    if jobs <= 1:
        warm = False
        for item in inputs:
            if options.timeout and not warm:  # the models load before the clock runs, as in a worker
                from vnreport.pipeline import analyze_text

                analyze_text(_WARMUP_TEXT)
                warm = True
            yield _in_process(item, options)
        return
    yield from _parallel(inputs, options, jobs, chunk_size)


def _in_process(item: Input, options: WorkerOptions) -> Outcome:
    """`process_input` here, within the time budget: an alarm interrupts the analysis (Python code and
    regular expressions both check for signals), since there is no worker to stop."""
    import threading

    limit = options.timeout
    if not limit or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        return process_input(item, options)

    def over_budget(signum: int, frame: object) -> None:
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, over_budget)
    try:
        signal.setitimer(signal.ITIMER_REAL, limit)
        return process_input(item, options)
    except _OverBudget:
        return error_outcome(timeout_error(item.path, limit))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _parallel(inputs: Iterable[Input], options: WorkerOptions, jobs: int, chunk_size: int) -> Iterator[Outcome]:
    chunks: Iterator[list[Input]] = _chunked(iter(inputs), chunk_size)
    pending: deque[tuple[list[Input], Future[list[Outcome]]]] = deque()
    pool = _Pool(jobs, options)
    finished = False
    try:
        while True:
            while len(pending) < jobs * _IN_FLIGHT_PER_WORKER:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((chunk, pool.submit(chunk)))
            if not pending:
                finished = True
                return
            chunk, future = pending.popleft()
            try:
                results = pool.wait(future)
            except BrokenProcessPool:
                # A worker died, or was stopped over the time budget: every chunk in flight is lost.
                suspects = [*chunk, *(item for queued, _ in pending for item in queued)]
                pending.clear()
                stopped = pool.restart()
                if stopped:
                    # The culprits are known: each gets its `timeout` record (an input carrying its
                    # error is only written out), and the others are analysed again as usual.
                    limit = options.timeout or 0
                    retry = [_timed_out(item, limit) if id(item) in stopped else item for item in suspects]
                    chunks = chain(_chunked(iter(retry), chunk_size), chunks)
                    continue
                # A crash (native code, the OOM killer): the culprit is unknown, so rerun those inputs
                # one at a time on the fresh pool.
                for item in suspects:
                    yield pool.run_alone(item)
                continue
            yield from results
    finally:
        pool.close(graceful=finished)


def _timed_out(item: Input, limit: float) -> Input:
    error = timeout_error(item.path, limit)
    return Input(path=item.path, error=(error.reason, error.message))


def _chunked(items: Iterator[Input], size: int) -> Iterator[list[Input]]:
    while chunk := list(islice(items, size)):
        yield chunk


class _Watch:
    """What each worker of one pool is doing, in shared memory: the input in hand and since when, so
    the parent can stop a worker over the time budget, and how many workers are ready, so a pool that
    cannot start is told from one whose worker died."""

    def __init__(self, context: BaseContext, jobs: int) -> None:
        self.lock = context.Lock()
        self.ready = context.Value("i", 0, lock=False)
        self.pids = context.Array("i", jobs, lock=False)
        self.started = context.Array("d", jobs, lock=False)  # time.monotonic() of the input in hand; 0: idle
        self.chunk = context.Array("q", jobs, lock=False)
        self.index = context.Array("i", jobs, lock=False)
        self.error = context.Array("c", _ERROR_BYTES, lock=False)  # why a worker could not load the models


class _Pool:
    """A ProcessPoolExecutor that can be restarted after a worker dies, stops a worker over the time
    budget, and is stopped at once on Ctrl-C."""

    task = staticmethod(process_chunk)  # what a worker runs on a chunk (tests swap in one that misbehaves)

    def __init__(self, jobs: int, options: WorkerOptions) -> None:
        self.jobs = jobs
        self.options = options
        self.chunks: dict[int, list[Input]] = {}  # chunks in flight, by the id their worker posts
        self.next_chunk = 0
        self.stopped: set[int] = set()  # id() of the inputs whose worker was stopped over the budget
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        import multiprocessing

        # forkserver: workers fork from a clean server process, not from this one, which by then runs
        # threads (the progress bar, the executor's own) that a plain fork could copy mid-lock.
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        context = multiprocessing.get_context(method)
        if method == "forkserver":
            context.set_forkserver_preload(
                ["vnreport.batch.forkserver_guard", "vnreport.batch.worker", "vnreport.batch.forkserver_models"]
            )
        self.watch = _Watch(context, self.jobs)
        return ProcessPoolExecutor(
            max_workers=self.jobs, mp_context=context, initializer=init_worker, initargs=(self.options, self.watch)
        )

    def submit(self, chunk: list[Input]) -> Future[list[Outcome]]:
        chunk_id = self.next_chunk
        self.next_chunk += 1
        self.chunks[chunk_id] = chunk
        try:
            future = self.executor.submit(self.task, chunk, chunk_id)
        except (OSError, EOFError) as exc:  # the processes cannot be started (BrokenPipeError among them)
            raise PoolError(f"cannot start the worker processes: {exc}") from exc
        future.add_done_callback(lambda _: self.chunks.pop(chunk_id, None))
        return future

    def wait(self, future: Future[list[Outcome]]) -> list[Outcome]:
        """The future's result; meanwhile, any worker over the time budget is stopped."""
        while True:
            try:
                return future.result(timeout=_POLL_SECONDS if self.options.timeout else None)
            except TimeoutError:
                self._stop_slow_workers()
            except BrokenProcessPool:
                if not self.watch.ready.value and not self.stopped:
                    reason = self.watch.error.value.decode("utf-8", "replace") or "they exited while starting"
                    raise PoolError(f"the worker processes cannot start: {reason}") from None
                raise

    def _stop_slow_workers(self) -> None:
        limit, watch = self.options.timeout, self.watch
        if not limit:
            return
        alive = getattr(self.executor, "_processes", None) or {}
        now = time.monotonic()
        for slot in range(min(watch.ready.value, self.jobs)):
            started = watch.started[slot]
            if not started or now - started <= limit:
                continue
            chunk = self.chunks.get(watch.chunk[slot])
            index = watch.index[slot]
            pid = watch.pids[slot]
            if watch.started[slot] != started or chunk is None or index >= len(chunk) or pid not in alive:
                continue  # it moved on meanwhile
            self.stopped.add(id(chunk[index]))
            watch.started[slot] = 0.0
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def run_alone(self, item: Input) -> Outcome:
        try:
            return self.wait(self.submit([item]))[0]
        except BrokenProcessPool:
            stopped = self.restart()
            if id(item) in stopped:
                return error_outcome(timeout_error(item.path, self.options.timeout or 0))
            message = "internal error: the worker process died while analysing this input"
            return error_outcome(InputError(item.path, "internal_error", message))

    def restart(self) -> set[int]:
        """A fresh pool; returns the inputs whose worker was stopped over the budget (by id)."""
        stopped, self.stopped = self.stopped, set()
        self.close()
        self.chunks.clear()
        self.executor = self._start()
        return stopped

    def close(self, *, graceful: bool = False) -> None:
        """Stop; unless `graceful`, at once: queued chunks cancelled, busy workers ended (results unwanted)."""
        if graceful:
            self.executor.shutdown(wait=True)
            return
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        results = getattr(self.executor, "_result_queue", None)  # shutdown() drops the executor's reference
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=5)
        _end_half_read_result(results)


def _end_half_read_result(results: SimpleQueue[object] | None) -> None:
    """Close this process's write end of the result pipe once the workers are ended (terminated and joined for
    up to 5 s).

    A worker ended while it was sending a result leaves the executor's manager thread in `recv()`
    waiting for the rest, which no one will write: this process holds the pipe's write end too, so
    the read never sees end-of-file, and the interpreter's exit, which joins that thread, hangs (a
    Ctrl-C'd batch on a busy machine). With our write end closed the read ends at once and the
    thread finishes. CPython 3.11's `ProcessPoolExecutor` closes only the call queue's reader.
    """
    writer = getattr(results, "_writer", None)
    if writer is not None:
        with contextlib.suppress(OSError):
            writer.close()
