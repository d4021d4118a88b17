"""The `vnreport` command: a thin layer that parses options, calls the library and renders.

Exit codes: 0 all inputs analysed · 1 some inputs could not be read (each named on stderr) ·
2 usage error · 130 interrupted. Heavy modules (underthesea, the extractors) are imported inside the
commands, so `vnreport --help` answers fast.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from typing import Annotated

import typer

from vnreport import __version__
from vnreport.cli.analyze import analyze
from vnreport.cli.batch import batch
from vnreport.cli.eval import eval_command
from vnreport.cli.help import Command, Group
from vnreport.cli.schema import schema
from vnreport.cli.segment import segment
from vnreport.cli.stats import stats
from vnreport.errors import ExitCode

# What each exit code means, per command: `schema` reads no input, `eval` and `stats` read a set or a
# batch output rather than articles.
EPILOG = (
    "Exit codes: 0 ok · 1 some inputs failed (each named on stderr) · 2 usage error · 130 interrupted. "
    "Each command's --help says what 1 means for it."
)
_INPUTS = "Exit codes: 0 ok · 1 some inputs failed (each named on stderr) or the output could not be written"
_TAIL = "2 usage error · 130 interrupted."
EPILOGS = {
    "analyze": f"{_INPUTS} · {_TAIL}",
    "segment": f"{_INPUTS} · {_TAIL}",
    "schema": f"Exit codes: 0 ok · 1 the output could not be written · {_TAIL}",
    "eval": f"Exit codes: 0 ok · 1 a set cannot be read, or a score is below its floor (--check) · {_TAIL}",
    "batch": "Exit codes: 0 every input analysed · 1 some inputs failed (each has a record), or the run could not go "
    "on (an output, the workers, the scheduler) · 2 usage error · 130 interrupted (rerun with --resume).",
    "stats": "Exit codes: 0 ok · 1 OUTPUT cannot be read as a batch output, or the output could not be written · "
    f"{_TAIL}",
}

app = typer.Typer(
    name="vnreport",
    help="Read Vietnamese news and government articles: officials, dates, documents, places, figures.\n\n"
    "Example: vnreport analyze samples/hanoi-2024-09-27.txt",
    epilog=EPILOG,
    cls=Group,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"vnreport {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """The subcommands below do the work; this only handles --version."""


app.command(epilog=EPILOGS["analyze"], cls=Command)(analyze)
app.command(epilog=EPILOGS["segment"], cls=Command)(segment)
app.command(epilog=EPILOGS["schema"], cls=Command)(schema)
app.command(name="eval", epilog=EPILOGS["eval"], cls=Command)(eval_command)
app.command(epilog=EPILOGS["batch"], cls=Command)(batch)
app.command(epilog=EPILOGS["stats"], cls=Command)(stats)


def run() -> None:
    """Console-script entry: Ctrl-C and a closed pipe end quietly with the documented codes."""
    try:
        app()
    except SystemExit as done:
        _leave(done.code)
    except KeyboardInterrupt:
        sys.stderr.write("vnreport: interrupted\n")
        sys.exit(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        # `vnreport … | head`: the reader left; that is not an error. Silence the flush at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(ExitCode.OK)
    except Exception as exc:  # a bug outside any one input: one line, never a traceback (unless asked)
        if os.environ.get("VNREPORT_DEBUG"):
            raise
        from vnreport.cli.common import error_line

        error_line(f"internal error: {type(exc).__name__}: {exc} (VNREPORT_DEBUG=1 shows the traceback)")
        sys.exit(ExitCode.INPUT_ERROR)


def _leave(code: object) -> None:
    """End the process once the command is done. An analysis leaves a few hundred thousand objects
    (lexicons, gazetteer, word list); freeing them one by one at interpreter shutdown costs a tenth of
    the cold run, and nothing is left to do: flush the streams and leave. A run that started worker
    processes or threads (batch, Dask) ends the ordinary way, so their exit handlers still run."""
    status = code if isinstance(code, int) else (0 if code is None else 1)
    if isinstance(code, str):
        sys.stderr.write(code + "\n")
    if "multiprocessing" in sys.modules or threading.active_count() > 1:
        sys.exit(status)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        pass  # the reader left (`| head`): not an error
    except (OSError, ValueError) as exc:
        sys.stderr.write(f"vnreport: cannot write standard output: {exc}\n")
        status = status or ExitCode.INPUT_ERROR
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    regexes = sys.modules.get("vnreport.regexes")
    if regexes is not None:  # os._exit skips the exit handlers: keep the patterns this run compiled
        regexes.save()
    os._exit(status)
