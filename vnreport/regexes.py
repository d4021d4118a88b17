"""Compiled regular expressions, kept ready-made between runs.

Compiling the package's few hundred patterns costs about 90 ms at every start: a fifth of a one-article
run. `re` cannot store a compiled pattern, but what its compiler produces is plain data (the pattern's
code words, its flags and groups), and `_sre.compile` builds the pattern object from that data without
parsing or compiling again. `compile` reads a table of that data from the cache folder (see
`vnreport.datafiles`); a pattern missing from it is compiled the ordinary way, checked equal to what
`re.compile` gives, added, and the table is written again when the process ends (`save`). The table is
keyed by the exact Python build (the code words are the interpreter's) and by the package's code, like
every cache entry, so a stale or foreign table is never read; an unreadable one is ignored.

Every module of the package compiles its patterns here (`regexes.compile`), not with `re.compile`.
"""

from __future__ import annotations

import atexit
import dataclasses
import hashlib
import pickle
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

from vnreport import datafiles

try:  # the compiler's internals: present in every CPython 3.11–3.13; without them, plain re.compile
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _AVAILABLE = hasattr(_sre, "compile") and hasattr(_compiler, "_code") and hasattr(_parser, "parse")
except ImportError:  # pragma: no cover - another Python implementation
    _AVAILABLE = False

# (flags as compiled, code words, group count, group index, index group): `_sre.compile`'s arguments
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

# The package compiles about 400 patterns, all built from code and lexicons. The bound keeps a pattern
# made from input text (none today) from growing the table or the process without end.
MAX_PATTERNS = 4000

_compiled: dict[tuple[str, int], re.Pattern[str]] = {}
_table: dict[tuple[str, int], Entry] | None = None
_added = False


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the ready-made table when the pattern is in it."""
    key = (pattern, int(flags))
    found = _compiled.get(key)
    if found is None:
        found = _from_table(key) or _compile_and_add(key)
        if len(_compiled) < MAX_PATTERNS:
            _compiled[key] = found
    return found


class PatternSource(NamedTuple):
    pattern: str
    flags: int


class PicklesPatternsAsSource:
    """For a dataclass kept in the cache (`datafiles.built`) that holds compiled patterns: they are pickled
    as their source and compiled back through `compile` on loading, so they come from the ready-made
    table too (pickle would otherwise compile each again with `re`)."""

    __slots__ = ()

    def __getstate__(self) -> dict[str, object]:
        state: dict[str, object] = {}
        for field in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, field.name)
            state[field.name] = PatternSource(value.pattern, value.flags) if isinstance(value, re.Pattern) else value
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            if isinstance(value, PatternSource):
                value = compile(value.pattern, value.flags)
            object.__setattr__(self, name, value)  # frozen dataclasses too


def scan_branches(phrases: list[str] | tuple[str, ...] | frozenset[str], *, not_after: str, space: str) -> list[str]:
    """The branches of an alternation of phrases, longest first, to scan a LOWER-CASE text (`Document.lower_view`) with:
    each branch opens with the phrase's first letter, and the test that no `not_after` character stands
    before the phrase comes right after that letter. re then skips, in C, every position that does not
    hold one of those first letters; a pattern that opens with a look-behind, or matches case-insensitively,
    is tried at every character of the text. Words are joined by `space`."""
    ordered = sorted({" ".join(p.lower().split()) for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    return [
        re.escape(p[0]) + f"(?<!{not_after}.)" + space.join(re.escape(word) for word in p[1:].split(" "))
        for p in ordered
    ]


def save() -> None:
    """Write the table back when this process added patterns to it (atomically, or not at all)."""
    global _added
    if _added and _table is not None:
        datafiles.store(_path(), _table)
        _added = False


def _from_table(key: tuple[str, int]) -> re.Pattern[str] | None:
    entry = _loaded().get(key)
    if entry is None:
        return None
    try:
        return _sre.compile(key[0], *entry)  # type: ignore[no-any-return]
    except Exception:  # a damaged entry: compile it again
        return None


def _compile_and_add(key: tuple[str, int]) -> re.Pattern[str]:
    global _added
    pattern, flags = key
    compiled = re.compile(pattern, flags)
    if not _AVAILABLE:
        return compiled
    try:
        parsed = _parser.parse(pattern, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry: Entry = (
            flags | parsed.state.flags,
            [int(word) for word in _compiler._code(parsed, flags)],  # opcodes are int subclasses: plain ints pickle
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        if _sre.compile(pattern, *entry) != compiled:  # the internals changed: do not keep what differs
            return compiled
    except Exception:
        return compiled
    table = _loaded()
    if len(table) < MAX_PATTERNS:
        table[key] = entry
        _added = True
    return compiled


def _loaded() -> dict[tuple[str, int], Entry]:
    global _table
    if _table is None:
        _table = _read()
        atexit.register(save)
    return _table


def _read() -> dict[tuple[str, int], Entry]:
    if not _AVAILABLE:
        return {}
    try:
        with _path().open("rb") as handle:
            table: Any = pickle.load(handle)
    except Exception:  # missing, unreadable or corrupt: start empty
        return {}
    return table if isinstance(table, dict) else {}


def _path() -> Path:
    build = f"{sys.version}:{getattr(_sre, 'MAGIC', 0)}:{getattr(_sre, 'CODESIZE', 0)}"
    key = hashlib.sha256(f"{datafiles.fingerprint(())}:{build}".encode()).hexdigest()[:20]
    return datafiles.cache_dir() / f"patterns-{key}.pickle"
