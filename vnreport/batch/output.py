"""Where records go, and what an earlier run already wrote (for --resume).

Only the parent process writes. A record is written whole by one call, so an interrupted run leaves
complete lines; a run killed outright (SIGKILL, power cut) may leave one partial last line, which
`--resume` cuts off before appending.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Protocol

import msgspec

from vnreport.batch.inputs import Input
from vnreport.batch.worker import Outcome, input_sha256


class Sink(Protocol):
    def write(self, outcome: Outcome) -> None: ...

    def flush(self) -> None: ...

    def close(self) -> None: ...


class JsonlSink:
    """JSON Lines, one record per line, to a file or stdout."""

    def __init__(self, stream: IO[str], *, owned: bool) -> None:
        self.stream = stream
        self.owned = owned

    def write(self, outcome: Outcome) -> None:
        self.stream.write(outcome.line + "\n")

    def flush(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        self.flush()
        if self.owned:
            self.stream.close()


def open_jsonl(path: str, *, resume: bool) -> JsonlSink:
    """A file sink: truncated anew, or with `resume` appended to after cutting any partial last line."""
    if resume and os.path.exists(path):
        cut_partial_line(path)
        return JsonlSink(open(path, "a", encoding="utf-8", newline="\n"), owned=True)
    return JsonlSink(open(path, "w", encoding="utf-8", newline="\n"), owned=True)


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
        if item.path in self.errors:
            return True
        hashes = self.reports.get(item.path)
        return bool(hashes) and input_sha256(item) in hashes

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
