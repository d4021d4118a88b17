"""`vnreport batch`: folders, path lists or JSON Lines records → one record per input, in parallel."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from vnreport.cli.common import err_console, error_line, fail
from vnreport.errors import ExitCode
from vnreport.limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, MAX_YEAR, MIN_YEAR
from vnreport.render.safe import terminal_safe

if TYPE_CHECKING:
    from distributed import Client

    from vnreport.batch.inputs import Input
    from vnreport.batch.output import Done, Sink
    from vnreport.batch.runner import Engine
    from vnreport.batch.worker import Outcome, WorkerOptions


class EngineChoice(StrEnum):
    LOCAL = "local"
    DASK = "dask"


HELP = """Analyse many articles in parallel: files, folders (recursive), or standard input.

Every input gets exactly one JSON Lines record, in input order: its report plus "path", or
{"path", "error", "reason"} when it cannot be analysed (missing, unreadable, a FIFO, binary, empty,
undecodable, over --max-bytes, over --timeout, an HTML page without article text, an internal
error); a folder that cannot be listed gets one too. Inputs are
.txt and .md (text) and .html/.htm saved news pages (main text, title and date taken from the page).
TCVN3 and VNI legacy encodings are converted (the record's source.encoding says which).

"-" reads standard input: a list of paths, one per line; with --text-field, JSON Lines records
carrying the article text in that field.

Records go to stdout, or to -o FILE; --db FILE also writes a SQLite database (tables articles,
officials, official_titles, documents, dates, organizations, locations, figures, errors; full-text
search on articles; only a new file or vnreport's own). --resume skips inputs already in the
output (same path and content), so a stopped run continues where it left off. Ctrl-C, a full disk
or a second batch onto the same output stop cleanly: what is written stays whole.

--engine dask runs the same analysis on a Dask cluster (pip install 'vnreport\\[dask]'): the one at
--scheduler, or a local cluster of --jobs worker processes. Inputs go in partitions of
--partition-size; the records are the same, in the same order. With -o FOLDER/ each partition is
written where it is analysed, as FOLDER/part-00000.jsonl, part-00001.jsonl … in input order.

Examples:

  vnreport batch articles/ -o reports.jsonl

  vnreport batch archive/ --glob '*.html' --db corpus.sqlite -o reports.jsonl --resume

  find . -name '*.txt' -newer stamp | vnreport batch - > reports.jsonl

  cat scraped.jsonl | vnreport batch - --text-field content --id-field url -o reports.jsonl

  vnreport batch /data/news --engine dask --scheduler tcp://SCHEDULER:8786 -o /data/reports/
"""


def _default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def batch(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help='Files, folders, or "-" for standard input.')],
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help='Write JSON Lines here ("-" for stdout; FOLDER/ for shards with --engine dask).',
            show_default="stdout",
        ),
    ] = None,
    db: Annotated[str | None, typer.Option("--db", help="Also write a SQLite database here.")] = None,
    glob: Annotated[
        str, typer.Option("--glob", help="Comma-separated file patterns to take from folders.")
    ] = "*.txt,*.md,*.html,*.htm",
    text_field: Annotated[
        str | None, typer.Option(help='With "-": stdin is JSON Lines records with the text in this field.')
    ] = None,
    id_field: Annotated[
        str | None, typer.Option(help="With --text-field: the field naming each record (its path in the output).")
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Worker processes (with --engine dask: of the local cluster).",
            show_default="the number of cores",
        ),
    ] = None,
    resume: Annotated[
        bool, typer.Option(help="Skip inputs already in the -o/--db output and append the rest.")
    ] = False,
    max_bytes: Annotated[
        int, typer.Option(min=1, help="Refuse inputs larger than this many bytes.")
    ] = DEFAULT_MAX_BYTES,
    year: Annotated[
        int | None,
        typer.Option(
            min=MIN_YEAR,
            max=MAX_YEAR,
            help="Publication year for dates written without one (when a page gives none). For an archive of "
            "text files, the biggest accuracy lever: give each year's folder its own run.",
        ),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(
            min=0,
            help="Seconds one input may take; a slower one is stopped and gets a `timeout` record (0: no limit).",
        ),
    ] = DEFAULT_TIMEOUT,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, error lines or summary.")] = False,
    engine: Annotated[
        EngineChoice, typer.Option(help="local (a process pool) or dask (a Dask cluster).")
    ] = EngineChoice.LOCAL,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="With --engine dask: the cluster's scheduler, tcp://HOST:PORT.", show_default="a local cluster"
        ),
    ] = None,
    partition_size: Annotated[
        int | None, typer.Option(min=1, help="With --engine dask: inputs per task (and per shard).", show_default="32")
    ] = None,
) -> None:
    from vnreport.batch.inputs import parse_globs
    from vnreport.batch.progress import NullProgress, RichProgress
    from vnreport.batch.runner import run_batch
    from vnreport.batch.worker import PoolError, WorkerOptions
    from vnreport.errors import OutputError

    _check_usage(paths, output, db, text_field, id_field, resume)
    _check_engine_usage(engine, output, scheduler, partition_size)
    globs = parse_globs(glob)
    shard_dir = output if engine == "dask" and _names_folder(output) else None
    jsonl_path = output if output not in (None, "-") and shard_dir is None else None
    options = WorkerOptions(max_bytes=max_bytes, year=year, keep_text=db is not None, timeout=timeout or None)
    jobs = jobs or _default_jobs()
    show_progress = err_console().is_terminal and not quiet

    with ExitStack() as stack:
        # The cluster first: a scheduler that cannot be reached must not cost the old -o file its contents.
        client = stack.enter_context(_dask_client(scheduler, jobs, quiet)) if engine == "dask" else None
        try:
            sinks, done = _open_outputs(output, db, jsonl_path, resume, shard_dir, stack)
        except OutputError as exc:
            fail(str(exc))
        skip = _output_paths(jsonl_path, db, shard_dir)  # an output inside an input folder is no input
        total = _count_inputs(paths, globs, skip) if show_progress and "-" not in paths else None
        try:
            summary = run_batch(
                _inputs(paths, globs, text_field, id_field, max_bytes, skip),
                sinks,
                options=options,
                jobs=jobs,
                done=done,
                progress=RichProgress(err_console()) if show_progress else NullProgress(),
                total=total,
                on_failure=None if quiet else _print_failure,
                engine=None if client is None else _dask_engine(client, options, partition_size, shard_dir, db),
            )
        except (PoolError, OutputError) as exc:
            fail(str(exc))
        except BrokenPipeError:
            # `vnreport batch … | head`: the reader left, which is not an error (Click would exit 1).
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(ExitCode.OK) from None
    if not quiet:
        err_console().print(f"vnreport: {summary.line()}", markup=False, highlight=False, soft_wrap=True)
    if summary.interrupted:
        if not quiet and (jsonl_path or shard_dir or db):
            err_console().print("vnreport: rerun the same command with --resume to continue", markup=False)
        raise typer.Exit(ExitCode.INTERRUPTED)
    if summary.failed:
        raise typer.Exit(ExitCode.INPUT_ERROR)


batch.__doc__ = HELP


def _check_usage(
    paths: list[str], output: str | None, db: str | None, text_field: str | None, id_field: str | None, resume: bool
) -> None:
    if paths.count("-") > 1:
        raise typer.BadParameter('"-" (standard input) can be given once', param_hint="PATH")
    if text_field and "-" not in paths:
        raise typer.BadParameter('JSON Lines records are read from standard input: add "-"', param_hint="--text-field")
    if id_field and not text_field:
        raise typer.BadParameter("only applies to JSON Lines records (--text-field)", param_hint="--id-field")
    if resume and output in (None, "-") and db is None:
        raise typer.BadParameter("needs an output file to resume from (-o FILE or --db FILE)", param_hint="--resume")


def _check_engine_usage(
    engine: EngineChoice, output: str | None, scheduler: str | None, partition_size: int | None
) -> None:
    if engine == EngineChoice.LOCAL:
        if scheduler is not None:
            raise typer.BadParameter("only applies to --engine dask", param_hint="--scheduler")
        if partition_size is not None:
            raise typer.BadParameter("only applies to --engine dask", param_hint="--partition-size")
        if _names_folder(output):
            raise typer.BadParameter("a folder of shards needs --engine dask; name a file", param_hint="--output")


def _names_folder(output: str | None) -> bool:
    """`-o out/` or an existing folder: shards (part-00000.jsonl …) rather than one file."""
    if output is None or output == "-":
        return False
    return output.endswith(("/", os.sep)) or os.path.isdir(output)


@contextmanager
def _dask_client(scheduler: str | None, jobs: int, quiet: bool) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a local cluster of `jobs` processes; its dashboard named."""
    from vnreport.batch import dask_engine

    with ExitStack() as stack:
        try:
            client = stack.enter_context(dask_engine.connect(scheduler, workers=jobs))
        except dask_engine.DaskUnavailable as exc:
            raise typer.BadParameter(str(exc), param_hint="--engine") from None
        except dask_engine.SchedulerUnreachable as exc:
            fail(str(exc), ExitCode.USAGE if exc.usage else ExitCode.INPUT_ERROR)
        link = dask_engine.dashboard_link(client)
        if link and not quiet:
            hint = " (install bokeh to see it)" if scheduler is None and not dask_engine.has_bokeh() else ""
            err_console().print(
                terminal_safe(f"vnreport: Dask dashboard: {link}{hint}"), markup=False, highlight=False, soft_wrap=True
            )
        yield client


def _dask_engine(
    client: Client, options: WorkerOptions, partition_size: int | None, shard_dir: str | None, db: str | None
) -> Engine:
    from vnreport.batch import dask_engine

    earlier = dask_engine.shard_indexes(shard_dir) if shard_dir else []  # a resumed run numbers on after them
    return dask_engine.DaskEngine(
        client,
        options,
        partition_size=partition_size or dask_engine.DEFAULT_PARTITION_SIZE,
        shard_dir=os.path.abspath(shard_dir) if shard_dir else None,  # workers run in their own directory
        send_records=shard_dir is None or db is not None,
        first_shard=earlier[-1] + 1 if earlier else 0,
    )


def _open_outputs(
    output: str | None,
    db: str | None,
    jsonl_path: str | None,
    resume: bool,
    shard_dir: str | None,
    stack: ExitStack,
) -> tuple[list[Sink], Done | None]:
    """The sinks, and what an earlier run did (with --resume). Each output file is opened and locked
    before it is read or truncated (a second batch onto it is refused), --db must be vnreport's own,
    and a file this call created is removed again if the run cannot start."""
    from vnreport.batch.output import JsonlFile, JsonlSink, done_in_jsonl
    from vnreport.batch.sqlite import DbFile
    from vnreport.errors import OutputError, describe

    opened: list[JsonlFile | DbFile] = []
    try:
        jsonl = JsonlFile(jsonl_path) if jsonl_path else None
        opened += [jsonl] if jsonl else []
        db_file = DbFile(db) if db is not None else None
        opened += [db_file] if db_file else []
        done = None
        if resume:
            found = [done_in_jsonl(jsonl_path)] if jsonl_path else []
            if shard_dir is not None:
                from vnreport.batch.dask_engine import done_in_shards

                found.append(done_in_shards(shard_dir))
            if db is not None:
                from vnreport.batch.sqlite import done_in_db

                found.append(done_in_db(db))
            done = found[0] if len(found) == 1 else found[0].intersection(found[1])
        else:
            _check_fresh(db, shard_dir)
        sinks: list[Sink] = []
        if jsonl is not None:
            sinks.append(jsonl.sink(resume=resume))
        elif shard_dir is not None:
            try:
                os.makedirs(shard_dir, exist_ok=True)  # the workers write the shards; nothing to open here
            except OSError as exc:
                raise OutputError(f"cannot write {shard_dir}: {describe(exc)}") from None
        elif output == "-" or db is None:
            sinks.append(JsonlSink(sys.stdout, owned=False))
        if db_file is not None:
            from vnreport.batch.sqlite import SqliteSink

            sinks.append(SqliteSink(db_file.path))
            stack.callback(os.close, db_file.fd)  # the lock is held until the run ends
    except BaseException:
        for handle in opened:
            handle.abandon()
        raise
    return sinks, done


def _output_paths(jsonl_path: str | None, db: str | None, shard_dir: str | None) -> frozenset[str]:
    """Real paths of what this run writes: files, SQLite's companions, the shard folder."""
    paths = [jsonl_path, db, shard_dir] + ([f"{db}-wal", f"{db}-shm", f"{db}-journal"] if db else [])
    return frozenset(os.path.realpath(p) for p in paths if p)


def _check_fresh(db: str | None, shard_dir: str | None) -> None:
    """Without --resume, a database or shard folder that holds an earlier run would mix two runs."""
    if db is not None:
        from vnreport.batch.sqlite import article_count

        if article_count(db):
            raise typer.BadParameter(
                f"{db} already holds articles: add --resume to continue it, or remove it to start over",
                param_hint="--db",
            )
    if shard_dir is not None:
        from vnreport.batch.dask_engine import shard_indexes

        if shard_indexes(shard_dir):
            raise typer.BadParameter(
                f"{shard_dir} already holds shards: add --resume to continue it, or empty it to start over",
                param_hint="--output",
            )


def _inputs(
    paths: list[str],
    globs: tuple[str, ...],
    text_field: str | None,
    id_field: str | None,
    max_bytes: int,
    skip: frozenset[str] = frozenset(),
) -> Iterator[Input]:
    from vnreport.batch.inputs import discover, paths_from_lines, records_from_jsonl

    for path in paths:
        if path != "-":
            yield from discover([path], globs, skip=skip)
        elif text_field:
            yield from records_from_jsonl(sys.stdin.buffer, text_field, id_field, max_bytes=max_bytes)
        else:
            yield from paths_from_lines(sys.stdin.buffer)


def _count_inputs(paths: list[str], globs: tuple[str, ...], skip: frozenset[str]) -> int:
    from vnreport.batch.inputs import discover

    return sum(1 for _ in discover(paths, globs, skip=skip))


def _print_failure(outcome: Outcome) -> None:
    error_line(outcome.message or "")
    if outcome.detail:  # a traceback (VNREPORT_DEBUG=1): it may quote the input, so shown safe too
        for line in outcome.detail.splitlines():
            err_console().print(terminal_safe(line), markup=False, highlight=False, soft_wrap=True)
