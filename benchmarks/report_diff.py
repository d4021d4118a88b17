"""Compare two batch outputs (JSON Lines) section by section: the regression check of a refactoring.

    vnreport batch ../shared/corpus/news -o before.jsonl      # on the old code
    vnreport batch ../shared/corpus/news -o after.jsonl       # on the new code
    python benchmarks/report_diff.py before.jsonl after.jsonl [--section officials] [--show 5]

Prints, per section, how many articles differ, and the first differences as added/removed entries
(each entry reduced to its identifying fields, so a moved offset is not reported as a change of
meaning unless `--exact`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any

from vnreport.report.model import SECTIONS as REPORT_SECTIONS

SECTIONS = ("title", *REPORT_SECTIONS)  # the report's sections, and its title
_DOCUMENT_FIELDS = ("kind", "number", "date", "place", "issuer", "title", "signer", "articles")


def records(path: str) -> dict[str, dict[str, Any]]:
    out = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            out[record["path"]] = record
    return out


def identity(section: str, entry: Any) -> str:
    """What an entry means, without offsets and mention lists."""
    if not isinstance(entry, dict):
        return json.dumps(entry, ensure_ascii=False, sort_keys=True)
    drop = {"mentions", "start", "end"}
    if section == "officials":
        titles = [(t["text"], t.get("organization"), t.get("current")) for t in entry.get("titles", [])]
        return json.dumps([entry["name"], titles, entry.get("roles")], ensure_ascii=False)
    return json.dumps({k: v for k, v in entry.items() if k not in drop}, ensure_ascii=False, sort_keys=True)


def entries(section: str, record: dict[str, Any], exact: bool) -> list[str]:
    value = record.get(section)
    if section == "summary":
        return [json.dumps(value, ensure_ascii=False, sort_keys=True)] if value else []
    if section == "document":  # the text itself as an official document: its identity
        if not value:
            return []
        signer = (value.get("signer") or {}).get("name")
        fields = {k: value.get(k) for k in _DOCUMENT_FIELDS} | {"signer": signer}
        return [json.dumps(value if exact else fields, ensure_ascii=False, sort_keys=True)]
    if not isinstance(value, list):
        return [json.dumps(value, ensure_ascii=False)]
    return [json.dumps(e, ensure_ascii=False, sort_keys=True) if exact else identity(section, e) for e in value]


def diff(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]], section: str, exact: bool) -> Iterator:
    for path in sorted(before.keys() & after.keys()):
        old, new = entries(section, before[path], exact), entries(section, after[path], exact)
        if old != new:
            removed = [e for e in old if e not in new]
            added = [e for e in new if e not in old]
            yield path, removed, added


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--section", action="append", choices=SECTIONS)
    parser.add_argument("--show", type=int, default=3)
    parser.add_argument("--exact", action="store_true", help="compare whole entries, offsets included")
    args = parser.parse_args()
    before, after = records(args.before), records(args.after)
    missing = before.keys() ^ after.keys()
    if missing:
        print(f"{len(missing)} paths in only one file, e.g. {sorted(missing)[:3]}")
    for section in args.section or SECTIONS:
        changed = list(diff(before, after, section, args.exact))
        print(f"== {section}: {len(changed)} of {len(before.keys() & after.keys())} articles differ")
        for path, removed, added in changed[: args.show]:
            print(f"  {path}")
            for e in removed[:6]:
                print(f"    - {e[:300]}")
            for e in added[:6]:
                print(f"    + {e[:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
