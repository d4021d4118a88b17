"""The work on one input, and the process pool that runs it in parallel, in order, with bounded memory.

A worker reads its own files (the parent only passes paths), analyses them and sends back each input's
record already encoded as a JSON line, so the parent's only work is writing. Every input yields exactly
one `Outcome`: its report, or its error — a bad file, a bug on one input, even a worker process that
died. The pool keeps a fixed number of chunks in flight and hands results back in input order, so memory
stays flat on 100,000 inputs and the output is deterministic.
"""

from __future__ import annotations

import hashlib
import os
import signal
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple

from vnreport.batch.inputs import Input
from vnreport.errors import InputError
from vnreport.reading import DEFAULT_MAX_BYTES, Source

if TYPE_CHECKING:
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
        source, published = load_input(item, options.max_bytes)
        report = _analyze(source, year=int(published[:4]) if published else options.year)
        path = printable_path(item.path)
        report.source.path = path
        record = {"path": path, **({"published": published} if published else {}), **report.to_dict()}
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


def printable_path(path: str) -> str:
    """The path as UTF-8 can carry it: a file name in another encoding gets U+FFFD for its odd bytes."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return path


def load_input(item: Input, max_bytes: int) -> tuple[Source, str | None]:
    """The input's decoded text as a Source, and the publication date its page metadata gives, if any."""
    from vnreport.batch.htmlpage import extract_page, is_html
    from vnreport.legacy import repair_legacy
    from vnreport.reading import decode_bytes, decode_source, read_bytes
    from vnreport.text import nfc

    if item.text is not None:
        data = item.text.encode("utf-8")
        if len(data) > max_bytes:
            raise InputError(item.path, "too_large", f"text is {len(data):,} bytes, over the {max_bytes:,}-byte limit")
        text, encoding = repair_legacy(item.text, "utf-8")
        return _source(item.path, nfc(text), data, encoding), None
    data = read_bytes(item.path, max_bytes=max_bytes)
    if not is_html(item.path):
        return decode_source(item.path, data, max_bytes=max_bytes), None
    html, encoding = decode_bytes(item.path, data)
    page = extract_page(item.path, html)
    text, encoding = repair_legacy(page.text, encoding)  # old sites set VNI/TCVN3 text in legacy fonts
    return _source(item.path, nfc(text), data, encoding), page.published


def _source(path: str, text: str, data: bytes, encoding: str) -> Source:
    if not text.strip():
        raise InputError(path, "empty", "empty input (no text to analyse)")
    return Source(path=path, text=text, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding, size=len(data))


def input_sha256(item: Input) -> str | None:
    """The content hash a report of this input would carry, or None when the input cannot be read now."""
    if item.text is not None:
        return hashlib.sha256(item.text.encode("utf-8")).hexdigest()
    digest = hashlib.sha256()
    try:
        with open(item.path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


# --- in a worker process -------------------------------------------------------------------------

_worker_options = WorkerOptions()


def init_worker(options: WorkerOptions) -> None:
    """Once per worker: options, Ctrl-C left to the parent, and the models loaded before the first input."""
    global _worker_options
    _worker_options = options
    # The terminal sends Ctrl-C to the whole process group; the parent decides how to stop, and a
    # worker interrupted mid-input would only print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from vnreport.pipeline import analyze_text

    analyze_text(_WARMUP_TEXT)


def process_chunk(items: list[Input]) -> list[Outcome]:
    return [process_input(item, _worker_options) for item in items]


# --- the pool ------------------------------------------------------------------------------------


def outcomes(inputs: Iterable[Input], options: WorkerOptions, *, jobs: int, chunk_size: int = 8) -> Iterator[Outcome]:
    """One Outcome per input, in input order. `jobs` 1 runs in this process (no start-up cost)."""
    if jobs <= 1:
        for item in inputs:
            yield process_input(item, options)
        return
    yield from _parallel(inputs, options, jobs, chunk_size)


def _parallel(inputs: Iterable[Input], options: WorkerOptions, jobs: int, chunk_size: int) -> Iterator[Outcome]:
    chunks = _chunked(iter(inputs), chunk_size)
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
                results = future.result()
            except BrokenProcessPool:
                # A worker died (a crash in native code, the OOM killer): every chunk in flight is
                # lost and the culprit is unknown, so rerun those inputs one at a time on a fresh pool.
                suspects = [*chunk, *(item for queued, _ in pending for item in queued)]
                pending.clear()
                pool.restart()
                for item in suspects:
                    yield pool.run_alone(item)
                continue
            yield from results
    finally:
        pool.close(graceful=finished)


def _chunked(items: Iterator[Input], size: int) -> Iterator[list[Input]]:
    while chunk := list(islice(items, size)):
        yield chunk


class _Pool:
    """A ProcessPoolExecutor that can be restarted after a worker dies and stopped at once on Ctrl-C."""

    def __init__(self, jobs: int, options: WorkerOptions) -> None:
        self.jobs = jobs
        self.options = options
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        import multiprocessing

        # forkserver: workers fork from a clean server process, not from this one, which by then runs
        # threads (the progress bar, the executor's own) that a plain fork could copy mid-lock.
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        context = multiprocessing.get_context(method)
        if method == "forkserver":
            context.set_forkserver_preload(["vnreport.batch.worker", "vnreport.pipeline"])
        return ProcessPoolExecutor(
            max_workers=self.jobs, mp_context=context, initializer=init_worker, initargs=(self.options,)
        )

    def submit(self, chunk: list[Input]) -> Future[list[Outcome]]:
        return self.executor.submit(process_chunk, chunk)

    def run_alone(self, item: Input) -> Outcome:
        try:
            return self.submit([item]).result()[0]
        except BrokenProcessPool:
            self.restart()
            message = "internal error: the worker process died while analysing this input"
            return error_outcome(InputError(item.path, "internal_error", message))

    def restart(self) -> None:
        self.close()
        self.executor = self._start()

    def close(self, *, graceful: bool = False) -> None:
        """Stop; unless `graceful`, at once: queued chunks cancelled, busy workers ended (results unwanted)."""
        if graceful:
            self.executor.shutdown(wait=True)
            return
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=5)
