"""Where a batch's inputs come from: files and folders, a list of paths on stdin, or JSON Lines records.

Every function here is a lazy generator, so a run over 100,000 files never holds the list. An input
that is broken before it can be read (a JSON line that does not parse, a record without its text field)
still becomes an `Input`, carrying its error, so it gets its one record like every other input.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO

import msgspec

from vnreport.reading import DEFAULT_MAX_BYTES

DEFAULT_GLOBS = ("*.txt", "*.md", "*.html", "*.htm")
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to analyse: a file to read (`text` None) or text given inline (a JSON Lines record)."""

    path: str
    text: str | None = None
    error: tuple[str, str] | None = None  # (reason, message) when the input was broken before reading


def parse_globs(value: str | None) -> tuple[str, ...]:
    if not value:
        return DEFAULT_GLOBS
    return tuple(part.strip() for part in value.split(",") if part.strip())


def discover(
    paths: Iterable[str], globs: Sequence[str] = DEFAULT_GLOBS, *, skip: frozenset[str] = frozenset()
) -> Iterator[Input]:
    """Files named on the command line as given; folders walked recursively in sorted order, filtered by `globs`.

    A named file is taken whatever its extension (the user chose it); a path that does not exist is
    passed on too, so it gets its `not_found` record instead of vanishing; a folder that cannot be
    listed gets a record of its own. `skip` holds the real paths of this run's outputs (an output
    inside an input folder would otherwise be read as input, or analysed as it is written).
    """
    for path in paths:
        if skip and os.path.realpath(path) in skip:
            continue
        if os.path.isdir(path):
            yield from walk(path, globs, skip=skip)
        else:
            yield Input(path=path)


def walk(folder: str, globs: Sequence[str], *, skip: frozenset[str] = frozenset()) -> Iterator[Input]:
    """Matching files under `folder`, depth first, each level sorted, so reruns list them in the same
    order; a folder that cannot be listed (permission) becomes an Input carrying its error."""
    unreadable: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=unreadable.append):
        yield from (_folder_error(error) for error in unreadable)
        unreadable.clear()
        dirs.sort()
        real_root = os.path.realpath(root) if skip else root
        if skip:
            dirs[:] = [d for d in dirs if os.path.join(real_root, d) not in skip]
        for name in sorted(files):
            path = os.path.join(root, name)
            if skip and os.path.join(real_root, name) in skip:
                continue
            if matches(name, globs) and _is_file_or_dangling_link(path):
                yield Input(path=path)
    yield from (_folder_error(error) for error in unreadable)


def _folder_error(error: OSError) -> Input:
    path = error.filename if isinstance(error.filename, str) else str(error.filename)
    if isinstance(error, PermissionError):
        return Input(path=path, error=("permission", "folder cannot be read: permission denied"))
    return Input(path=path, error=("unreadable", f"folder cannot be read: {error.strerror or error}"))


def _is_file_or_dangling_link(path: str) -> bool:
    """Regular files, and broken links (they get a `not_found` record); FIFOs and devices would block a read."""
    return os.path.isfile(path) or (os.path.islink(path) and not os.path.exists(path))


def matches(name: str, globs: Sequence[str]) -> bool:
    lowered = name.lower()
    return any(fnmatch.fnmatchcase(lowered, pattern.lower()) for pattern in globs)


# A line of a path list longer than this is no path (PATH_MAX is 4,096 bytes); a JSON Lines record may
# hold its text escaped (`\u1ec7` is 6 bytes for 3 in UTF-8): twice --max-bytes, plus room for fields.
MAX_PATH_LINE = 64 * 1024
RECORD_SLACK = 1024 * 1024


def record_limit(max_bytes: int) -> int:
    return 2 * max_bytes + RECORD_SLACK


def bounded_lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The stream's lines, None for each line longer than `limit` bytes: that one is read through in
    pieces and dropped, never held whole (a 2.5 GB line costs no more memory than a short one)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
        else:
            yield line


def paths_from_lines(stream: IO[bytes]) -> Iterator[Input]:
    """`find … | vnreport batch -`: one path per line; blank lines skipped.

    Decoded as the file system does (`os.fsdecode`), so a name that is not valid UTF-8 still opens.
    """
    for number, line in enumerate(bounded_lines(stream, MAX_PATH_LINE), start=1):
        if line is None:
            message = f"line {number} is over {MAX_PATH_LINE:,} bytes: not a path"
            yield Input(path=f"<stdin>:{number}", error=("too_large", message))
            continue
        path = os.fsdecode(line.rstrip(b"\r\n"))
        if path.strip():
            yield Input(path=path)


def records_from_jsonl(
    stream: IO[bytes], text_field: str, id_field: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Input]:
    """JSON Lines records with the article in `text_field`; the path is `id_field`'s value or `<stdin>:LINE`.

    A record longer than `record_limit(max_bytes)` bytes is refused as `too_large` without being held."""
    decoder = msgspec.json.Decoder()
    limit = record_limit(max_bytes)
    for number, raw in enumerate(bounded_lines(stream, limit), start=1):
        fallback = f"<stdin>:{number}"
        if raw is None:
            message = f"record is over {limit:,} bytes (twice --max-bytes, plus 1 MiB for its other fields)"
            yield Input(path=fallback, error=("too_large", message))
            continue
        if not raw.strip():
            continue
        try:
            record = decoder.decode(raw)
        except msgspec.DecodeError as exc:
            yield Input(path=fallback, error=("invalid_json", f"line {number} is not valid JSON ({exc})"))
            continue
        if not isinstance(record, dict):
            yield Input(path=fallback, error=("invalid_json", f"line {number} is not a JSON object"))
            continue
        path = _record_id(record, id_field) or fallback
        text = record.get(text_field)
        if not isinstance(text, str):
            problem = "has no" if text is None else "has a non-string"
            yield Input(
                path=path,
                error=("missing_field", f"record {problem} {text_field!r} field (choose it with --text-field)"),
            )
            continue
        yield Input(path=path, text=text)


def _record_id(record: dict, id_field: str | None) -> str | None:
    if id_field is None:
        return None
    value = record.get(id_field)
    return None if value is None or isinstance(value, (dict, list)) else str(value)
