"""What every command shares: the stderr console, output format choice, error lines, stdout writing."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from vnreport.errors import ExitCode, InputError, OutputError, describe
from vnreport.render.safe import terminal_safe

if TYPE_CHECKING:
    from rich.console import Console


@functools.cache
def err_console() -> Console:
    """Messages and progress go to stderr; stdout carries data only. Rich honours NO_COLOR itself.
    Made on first use: `--help` never pays for importing rich."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def stdout_console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def default_format(requested: str | None, *, tty_format: str, pipe_format: str = "json") -> str:
    """A terminal gets the human view, a pipe gets JSON (as `gh` and httpie do)."""
    if requested:
        return requested
    return tty_format if sys.stdout.isatty() else pipe_format


def error_line(message: str, *, style: str = "bold red") -> None:
    """One line on stderr, `vnreport: message`, the message shown terminal-safe and never read as markup."""
    from rich.text import Text

    err_console().print(Text.assemble(("vnreport:", style), " ", terminal_safe(message)), soft_wrap=True)


def fail(message: str, code: ExitCode = ExitCode.INPUT_ERROR) -> NoReturn:
    """A failure of the whole command (an output that cannot be written, a pool that cannot start): one
    line, whatever --quiet says, and the exit code."""
    error_line(message)
    raise typer.Exit(code)


@contextmanager
def stdout_guard() -> Iterator[None]:
    """Around a command's writes to stdout: a reader that left (`vnreport … | head -1`) ends the command
    quietly with 0 (Click would exit 1 without a word); a write that fails (`> /dev/full`) is one line
    and exit 1. Either way what is still buffered goes nowhere, so exit prints nothing more."""
    try:
        yield
    except OutputError as exc:  # a record writer already cut the output back to its last whole record
        fail(str(exc))
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(ExitCode.OK) from None
    except OSError as exc:
        if exc.filename is not None:  # not a write to stdout
            raise
        _silence_stdout()
        fail(f"cannot write standard output: {describe(exc)}")


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def report_error(error: InputError) -> None:
    error_line(f"{error.path}: {error.message}")


def report_internal_error(path: str, exc: BaseException) -> InputError:
    """A bug met on one input: one line (traceback only with VNREPORT_DEBUG=1), and the batch goes on."""
    if os.environ.get("VNREPORT_DEBUG"):
        err_console().print_exception()
    error = InputError(
        path, "internal_error", f"internal error: {type(exc).__name__}: {exc} (VNREPORT_DEBUG=1 shows the traceback)"
    )
    report_error(error)
    return error


def write_lines(lines: Iterable[str]) -> None:
    out = sys.stdout
    for line in lines:
        out.write(line)
        out.write("\n")
    out.flush()


def parse_only(value: str | None, allowed: Iterable[str]) -> frozenset[str] | None:
    if not value:
        return None
    allowed_set = set(allowed)
    wanted = frozenset(part.strip() for part in value.split(",") if part.strip())
    unknown = sorted(wanted - allowed_set)
    if unknown:
        import typer

        raise typer.BadParameter(
            f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(sorted(allowed_set))}"
        )
    return wanted


def narrow(record: dict[str, Any], only: frozenset[str] | None, sections: Iterable[str]) -> dict[str, Any]:
    """Keep the chosen sections; `summary.tasks` keeps only that part of the summary (`document.structure`
    of the document)."""
    if only is None:
        return record
    section_set = set(sections)
    parts: dict[str, set[str]] = {}
    for key in only:
        parent, _, part = key.partition(".")
        if part:
            parts.setdefault(parent, set()).add(part)
    kept = {k: v for k, v in record.items() if k not in section_set or k in only or k in parts}
    for parent, chosen in parts.items():
        if parent not in only and isinstance(kept.get(parent), dict):
            kept[parent] = {k: v for k, v in kept[parent].items() if k in chosen}
    return kept
