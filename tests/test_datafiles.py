"""The cache of what is built from data files, and analysis without importing underthesea."""

from __future__ import annotations

import functools
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from vnreport import datafiles

ROOT = Path(__file__).resolve().parents[1]


def test_built_is_loaded_from_the_cache_the_second_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VNREPORT_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "source.txt"
    source.write_text("a", encoding="utf-8")
    calls: list[int] = []

    def build() -> list[str]:
        calls.append(1)
        return ["built"]

    assert datafiles.built("thing", [source], build) == ["built"]
    assert datafiles.built("thing", [source], build) == ["built"]
    assert len(calls) == 1
    source.write_text("changed", encoding="utf-8")  # another source: built again
    assert datafiles.built("thing", [source], build) == ["built"]
    assert len(calls) == 2


def test_installs_sharing_a_cache_do_not_evict_each_other(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VNREPORT_CACHE", str(tmp_path))
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"  # two installs: two source files
    first.write_text("a", encoding="utf-8")
    second.write_text("bb", encoding="utf-8")
    calls: list[str] = []
    for source in (first, second, first, second):
        datafiles.built("thing", [source], functools.partial(calls.append, source.name))
    assert calls == ["a.txt", "b.txt"]  # each built once, then both loaded
    for content in "cdefgh":  # many other sources: only the newest few entries are kept
        first.write_text(content * 3, encoding="utf-8")
        datafiles.built("thing", [first], lambda: None)
    assert len(list(tmp_path.glob("thing-*.pickle"))) == datafiles._KEEP


def test_temporary_files_of_dead_writers_are_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VNREPORT_CACHE", str(tmp_path))
    stale, fresh = tmp_path / ".tmp-dead", tmp_path / ".tmp-writing"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")
    old = stale.stat().st_mtime - 2 * datafiles._STALE_TEMPORARY
    os.utime(stale, (old, old))
    source = tmp_path / "source.txt"
    source.write_text("a", encoding="utf-8")
    datafiles.built("thing", [source], lambda: 1)
    assert not stale.exists() and fresh.exists()  # another process may still be writing the fresh one


def test_the_packages_code_is_part_of_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "source.txt"
    source.write_text("a", encoding="utf-8")
    before = datafiles.fingerprint([source])
    datafiles._code_fingerprint.cache_clear()
    monkeypatch.setattr(datafiles, "_code_fingerprint", lambda: "edited code")
    assert datafiles.fingerprint([source]) != before


def test_a_corrupt_cache_entry_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VNREPORT_CACHE", str(tmp_path))
    source = tmp_path / "source.txt"
    source.write_text("a", encoding="utf-8")
    datafiles.built("thing", [source], lambda: 1)
    (entry,) = tmp_path.glob("thing-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert datafiles.built("thing", [source], lambda: 2) == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_read_only_cache_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    monkeypatch.setenv("VNREPORT_CACHE", str(folder))
    assert datafiles.built("thing", [], lambda: 3) == 3


def test_a_cache_path_that_is_a_file_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("VNREPORT_CACHE", str(blocker / "cache"))
    assert datafiles.built("thing", [], lambda: 4) == 4


def test_analysis_does_not_import_underthesea(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from vnreport.pipeline import analyze_text\n"
        "analyze_text('Chiều 27/9, Thành ủy Hà Nội tổ chức hội nghị. Ông Nguyễn Văn A phát biểu.')\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('underthesea', 'underthesea_core')]\n"
        "assert not loaded, loaded\n"
    )
    env = {**os.environ, "VNREPORT_CACHE": str(tmp_path)}
    for _ in range(2):  # without and with a cache
        result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


def test_a_report_from_the_cache_equals_one_built_from_the_data_files(tmp_path: Path) -> None:
    """The structures loaded ready-made (gazetteer, lexicons, word list) give the very report that
    building them from the data files gives: nothing depends on object identity or on build order."""
    sample = ROOT / "samples" / "hanoi-2024-09-27.txt"
    command = [sys.executable, "-m", "vnreport", "analyze", str(sample), "-f", "json"]
    env = {**os.environ, "VNREPORT_CACHE": str(tmp_path)}
    built = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    assert list(tmp_path.glob("gazetteer-*.pickle")), "the first run stores the gazetteer"
    loaded = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout == built.stdout
