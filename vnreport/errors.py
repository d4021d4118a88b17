"""Errors a user can act on, and the exit codes the CLI documents."""

from __future__ import annotations

import errno
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INPUT_ERROR = 1  # at least one input could not be read; the others were processed
    USAGE = 2  # bad options or arguments (typer's own convention)
    INTERRUPTED = 130  # Ctrl-C


def describe(exc: OSError) -> str:
    """An OSError as the few words a user acts on (`no such folder`, `disk full`)."""
    words = {
        errno.ENOENT: "no such folder",
        errno.ENOSPC: "disk full",
        errno.EDQUOT: "disk quota exceeded",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "read-only file system",
        errno.EISDIR: "is a folder",
    }
    return words.get(exc.errno or 0, exc.strerror or str(exc))


class InputError(Exception):
    """An input that cannot be analysed. `reason` is a stable machine code, `message` a human line."""

    def __init__(self, path: str, reason: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.reason = reason
        self.message = message

    def to_record(self) -> dict[str, str]:
        return {"path": self.path, "error": self.message, "reason": self.reason}


class OutputError(Exception):
    """An output that cannot be opened, locked or written: the command stops with this one line."""
