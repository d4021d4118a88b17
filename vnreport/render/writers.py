"""Where records go: one writer per machine format, shared by `analyze`, `segment` and `batch`.

A record reaches the stream whole or not at all: JSON Lines writes each line in one call and flushes it,
and a write that fails (disk full) is cut back to the last whole line, so a reader never meets a torn
record. JSON streams an array element by element instead of holding every report in memory.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
from typing import IO, Any, Protocol

from vnreport.errors import OutputError, describe
from vnreport.render.jsonout import to_json, to_json_line

__all__ = ["JsonLinesWriter", "JsonWriter", "LineSink", "OutputError", "RecordWriter", "json_writer"]


class RecordWriter(Protocol):
    """What a command hands its records to, one at a time, in input order."""

    def write(self, record: Any) -> None: ...

    def close(self) -> None: ...


class LineSink:
    """Whole lines to a file or stdout: each line is written and flushed in one call, and a write that
    fails is cut back to the last whole line before the command stops."""

    def __init__(self, stream: IO[str] | IO[bytes], *, owned: bool = False, name: str = "standard output") -> None:
        self.raw: IO[bytes] = getattr(stream, "buffer", stream)  # type: ignore[assignment,arg-type]
        # A text stream without bytes underneath (io.StringIO as stdout, in a notebook or a test) takes str.
        self.text_only = isinstance(self.raw, io.TextIOBase)
        self.owned = owned
        self.name = name
        self.good = self._position()  # offset just after the last whole line (regular files)

    def _position(self) -> int | None:
        try:
            fd = self.raw.fileno()
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None
            self.raw.flush()
            return os.lseek(fd, 0, os.SEEK_CUR)
        except (OSError, ValueError, AttributeError):  # io.UnsupportedOperation is both
            return None

    def write_text(self, text: str) -> None:
        """Write `text` (one or more whole lines) in one go."""
        if self.text_only:
            self.raw.write(text)  # type: ignore[call-overload]
            self.raw.flush()
            return
        data = text.encode("utf-8")
        try:
            view = memoryview(data)
            while view:
                written = self.raw.write(view)
                view = view[written if written is not None else 0 :]
            self.raw.flush()
        except BrokenPipeError:
            raise  # stdout closed by its reader (`| head`): not an error, the CLI ends quietly
        except OSError as exc:
            self._cut_back()
            raise OutputError(f"cannot write {self.name}: {describe(exc)}") from None
        if self.good is not None:
            self.good += len(data)

    def write_line(self, line: str) -> None:
        self.write_text(line + "\n")

    def _cut_back(self) -> None:
        """Drop the part of a record a failed write left, and stop writing to this stream."""
        with contextlib.suppress(OSError, ValueError, AttributeError):
            fd = self.raw.fileno()
            if self.good is not None:
                os.ftruncate(fd, self.good)
            # Whatever is still buffered would fail again at exit ("Exception ignored …"): send it nowhere.
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, fd)
            os.close(null)

    def close(self) -> None:
        if self.owned:
            with contextlib.suppress(OSError):
                self.raw.close()


class JsonLinesWriter:
    """JSON Lines: one compact record per line, flushed as it is written (a pipe sees each at once)."""

    def __init__(self, sink: LineSink) -> None:
        self.sink = sink

    def write(self, record: Any) -> None:
        self.sink.write_line(to_json_line(record))

    def close(self) -> None:
        self.sink.close()


class JsonWriter:
    """Indented JSON: the record itself when the command was given one input, else an array of every
    record in input order, written as each arrives."""

    def __init__(self, sink: LineSink, *, single: bool) -> None:
        self.sink = sink
        self.single = single
        self.count = 0

    def write(self, record: Any) -> None:
        body = to_json(record)
        if self.single:
            self.sink.write_line(body)
        else:
            indented = "\n".join("  " + line for line in body.splitlines())
            self.sink.write_text(("[\n" if self.count == 0 else ",\n") + indented)
        self.count += 1

    def close(self) -> None:
        if not self.single:
            self.sink.write_text("\n]\n" if self.count else "[]\n")
        self.sink.close()


def json_writer(fmt: str, sink: LineSink, *, inputs: int) -> RecordWriter:
    """The writer for a machine format: `json` (an object for one input, an array for several) or `jsonl`."""
    if fmt == "jsonl":
        return JsonLinesWriter(sink)
    if fmt == "json":
        return JsonWriter(sink, single=inputs == 1)
    raise ValueError(f"not a machine format: {fmt}")
