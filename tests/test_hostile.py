"""Hostile input and failing disks (issue #11): each numbered case of the issue, reproduced.

Linear time on any shape of text is tested in test_growth.py; here: the time budget, limits that hold
while reading, a terminal nobody can hijack, someone else's database, nothing lost, output failures
as one line, Dask that does not hang, workers that die with their parent, a pool that cannot start,
and --year.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import HANOI, ROOT
from vnreport.cli.main import app

runner = CliRunner()
ARTICLE = HANOI.read_text(encoding="utf-8")


def invoke(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, list(args), input=input)


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def one_line(stderr: str) -> str:
    """The one message line a failure prints (and no traceback)."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def folder_of(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(ARTICLE, encoding="utf-8")
    return folder


# --- 1. a time budget per input -------------------------------------------------------------------


def hang_on_marked_inputs(items: list, chunk_id: int) -> list:
    """A chunk task for the pool's workers: an input named *hang* never finishes."""
    from vnreport.batch import worker

    real = worker.process_input

    def hanging(item, options):  # type: ignore[no-untyped-def]
        if "hang" in item.path and item.error is None:  # its timeout record comes back as an error input
            time.sleep(3600)
        return real(item, options)

    worker.process_input = hanging  # in this worker process only
    return worker.process_chunk(items, chunk_id)


def test_timeout_stops_the_worker_and_loses_nothing_else(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vnreport.batch import worker

    monkeypatch.setattr(worker._Pool, "task", staticmethod(hang_on_marked_inputs), raising=False)
    folder = folder_of(tmp_path, [f"{n:02d}.txt" for n in range(12)] + ["05-hang.txt"])
    started = time.monotonic()
    result = invoke("batch", str(folder), "--jobs", "2", "--timeout", "2")
    assert time.monotonic() - started < 60
    assert result.exit_code == 1, result.stderr
    found = records(result.stdout)
    assert [Path(r["path"]).name for r in found] == sorted(p.name for p in folder.iterdir())  # each once, in order
    failed = [(Path(r["path"]).name, r["reason"]) for r in found if "reason" in r]
    assert failed == [("05-hang.txt", "timeout")]
    assert "05-hang.txt: analysis took longer than 2 seconds" in result.stderr


def test_timeout_in_process_with_one_job(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vnreport.batch import worker

    real = worker._analyze

    def hanging(source, *, year):  # type: ignore[no-untyped-def]
        if "hang" in source.path:
            time.sleep(3600)
        return real(source, year=year)

    monkeypatch.setattr(worker, "_analyze", hanging)
    folder = folder_of(tmp_path, ["a.txt", "b-hang.txt", "c.txt"])
    result = invoke("batch", str(folder), "--jobs", "1", "--timeout", "1")
    assert result.exit_code == 1
    assert [r.get("reason") for r in records(result.stdout)] == [None, "timeout", None]


# --- 8. workers die with their parent -------------------------------------------------------------


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == parent and int(entry.name) not in found:
                    found.add(int(entry.name))
                    todo.append(int(entry.name))
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal: Linux")
def test_workers_die_with_a_killed_parent(tmp_path: Path) -> None:
    folder = folder_of(tmp_path, [f"{n:03d}.txt" for n in range(300)])
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "vnreport", "batch", str(folder), "-o", str(out), "--jobs", "2", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (out.exists() and out.stat().st_size):
            time.sleep(0.05)
        helpers = _children(process.pid)  # the forkserver, the resource tracker, the workers
        assert len(helpers) >= 3, "the batch ended, or its workers never started"
        process.kill()
        process.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(map(_running, helpers)):
            time.sleep(0.1)
        left = [pid for pid in helpers if _running(pid)]
    finally:
        if process.poll() is None:
            process.kill()
    for pid in left:  # do not leave them behind for the next test either
        os.kill(pid, signal.SIGKILL)
    assert not left, "processes outlived the killed batch"


# --- 9. a pool that cannot start ------------------------------------------------------------------


def test_a_pool_that_cannot_start_is_one_line_and_exit_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures import ProcessPoolExecutor

    from vnreport.batch import worker

    def cannot_start(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise BrokenPipeError(32, "Broken pipe")  # what a forkserver that cannot run the interpreter gives

    monkeypatch.setattr(ProcessPoolExecutor, "submit", cannot_start)
    folder = folder_of(tmp_path, ["a.txt", "b.txt"])
    result = invoke("batch", str(folder), "--jobs", "2")
    assert result.exit_code == 1
    assert "cannot start the worker processes" in one_line(result.stderr)
    assert issubclass(worker.PoolError, Exception)  # the error the CLI turns into that line


def failing_initializer(options, watch=None):  # type: ignore[no-untyped-def]
    """Runs in a worker: the models cannot load."""
    watch.error.value = b"OSError: model file unreadable"
    os._exit(1)


def test_workers_that_cannot_load_the_models_stop_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vnreport.batch import worker

    monkeypatch.setattr(worker, "init_worker", failing_initializer)
    folder = folder_of(tmp_path, ["a.txt", "b.txt"])
    result = invoke("batch", str(folder), "--jobs", "2", "-q")
    assert result.exit_code == 1
    assert "model file unreadable" in one_line(result.stderr)
    assert result.stdout == ""


# --- 10. --year -----------------------------------------------------------------------------------


@pytest.mark.parametrize("year", ["-1", "0", "10000"])
@pytest.mark.parametrize("command", ["analyze", "batch"])
def test_year_out_of_range_is_a_usage_error(command: str, year: str) -> None:
    result = invoke(command, str(HANOI), "--year", year)
    assert result.exit_code == 2
    assert "--year" in result.stderr


# --- 2. --max-bytes holds while reading -----------------------------------------------------------


def test_max_bytes_holds_for_a_device() -> None:
    started = time.monotonic()
    result = invoke("analyze", "/dev/zero", "--max-bytes", "1000", "-f", "jsonl")
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    assert records(result.stdout)[0]["reason"] == "too_large"


def test_max_bytes_holds_for_endless_stdin() -> None:
    command = [sys.executable, "-m", "vnreport", "analyze", "-", "--max-bytes", "1000", "-f", "jsonl"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with open("/dev/zero", "rb") as zero:
        done = subprocess.run(command, stdin=zero, capture_output=True, env=env, cwd=ROOT, timeout=60)
    assert done.returncode == 1
    assert json.loads(done.stdout)["reason"] == "too_large"
    assert b"Traceback" not in done.stderr


@pytest.mark.parametrize("command", ["analyze", "batch"])
def test_a_fifo_named_as_input_is_refused_not_waited_for(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    options = ["-f", "jsonl"] if command == "analyze" else ["--jobs", "1"]
    result = invoke(command, str(fifo), str(good), *options)  # nobody ever writes to the FIFO
    assert result.exit_code == 1
    found = records(result.stdout)
    assert [r.get("reason") for r in found] == ["not_regular", None]
    assert "named pipe" in found[0]["error"]


def test_a_huge_jsonl_record_is_refused_without_holding_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from vnreport.batch import inputs

    monkeypatch.setattr(inputs, "RECORD_SLACK", 10_000)
    lines = [
        json.dumps({"id": "a", "content": ARTICLE}, ensure_ascii=False),
        json.dumps({"id": "huge", "content": "x" * 3_000_000}),
        json.dumps({"id": "b", "content": ARTICLE}, ensure_ascii=False),
    ]
    stdin = ("\n".join(lines) + "\n").encode("utf-8")
    arguments = ["batch", "-", "--text-field", "content", "--id-field", "id", "--max-bytes", "20000", "--jobs", "1"]
    result = invoke(*arguments, input=stdin)
    assert result.exit_code == 1
    found = records(result.stdout)
    assert [(r["path"], r.get("reason")) for r in found] == [("a", None), ("<stdin>:2", "too_large"), ("b", None)]


def test_bounded_lines_never_returns_a_long_line() -> None:
    import io

    from vnreport.batch.inputs import bounded_lines

    stream = io.BytesIO(b"short\n" + b"y" * 100_000 + b"\nlast")
    assert list(bounded_lines(stream, 1000)) == [b"short\n", None, b"last"]


# --- 3. a terminal nobody can hijack --------------------------------------------------------------

ESCAPES = {
    "clipboard": "\x1b]52;c;ZXZpbA==\x07",  # OSC 52: writes the clipboard
    "clear": "\x1b[2J\x1b[3J",
    "link": "\x1b]8;;http://evil.example/\x1b\\",  # OSC 8 hyperlink
    "title": "\x1b]0;owned\x07",  # OSC 0: the window title
    "hidden": "\x1b[8m",
    "bidi": "\u202e",
}
HOSTILE_ARTICLE = (
    f"Hà Nội tổ chức hội nghị {ESCAPES['clipboard']}giao ban quý III{ESCAPES['title']}\n"
    f"Sáng 27/9/2024, UBND thành phố Hà Nội tổ chức hội nghị giao ban{ESCAPES['clear']} công tác quý III năm 2024.\n"
    f"Chủ tịch UBND thành phố Trần Sỹ Thanh chủ trì hội nghị {ESCAPES['link']}và phát biểu chỉ đạo.\n"
    f"Tổng thu ngân sách ước đạt 343,6 nghìn tỷ đồng{ESCAPES['hidden']}, tăng 18,2% so với cùng kỳ năm 2023.\n"
    f"Thành phố yêu cầu các sở {ESCAPES['bidi']}đẩy nhanh tiến độ giải ngân vốn đầu tư công trong quý IV.\n"
    + ARTICLE.split("\n", 1)[1]  # enough text that the escapes are not taken for binary data
)


def no_escape_sequence(text: str) -> None:
    for name, sequence in ESCAPES.items():
        assert sequence not in text, name
    assert "\x1b]" not in text and "\x07" not in text


@pytest.fixture
def on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """rich takes stdout and stderr for a terminal (it then styles its own output with escapes)."""
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.mark.parametrize("view", ["table", "markdown"])
def test_views_on_a_terminal_show_input_escapes_harmless(tmp_path: Path, view: str, on_a_terminal: None) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    result = invoke("analyze", str(path), "-f", view)
    assert result.exit_code == 0, result.stderr
    no_escape_sequence(result.stdout)
    # shown, escaped (in Markdown also as literal text: `\\x1b\\]52` renders as `\x1b]52`)
    shown = "\\x1b]52;c;ZXZpbA==" if view == "table" else "\\\\x1b\\]52;c;ZXZpbA=="
    assert shown in result.stdout
    assert "343,6 nghìn tỷ đồng" in result.stdout


def test_markdown_saved_to_a_file_carries_no_escape_nor_bidi_override(tmp_path: Path) -> None:
    # a saved note is later `cat` to a terminal or rendered by a viewer a bidi override reorders
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    result = invoke("analyze", str(path), "-f", "markdown")  # the test runner's stdout is no terminal
    assert result.exit_code == 0, result.stderr
    no_escape_sequence(result.stdout)
    assert "\\u202e" in result.stdout  # shown where it was, as literal text


def test_json_keeps_the_text_as_written(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    result = invoke("analyze", str(path), "-f", "json")
    assert json.loads(result.stdout)["title"].endswith(f"giao ban quý III{ESCAPES['title']}")


@pytest.mark.parametrize(
    "name", ["missing[/x].txt", "[link=http://evil.example/]r.txt[/link]", "a\x1b]52;c;ZXZpbA==\x07.txt", "n\nl.txt"]
)
def test_file_names_are_never_markup_nor_escapes(tmp_path: Path, name: str, on_a_terminal: None) -> None:
    from vnreport.render.safe import terminal_safe

    path = tmp_path / name
    if "/" not in name:
        path.write_bytes(b"")  # empty: an error line that names the file (the others do not exist)
    for command in ("analyze", "batch"):
        options = ["-f", "jsonl"] if command == "analyze" else ["--jobs", "1"]
        result = invoke(command, str(path), *options)
        assert result.exit_code == 1
        assert "Traceback" not in result.stderr and "MarkupError" not in result.stderr
        no_escape_sequence(result.stderr)
        assert "\x1b]8;" not in result.stderr  # no live link
        assert terminal_safe(str(path)) in result.stderr  # named, visibly
        assert json.loads(result.stdout.splitlines()[0])["path"] == str(path)  # the record keeps it as is


def test_stats_table_shows_record_text_harmless(tmp_path: Path, on_a_terminal: None) -> None:
    record = {"path": "x", "source": {"words": 1}, "officials": [{"name": "[bold]A\x1b]52;c;eA==\x07", "titles": []}]}
    out = tmp_path / "o[red].jsonl"
    out.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = invoke("stats", str(out), "-f", "table")
    assert result.exit_code == 0, result.stderr
    no_escape_sequence(result.stdout)
    assert "[bold]A" in result.stdout and "o[red].jsonl" in result.stdout


def test_terminal_safe() -> None:
    from vnreport.render.safe import terminal_safe

    assert terminal_safe("Hà Nội – “ok” 18,2%") == "Hà Nội – “ok” 18,2%"
    assert terminal_safe("a\x1b[2Jb\x9bc\u202ed\nx") == "a\\x1b[2Jb\\x9bc\\u202ed\\x0ax"
    assert terminal_safe(os.fsdecode(b"bad\xff.txt")) == "bad\\xff.txt"
    # invisible characters (a hostile-input review, round 12): shown, not hidden
    assert terminal_safe("a\u200bb\ufeffc\U000e0041d") == "a\\u200bb\\ufeffc\\U000e0041d"


# --- 4. someone else's database -------------------------------------------------------------------


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_db_refuses_another_programs_database_and_changes_nothing(tmp_path: Path) -> None:
    import sqlite3

    theirs = tmp_path / "theirs.sqlite"
    conn = sqlite3.connect(theirs)
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO articles (body) VALUES ('mine')")
    conn.commit()
    conn.close()
    before = _digest(theirs)
    for extra in ([], ["--resume"]):
        result = invoke("batch", str(HANOI), "--db", str(theirs), "--jobs", "1", *extra)
        assert result.exit_code == 1
        assert "another program's SQLite database" in one_line(result.stderr)
    assert _digest(theirs) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["theirs.sqlite"]  # no -wal, no -shm
    conn = sqlite3.connect(theirs)
    conn.execute("INSERT INTO articles (body) VALUES ('still mine')")  # no trigger of ours in the way
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    conn.close()


def test_db_refuses_a_file_that_is_no_database(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 20, encoding="utf-8")
    result = invoke("batch", str(HANOI), "--db", str(notes), "--jobs", "1")
    assert result.exit_code == 1
    assert "is not a SQLite database" in one_line(result.stderr)
    assert notes.read_text(encoding="utf-8") == "not a database\n" * 20


def test_db_takes_its_own_database_marked_or_from_before_the_mark(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "c.sqlite"
    assert invoke("batch", str(HANOI), "--db", str(db), "--jobs", "1", "-q").exit_code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA application_id").fetchone() == (0x766E7270,)
    conn.execute("PRAGMA application_id = 0")  # as written before the mark existed
    conn.commit()
    conn.close()
    again = invoke("batch", str(HANOI), "--db", str(db), "--jobs", "1", "--resume")
    assert again.exit_code == 0, again.stderr
    assert "1 skipped" in again.stderr


# --- 5. nothing lost ------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["-o", "--db"])
def test_a_second_writer_is_refused(tmp_path: Path, which: str) -> None:
    import fcntl

    out = tmp_path / ("out.jsonl" if which == "-o" else "c.sqlite")
    first = invoke("batch", str(HANOI), which, str(out), "--jobs", "1", "-q")
    assert first.exit_code == 0
    before = _digest(out)
    with open(out, "rb") as held:  # the first batch, still running, holds the lock
        fcntl.flock(held, fcntl.LOCK_EX)
        second = invoke("batch", str(HANOI), which, str(out), "--jobs", "1", "--resume")
    assert second.exit_code == 1
    assert "is being written by another vnreport batch" in one_line(second.stderr)
    assert _digest(out) == before  # not truncated, not appended to


def test_an_unreadable_folder_gets_a_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = folder_of(tmp_path, ["a.txt"])
    (folder / "locked").mkdir()
    (folder / "locked" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "z.txt").write_text(ARTICLE, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path=None):  # type: ignore[no-untyped-def]  # root reads anything: simulate the refusal
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = invoke("batch", str(folder), "--jobs", "1")
    assert result.exit_code == 1
    found = [(Path(r["path"]).name, r.get("reason")) for r in records(result.stdout)]
    assert found == [("a.txt", None), ("z.txt", None), ("locked", "permission")]  # a folder's files, then its folders
    alone = invoke("batch", str(folder / "locked"), "--jobs", "1")
    assert alone.exit_code == 1 and records(alone.stdout)[0]["reason"] == "permission"


def test_missing_output_folder_is_one_line_and_creates_nothing(tmp_path: Path) -> None:
    for option, name in (("-o", "x.jsonl"), ("--db", "x.sqlite")):
        target = tmp_path / "missing" / name
        result = invoke("batch", str(HANOI), option, str(target), "--jobs", "1")
        assert result.exit_code == 1
        assert f"cannot write {target}: no such folder" in one_line(result.stderr)
    assert list(tmp_path.iterdir()) == []


def test_o_dev_full_is_one_line() -> None:
    result = invoke("batch", str(HANOI), "-o", "/dev/full", "--jobs", "1")
    assert result.exit_code == 1
    assert "cannot write /dev/full: disk full" in one_line(result.stderr)


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "vnreport", *args], env=env, cwd=ROOT, timeout=120, **kwargs)


@pytest.mark.parametrize("command", [["analyze", str(HANOI), "-f", "json"], ["batch", str(HANOI), "--jobs", "1"]])
def test_stdout_to_dev_full_is_one_line(command: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        done = _run(command, stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 1
    stderr = done.stderr.decode()
    assert "cannot write standard output: disk full" in one_line(stderr)
    assert "Exception ignored" not in stderr


def test_a_full_disk_leaves_only_whole_lines(tmp_path: Path) -> None:
    import resource

    folder = folder_of(tmp_path, [f"{n:02d}.txt" for n in range(12)])
    out = tmp_path / "out.jsonl"

    def small_disk() -> None:  # a file may not grow past 100 KB: writes beyond fail as a full disk would
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))

    done = _run(["batch", str(folder), "-o", str(out), "--jobs", "1"], capture_output=True, preexec_fn=small_disk)
    assert done.returncode == 1
    assert f"cannot write {out}" in one_line(done.stderr.decode())
    data = out.read_bytes()
    assert data.endswith(b"\n") and 0 < len(data) <= 100_000
    assert all(json.loads(line)["path"] for line in data.splitlines())  # whole records only
    resumed = invoke("batch", str(folder), "-o", str(out), "--jobs", "1", "--resume", "-q")  # then all of them
    assert resumed.exit_code == 0
    assert len(out.read_bytes().splitlines()) == 12


def test_a_file_name_that_is_not_utf8_is_kept_and_resumed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"bad\xff.txt")
    (folder / name).write_text(ARTICLE, encoding="utf-8")
    analyzed = invoke("analyze", str(folder / name), "-f", "json")
    assert analyzed.exit_code == 0, analyzed.stderr
    assert json.loads(analyzed.stdout)["source"]["path"] == f"{folder}/bad\\xff.txt"  # escaped, not U+FFFD
    out = tmp_path / "out.jsonl"
    assert invoke("batch", str(folder), "-o", str(out), "--jobs", "1", "-q").exit_code == 0
    assert records(out.read_text(encoding="utf-8"))[0]["path"] == f"{folder}/bad\\xff.txt"
    again = invoke("batch", str(folder), "-o", str(out), "--jobs", "1", "--resume")
    assert "1 skipped" in again.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1  # not analysed twice


def test_an_output_inside_the_input_folder_is_not_read(tmp_path: Path) -> None:
    folder = folder_of(tmp_path, ["a.txt", "b.txt"])
    out = folder / "out.txt"  # matches *.txt
    db = folder / "corpus.txt"
    result = invoke("batch", str(folder), "-o", str(out), "--db", str(db), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    assert [Path(r["path"]).name for r in records(out.read_text(encoding="utf-8"))] == ["a.txt", "b.txt"]


def test_analyze_jsonl_writes_the_record_of_an_internal_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vnreport import pipeline

    real = pipeline.analyze_source

    def explode(source, *, year=None):  # type: ignore[no-untyped-def]
        if source.path.endswith("boom.txt"):
            raise RuntimeError("simulated bug")
        return real(source, year=year)

    monkeypatch.setattr(pipeline, "analyze_source", explode)
    folder = folder_of(tmp_path, ["a.txt", "boom.txt"])
    result = invoke("analyze", str(folder / "a.txt"), str(folder / "boom.txt"), "-f", "jsonl")
    assert result.exit_code == 1
    assert [r.get("reason") for r in records(result.stdout)] == [None, "internal_error"]


def test_analyze_into_a_closed_pipe_ends_quietly() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "vnreport", "analyze", "-f", "jsonl", *[str(HANOI)] * 4]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    assert process.stdout is not None and process.stderr is not None
    assert json.loads(process.stdout.readline())  # `| head -1`
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait(timeout=120) == 0
    assert stderr == b""


# --- 6. output failures as one line ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["db#x.sqlite", "a?b.sqlite"])
def test_stats_on_names_with_uri_characters(tmp_path: Path, name: str) -> None:
    db = tmp_path / name
    assert invoke("batch", str(HANOI), "--db", str(db), "--jobs", "1", "-q").exit_code == 0
    before = sorted(p.name for p in tmp_path.iterdir())
    result = invoke("stats", str(db), "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["articles"] == 1
    missing = invoke("stats", str(tmp_path / ("gone-" + name)))
    assert missing.exit_code == 1 and "no such file" in one_line(missing.stderr)
    created = {p.name for p in tmp_path.iterdir()} - set(before)
    assert created <= {f"{name}-wal", f"{name}-shm"}  # SQLite's own companions, no `db` or `a` beside


# --- 7. Dask: a bounded wait, one line ------------------------------------------------------------


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A TCP server that accepts connections and never says a word."""
    import socket

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    yield f"tcp://127.0.0.1:{server.getsockname()[1]}"
    server.close()


@pytest.fixture
def http_server() -> Iterator[str]:
    """An HTTP server, as the dashboard's port would be."""
    import http.server
    import threading

    class Quiet(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"tcp://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.mark.parametrize("server", ["silent_server", "http_server"])
def test_a_scheduler_that_does_not_answer_is_one_line(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, server: str
) -> None:
    pytest.importorskip("distributed")
    from vnreport.batch import dask_engine

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 2.0, raising=False)
    address = request.getfixturevalue(server)
    started = time.monotonic()
    result = invoke("batch", str(HANOI), "--engine", "dask", "--scheduler", address)
    assert time.monotonic() - started < 20
    assert result.exit_code == 1
    line = one_line(result.stderr)
    assert address in line and ("no Dask scheduler answers" in line or "cannot reach" in line)


def test_an_unknown_protocol_is_one_line_without_a_late_traceback() -> None:
    pytest.importorskip("distributed")
    started = time.monotonic()
    done = _run(["batch", str(HANOI), "--engine", "dask", "--scheduler", "bogus://x"], capture_output=True)
    assert time.monotonic() - started < 15
    assert done.returncode == 2
    stderr = done.stderr.decode()
    assert "unknown address scheme 'bogus'" in one_line(stderr)
    assert "Exception ignored" not in stderr


# --- outputs that are not ours (found by a hostile-input review, round 12) -----------------------------


def test_db_refuses_a_database_holding_only_a_view_or_a_version_of_its_own(tmp_path: Path) -> None:
    import sqlite3

    for name, statement in (
        ("view.sqlite", "CREATE VIEW v AS SELECT 1"),
        ("version.sqlite", "PRAGMA user_version = 5"),
    ):
        theirs = tmp_path / name
        conn = sqlite3.connect(theirs)
        conn.execute(statement)
        conn.commit()
        conn.close()
        before = _digest(theirs)
        result = invoke("batch", str(HANOI), "--db", str(theirs), "--jobs", "1")
        assert result.exit_code == 1, name
        assert "another program's SQLite database" in one_line(result.stderr)
        assert _digest(theirs) == before


def test_outputs_through_a_symbolic_link_are_refused_and_the_target_is_untouched(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    for option, link in (("-o", "out.jsonl"), ("--db", "out.sqlite")):
        (tmp_path / link).symlink_to(victim)
        result = invoke("batch", str(HANOI), option, str(tmp_path / link), "--jobs", "1")
        assert result.exit_code == 1, option
        assert "is a symbolic link" in one_line(result.stderr)
    dangling = tmp_path / "dangling.jsonl"
    dangling.symlink_to(tmp_path / "nowhere" / "created.jsonl")
    assert invoke("batch", str(HANOI), "-o", str(dangling), "--jobs", "1").exit_code == 1
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert not (tmp_path / "nowhere").exists()


def test_an_existing_file_that_is_not_a_batch_output_is_not_overwritten(tmp_path: Path) -> None:
    # notes, or one of the inputs named as -o by mistake: truncating it would lose it (and drop its record)
    (tmp_path / "in").mkdir()
    article = tmp_path / "in" / "a.txt"
    article.write_text(HANOI.read_text(encoding="utf-8"), encoding="utf-8")
    notes = tmp_path / "notes.md"
    notes.write_text("line1\nlast", encoding="utf-8")
    for target, extra in ((notes, []), (notes, ["--resume"]), (article, [])):
        before = target.read_bytes()
        result = invoke("batch", str(tmp_path / "in"), "-o", str(target), "--jobs", "1", *extra)
        assert result.exit_code == 1, (target, extra)
        assert "is not a vnreport batch output" in one_line(result.stderr)
        assert target.read_bytes() == before
    out = tmp_path / "out.jsonl"  # our own output is replaced, or resumed, as before
    for extra in ([], [], ["--resume"]):
        assert invoke("batch", str(tmp_path / "in"), "-o", str(out), "--jobs", "1", *extra).exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_markdown_shows_the_inputs_markup_as_text(tmp_path: Path) -> None:
    # a Markdown renderer must see no link, emphasis or raw HTML taken from the input
    page = tmp_path / "m.txt"
    page.write_text(
        "<img src=x onerror=alert(1)> [c](javascript:alert(2))\n\n"
        "Ông An yêu cầu Sở Tài chính <script>alert(3)</script> hoàn thành \\| báo cáo *ngay*.\n",
        encoding="utf-8",
    )
    result = invoke("analyze", str(page), "-f", "markdown")
    assert result.exit_code == 0
    out = result.stdout
    assert "<" not in out and ">" not in out
    assert "[c](javascript" not in out and "\\[c\\](javascript" in out  # escaped brackets make no link
    assert "\\*ngay\\*" in out
    table = [line for line in out.splitlines() if "yêu cầu" in line]
    assert table and all(line.count(" | ") == 3 for line in table)  # `\|` in the text splits no cell


def test_stats_leaves_out_lines_that_are_no_record_and_says_how_many(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert invoke("batch", str(HANOI), "-o", str(out), "--jobs", "1", "-q").exit_code == 0
    with out.open("a", encoding="utf-8") as handle:
        handle.write('{"path": "a", "summary": 7}\n{"path": "b", "documents": {"x": 1}}\nnot json\n[1, 2]\n')
    result = invoke("stats", str(out), "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["articles"], data["unreadable"]) == (1, 4)
    assert one_line(result.stderr).endswith("4 lines are no batch record and were left out")


def test_a_url_that_cannot_be_split_is_one_clear_error() -> None:
    result = invoke("analyze", "http://exa[mple.vn/", "-f", "jsonl")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["reason"] == "bad_url"
    assert "not a valid web address" in result.stderr and "internal error" not in result.stderr


def test_utf8_with_a_stray_byte_or_cut_inside_a_character_is_read_with_the_bad_bytes_replaced(tmp_path: Path) -> None:
    # one bad byte once cost the whole article (`undecodable`); the rest of the text is the user's
    data = HANOI.read_bytes()
    cut_at = data.index("ộ".encode()) + 1
    for name, damaged in (("stray.txt", data[:200] + b"\xff" + data[200:]), ("cut.txt", data[:cut_at])):
        path = tmp_path / name
        path.write_bytes(damaged)
        result = invoke("analyze", str(path), "-f", "json")
        assert result.exit_code == 0, (name, result.stderr)
        report = json.loads(result.stdout)
        assert report["source"]["encoding"] == "utf-8 (1 invalid byte sequence replaced)"
    assert report["title"] is not None


def test_a_page_with_a_reference_to_a_control_character_keeps_its_text(tmp_path: Path) -> None:
    # `&#27;` once made the HTML parser drop the whole page (`no article text found`)
    body = (
        "<p>Sáng {ref} 5/9, UBND tỉnh Nghệ An tổ chức hội nghị giao ban quý III năm 2024 với sự tham dự của lãnh "
        "đạo các sở, ngành và địa phương trong tỉnh.</p><p>Chủ tịch UBND tỉnh Nguyễn Văn A chủ trì hội nghị và "
        "yêu cầu các đơn vị hoàn thành kế hoạch trong tháng 12.</p>"
    )
    for ref in ("&#27;", "&#x1B;", "&#0008;"):
        page = tmp_path / "p.html"
        page.write_text(
            f"<html><head><title>Tin</title></head><body><article>{body.format(ref=ref)}</article></body></html>"
        )
        result = invoke("analyze", str(page), "-f", "json")
        assert result.exit_code == 0, (ref, result.stderr)
        assert "Nguyễn Văn A" in [o["name"] for o in json.loads(result.stdout)["officials"]]


def test_a_nul_token_inside_a_phrase_walk_is_read_as_text() -> None:
    # the phrase matcher's end-of-phrase key was the string "\x00": a token of that text walked into a phrase's
    # value and raised TypeError from the library (the CLI refuses NUL at load, the library does not)
    from vnreport.lexicon import PhraseMatcher
    from vnreport.pipeline import analyze_text
    from vnreport.segment.document import segment

    matcher: PhraseMatcher[bool] = PhraseMatcher("text")
    matcher.add("Bộ", True)
    matcher.add("Bộ Tư pháp", True)
    toks = segment("Bộ \x00 Tư").tokens
    assert matcher.match(toks, 0) == (1, True)
    assert analyze_text("Chủ tịch \x00 đến thăm Bộ \x00 hôm qua.", year=2027) is not None
