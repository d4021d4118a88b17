"""The cache of what is built from data files, and analysis without importing underthesea."""

from __future__ import annotations

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
    source.write_text("changed", encoding="utf-8")  # another source: built again, the old entry dropped
    assert datafiles.built("thing", [source], build) == ["built"]
    assert len(calls) == 2
    assert len(list((tmp_path / "cache").glob("thing-*.pickle"))) == 1


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
