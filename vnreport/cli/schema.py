"""`vnreport schema`: the JSON Schema of the report (or of the segmentation)."""

from __future__ import annotations

from typing import Annotated

import typer

from vnreport.cli.common import stdout_guard, write_lines


def schema(
    segmentation: Annotated[
        bool, typer.Option("--segmentation", help="Print the schema of `segment --format json`.")
    ] = False,
) -> None:
    """Print the JSON Schema of `analyze --format json` output.

    Validate reports against it, or generate types from it; with --segmentation, the schema of `segment
    --format json`.

    Example:

      vnreport schema > report.schema.json
    """
    from vnreport.render.jsonout import to_json
    from vnreport.report.model import report_schema, segmentation_schema

    with stdout_guard():
        write_lines([to_json(segmentation_schema() if segmentation else report_schema())])
