"""`vnreport batch --engine dask`: the same records as local batch, on a Dask cluster, nothing lost.

One LocalCluster (2 worker processes) serves the whole module; the CLI reaches it through --scheduler,
so the command-line path is what is tested.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from typer.testing import CliRunner

from tests.conftest import HANOI, SAMPLES
from vnreport.batch.inputs import Input, discover
from vnreport.batch.worker import Outcome, WorkerOptions
from vnreport.cli.main import app

if TYPE_CHECKING:  # importorskip below makes `distributed` a plain module object to mypy
    from distributed import Client

distributed = pytest.importorskip("distributed")

runner = CliRunner()
SAMPLE_TEXTS = [HANOI, *sorted((SAMPLES / "gold").glob("*.txt"))]


@pytest.fixture(scope="module")
def cluster() -> Iterator[tuple[str, Client]]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
        ) as local,
        distributed.Client(local, set_as_default=False) as client,
    ):
        yield local.scheduler_address, client


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def samples_folder(folder: Path, copies: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for copy in range(copies):
        for path in SAMPLE_TEXTS:
            shutil.copy(path, folder / f"{copy:02d}-{path.name}")
    return folder


def paths_in(output: str) -> list[str]:
    return [json.loads(line)["path"] for line in output.splitlines()]


def test_records_and_exit_code_equal_local_batch_bad_inputs_included(tmp_path: Path, cluster) -> None:
    scheduler, _ = cluster
    folder = samples_folder(tmp_path / "in")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    listing = f"{tmp_path / 'missing.txt'}\n{tmp_path / 'in'}\n{HANOI}\n"  # paths on stdin: missing, a folder
    local = invoke("batch", str(folder), "-", "--jobs", "1", "-q", input=listing)
    dask_run = ["--engine", "dask", "--scheduler", scheduler, "--partition-size", "3"]
    dask = invoke("batch", str(folder), "-", *dask_run, input=listing)
    assert local.exit_code == dask.exit_code == 1, dask.stderr
    assert sorted(dask.stdout.splitlines()) == sorted(local.stdout.splitlines())
    assert dask.stdout == local.stdout  # streamed back in input order, too
    reasons = {Path(r["path"]).name: r.get("reason") for r in map(json.loads, dask.stdout.splitlines())}
    assert [reasons[name] for name in ("empty.txt", "binary.txt", "missing.txt", "in")] == [
        "empty",
        "binary",
        "not_found",
        "is_directory",
    ]
    assert f"{len(SAMPLE_TEXTS) + 1} analysed, 4 failed" in dask.stderr
    assert f"{tmp_path / 'missing.txt'}: " in dask.stderr  # the error line, as local batch prints it


def test_jsonl_records_on_stdin_equal_local_batch(cluster) -> None:
    scheduler, _ = cluster
    text = HANOI.read_text(encoding="utf-8")
    lines = [json.dumps({"id": n, "content": text}, ensure_ascii=False) for n in range(5)]
    lines[2] = "{not json"
    stdin = "\n".join(lines) + "\n"
    arguments = ["batch", "-", "--text-field", "content", "--id-field", "id"]
    local = invoke(*arguments, "--jobs", "1", input=stdin)
    dask = invoke(*arguments, "--engine", "dask", "--scheduler", scheduler, "--partition-size", "2", input=stdin)
    assert local.exit_code == dask.exit_code == 1
    assert dask.stdout == local.stdout
    assert paths_in(dask.stdout) == ["0", "1", "<stdin>:3", "3", "4"]


def kill_a_busy_worker(scheduler_client: Client, out: Path, killed: list[int]) -> None:
    """Once records are coming out, SIGKILL a worker that is in the middle of a partition."""

    def busy(dask_scheduler) -> list[str]:  # type: ignore[no-untyped-def]
        return [ws.address for ws in dask_scheduler.workers.values() if ws.processing]

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if out.exists() and out.stat().st_size:
            workers = scheduler_client.run_on_scheduler(busy)
            if workers:
                pid = scheduler_client.run(os.getpid, workers=workers[:1])[workers[0]]
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
                return
        time.sleep(0.02)


def test_a_killed_worker_loses_nothing(tmp_path: Path, cluster) -> None:
    scheduler, client = cluster
    folder = samples_folder(tmp_path / "in", copies=10)
    out = tmp_path / "out.jsonl"
    killed: list[int] = []
    killer = threading.Thread(target=kill_a_busy_worker, args=(client, out, killed))
    killer.start()
    dask_run = ["--engine", "dask", "--scheduler", scheduler, "--partition-size", "4"]
    result = invoke("batch", str(folder), "-o", str(out), *dask_run)
    killer.join()
    assert killed, "the run ended before a worker could be killed"
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["path"] for r in records] == [item.path for item in discover([str(folder)])]  # each once, in order
    assert all("error" not in r for r in records)
    client.wait_for_workers(2, timeout=60)
    assert killed[0] not in client.run(os.getpid).values()  # the nanny replaced the killed process


def test_shards_in_order_concatenate_to_the_streamed_output(tmp_path: Path, cluster) -> None:
    scheduler, _ = cluster
    folder = samples_folder(tmp_path / "in")
    (folder / "empty.txt").write_bytes(b"")
    common = ["batch", str(folder), "--engine", "dask", "--scheduler", scheduler, "--partition-size", "5", "-q"]
    streamed = invoke(*common)
    sharded = invoke(*common, "-o", f"{tmp_path / 'out'}/")
    assert streamed.exit_code == sharded.exit_code == 1
    assert sharded.stdout == ""
    parts = sorted((tmp_path / "out").iterdir())
    count = len(SAMPLE_TEXTS) + 1
    assert [p.name for p in parts] == [f"part-{n:05d}.jsonl" for n in range((count + 4) // 5)]
    assert [len(p.read_text(encoding="utf-8").splitlines()) for p in parts[:-1]] == [5] * (len(parts) - 1)
    assert "".join(p.read_text(encoding="utf-8") for p in parts) == streamed.stdout
    again = invoke(*common, "-o", f"{tmp_path / 'out'}/")
    assert again.exit_code == 2  # would mix two runs' shards; --resume continues instead
    resumed = invoke(*common, "-o", f"{tmp_path / 'out'}/", "--resume")
    assert resumed.exit_code == 0 and len(list((tmp_path / "out").iterdir())) == len(parts)


def fail_on_crash_inputs(items: list[Input], options: WorkerOptions, shard: str | None, send: bool) -> list[Outcome]:
    """A partition task that fails (every retry) whenever its partition holds an input named *crash*."""
    from vnreport.batch.dask_engine import run_partition

    if any("crash" in item.path for item in items):
        raise RuntimeError("simulated failure")
    return run_partition(items, options, shard, send)


def test_a_partition_that_keeps_failing_costs_only_the_failing_input(tmp_path: Path, cluster) -> None:
    from vnreport.batch.dask_engine import DaskEngine
    from vnreport.batch.progress import NullProgress

    _, client = cluster
    folder = samples_folder(tmp_path / "in")
    shutil.copy(HANOI, folder / "05-crash.txt")
    inputs = list(discover([str(folder)]))
    engine = DaskEngine(client, WorkerOptions(), partition_size=4, retries=1, task=fail_on_crash_inputs)
    outcomes = list(engine(iter(inputs), NullProgress()))
    assert [json.loads(o.line)["path"] for o in outcomes] == [item.path for item in inputs]
    failed = [json.loads(o.line) for o in outcomes if not o.ok]
    assert [(Path(r["path"]).name, r["reason"]) for r in failed] == [("05-crash.txt", "internal_error")]
    assert "simulated failure" in failed[0]["error"]


def test_engine_options_are_checked(tmp_path: Path) -> None:
    assert invoke("batch", str(HANOI), "--engine", "spark").exit_code == 2
    assert invoke("batch", str(HANOI), "--scheduler", "tcp://127.0.0.1:8786").exit_code == 2  # needs --engine dask
    assert invoke("batch", str(HANOI), "-o", f"{tmp_path}/").exit_code == 2  # shards need --engine dask
    assert "--engine" in invoke("batch", "--help").stdout
