from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest
from typer.testing import CliRunner

from tests.conftest import HANOI
from vnreport.cli.main import app
from vnreport.report.model import Report

runner = CliRunner()


def invoke(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, list(args), input=input)


@pytest.mark.parametrize("command", [[], ["analyze"], ["segment"], ["schema"], ["eval"], ["batch"], ["stats"]])
def test_every_command_has_help_with_an_example(command: list[str]) -> None:
    result = invoke(*command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout.startswith("vnreport ")


def test_analyze_json_in_a_pipe_is_the_default_and_round_trips() -> None:
    result = invoke("analyze", str(HANOI))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"]["encoding"] == "utf-8"
    assert data["title"].startswith("Phấn đấu")
    assert "Phấn đấu" in result.stdout  # Vietnamese is not \\u-escaped
    report = msgspec.json.decode(result.stdout, type=Report)
    assert report.source.path == str(HANOI)


def test_analyze_table_view() -> None:
    result = invoke("analyze", str(HANOI), "--format", "table")
    assert result.exit_code == 0
    assert "Phấn đấu hoàn thành" in result.stdout
    assert not result.stdout.lstrip().startswith("{")


def test_analyze_markdown_and_only() -> None:
    result = invoke("analyze", str(HANOI), "--format", "markdown", "--only", "officials,documents")
    assert result.exit_code == 0
    assert result.stdout.startswith("# Phấn đấu")
    assert "## Officials" in result.stdout and "## Dates" not in result.stdout


def test_only_narrows_json_and_rejects_unknown_sections() -> None:
    result = invoke("analyze", str(HANOI), "-f", "json", "--only", "dates")
    data = json.loads(result.stdout)
    assert "dates" in data and "officials" not in data and "source" in data
    bad = invoke("analyze", str(HANOI), "--only", "nonsense")
    assert bad.exit_code == 2


def test_analyze_stdin() -> None:
    result = invoke("analyze", "-", "-f", "json", input=HANOI.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"]["path"] == "<stdin>"


def test_bad_inputs_give_one_line_each_and_exit_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.dat").write_bytes(b"\x00\x01\x02garbage")
    missing = str(tmp_path / "missing.txt")
    result = invoke(
        "analyze",
        missing,
        str(tmp_path),
        str(tmp_path / "empty.txt"),
        str(tmp_path / "bin.dat"),
        str(HANOI),
        "-f",
        "jsonl",
    )
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line.get("reason") for line in lines] == ["not_found", "is_directory", "empty", "binary", None]
    errors = [line for line in result.stderr.splitlines() if line.startswith("vnreport: ")]
    assert len(errors) == 5  # four inputs and the summary line
    assert missing in errors[0] and "Traceback" not in result.stderr


def test_segment_text_and_json() -> None:
    text = invoke("segment", str(HANOI))
    assert text.exit_code == 0
    lines = text.stdout.splitlines()
    assert lines[0] == "Phấn_đấu hoàn_thành mục_tiêu , nhiệm_vụ chính_trị của Thủ_đô năm 2024"
    assert any("258-KH/TU" in line for line in lines)
    as_json = json.loads(invoke("segment", str(HANOI), "-f", "json").stdout)
    source = HANOI.read_text(encoding="utf-8")
    for paragraph in as_json["paragraphs"]:
        for sentence in paragraph["sentences"]:
            for word in sentence["words"]:
                assert source[word["start"] : word["end"]] == word["text"]


def test_schema_is_json_schema() -> None:
    schema = json.loads(invoke("schema").stdout)
    assert schema["$defs"]["Report"]["required"] == ["source"]
    assert "Official" in schema["$defs"]


def test_help_does_not_import_underthesea() -> None:
    code = "import sys; from vnreport.cli.main import app; print('underthesea' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_json_on_several_inputs_is_one_array_in_input_order(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    for command in ("analyze", "segment"):
        result = invoke(command, str(HANOI), missing, str(HANOI), "-f", "json")
        assert result.exit_code == 1
        records = json.loads(result.stdout)  # one JSON document, not several back to back
        assert isinstance(records, list) and len(records) == 3
        assert records[1]["reason"] == "not_found" and records[0]["source"] == records[2]["source"]


def test_json_on_one_input_is_the_record_itself() -> None:
    for command in ("analyze", "segment"):
        record = json.loads(invoke(command, str(HANOI), "-f", "json").stdout)
        assert isinstance(record, dict) and record["source"]["path"] == str(HANOI)


def test_an_internal_error_keeps_its_record_in_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    import vnreport.pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(vnreport.pipeline, "analyze_source", broken)
    result = invoke("analyze", str(HANOI), str(HANOI), "-f", "jsonl")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["reason"] for r in records] == ["internal_error", "internal_error"]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("command", "option"), [("analyze", "-f"), ("segment", "-f"), ("batch", "--engine")])
def test_choices_are_checked_and_listed(command: str, option: str) -> None:
    result = invoke(command, str(HANOI), option, "yaml")
    assert result.exit_code == 2
    assert "yaml" in result.stderr and ("json" in result.stderr or "local" in result.stderr)


def test_a_saved_page_gives_the_same_report_as_batch(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = "".join(f"<p>{line}</p>" for line in HANOI.read_text(encoding="utf-8").splitlines() if line.strip())
    page.write_text(
        '<html><head><meta property="article:published_time" content="2024-09-27T08:00:00+07:00">'
        f"<title>Tin</title></head><body><nav>Trang chủ</nav><article>{body}</article></body></html>",
        encoding="utf-8",
    )
    single = json.loads(invoke("analyze", str(page), "-f", "json").stdout)
    batched = json.loads(invoke("batch", str(page), "--jobs", "1", "-q").stdout)
    batched.pop("path")
    assert single == batched
    assert single["source"]["published"] == "2024-09-27"


def test_records_reach_a_text_only_stdout() -> None:
    import io

    from vnreport.render.writers import JsonLinesWriter, LineSink

    stream = io.StringIO()  # as in a notebook: no bytes underneath
    writer = JsonLinesWriter(LineSink(stream))
    writer.write({"tên": "Hà Nội"})
    writer.close()
    assert json.loads(stream.getvalue()) == {"tên": "Hà Nội"}
