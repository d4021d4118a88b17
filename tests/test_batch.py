from __future__ import annotations

import builtins
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import HANOI, ROOT
from vnreport import legacy
from vnreport.batch.output import cut_partial_line
from vnreport.batch.sqlite import APPLICATION_ID, SqliteSink
from vnreport.batch.worker import Outcome
from vnreport.cli.main import app
from vnreport.pages import extract_page
from vnreport.reading import decode_source

runner = CliRunner()

VIET = "Ủy ban nhân dân tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2024 với Mặt trận Tổ quốc Việt Nam."
ARTICLE = (
    "Hà Nội tổ chức hội nghị giao ban quý III\n"
    "Sáng 27/9, UBND thành phố Hà Nội tổ chức hội nghị giao ban công tác quý III năm 2024.\n"
    "Chủ tịch UBND thành phố Trần Sỹ Thanh chủ trì hội nghị. Các đại biểu thảo luận về tiến độ giải ngân.\n"
)
PAGE = """<html><head><title>Hà Nội họp giao ban quý III - Báo Thủ đô</title>
<meta property="og:title" content="Hà Nội họp giao ban quý III">
<meta property="article:published_time" content="2023-05-04T10:00:00+07:00">
</head><body><nav><a href="/">Trang chủ</a> <a href="/ts">Thời sự</a> <a href="/kt">Kinh tế</a></nav>
<article><h1>Hà Nội họp giao ban quý III</h1>
<p>Sáng 4/5, UBND thành phố Hà Nội tổ chức hội nghị giao ban công tác quý III với các sở, ngành.</p>
<p>Chủ tịch UBND thành phố chủ trì hội nghị, yêu cầu các đơn vị đẩy nhanh tiến độ giải ngân vốn đầu tư công.</p>
<p>Các đại biểu đã thảo luận về những giải pháp trọng tâm trong những tháng cuối năm.</p>
</article><footer>Bản quyền thuộc Báo Thủ đô. Ghi rõ nguồn khi phát hành lại.</footer></body></html>
"""


def invoke(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, list(args), input=input)


def read_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def article(number: int) -> str:
    return ARTICLE.replace("quý III", f"quý III (bản tin số {number})")


def make_folder(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"{number:04d}.txt"
        path.write_text(article(number), encoding="utf-8")
        paths.append(path)
    return paths


def legacy_encode(text: str, encoding: str) -> str:
    """Unicode → the legacy text as read in Latin-1, from the same tables (canonical VNI casing)."""
    codec = legacy._codecs()[encoding]
    reverse: dict[str, str] = {}
    for key, letter in codec.table.items():
        if not (len(key) == 2 and key[0].isupper() != key[1].isupper()):
            reverse.setdefault(letter, key)
    return "".join(reverse.get(ch, reverse.get(ch.lower(), ch)) for ch in text)


# --- help ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["batch", "stats"])
def test_help_has_an_example(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout


# --- input kinds ---------------------------------------------------------------------------------


def test_folder_of_txt_md_and_html_recursively(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "in" / "sub" / "b.md").write_text(article(2), encoding="utf-8")
    (tmp_path / "in" / "sub" / "c.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "in" / "notes.csv").write_text("a,b\n", encoding="utf-8")  # not matched by the default globs
    out = tmp_path / "out.jsonl"
    result = invoke("batch", str(tmp_path / "in"), "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    records = read_records(out)
    assert [Path(r["path"]).name for r in records] == ["a.txt", "b.md", "c.html"]
    assert all("error" not in r for r in records)
    page = records[2]
    assert page["source"]["published"] == "2023-05-04"
    assert page["title"] == "Hà Nội họp giao ban quý III"
    assert "3 analysed, 0 failed" in result.stderr


def test_glob_selects_files_in_folders(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "b.md").write_text(article(2), encoding="utf-8")
    result = invoke("batch", str(tmp_path), "--glob", "*.md", "--jobs", "1", "-q")
    assert result.exit_code == 0
    assert [Path(r["path"]).name for r in map(json.loads, result.stdout.splitlines())] == ["b.md"]


def test_html_page_main_text_title_and_date() -> None:
    page = extract_page("p.html", PAGE)
    assert page.title == "Hà Nội họp giao ban quý III"
    assert page.published == "2023-05-04"
    assert page.text.splitlines()[0] == "Hà Nội họp giao ban quý III"
    assert "giải ngân vốn đầu tư công" in page.text
    assert "Trang chủ" not in page.text and "Bản quyền" not in page.text


def test_html_date_year_goes_to_the_analysis(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    result = invoke("batch", str(tmp_path / "p.html"), str(tmp_path / "a.txt"), "--year", "2021", "--jobs", "1")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    # the page's own date wins; --year is the fallback for the text that has none
    assert [r["source"]["published"] for r in records] == ["2023-05-04", None]
    page_dates = {d["value"] for d in records[0]["dates"]}
    assert "2023-05-04" in page_dates, page_dates


def test_paths_on_stdin(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.md"
    a.write_text(article(1), encoding="utf-8")
    b.write_text(article(2), encoding="utf-8")
    result = invoke("batch", "-", "--jobs", "1", input=f"{b}\n\n{a}\n")
    assert result.exit_code == 0, result.stderr
    assert [r["path"] for r in map(json.loads, result.stdout.splitlines())] == [str(b), str(a)]


def test_jsonl_records_on_stdin_with_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"url": "https://a.vn/1", "content": article(1)}, ensure_ascii=False),
        "{not json",
        json.dumps({"url": "https://a.vn/3", "body": "no content field"}),
        json.dumps({"content": article(4)}, ensure_ascii=False),
        json.dumps({"url": "https://a.vn/5", "content": ""}),
    ]
    result = invoke(
        "batch", "-", "--text-field", "content", "--id-field", "url", "--jobs", "1", input="\n".join(lines) + "\n"
    )
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in records] == [
        "https://a.vn/1",
        "<stdin>:2",
        "https://a.vn/3",
        "<stdin>:4",
        "https://a.vn/5",
    ]
    assert [r.get("reason") for r in records] == [None, "invalid_json", "missing_field", None, "empty"]
    assert records[0]["source"]["path"] == "https://a.vn/1"
    assert result.exit_code == 1


# --- bad inputs: one record each, nothing lost ---------------------------------------------------


def test_every_bad_input_gets_one_error_record_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vnreport.batch import worker

    files = {
        "00-good.txt": article(0).encode("utf-8"),
        "01-empty.txt": b"",
        "02-binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "03-undecodable.txt": b"\xff\xfe\x00\xd8",
        "04-huge.txt": (article(4) * 20).encode("utf-8"),
        "05-secret.txt": article(5).encode("utf-8"),
        "05-unreadable.txt": article(5).encode("utf-8"),
        "06-boom.txt": article(6).encode("utf-8"),
        "07-script.html": b"<html><head><script>var a = 1;</script></head><body><img src='a.png'></body></html>",
        "08-good.md": article(8).encode("utf-8"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    missing = str(tmp_path / "09-missing.txt")
    secret = str(tmp_path / "05-secret.txt")
    real_open = builtins.open

    def deny(file, *args, **kwargs):  # type: ignore[no-untyped-def]  # root ignores chmod: simulate the refusal
        if str(file) == secret:
            raise PermissionError(13, "Permission denied")
        if str(file).endswith("05-unreadable.txt"):
            raise OSError(5, "Input/output error")
        return real_open(file, *args, **kwargs)

    real_analyze = worker._analyze

    def explode(source, *, year):  # type: ignore[no-untyped-def]
        if source.path.endswith("boom.txt"):
            raise RuntimeError("simulated bug")
        return real_analyze(source, year=year)

    monkeypatch.setattr(builtins, "open", deny)
    monkeypatch.setattr(worker, "_analyze", explode)
    paths = [str(tmp_path / name) for name in files] + [missing]
    result = invoke("batch", *paths, "--max-bytes", "2000", "--jobs", "1")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in records] == paths
    assert [r.get("reason") for r in records] == [
        None,
        "empty",
        "binary",
        "undecodable",
        "too_large",
        "permission",
        "unreadable",
        "internal_error",
        "no_text",
        None,
        "not_found",
    ]
    for record in records:
        if "reason" in record:
            assert set(record) == {"path", "error", "reason"}
            assert f"{record['path']}: {record['error']}" in result.stderr
    assert "simulated bug" in records[7]["error"]
    assert "2 analysed, 9 failed" in result.stderr


def test_all_good_exits_0_and_quiet_is_silent(tmp_path: Path) -> None:
    make_folder(tmp_path, 2)
    result = invoke("batch", str(tmp_path), "--jobs", "1", "--quiet")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 2


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    make_folder(tmp_path, 1)
    assert invoke("batch", str(tmp_path), "--resume").exit_code == 2  # nothing to resume from
    assert invoke("batch", str(tmp_path), "--text-field", "content").exit_code == 2  # records come on stdin
    assert invoke("batch", "-", "--id-field", "url").exit_code == 2
    assert invoke("batch", "-", "-").exit_code == 2


# --- parallel order ------------------------------------------------------------------------------


def test_parallel_output_is_in_input_order_and_equals_serial(tmp_path: Path) -> None:
    paths = make_folder(tmp_path / "in", 6)
    (tmp_path / "in" / "0002.txt").write_bytes(b"")  # a failure in the middle keeps its place
    serial, parallel = tmp_path / "serial.jsonl", tmp_path / "parallel.jsonl"
    first = invoke("batch", str(tmp_path / "in"), "-o", str(serial), "--jobs", "1")
    second = invoke("batch", str(tmp_path / "in"), "-o", str(parallel), "--jobs", "2")
    assert first.exit_code == second.exit_code == 1
    records = read_records(parallel)
    assert [r["path"] for r in records] == [str(p) for p in paths]
    assert records[2]["reason"] == "empty"
    assert parallel.read_text(encoding="utf-8") == serial.read_text(encoding="utf-8")


def crash_on_marked_inputs(items: list) -> list:  # runs in a worker: dies like a segfault would
    from vnreport.batch.worker import process_chunk

    if any(item.path.endswith("crash.txt") for item in items):
        os._exit(1)
    return process_chunk(items)


def test_a_worker_that_dies_costs_only_its_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vnreport.batch import worker

    monkeypatch.setattr(worker._Pool, "submit", lambda pool, chunk: pool.executor.submit(crash_on_marked_inputs, chunk))
    paths = make_folder(tmp_path, 20)
    (tmp_path / "0007-crash.txt").write_text(article(7), encoding="utf-8")
    result = invoke("batch", str(tmp_path), "--jobs", "2")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    expected = sorted([*map(str, paths), str(tmp_path / "0007-crash.txt")])
    assert [r["path"] for r in records] == expected
    failed = [r for r in records if "reason" in r]
    assert [(Path(r["path"]).name, r["reason"]) for r in failed] == [("0007-crash.txt", "internal_error")]
    assert "worker process died" in failed[0]["error"]


# --- resume --------------------------------------------------------------------------------------


def test_resume_after_a_partial_run_and_a_torn_last_line(tmp_path: Path) -> None:
    paths = make_folder(tmp_path / "in", 6)
    out = tmp_path / "out.jsonl"
    first = invoke("batch", *map(str, paths[:3]), "-o", str(out), "--jobs", "1")
    assert first.exit_code == 0
    with out.open("a", encoding="utf-8") as handle:
        handle.write('{"path": "' + str(paths[3]) + '", "schema_ver')  # a killed writer's half line
    resumed = invoke("batch", str(tmp_path / "in"), "-o", str(out), "--resume", "--jobs", "1")
    assert resumed.exit_code == 0, resumed.stderr
    assert "3 analysed" in resumed.stderr and "3 skipped" in resumed.stderr
    assert [r["path"] for r in read_records(out)] == [str(p) for p in paths]
    again = invoke("batch", str(tmp_path / "in"), "-o", str(out), "--resume", "--jobs", "1")
    assert "0 analysed" in again.stderr and "6 skipped" in again.stderr
    paths[0].write_text(article(100), encoding="utf-8")  # changed content is analysed again
    changed = invoke("batch", str(tmp_path / "in"), "-o", str(out), "--resume", "--jobs", "1")
    assert "1 analysed" in changed.stderr
    assert len(read_records(out)) == 7


def test_cut_partial_line(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b": 2}\n{"c"')
    cut_partial_line(str(path))
    assert path.read_bytes() == b'{"a": 1}\n{"b": 2}\n'
    path.write_bytes(b'{"c"')
    cut_partial_line(str(path))
    assert path.read_bytes() == b""


def test_sigint_stops_cleanly_and_resume_completes_each_input_once(tmp_path: Path) -> None:
    paths = make_folder(tmp_path / "in", 400)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "vnreport", "batch", str(tmp_path / "in"), "-o", str(out), "--jobs", "2"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.stat().st_size > 0:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr.decode()
    assert b"interrupted after" in stderr and b"--resume" in stderr
    data = out.read_bytes()
    assert data.endswith(b"\n")
    written = [json.loads(line) for line in data.splitlines()]  # every line is a whole record
    assert 0 < len(written) < len(paths)
    resumed = invoke("batch", str(tmp_path / "in"), "-o", str(out), "--resume", "--jobs", "2", "-q")
    assert resumed.exit_code == 0
    assert [r["path"] for r in read_records(out)] == [str(p) for p in paths]


# --- legacy encodings ----------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_bytes_are_detected_and_converted(tmp_path: Path, encoding: str) -> None:
    unicode_text = VIET.lower() if encoding == "tcvn3" else VIET  # TCVN3 capitals lived in separate fonts
    data = legacy_encode(unicode_text, encoding).encode("latin-1")
    source = decode_source("old.txt", data)
    assert source.text == unicode_text
    assert source.encoding == encoding
    (tmp_path / "old.txt").write_bytes(data)
    result = invoke("batch", str(tmp_path / "old.txt"), "--jobs", "1")
    assert json.loads(result.stdout)["source"]["encoding"] == encoding


def test_domain_examples_convert() -> None:
    assert legacy.convert_legacy("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3") == "Cộng hoà xã hội chủ nghĩa Việt Nam"
    assert legacy.convert_legacy("§éc lËp - Tù do - H¹nh phóc", "tcvn3") == "Độc lập - Tự do - Hạnh phúc"
    assert (
        legacy.convert_legacy("Vieät Nam, nhaân daân, thaønh phoá, Ñaûng", "vni")
        == "Việt Nam, nhân dân, thành phố, Đảng"
    )
    assert legacy.convert_legacy("Tröôøng ñaïi hoïc", "vni") == "Trường đại học"


def test_mojibake_inside_utf8_is_repaired_and_named() -> None:
    source = decode_source("paste.txt", legacy_encode(VIET, "vni").encode("utf-8"))
    assert source.text == VIET
    assert source.encoding == "utf-8+vni"


def test_jsonl_record_text_in_legacy_encoding_is_converted() -> None:
    line = json.dumps({"content": legacy_encode(VIET, "vni")}, ensure_ascii=False)
    result = invoke("batch", "-", "--text-field", "content", "--jobs", "1", input=line + "\n")
    assert json.loads(result.stdout)["source"]["encoding"] == "utf-8+vni"


def test_unicode_vietnamese_is_never_taken_for_legacy() -> None:
    assert legacy.detect_legacy(HANOI.read_text(encoding="utf-8")) is None
    new_style = "Hoà bình, khoẻ mạnh, toàn thể, hoá chất, hoãn lại, Thanh Hoá, Tỉnh uỷ. " * 20
    assert legacy.detect_legacy(new_style) is None
    assert legacy.detect_legacy("© 2024 Báo Hà Nội mới · Bản quyền thuộc về tòa soạn.") is None


# --- SQLite --------------------------------------------------------------------------------------

RICH_RECORD = {
    "path": "x/1.html",
    "published": "2024-09-27",
    "schema_version": "1.0",
    "source": {
        "path": "x/1.html",
        "sha256": "ab" * 32,
        "encoding": "utf-8",
        "bytes": 900,
        "characters": 800,
        "words": 170,
    },
    "title": "Hà Nội họp giao ban",
    "officials": [
        {
            "name": "Trần Sỹ Thanh",
            "titles": [{"text": "Chủ tịch UBND", "organization": "thành phố Hà Nội", "current": True, "mentions": []}],
            "mentions": [{"text": "Trần Sỹ Thanh", "start": 0, "end": 13}] * 2,
            "role": "chaired",
        }
    ],
    "documents": [
        {
            "text": "Nghị quyết số 57-NQ/TW",
            "kind": "Nghị quyết",
            "number": "57",
            "key": "57-NQ/TW",
            "start": 0,
            "end": 5,
        }
    ],
    "dates": [{"text": "27/9/2024", "value": "2024-09-27", "start": 0, "end": 9, "precision": "day"}],
    "organizations": [{"name": "UBND thành phố Hà Nội", "mentions": []}],
    "locations": [{"name": "Hà Nội", "level": "province", "province": "Hà Nội", "mentions": []}],
    "figures": [{"text": "95%", "value": 95, "unit": "%", "start": 0, "end": 3}],
}


def write_sqlite(path: Path, records: list[dict]) -> None:
    sink = SqliteSink(str(path))
    for record in records:
        ok = "error" not in record
        line = json.dumps(record, ensure_ascii=False)
        sink.write(Outcome(line=line, ok=ok, words=0, text="Hà Nội họp giao ban về giải ngân" if ok else None))
    sink.close()


def test_sqlite_schema_joins_and_full_text_search(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    write_sqlite(db, [RICH_RECORD, {"path": "bad.txt", "error": "empty file", "reason": "empty"}])
    conn = sqlite3.connect(db)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    expected = {"articles", "officials", "official_titles", "documents", "dates", "organizations", "locations"}
    assert expected | {"figures", "errors", "articles_fts"} <= tables
    references = {row[2] for row in conn.execute("PRAGMA foreign_key_list(officials)")}
    assert references == {"articles"}
    indexed = {row[1] for row in conn.execute("PRAGMA index_list(documents)")}
    assert indexed == {"idx_documents_article_id", "idx_documents_key"}
    rows = conn.execute(
        "SELECT o.name, t.title, t.organization, a.path, a.year FROM officials o "
        "JOIN articles a ON a.id = o.article_id JOIN official_titles t ON t.official_id = o.id"
    ).fetchall()
    assert rows == [("Trần Sỹ Thanh", "Chủ tịch UBND", "thành phố Hà Nội", "x/1.html", 2024)]
    assert conn.execute("SELECT key, number FROM documents").fetchall() == [("57-NQ/TW", "57")]
    assert conn.execute("SELECT mentions FROM officials").fetchone() == (2,)
    hits = conn.execute(
        "SELECT a.path FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
        "WHERE articles_fts MATCH 'giải ngân'"
    ).fetchall()
    assert hits == [("x/1.html",)]
    assert conn.execute("SELECT path, reason FROM errors").fetchall() == [("bad.txt", "empty")]


def test_batch_db_output_and_resume_from_it(tmp_path: Path) -> None:
    paths = make_folder(tmp_path / "in", 3)
    (tmp_path / "in" / "0001.txt").write_bytes(b"")
    db = tmp_path / "c.sqlite"
    result = invoke("batch", str(tmp_path / "in"), "--db", str(db), "--jobs", "1")
    assert result.exit_code == 1
    assert result.stdout == ""  # with --db, records go to stdout only when asked (-o -)
    conn = sqlite3.connect(db)
    assert [r[0] for r in conn.execute("SELECT path FROM articles ORDER BY id")] == [str(paths[0]), str(paths[2])]
    fts = conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'giao ban'").fetchone()
    assert fts == (2,)
    assert invoke("batch", str(tmp_path / "in"), "--db", str(db)).exit_code == 2  # would mix two runs
    again = invoke("batch", str(tmp_path / "in"), "--db", str(db), "--resume", "--jobs", "1")
    assert "3 skipped" in again.stderr
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (2,)


# --- stats ---------------------------------------------------------------------------------------


def test_stats_on_jsonl_and_sqlite_agree(tmp_path: Path) -> None:
    second = json.loads(json.dumps(RICH_RECORD))
    second["path"] = second["source"]["path"] = "x/2.html"
    second["source"]["published"] = "2025-01-10"
    second["officials"][0]["titles"] = [{"text": "Bí thư Thành ủy", "organization": None, "current": True}]
    second["documents"] = second["documents"] * 2  # cited twice in one article: counts once
    error = {"path": "bad.txt", "error": "empty file", "reason": "empty"}
    records = [RICH_RECORD, second, error]
    jsonl = tmp_path / "out.jsonl"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    db = tmp_path / "out.sqlite"
    write_sqlite(db, records)
    from_jsonl = invoke("stats", str(jsonl), "-f", "json")
    from_db = invoke("stats", str(db), "-f", "json")
    assert from_jsonl.exit_code == from_db.exit_code == 0
    data = json.loads(from_jsonl.stdout)
    assert data == json.loads(from_db.stdout)
    assert (data["articles"], data["errors"]) == (2, 1)
    assert data["documents"][0]["key"] == "57-NQ/TW" and data["documents"][0]["articles"] == 2
    official = data["officials"][0]
    assert official["name"] == "Trần Sỹ Thanh" and official["articles"] == 2
    assert [(t["title"], t["first"]) for t in official["titles"]] == [
        ("Chủ tịch UBND thành phố Hà Nội", "2024-09"),
        ("Bí thư Thành ủy", "2025-01"),
    ]
    assert data["months"] == [{"month": "2024-09", "articles": 1}, {"month": "2025-01", "articles": 1}]
    assert data["organizations"][0] == {"name": "UBND thành phố Hà Nội", "articles": 2, "mentions": 2}
    table = invoke("stats", str(db), "-f", "table")
    assert "Trần Sỹ Thanh" in table.stdout and "Articles per month" in table.stdout


def test_stats_on_a_missing_file_exits_1(tmp_path: Path) -> None:
    assert invoke("stats", str(tmp_path / "nope.jsonl")).exit_code == 1


DECISION = """ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
SỞ TÀI CHÍNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1234/QĐ-STC
Nghệ An, ngày 05 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc ban hành quy chế thử nghiệm

GIÁM ĐỐC SỞ TÀI CHÍNH

Căn cứ Nghị định số 24/2024/NĐ-CP ngày 27 tháng 02 năm 2024 của Chính phủ;

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế thử nghiệm.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 88/QĐ-STC ngày 10 tháng 1 năm 2020.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC



Trần Văn Thử
"""


def test_official_documents_are_queryable_by_issuer_date_and_what_they_change(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "qd.txt").write_text(DECISION, encoding="utf-8")
    db = tmp_path / "docs.sqlite"
    result = invoke("batch", str(tmp_path / "in"), "--db", str(db), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    conn = sqlite3.connect(db)
    row = conn.execute(
        "SELECT kind, number, date, issuer, signer, signer_authority, effective, articles FROM official_documents"
    ).fetchone()
    assert row == ("Quyết định", "1234/QĐ-STC", "2024-03-05", "Sở Tài chính", "Trần Văn Thử", "KT.", "2024-03-05", 2)
    links = conn.execute("SELECT document_key, role, key FROM document_links ORDER BY role").fetchall()
    assert links == [("1234/QĐ-STC", "basis", "24/2024/NĐ-CP"), ("1234/QĐ-STC", "replaces", "88/QĐ-STC")]
    roles = dict(conn.execute("SELECT key, roles FROM documents"))
    assert roles["1234/QĐ-STC"] == "self" and roles["88/QĐ-STC"] == "replaces"
    assert conn.execute("SELECT year FROM articles").fetchone() == (2024,)  # the document's own year


def test_a_database_of_the_first_schema_gains_the_new_columns_and_tables(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    conn = sqlite3.connect(db)  # the version-1 documents table, without `roles`
    conn.execute(
        "CREATE TABLE documents (id INTEGER PRIMARY KEY, article_id INTEGER, key TEXT, kind TEXT, number TEXT,"
        " date TEXT, issuer TEXT, text TEXT)"
    )
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    conn.close()
    write_sqlite(db, [RICH_RECORD])
    conn = sqlite3.connect(db)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
    assert "roles" in columns
    assert conn.execute("SELECT key FROM documents").fetchall() == [("57-NQ/TW",)]
    assert conn.execute("SELECT count(*) FROM official_documents").fetchone() == (0,)


def test_the_forkserver_loads_the_models_before_workers_fork_from_it() -> None:
    # Workers fork from the pool's forkserver: with the models loaded there, each starts ready (issue #15).
    from vnreport.batch import worker

    source = worker.__file__
    assert "vnreport.batch.forkserver_models" in Path(source).read_text(encoding="utf-8")
    probe = (
        "import vnreport.batch.forkserver_models, gc\n"
        "from vnreport.segment.dictionary import folded_words\n"
        "from vnreport.extract.locations import gazetteer\n"
        "print(folded_words.cache_info().currsize, gazetteer.cache_info().currsize, gc.get_freeze_count() > 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "1", "True"]


_CLOSE_MID_RESULT = """
import sys, time
from pathlib import Path
from tests.pooltasks import stall_mid_result
from vnreport.batch.inputs import Input
from vnreport.batch.worker import WorkerOptions, _Pool

pool = _Pool(1, WorkerOptions())
pool.task = stall_mid_result
pool.submit([Input("a.txt", "x")])
marker = Path(sys.argv[1])
deadline = time.monotonic() + 60
while not marker.exists() and time.monotonic() < deadline:
    time.sleep(0.01)
pool.close()
print("closed", flush=True)
"""


def test_a_pool_closed_while_a_result_is_half_sent_lets_the_process_exit(tmp_path: Path) -> None:
    # The Ctrl-C'd batch that printed its summary and then hung at exit: a worker ended mid-send.
    marker = tmp_path / "sent"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "VNREPORT_TEST_MARKER": str(marker)}
    command = [sys.executable, "-c", _CLOSE_MID_RESULT, str(marker)]
    done = subprocess.run(command, capture_output=True, env=env, cwd=ROOT, timeout=60, check=False)
    assert marker.exists(), done.stderr.decode()
    assert done.returncode == 0 and done.stdout == b"closed\n", done.stderr.decode()
