"""The SQLite output: one row per article, one row per entity, keys that join, indexes, full-text search.

Open it in `sqlite3` or Datasette. Entity rows are read from each report generically (`name`, `key`,
`value` …), so the tables keep working while the extractors grow. sqlite-utils builds the schema
(tables with foreign keys, indexes, FTS5 with triggers); rows go in with plain `executemany` so each
flush is one transaction.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

import msgspec

from vnreport.batch.output import Done, lock, refuse_link
from vnreport.batch.worker import Outcome
from vnreport.errors import OutputError, describe

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
            "roles": str,  # in an official document: self, basis, repeals, amends, replaces (comma-separated)
        },
        [_ARTICLE],
        ["article_id", "key"],
    ),
    # An input that is itself an official document (a law, decree, decision): its identity, one row.
    "official_documents": (
        {
            "id": int,
            "article_id": int,
            "kind": str,
            "number": str,
            "key": str,
            "date": str,
            "place": str,
            "issuer": str,
            "title": str,
            "subject": str,
            "signer": str,
            "signer_position": str,
            "signer_authority": str,
            "effective": str,
            "articles": int,
        },
        [_ARTICLE],
        ["article_id", "key", "kind", "issuer", "date"],
    ),
    # What an official document relies on and changes: `SELECT d.key, l.role, l.key FROM document_links l
    # JOIN official_documents d USING (article_id)` reads which law amends, repeals or replaces which.
    "document_links": (
        {"id": int, "article_id": int, "document_key": str, "role": str, "key": str, "text": str},
        [_ARTICLE],
        ["article_id", "document_key", "role", "key"],
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
# The mark of a vnreport database, in its header (PRAGMA application_id, "vnrp"), and the schema version.
APPLICATION_ID = 0x766E7270
SCHEMA_VERSION = 2  # 2: documents.roles, official_documents, document_links
SQLITE_MAGIC = b"SQLite format 3\x00"


def readonly_uri(path: str) -> str:
    """A read-only `file:` URI for `path`, quoted: a name with `#` or `?` is a name, not URI syntax (pasted
    raw, `db#x.sqlite` opened and created `db`)."""
    return Path(path).absolute().as_uri() + "?mode=ro"


def check_ours(path: str) -> None:
    """Raise OutputError unless `path` is missing, empty, or a vnreport database (its header's mark, or
    for one written before the mark existed, our tables). Reads only: someone else's file is not
    changed in any way — no table, no journal mode, no mark."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"cannot open {path}: {describe(exc)}") from None
    if not header:
        return
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise OutputError(f"{path} is not a SQLite database: give --db a new file (or a vnreport database)")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id == APPLICATION_ID:
        return
    tables = set()
    if application_id == 0:
        try:
            conn = sqlite3.connect(readonly_uri(path), uri=True)
            try:
                schema = conn.execute("SELECT name, type FROM sqlite_master").fetchall()
                columns = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
                user_version = conn.execute("PRAGMA user_version").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise OutputError(f"cannot read {path} as a SQLite database: {exc}") from None
        objects = {name for name, _ in schema}
        tables = {name for name, kind in schema if kind == "table"}
        if not objects and user_version == 0:
            return  # empty: no table, view, index or trigger, no version of anyone's
        if set(SCHEMA) <= tables and "report" in columns:
            return  # vnreport's from before the mark (create_schema marks it)
        tables = tables or objects  # a view or a trigger alone is someone's too
    if tables:
        owner = f"tables {', '.join(sorted(tables)[:5])}"
    else:
        owner = f"application id {application_id:#x}" if application_id else "a user_version of its own"
    raise OutputError(
        f"{path} is another program's SQLite database ({owner}): vnreport writes only its own; give --db a new file"
    )


class DbFile:
    """`--db FILE`, before anything reads or writes it: the file's folder exists, no other batch writes
    it (an exclusive lock for the run; two batches once met `database is locked`), and it is ours."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.created = not os.path.lexists(path)
        refuse_link(path, "--db")
        try:
            self.fd = os.open(path, os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o666)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {describe(exc)}") from None
        try:
            lock(self.fd, path)
            check_ours(path)
        except OutputError:
            self.abandon()
            raise

    def abandon(self) -> None:
        """Release the lock; remove the file if this run created it and wrote nothing."""
        with contextlib.suppress(OSError):
            os.close(self.fd)
        if self.created:
            with contextlib.suppress(OSError):
                if os.path.getsize(self.path) == 0:
                    os.remove(self.path)


def create_schema(path: str) -> None:
    """Create every table, index and the FTS index (idempotent: an existing database is completed)."""
    import sqlite_utils

    db = sqlite_utils.Database(path)
    try:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.enable_wal()  # readers (Datasette, `vnreport stats`) can open it while a batch writes
        for name, (columns, foreign_keys, indexes) in SCHEMA.items():
            table = db[name]
            if table.exists():  # a database of an earlier version: the columns added since
                present = set(table.columns_dict)  # type: ignore[union-attr]
                for column, kind in columns.items():
                    if column not in present:
                        table.add_column(column, kind)  # type: ignore[union-attr]
            table.create(columns, pk="id", foreign_keys=foreign_keys, if_not_exists=True)  # type: ignore[union-attr]
            for column in indexes:
                db[name].create_index([column], if_not_exists=True)  # type: ignore[union-attr]
        if db["articles"].detect_fts() is None:  # type: ignore[union-attr]
            db["articles"].enable_fts(FTS_COLUMNS, create_triggers=True)  # type: ignore[union-attr]
    finally:
        db.close()


def article_count(path: str) -> int:
    if not os.path.exists(path) or not os.path.getsize(path):
        return 0
    conn = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def done_in_db(path: str) -> Done:
    done = Done()
    if not os.path.exists(path) or not os.path.getsize(path):
        return done
    conn = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        for article_path, sha256 in conn.execute("SELECT path, sha256 FROM articles"):
            done.add_report(article_path, sha256)
        done.errors.update(row[0] for row in conn.execute("SELECT path FROM errors"))
    except sqlite3.OperationalError:  # our mark, but no tables yet
        pass
    finally:
        conn.close()
    return done


def _connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at each checkpoint, fast commits
    return conn


class SqliteSink:
    """Buffers whole records and writes each batch in one transaction, so a table never holds half an article."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            create_schema(path)
            self.conn = _connect(path)
            self.next_article = self._next_id("articles")
            self.next_official = self._next_id("officials")
        except sqlite3.Error as exc:
            raise OutputError(f"cannot write {path}: {exc}") from None
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
        try:
            with self.conn:  # one transaction: a failure (disk full) leaves no half article
                for table in SCHEMA:  # articles before the rows that point at them
                    if by_table.get(table):
                        self.conn.executemany(_insert_sql(table), by_table[table])
        except sqlite3.Error as exc:
            self.pending.clear()
            raise OutputError(f"cannot write {self.path}: {exc}") from None
        self.pending.clear()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.conn.close()

    def _article_rows(self, record: dict, line: str, text: str | None) -> dict[str, list[tuple[Any, ...]]]:
        article_id = self.next_article
        self.next_article += 1
        source = record.get("source") or {}
        published = source.get("published") or record.get("published")  # older outputs: top level
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
                    int(published[:4]) if published else _int(record.get("year")),
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
                ",".join(str(r) for r in d.get("roles") or []) or None,
            )
            for d in _items(record, "documents")
        ]
        rows["official_documents"], rows["document_links"] = _official_document_rows(article_id, record)
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
    "documents": ["article_id", "key", "kind", "number", "date", "issuer", "text", "roles"],
    "official_documents": [c for c in SCHEMA["official_documents"][0] if c != "id"],
    "document_links": ["article_id", "document_key", "role", "key", "text"],
    "dates": ["article_id", "value", "text", "precision"],
    "organizations": ["article_id", "name", "mentions"],
    "locations": ["article_id", "name", "province", "level", "mentions"],
    "figures": ["article_id", "text", "value", "unit", "measure"],
    "errors": ["path", "reason", "error"],
}


_LINK_ROLES = (("bases", "basis"), ("repeals", "repeals"), ("amends", "amends"), ("replaces", "replaces"))


def _official_document_rows(article_id: int, record: dict) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The row of an input that is an official document, and a row per document it relies on or changes."""
    document = record.get("document")
    if not isinstance(document, dict):
        return [], []
    given = document.get("signer")
    signer: dict[str, Any] = given if isinstance(given, dict) else {}
    row = (
        article_id,
        document.get("kind"),
        _str(document.get("number")),
        document.get("key"),
        document.get("date"),
        document.get("place"),
        document.get("issuer"),
        document.get("title"),
        document.get("subject"),
        signer.get("name"),
        signer.get("position"),
        signer.get("authority"),
        document.get("effective"),
        _int(document.get("articles")),
    )
    links = [
        (article_id, document.get("key"), role, link.get("key"), link.get("text"))
        for field, role in _LINK_ROLES
        for link in _items(document, field)
    ]
    return [row], links


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


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
