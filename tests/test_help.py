"""`--help` as a new user reads it: no type beside a switch, arguments as their metavar, text defaults
without parentheses, paragraphs not broken mid-sentence, exit codes that fit the command, and the
sections `--only` takes listed from the constants the views use."""

from __future__ import annotations

import itertools
import json
import re

import pytest
from typer.testing import CliRunner

from tests.conftest import HANOI
from vnreport.cli.help import reflow
from vnreport.cli.main import app
from vnreport.render import ONLY_KEYS
from vnreport.report.model import SECTIONS

runner = CliRunner()
COMMANDS = [[], ["analyze"], ["segment"], ["schema"], ["eval"], ["batch"], ["stats"]]


def help_text(command: list[str], columns: int = 100) -> str:
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": str(columns), "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0] if c else "vnreport")
def test_help_has_none_of_the_oddities(command: list[str]) -> None:
    text = help_text(command)
    assert "<bool>" not in text  # a switch takes no value
    assert "<list[" not in text
    assert not re.search(r"\{[A-Z]+(\.\.\.)?\}", text)  # {FILE...}... in the usage line
    assert "[default: (" not in text
    assert re.search(r"--help\s+Show this message and exit", text)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0] if c else "vnreport")
def test_help_paragraphs_are_not_broken_mid_sentence(command: list[str]) -> None:
    """Each prose line of the description is filled: the next line's first word would not have fit on
    it. A break that the source's own wrapping put in the middle of a paragraph shows as a short line."""
    text = help_text(command, columns=80)
    description = re.split(r"╭|\n *(?:Arguments|Options|Commands):\n", text)[0].splitlines()[1:]
    width = max(len(line) for line in description)
    for line, after in itertools.pairwise(description):
        prose = line.startswith("  ") and not line.startswith("   ") and after.startswith("  ")
        if prose and after.strip() and not after.startswith("   "):
            next_word = after.split()[0]
            assert len(line) + 1 + len(next_word) > width, f"a short line mid-paragraph: {line.strip()!r}"


def test_examples_keep_their_indentation() -> None:
    for command in (["analyze"], ["schema"], ["stats"]):
        assert re.search(r"^ {3,}vnreport ", help_text(command), re.MULTILINE), command


def test_each_command_lists_its_own_exit_codes() -> None:
    schema = help_text(["schema"])
    assert "inputs failed" not in schema and "1 the output could not be written" in schema
    assert "1 some inputs failed" in help_text(["analyze"])
    assert "below its floor" in help_text(["eval"])
    assert "--resume" in help_text(["batch"]).split("Exit codes")[1]
    assert "OUTPUT cannot be read" in help_text(["stats"])


def test_only_lists_every_top_level_section_and_summary_part() -> None:
    top = {key for key in ONLY_KEYS if "." not in key}
    assert top == set(SECTIONS)  # the report's own sections, document included
    assert {key.split(".")[0] for key in ONLY_KEYS} == top
    text = " ".join(help_text(["analyze"], columns=2000).split())
    for key in ONLY_KEYS:
        assert re.search(rf"[ :,]{re.escape(key)}[,;. ]", text), key


def test_only_document_narrows_json() -> None:
    result = runner.invoke(app, ["analyze", str(HANOI), "-f", "json", "--only", "document,officials"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert "document" in data and "officials" in data and "dates" not in data and "summary" not in data


def test_year_is_named_the_biggest_accuracy_lever_for_archives() -> None:
    for command in (["analyze"], ["batch"]):
        assert "biggest accuracy lever" in " ".join(help_text(command, columns=2000).split())


def test_formats_offer_html() -> None:
    assert "markdown|html" in help_text(["analyze"])
    assert "table|json|html" in help_text(["stats"])


def test_reflow_joins_prose_and_keeps_examples() -> None:
    source = "First line\ngoes on.\n\nExample:\n\n  vnreport a\n  vnreport b\n"
    assert reflow(source) == "First line goes on.\n\nExample:\n\n  vnreport a\n  vnreport b"
    assert reflow(None) is None
