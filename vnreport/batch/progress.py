"""Progress on stderr: a rich bar on a terminal, nothing otherwise (the null object keeps the runner simple)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from rich.console import Console


class Progress(Protocol):
    def start(self, total: int | None) -> None: ...

    def advance(self, *, words: int = 0, failed: bool = False) -> None: ...

    def stop(self) -> None: ...


class NullProgress:
    def start(self, total: int | None) -> None:
        return None

    def advance(self, *, words: int = 0, failed: bool = False) -> None:
        return None

    def stop(self) -> None:
        return None


class RichProgress:
    """Files done of total, words per second, time left, errors so far."""

    def __init__(self, console: Console) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as _Bar

        self.bar = _Bar(
            TextColumn("[bold]batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files"),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[errors]}"),
            console=console,
            transient=False,
        )
        self.task: Any = None
        self.words = 0
        self.errors = 0
        self.started = time.monotonic()

    def start(self, total: int | None) -> None:
        self.started = time.monotonic()
        self.task = self.bar.add_task("batch", total=total, rate="", errors="")
        self.bar.start()

    def advance(self, *, words: int = 0, failed: bool = False) -> None:
        self.words += words
        self.errors += failed
        elapsed = max(time.monotonic() - self.started, 1e-6)
        errors = f"[red]{self.errors} errors[/]" if self.errors else "0 errors"
        self.bar.update(self.task, advance=1, rate=f"{self.words / elapsed:,.0f} words/s", errors=errors)

    def stop(self) -> None:
        self.bar.stop()
