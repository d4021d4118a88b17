"""`stats --format html`: charts as inline SVG, read back with a parser — the bars and dots carry the
corpus's numbers, the time axis has its empty months, and names from the articles stay text."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tests.htmldom import Node, parse
from vnreport.cli.main import app
from vnreport.render.html.charts import TimeAxis, _ticks, month_range

runner = CliRunner()
EVIL_ORG = '<script>alert(1)</script> Sở Y tế "tỉnh"'


def _record(path: str, month: str | None, documents: list[str], titles: list[str], orgs: list[str]) -> dict:
    source = {"path": path, "sha256": "0" * 64, "encoding": "utf-8", "bytes": 100, "characters": 90, "words": 20}
    if month:
        source["published"] = f"{month}-15"
    return {
        "path": path,
        "source": source,
        "documents": [{"key": key, "kind": "Nghị quyết", "issuer": "Bộ Chính trị"} for key in documents],
        "officials": [
            {"name": "Nguyễn Văn An", "titles": [{"text": t, "current": True}], "mentions": [{}, {}]} for t in titles
        ][:1],
        "organizations": [{"name": name, "mentions": [{}]} for name in orgs],
    }


def corpus_jsonl(tmp_path: Path) -> Path:
    records = [
        _record("a.html", "2024-01", ["57-NQ/TW"], ["Phó Chủ tịch UBND tỉnh"], [EVIL_ORG, "Bộ Tài chính"]),
        _record("b.html", "2024-01", ["57-NQ/TW", "15-CT/TW"], ["Phó Chủ tịch UBND tỉnh"], [EVIL_ORG]),
        _record("c.html", "2024-03", ["57-NQ/TW"], ["Chủ tịch UBND tỉnh"], []),
        _record("d.html", "2024-04", [], ["Chủ tịch UBND tỉnh"], ["Bộ Tài chính"]),
        _record("e.txt", None, ["57-NQ/TW"], [], []),
        {"path": "bad.txt", "error": "empty input", "reason": "empty"},
    ]
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _chart(root: Node, kind: str) -> Node:
    return next(svg for svg in root.find_all("svg") if svg.attrs["data-chart"] == kind)


def _bars(svg: Node) -> list[tuple[str, int]]:
    return [(g.attrs["data-label"], int(g.attrs["data-value"])) for g in svg.find_all("g", "bar")]


def test_stats_html_charts_carry_the_corpus_numbers(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats", str(corpus_jsonl(tmp_path)), "--format", "html"])
    assert result.exit_code == 0, result.stderr
    root = parse(result.stdout)
    totals = root.find("p", "totals").attrs
    assert (totals["data-articles"], totals["data-errors"]) == ("5", "1")
    assert [svg.attrs["data-chart"] for svg in root.find_all("svg")] == [
        "months",
        "documents",
        "officials",
        "organizations",
    ]

    months = _chart(root, "months")
    # February has no article: the time axis shows it empty rather than skipping it.
    assert _bars(months) == [("2024-01", 2), ("2024-02", 0), ("2024-03", 1), ("2024-04", 1), ("unknown", 1)]
    heights = [float(g.find("rect").attrs["height"]) for g in months.find_all("g", "bar")]
    assert heights[0] == 2 * heights[2] and heights[1] == 0

    assert _bars(_chart(root, "documents")) == [("57-NQ/TW", 4), ("15-CT/TW", 1)]
    widths = [float(g.find("rect").attrs["width"]) for g in _chart(root, "documents").find_all("g", "bar")]
    assert abs(widths[0] - 4 * widths[1]) < 0.5

    officials = _chart(root, "officials")
    lines = {g.attrs["data-label"]: g for g in officials.find_all("g", "title")}
    assert set(lines) == {"Phó Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh"}
    earlier = lines["Phó Chủ tịch UBND tỉnh"]
    assert {c.attrs["data-month"]: int(c.attrs["data-value"]) for c in earlier.find_all("circle")} == {"2024-01": 2}
    later = lines["Chủ tịch UBND tỉnh"]
    assert {c.attrs["data-month"] for c in later.find_all("circle")} == {"2024-03", "2024-04"}
    # The later title starts right of the earlier one on the time axis.
    assert float(later.find("line").attrs["x1"]) > float(lines["Phó Chủ tịch UBND tỉnh"].find("circle").attrs["cx"])

    assert _bars(_chart(root, "organizations")) == [(EVIL_ORG, 2), ("Bộ Tài chính", 2)]
    assert not root.find_all("script")  # the organisation's name stayed text
    assert EVIL_ORG in _chart(root, "organizations").text()
    policy = next(m.attrs["content"] for m in root.find_all("meta") if m.attrs.get("http-equiv"))
    assert "script-src 'none'" in policy and "default-src 'none'" in policy


def test_stats_html_of_an_empty_output_still_makes_a_page(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text('{"path": "x.txt", "error": "no such file", "reason": "not_found"}\n', encoding="utf-8")
    result = runner.invoke(app, ["stats", str(path), "-f", "html"])
    assert result.exit_code == 0
    root = parse(result.stdout)
    assert len(root.find_all("svg")) == 4
    assert all("none" in svg.text() for svg in root.find_all("svg"))


def test_month_axis_and_ticks() -> None:
    assert month_range(["2023-11", "2024-02", "garbage", "2024-13", "2025-00"]) == [
        "2023-11",
        "2023-12",
        "2024-01",
        "2024-02",
    ]
    assert len(month_range(["0001-01", "9999-12"])) == 1200  # bounded however far apart
    assert _ticks(7) == [0, 2, 4, 6, 8] and _ticks(4) == [0, 1, 2, 3, 4] and _ticks(100) == [0, 50, 100]


def test_the_time_axis_keeps_stray_dates_in_edge_columns_and_uses_years_for_long_spans() -> None:
    # 40 articles over four months, one about 1945 and one dated 2030 (a plan's target year).
    counts = {"2024-01": 10, "2024-02": 10, "2024-03": 10, "2024-04": 8, "1945-09": 1, "2030-12": 1}
    axis = TimeAxis(counts)
    assert axis.columns == ["before 2024-01", "2024-01", "2024-02", "2024-03", "2024-04", "after 2024-04"]
    assert axis.totals(counts) == [1, 10, 10, 10, 8, 1]
    assert axis.index("not a month") is None
    decade = {f"{year}-06": 5 for year in range(2010, 2020)}
    long = TimeAxis(decade)
    assert long.by_year and long.columns == [str(year) for year in range(2010, 2020)]
    assert long.totals({"2012-01": 2, "2012-11": 3}) == [0, 0, 5, 0, 0, 0, 0, 0, 0, 0]
    assert TimeAxis({}).columns == [] and TimeAxis({}).index("2024-01") is None


def test_an_unnumbered_document_is_charted_by_its_name_not_its_folded_key(tmp_path: Path) -> None:
    record = _record("a.html", "2024-05", [], [], [])
    record["documents"] = [{"key": "luat dat dai 2013", "kind": "Luật", "name": "Luật Đất đai 2013", "number": None}]
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["stats", str(path), "-f", "html"])
    assert _bars(_chart(parse(result.stdout), "documents")) == [("Luật Đất đai 2013", 1)]
    data = json.loads(runner.invoke(app, ["stats", str(path), "-f", "json"]).stdout)
    assert data["documents"][0]["name"] == "Luật Đất đai 2013"
