"""What is kept ready-made between processes (issue #15): compiled patterns (vnreport.regexes) and the
matchers built from data files (datafiles.prebuilt). Both must give exactly what building afresh gives,
survive a corrupt or read-only cache, and be the same in every process (a pattern string that depends
on set order would miss the table at every start)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from vnreport import datafiles, regexes

PATTERNS = [
    (r"(?<!\w)(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?(?!\w)", 0),
    (r"(?i)ủy\s+ban\s+nhân\s+dân", 0),
    (r"[^\W\d_]+(?:[ ]+[^\W\d_]+){0,3}", re.IGNORECASE),
    (r"^\s*(?:Điều|Chương)\s+(?P<n>\d+)", re.MULTILINE),
]


@pytest.fixture
def fresh_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("VNREPORT_CACHE", str(tmp_path))
    monkeypatch.setattr(regexes, "_compiled", {})
    monkeypatch.setattr(regexes, "_table", None)
    monkeypatch.setattr(regexes, "_added", False)
    return tmp_path


def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a new process: nothing compiled, the table not read yet."""
    monkeypatch.setattr(regexes, "_compiled", {})
    monkeypatch.setattr(regexes, "_table", None)


def test_a_pattern_from_the_table_is_the_pattern_re_compiles(
    fresh_table: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for pattern, flags in PATTERNS:
        regexes.compile(pattern, flags)
    regexes.save()
    assert list(fresh_table.glob("patterns-*.pickle"))
    _forget(monkeypatch)
    for pattern, flags in PATTERNS:
        assert regexes._from_table((pattern, int(flags))) is not None  # read from the table, not compiled
        ready = regexes.compile(pattern, flags)
        assert ready == re.compile(pattern, flags)
        assert ready.groupindex == re.compile(pattern, flags).groupindex
    date = regexes.compile(*PATTERNS[0])
    match = date.search("Ngày 27/9/2024, tại Hà Nội")
    assert match is not None and match.group("y") == "2024" and match.span() == (5, 14)


def test_a_corrupt_table_is_ignored(fresh_table: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regexes.compile(*PATTERNS[1])
    regexes.save()
    for table in fresh_table.glob("patterns-*.pickle"):
        table.write_bytes(b"not a pickle")
    _forget(monkeypatch)
    assert regexes.compile(*PATTERNS[1]).search("Ủy ban nhân dân tỉnh") is not None


def test_a_read_only_cache_is_no_error(fresh_table: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = fresh_table / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    monkeypatch.setenv("VNREPORT_CACHE", str(locked / "inner"))
    try:
        assert regexes.compile(r"x+y").fullmatch("xxy")
        regexes.save()  # cannot write: skipped silently
    finally:
        locked.chmod(0o700)


def test_the_package_compiles_the_same_patterns_in_every_process(tmp_path: Path) -> None:
    # Hash randomisation changes the order of sets: a pattern built from a set in that order would
    # differ from one process to the next and never be found in the table.
    script = (
        "import hashlib, vnreport.pipeline\n"
        "from vnreport import regexes\n"
        "from vnreport.pipeline import analyze_text\n"
        "analyze_text('Sáng 27/9, UBND TP Hà Nội tổ chức hội nghị. Ông Nguyễn Văn A phát biểu.')\n"
        "print(hashlib.sha256(repr(sorted(regexes._compiled)).encode()).hexdigest())\n"
    )
    digests = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "VNREPORT_CACHE": str(tmp_path / seed)}
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
        digests.add(done.stdout.strip())
    assert len(digests) == 1


def test_a_prebuilt_builder_runs_once_then_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VNREPORT_CACHE", str(tmp_path))
    calls: list[str] = []

    @datafiles.prebuilt("test-builder")
    def build(name: str) -> dict[str, tuple[str, ...]]:
        calls.append(name)
        return {"phrases": (name, name.upper())}

    assert build("a") == {"phrases": ("a", "A")}
    assert build("a") == {"phrases": ("a", "A")}  # the same process: built once
    build.cache_clear()  # type: ignore[attr-defined]  # as a new process
    assert build("a") == {"phrases": ("a", "A")}
    assert calls == ["a"]  # loaded from the cache, not built again
    assert build("b") == {"phrases": ("b", "B")}  # another argument: another entry
    assert calls == ["a", "b"]
    for entry in tmp_path.glob("test-builder-*.pickle"):
        entry.write_bytes(b"\x80corrupt")
    build.cache_clear()  # type: ignore[attr-defined]
    assert build("a") == {"phrases": ("a", "A")}  # a corrupt entry is built again
    assert calls == ["a", "b", "a"]


def test_the_table_and_the_memo_are_bounded(fresh_table: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regexes, "MAX_PATTERNS", 3)
    for n in range(6):
        assert regexes.compile(rf"x{{{n}}}y").fullmatch("x" * n + "y")
    assert len(regexes._compiled) <= 3
    assert regexes._table is not None and len(regexes._table) <= 3
