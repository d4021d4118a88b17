"""The properties table of a legal-text site or a provincial portal (`Số hiệu: 15/2024/NQ-HĐND`, `Loại văn
bản: Nghị quyết`, `Cơ quan ban hành: …`, `Người ký: …`, `Ngày ban hành: 10/12/2024`), with the value in
the label's cell or in the next cell (`Số hiệu: | 15/2024/NQ-HĐND | Loại văn bản: | Nghị quyết`). It
fills the fields the document's own header does not give."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from vnreport import regexes
from vnreport.extract.dates import date_at
from vnreport.extract.selfdoc.header import Line
from vnreport.lexicon import load_rows
from vnreport.segment.document import Document

_MAX_VALUE = 120
_NOTHING = "-"  # a label that only ends the value before it (`Số công báo:`, `Lĩnh vực:`)


class MetadataLabelRow(NamedTuple):
    label: str
    field: str


@cache
def _labels() -> dict[str, str]:
    return {_label_key(r.label): r.field for r in load_rows("selfdoc_metadata_labels.tsv", MetadataLabelRow)}


@cache
def _label_pattern() -> re.Pattern[str]:
    """`Số hiệu:`, `Loại văn bản :` — a label of the table, then its colon (longest label first)."""
    rows = load_rows("selfdoc_metadata_labels.tsv", MetadataLabelRow)
    words = sorted((r"\s+".join(map(re.escape, r.label.split())) for r in rows), key=lambda p: (-len(p), p))
    return regexes.compile(r"(?i)(?<!\w)(?P<label>" + "|".join(words) + r")\s*:\s*")


def _label_key(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass
class Metadata:
    values: dict[str, str] = field(default_factory=dict)  # field → value as written
    starts: dict[str, int] = field(default_factory=dict)  # field → offset of the value
    ends: dict[str, int] = field(default_factory=dict)
    cells: set[int] = field(default_factory=set)  # starts of the table's cells: no header fields

    @property
    def signals(self) -> int:
        """A properties table marks a document's page when it gives the number: one mark with a kind or a
        date, two (enough alone) with two more of kind, date, issuer and signer."""
        if "number" not in self.values:
            return 0
        return min(2, sum(name in self.values for name in ("kind", "date", "issuer", "signer")))

    def date(self, doc: Document, name: str) -> str | None:
        if name not in self.starts:
            return None
        found = date_at(doc.view, self.starts[name], None)
        return found[0] if found else None


def read_metadata(doc: Document, cells: list[Line]) -> Metadata:
    """Every labelled value of the properties table among the header's cells (a field's first value)."""
    metadata = Metadata()
    pattern, labels = _label_pattern(), _labels()
    for index, cell in enumerate(cells):
        if _bare_label(doc, cells, index, metadata):
            continue
        found = list(pattern.finditer(doc.text, cell.start, cell.end))
        if found and found[0].start() == cell.start:
            metadata.cells.add(cell.start)
        for k, match in enumerate(found):
            name = labels.get(_label_key(match.group("label")))
            if name is None or name == _NOTHING or name in metadata.values:
                continue
            value_start = match.end()
            value_end = found[k + 1].start() if k + 1 < len(found) else cell.end
            if value_end <= value_start:  # the value in the next cell, unless it is another label
                if index + 1 >= len(cells) or pattern.match(doc.text, cells[index + 1].start, cells[index + 1].end):
                    continue
                value_start, value_end = cells[index + 1].start, cells[index + 1].end
                metadata.cells.add(value_start)
            value = doc.text[value_start:value_end].strip()
            if value and len(value) <= _MAX_VALUE:
                metadata.values[name] = " ".join(value.split())
                metadata.starts[name] = value_start
                metadata.ends[name] = value_end
    return metadata


def _bare_label(doc: Document, cells: list[Line], index: int, metadata: Metadata) -> bool:
    """`| Số hiệu | 42/2021/QĐ-UBND |`: a cell that is a label without its colon, its value the next cell
    of the same row. True when the cell is such a label."""
    name = _labels().get(_label_key(cells[index].text))
    if name is None or index + 1 >= len(cells):
        return False
    value = cells[index + 1]
    if "\n" in doc.text[cells[index].end : value.start] or _labels().get(_label_key(value.text)):
        return False
    metadata.cells.update((cells[index].start, value.start))
    if name != _NOTHING and name not in metadata.values and len(value.text) <= _MAX_VALUE:
        metadata.values[name] = " ".join(value.text.split())
        metadata.starts[name], metadata.ends[name] = value.start, value.end
    return True
