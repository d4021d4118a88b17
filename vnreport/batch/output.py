"""Where records go, and what an earlier run already wrote (for --resume).

Only the parent process writes. A record is written whole by one call, so an interrupted run leaves
complete lines; a run killed outright (SIGKILL, power cut) may leave one partial last line, which
`--resume` cuts off before appending.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Protocol

import msgspec

from vnreport.batch.inputs import Input
from vnreport.batch.worker import Outcome, input_sha256
from vnreport.errors import OutputError, describe
from vnreport.reading import printable_path
from vnreport.render.writers import LineSink


class Sink(Protocol):
    def write(self, outcome: Outcome) -> None: ...

    def flush(self) -> None: ...

    def close(self) -> None: ...


def lock(fd: int, name: str) -> None:
    """Hold an exclusive lock on the open output (flock: released by the kernel however the run ends,
    so a killed run never leaves a stale lock). A second batch onto the same output is refused."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise OutputError(
            f"{name} is being written by another vnreport batch: wait for it to finish, or write elsewhere"
        ) from None
    except OSError:  # a file system without locks: go on unprotected, as before
        pass


class JsonlSink:
    """A batch's JSON Lines output: each outcome's line (encoded by the worker) written whole."""

    def __init__(self, stream: IO[str] | IO[bytes], *, owned: bool, name: str = "standard output") -> None:
        self.lines = LineSink(stream, owned=owned, name=name)

    def write(self, outcome: Outcome) -> None:
        self.lines.write_line(outcome.line)

    def flush(self) -> None:
        return None  # every record is flushed as it is written

    def close(self) -> None:
        self.lines.close()


class JsonlFile:
    """`-o FILE`: opened without truncating and locked before anything is read or cut, so a second
    batch onto the same file is refused instead of tearing it (two writers once left 16 torn lines)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.created = not os.path.lexists(path)
        refuse_link(path, "-o")
        try:
            self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC | os.O_NOFOLLOW, 0o666)
        except OSError as exc:
            raise OutputError(f"cannot write {printable_path(path)}: {describe(exc)}") from None
        try:
            lock(self.fd, path)
            if not self.created:
                refuse_foreign(self.fd, path)
        except OutputError:
            os.close(self.fd)
            raise

    def sink(self, *, resume: bool) -> JsonlSink:
        """Truncated anew, or with `resume` appended to after cutting any partial last line."""
        try:
            if stat.S_ISREG(os.fstat(self.fd).st_mode):
                if resume:
                    cut_partial_line(self.path)
                else:
                    os.ftruncate(self.fd, 0)
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {describe(exc)}") from None
        return JsonlSink(os.fdopen(self.fd, "wb", buffering=0), owned=True, name=self.path)

    def abandon(self) -> None:
        """The run did not start: close, and remove the file if this run created it."""
        with contextlib.suppress(OSError):
            os.close(self.fd)
        if self.created:
            with contextlib.suppress(OSError):
                os.remove(self.path)


def refuse_link(path: str, option: str) -> None:
    """An output (`-o`, `--db`) is never written through a symbolic link: a link may lead to anyone's file, or to
    one of the inputs. (The file is then opened with O_NOFOLLOW, so a link made after this check fails too.)"""
    if os.path.islink(path):
        raise OutputError(f"{printable_path(path)} is a symbolic link: give the file itself as {option}")


_FIRST_LINE = 1 << 20  # bytes read of an existing output's first line to tell whose it is


def refuse_foreign(fd: int, path: str) -> None:
    """An existing regular file is replaced (or resumed) only when it is empty or a vnreport output: its first
    line a record (`schema_version`, or an input's `reason`). Anything else — notes, an article named by
    mistake, another tool's JSON Lines — is not ours to truncate."""
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        return  # a terminal, a pipe, /dev/null: nothing to lose
    try:
        with open(path, "rb", opener=lambda p, flags: os.open(p, flags | os.O_NOFOLLOW)) as handle:
            first = handle.readline(_FIRST_LINE)
    except OSError as exc:
        raise OutputError(f"cannot read {printable_path(path)}: {describe(exc)}") from None
    if not first.strip() or _is_record(first):
        return
    raise OutputError(
        f"{printable_path(path)} exists and is not a vnreport batch output: not overwriting it "
        "(remove it or choose another -o)"
    )


def _is_record(line: bytes) -> bool:
    try:
        record = msgspec.json.decode(line)
    except msgspec.DecodeError:
        return False
    return isinstance(record, dict) and ("schema_version" in record or "reason" in record)


def open_jsonl(path: str, *, resume: bool) -> JsonlSink:
    """A file sink: locked, then truncated anew or (with `resume`) appended to after cutting a partial line."""
    return JsonlFile(path).sink(resume=resume)


def cut_partial_line(path: str) -> None:
    """Truncate the file just after its last newline (a killed run's half-written record)."""
    with open(path, "rb+") as handle:
        end = handle.seek(0, os.SEEK_END)
        position = end
        while position > 0:
            step = min(1 << 16, position)
            position -= step
            handle.seek(position)
            block = handle.read(step)
            newline = block.rfind(b"\n")
            if newline >= 0:
                keep = position + newline + 1
                if keep < end:
                    handle.truncate(keep)
                return
        handle.truncate(0)


# --- what is already done ------------------------------------------------------------------------


class _SeenSource(msgspec.Struct):
    sha256: str | None = None


class _Seen(msgspec.Struct):
    """The fields of a record that resume needs; msgspec skips the rest of the report unparsed."""

    path: str | None = None
    source: _SeenSource | None = None
    reason: str | None = None


@dataclass
class Done:
    """Inputs an earlier run recorded: reports by (path, content hash), errors by path."""

    reports: dict[str, set[str]] = field(default_factory=dict)
    errors: set[str] = field(default_factory=set)

    def add_report(self, path: str, sha256: str) -> None:
        self.reports.setdefault(path, set()).add(sha256)

    def __len__(self) -> int:
        return sum(map(len, self.reports.values())) + len(self.errors)

    def covers(self, item: Input) -> bool:
        """True when the input needs no new record: its error is recorded, or a report of this exact content.

        An input whose file changed since is analysed again (and gets a second record).
        """
        path = printable_path(item.path)  # as the record wrote it
        if path in self.errors:
            return True
        hashes = self.reports.get(path)
        return hashes is not None and input_sha256(item) in hashes

    def intersection(self, other: Done) -> Done:
        """Done in both outputs: with -o and --db together, an input missing from either is redone."""
        both = Done(errors=self.errors & other.errors)
        for path, hashes in self.reports.items():
            common = hashes & other.reports.get(path, set())
            if common:
                both.reports[path] = common
        return both


def done_in_jsonl(path: str) -> Done:
    done = Done()
    if not os.path.exists(path):
        return done
    decoder = msgspec.json.Decoder(_Seen)
    for line in _complete_lines(path):
        try:
            seen = decoder.decode(line)
        except msgspec.DecodeError:
            continue  # not one of our records; resume leaves it alone
        if seen.path is None:
            continue
        if seen.reason is not None:
            done.errors.add(seen.path)
        elif seen.source is not None and seen.source.sha256:
            done.add_report(seen.path, seen.source.sha256)
    return done


def _complete_lines(path: str) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        for line in handle:
            if line.endswith(b"\n") and line.strip():
                yield line
