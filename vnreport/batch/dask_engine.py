"""`vnreport batch --engine dask`: the same per-input work as local batch, on a Dask cluster.

Inputs are cut into partitions (lists of `Input`s: paths, or records read from stdin) and each partition
is one Dask task that runs exactly `process_input` on its items, so the records are byte for byte those
of local batch. Results come back in input order to the same sinks as local batch, or, when the output
is a folder, each task writes its partition as one shard (`part-00000.jsonl` …) where it runs and sends
back only what the summary and the error lines need.

Nothing is lost when a worker dies: Dask reruns the partition elsewhere, and `retries` covers tasks that
raise. A partition that still fails is rerun one input per task, so only the inputs that fail alone get
an `internal_error` record — as local batch does when a pool worker dies.

Dask is an optional extra (`pip install 'vnreport[dask]'`); only this module imports it, lazily.
"""

from __future__ import annotations

import functools
import logging
import os
import uuid
import warnings
from asyncio import CancelledError
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import count, islice
from typing import TYPE_CHECKING, Any

from vnreport import regexes
from vnreport.batch.inputs import Input
from vnreport.batch.output import Done, done_in_jsonl
from vnreport.batch.progress import Progress
from vnreport.batch.worker import _WARMUP_TEXT, Outcome, WorkerOptions, error_outcome, process_input
from vnreport.errors import InputError

if TYPE_CHECKING:
    from distributed import Client, Future

DEFAULT_PARTITION_SIZE = 32
DEFAULT_RETRIES = 2
# Partitions per worker thread in flight or finished but not yet written: enough that no worker waits
# for the parent, few enough that a slow partition at the head holds back only a handful of results.
_IN_FLIGHT_PER_THREAD = 4
_SHARD = regexes.compile(r"part-(\d+)\.jsonl")
_DIED = "internal error: the worker process died while analysing this input"  # local batch's words

PartitionTask = Callable[[list[Input], WorkerOptions, str | None, bool], list[Outcome]]


class DaskUnavailable(RuntimeError):
    """The `dask` extra is not installed."""


class SchedulerUnreachable(RuntimeError):
    """The scheduler address names no protocol Dask speaks, or no Dask scheduler answers there in time.
    `usage` when the address itself is wrong (an unknown protocol)."""

    def __init__(self, message: str, *, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage


CONNECT_TIMEOUT = 10.0  # seconds to connect to a scheduler and hear it answer


# --- on a worker ---------------------------------------------------------------------------------


@functools.cache
def _models_loaded() -> None:
    """Once per worker process: the models are loaded before the first input (later tasks reuse them)."""
    from vnreport.pipeline import analyze_text

    analyze_text(_WARMUP_TEXT)


def run_partition(items: list[Input], options: WorkerOptions, shard: str | None, send_records: bool) -> list[Outcome]:
    """One partition, input by input with the local `process_input`; with `shard`, also written there.

    Without `send_records` the records stay in the shard and only their counts and error lines travel
    back, so a cluster's output never funnels through the client.
    """
    _models_loaded()
    results = [process_input(item, options) for item in items]
    if shard is None:
        return results
    write_shard(shard, [outcome.line for outcome in results])
    return results if send_records else [outcome._replace(line="", text=None) for outcome in results]


def write_shard(path: str, lines: list[str]) -> None:
    """All or nothing: a retried or duplicated task rewrites the same content, never a torn file."""
    temporary = f"{path}.{uuid.uuid4().hex}.tmp"
    with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
        handle.writelines(line + "\n" for line in lines)
    os.replace(temporary, path)


def _ignore_interrupt_plugin() -> Any:
    """A worker plugin for the workers this process starts: Ctrl-C on the terminal reaches the whole
    process group, and the parent, not the workers, decides how a run stops (as in local batch)."""
    import signal

    from distributed.diagnostics.plugin import WorkerPlugin

    class IgnoreInterrupt(WorkerPlugin):
        def setup(self, worker: Any) -> None:
            signal.signal(signal.SIGINT, signal.SIG_IGN)

    return IgnoreInterrupt()


# --- shards --------------------------------------------------------------------------------------


def shard_name(index: int) -> str:
    return f"part-{index:05d}.jsonl"


def _shards(folder: str) -> list[tuple[int, str]]:
    """(index, path) of the complete shards in `folder`, in index order; a shard is renamed into place whole."""
    if not os.path.isdir(folder):
        return []
    found = ((int(match[1]), name) for name in os.listdir(folder) if (match := _SHARD.fullmatch(name)))
    return [(index, os.path.join(folder, name)) for index, name in sorted(found)]


def shard_indexes(folder: str) -> list[int]:
    return [index for index, _ in _shards(folder)]


def shard_paths(folder: str) -> list[str]:
    return [path for _, path in _shards(folder)]


def done_in_shards(folder: str) -> Done:
    """What the shards of an earlier run hold, for --resume."""
    done = Done()
    for path in shard_paths(folder):
        part = done_in_jsonl(path)
        done.errors |= part.errors
        for name, hashes in part.reports.items():
            done.reports.setdefault(name, set()).update(hashes)
    return done


# --- the cluster ---------------------------------------------------------------------------------


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise DaskUnavailable("--engine dask needs Dask: pip install 'vnreport[dask]'") from exc
    return distributed


def check_scheduler(address: str, timeout: float | None = None) -> None:
    """Raise SchedulerUnreachable unless a Dask scheduler answers at `address` within `timeout` seconds.

    `Client()` alone waits forever on a server that accepts a connection and never answers, ends in a
    MemoryError on the dashboard's HTTP port, and on an unknown protocol leaves a client whose
    `__del__` prints a traceback 20 s later. So: the protocol is checked first, then one `identity`
    request is made, its connection and its answer both bounded by the timeout (issue #11)."""
    import asyncio

    _distributed()
    from distributed.comm import connect as open_comm
    from distributed.comm import parse_address
    from distributed.comm.registry import get_backend

    limit = CONNECT_TIMEOUT if timeout is None else timeout
    try:
        get_backend(parse_address(address)[0])
    except ValueError as exc:
        raise SchedulerUnreachable(f"--scheduler {address}: {exc}", usage=True) from None

    async def identity() -> Any:
        comm = await asyncio.wait_for(open_comm(address, timeout=limit), limit)
        try:
            await asyncio.wait_for(comm.write({"op": "identity", "reply": True}), limit)
            return await asyncio.wait_for(comm.read(), limit)
        finally:
            comm.abort()

    try:
        reply = asyncio.run(identity())
    except TimeoutError:
        raise SchedulerUnreachable(
            f"no Dask scheduler answers at {address} within {limit:g} s "
            "(a scheduler listens on tcp://HOST:8786; the dashboard's HTTP port is another)"
        ) from None
    except Exception as exc:  # refused, reset, or bytes that are no Dask message (MemoryError among them)
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {address}: {reason}") from None
    if not isinstance(reply, dict) or reply.get("type") != "Scheduler":
        raise SchedulerUnreachable(f"{address} answers, but not as a Dask scheduler")


@contextmanager
def connect(scheduler: str | None, *, workers: int, timeout: float | None = None) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a LocalCluster of `workers` processes (one thread each).

    Raises DaskUnavailable without the extra, SchedulerUnreachable when the scheduler cannot be reached.
    """
    distributed = _distributed()
    if scheduler is not None:
        limit = CONNECT_TIMEOUT if timeout is None else timeout
        check_scheduler(scheduler, limit)
        try:
            client = distributed.Client(scheduler, timeout=limit, set_as_default=False)
        except (OSError, ValueError) as exc:
            raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        try:
            yield client
        finally:
            client.close()
        return
    with warnings.catch_warnings():
        # Another cluster holds the dashboard's usual port: this one takes a free port, printed anyway.
        warnings.filterwarnings("ignore", message="Port .* is already in use")
        # Processes, not threads: the analysis is pure Python and holds the GIL.
        cluster = distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, silence_logs=logging.ERROR
        )
    try:
        client = distributed.Client(cluster, set_as_default=False)
        try:
            client.register_plugin(_ignore_interrupt_plugin(), name="vnreport-ignore-interrupt")
            yield client
        finally:
            client.close()
    finally:
        cluster.close()


def has_bokeh() -> bool:
    """The dashboard's pages need bokeh; without it the address answers with an install hint."""
    import importlib.util

    return importlib.util.find_spec("bokeh") is not None


def dashboard_link(client: Client) -> str | None:
    """The dashboard's address, or None when the scheduler serves none."""
    try:
        return client.dashboard_link if "dashboard" in client.scheduler_info().get("services", {}) else None
    except Exception:  # an old or unusual scheduler: the address is a convenience, not worth a failure
        return None


# --- the engine ----------------------------------------------------------------------------------


@dataclass
class DaskEngine:
    """Inputs → one Outcome each, in input order, computed on a Dask cluster (see `run_batch`'s `engine`).

    `shard_dir`: workers write each partition to `shard_dir/part-NNNNN.jsonl`, numbered from `first_shard`
    (so a resumed run adds shards after the earlier ones); `send_records` also brings the records back
    (for --db). The progress bar advances as partitions complete, in whatever order they do.
    """

    client: Client
    options: WorkerOptions
    partition_size: int = DEFAULT_PARTITION_SIZE
    retries: int = DEFAULT_RETRIES
    shard_dir: str | None = None
    send_records: bool = True
    first_shard: int = 0
    task: PartitionTask = run_partition  # the function each partition runs (tests swap in one that fails)

    def __call__(self, inputs: Iterator[Input], progress: Progress) -> Iterator[Outcome]:
        from distributed import as_completed

        run = uuid.uuid4().hex[:8]
        partitions = zip(count(self.first_shard), _chunked(inputs, self.partition_size), strict=False)
        window = max(1, sum(self.client.nthreads().values())) * _IN_FLIGHT_PER_THREAD
        running = as_completed(loop=self.client.loop)
        index_of: dict[Future, int] = {}
        items_of: dict[int, list[Input]] = {}  # partitions submitted and not yet yielded
        finished: dict[int, list[Outcome] | BaseException] = {}
        head = self.first_shard
        exhausted = False
        try:
            while True:
                while not exhausted and len(items_of) < window:
                    partition = next(partitions, None)
                    if partition is None:
                        exhausted = True
                        break
                    index, items = partition
                    items_of[index] = items
                    future = self._submit(f"vnreport-partition-{run}-{index}", index, items)
                    index_of[future] = index
                    running.add(future)
                if head not in items_of:
                    return
                while head not in finished:
                    future = next(running)
                    finished[index_of.pop(future)] = self._collect(future, progress)
                result = finished.pop(head)
                items = items_of.pop(head)
                if isinstance(result, BaseException):
                    result = self._rescue(items, run, head, progress)
                yield from result
                head += 1
        finally:
            for future in index_of:
                future.cancel()

    def _shard(self, index: int) -> str | None:
        return None if self.shard_dir is None else os.path.join(self.shard_dir, shard_name(index))

    def _submit(self, key: str, index: int, items: list[Input]) -> Future:
        # Earlier partitions first: output is written in order, so a rerun partition must not queue last.
        return self.client.submit(
            self.task,
            items,
            self.options,
            self._shard(index),
            self.send_records,
            key=key,
            retries=self.retries,
            priority=-index,
            pure=False,
        )

    def _collect(self, future: Future, progress: Progress) -> list[Outcome] | BaseException:
        try:
            results: list[Outcome] = future.result()
        # The partition failed after its retries, or the scheduler lost it (a cancelled future): _rescue
        # reruns it input by input.
        except (Exception, CancelledError) as exc:
            return exc
        _advance(progress, results)
        return results

    def _rescue(self, items: list[Input], run: str, index: int, progress: Progress) -> list[Outcome]:
        """A failed partition, one input per task: only inputs that still fail alone get an error record."""
        singles = [
            self.client.submit(
                self.task,
                [item],
                self.options,
                None,
                True,
                key=f"vnreport-rescue-{run}-{index}-{number}",
                retries=self.retries,
                priority=1,
                pure=False,
            )
            for number, item in enumerate(items)
        ]
        results = [_single_result(item, future) for item, future in zip(items, singles, strict=True)]
        _advance(progress, results)
        if self.shard_dir is not None:  # the workers wrote no shard for this partition: write it here
            write_shard(os.path.join(self.shard_dir, shard_name(index)), [outcome.line for outcome in results])
            if not self.send_records:
                results = [outcome._replace(line="", text=None) for outcome in results]
        return results


def _single_result(item: Input, future: Future) -> Outcome:
    try:
        return future.result()[0]
    except (Exception, CancelledError) as exc:
        return error_outcome(InputError(item.path, "internal_error", _failure_message(exc)))


def _failure_message(exc: BaseException) -> str:
    if type(exc).__name__ == "KilledWorker":  # the task killed every worker it ran on
        return _DIED
    return f"internal error: {type(exc).__name__}: {exc} (the Dask task failed after its retries)"


def _advance(progress: Progress, results: list[Outcome]) -> None:
    for outcome in results:
        progress.advance(words=outcome.words, failed=not outcome.ok)


def _chunked(items: Iterator[Input], size: int) -> Iterator[list[Input]]:
    while chunk := list(islice(items, size)):
        yield chunk
