"""The SQLite output: one row per article, one row per entity, keys that join, indexes, full-text search.

Open it in `sqlite3` or Datasette. Entity rows are read from each report generically (`name`, `key`,
`value` …), so the tables keep working while the extractors grow. sqlite-utils builds the schema
(tables with foreign keys, indexes, FTS5 with triggers); rows go in with plain `executemany` so each
flush is one transaction.
"""

from __future__ import annotations

import os
import sqlite3
from typing import Any

import msgspec

from vnreport.batch.output import Done
from vnreport.batch.worker import Outcome

_ARTICLE = ("article_id", "articles", "id")

# table → (columns, foreign keys, indexed columns)
SCHEMA: dict[str, tuple[dict[str, type], list[tuple[str, str, str]], list[str]]] = {
    "articles": (
        {
            "id": int,
            "path": str,
            "sha256": str,
            "title": str,
            "encoding": str,
            "bytes": int,
            "chars": int,
            "words": int,
            "published": str,  # YYYY-MM-DD from an HTML page's metadata
            "year": int,
            "text": str,
            "report": str,  # the whole record, as in the JSON Lines output
        },
        [],
        ["path", "sha256", "published", "year"],
    ),
    "officials": (
        {"id": int, "article_id": int, "name": str, "titles": str, "role": str, "mentions": int},
        [_ARTICLE],
        ["article_id", "name"],
    ),
    "official_titles": (
        {"id": int, "official_id": int, "article_id": int, "title": str, "organization": str, "current": int},
        [("official_id", "officials", "id"), _ARTICLE],
        ["official_id", "article_id", "title"],
    ),
    "documents": (
        {
            "id": int,
            "article_id": int,
            "key": str,
            "kind": str,
            "number": str,
            "date": str,
            "issuer": str,
            "text": str,
        },
        [_ARTICLE],
        ["article_id", "key"],
    ),
    "dates": (
        {"id": int, "article_id": int, "value": str, "text": str, "precision": str},
        [_ARTICLE],
        ["article_id", "value"],
    ),
    "organizations": (
        {"id": int, "article_id": int, "name": str, "mentions": int},
        [_ARTICLE],
        ["article_id", "name"],
    ),
    "locations": (
        {"id": int, "article_id": int, "name": str, "province": str, "level": str, "mentions": int},
        [_ARTICLE],
        ["article_id", "name", "province"],
    ),
    "figures": (
        {"id": int, "article_id": int, "text": str, "value": float, "unit": str, "measure": str},
        [_ARTICLE],
        ["article_id", "unit"],
    ),
    "errors": (
        {"id": int, "path": str, "reason": str, "error": str},
        [],
        ["path", "reason"],
    ),
}
FTS_COLUMNS = ["title", "text"]


def create_schema(path: str) -> None:
    """Create every table, index and the FTS index (idempotent: an existing database is completed)."""
    import sqlite_utils

    db = sqlite_utils.Database(path)
    try:
        db.enable_wal()  # readers (Datasette, `vnreport stats`) can open it while a batch writes
        for name, (columns, foreign_keys, indexes) in SCHEMA.items():
            db[name].create(columns, pk="id", foreign_keys=foreign_keys, if_not_exists=True)  # type: ignore[union-attr]
            for column in indexes:
                db[name].create_index([column], if_not_exists=True)  # type: ignore[union-attr]
        if db["articles"].detect_fts() is None:  # type: ignore[union-attr]
            db["articles"].enable_fts(FTS_COLUMNS, create_triggers=True)  # type: ignore[union-attr]
    finally:
        db.close()


def article_count(path: str) -> int:
    if not os.path.exists(path):
        return 0
    with _connect(path) as conn:
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            return 0


def done_in_db(path: str) -> Done:
    done = Done()
    if not os.path.exists(path):
        return done
    with _connect(path) as conn:
        for article_path, sha256 in conn.execute("SELECT path, sha256 FROM articles"):
            done.add_report(article_path, sha256)
        done.errors.update(row[0] for row in conn.execute("SELECT path FROM errors"))
    return done


def _connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at each checkpoint, fast commits
    return conn


class SqliteSink:
    """Buffers whole records and writes each batch in one transaction, so a table never holds half an article."""

    def __init__(self, path: str) -> None:
        create_schema(path)
        self.conn = _connect(path)
        self.next_article = self._next_id("articles")
        self.next_official = self._next_id("officials")
        self.pending: list[dict[str, list[tuple[Any, ...]]]] = []
        self.decoder = msgspec.json.Decoder()

    def _next_id(self, table: str) -> int:
        return (self.conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0) + 1

    def write(self, outcome: Outcome) -> None:
        record = self.decoder.decode(outcome.line)
        if outcome.ok:
            rows = self._article_rows(record, outcome.line, outcome.text)
        else:
            rows = {"errors": [(record.get("path"), record.get("reason"), record.get("error"))]}
        self.pending.append(rows)  # one append: an interrupt cannot leave half a record queued

    def flush(self) -> None:
        if not self.pending:
            return
        by_table: dict[str, list[tuple[Any, ...]]] = {}
        for rows in self.pending:
            for table, table_rows in rows.items():
                by_table.setdefault(table, []).extend(table_rows)
        with self.conn:
            for table in SCHEMA:  # articles before the rows that point at them
                if by_table.get(table):
                    self.conn.executemany(_insert_sql(table), by_table[table])
        self.pending.clear()

    def close(self) -> None:
        self.flush()
        self.conn.close()

    def _article_rows(self, record: dict, line: str, text: str | None) -> dict[str, list[tuple[Any, ...]]]:
        article_id = self.next_article
        self.next_article += 1
        source = record.get("source") or {}
        published = record.get("published")
        rows: dict[str, list[tuple[Any, ...]]] = {
            "articles": [
                (
                    article_id,
                    record.get("path"),
                    source.get("sha256"),
                    record.get("title"),
                    source.get("encoding"),
                    source.get("bytes"),
                    source.get("characters"),
                    source.get("words"),
                    published,
                    int(published[:4]) if published else None,
                    text,
                    line,
                )
            ],
            "officials": [],
            "official_titles": [],
        }
        for official in _items(record, "officials"):
            official_id = self.next_official
            self.next_official += 1
            titles = [t for t in official.get("titles") or [] if isinstance(t, dict)]
            rows["officials"].append(
                (
                    official_id,
                    article_id,
                    official.get("name"),
                    "; ".join(str(t.get("text")) for t in titles if t.get("text")),
                    official.get("role"),
                    _mentions(official),
                )
            )
            rows["official_titles"].extend(
                (official_id, article_id, t.get("text"), t.get("organization"), int(bool(t.get("current", True))))
                for t in titles
            )
        rows["documents"] = [
            (
                article_id,
                d.get("key"),
                d.get("kind"),
                _str(d.get("number")),
                d.get("date"),
                d.get("issuer"),
                d.get("text"),
            )
            for d in _items(record, "documents")
        ]
        rows["dates"] = [
            (article_id, d.get("value"), d.get("text"), d.get("precision")) for d in _items(record, "dates")
        ]
        rows["organizations"] = [(article_id, o.get("name"), _mentions(o)) for o in _items(record, "organizations")]
        rows["locations"] = [
            (article_id, loc.get("name"), loc.get("province"), loc.get("level"), _mentions(loc))
            for loc in _items(record, "locations")
        ]
        rows["figures"] = [
            (article_id, f.get("text"), _float(f.get("value")), f.get("unit"), f.get("measure"))
            for f in _items(record, "figures")
        ]
        return rows


# Columns each table's rows fill, in order: ids the sink assigns itself come first where it does.
_INSERT_COLUMNS = {
    "articles": list(SCHEMA["articles"][0]),
    "officials": list(SCHEMA["officials"][0]),
    "official_titles": ["official_id", "article_id", "title", "organization", "current"],
    "documents": ["article_id", "key", "kind", "number", "date", "issuer", "text"],
    "dates": ["article_id", "value", "text", "precision"],
    "organizations": ["article_id", "name", "mentions"],
    "locations": ["article_id", "name", "province", "level", "mentions"],
    "figures": ["article_id", "text", "value", "unit", "measure"],
    "errors": ["path", "reason", "error"],
}


def _insert_sql(table: str) -> str:
    columns = _INSERT_COLUMNS[table]
    quoted = ", ".join(f"[{c}]" for c in columns)
    return f"INSERT INTO [{table}] ({quoted}) VALUES ({', '.join('?' * len(columns))})"


def _items(record: dict, section: str) -> list[dict]:
    return [item for item in record.get(section) or [] if isinstance(item, dict)]


def _mentions(item: dict) -> int:
    mentions = item.get("mentions")
    return len(mentions) if isinstance(mentions, list) and mentions else 1


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def _float(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
