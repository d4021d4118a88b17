"""Escaping for the HTML pages: every string from an input passes through one of these.

Text content escapes `&`, `<`, `>`; attributes escape quotes too. A carriage return is written as a
character reference, because an HTML parser turns a raw CR (or CR LF) into LF, which would shift every
offset after it; NUL, which no HTML text can hold, becomes U+FFFD — one character for one, so the
offsets still hold. JSON inside a `<script>` block has `<`, `>` and `&` escaped as `\\u003c` … so no
`</script>` or `<!--` in a name can end the block.
"""

from __future__ import annotations

import json
from typing import Any

from vnreport import regexes

_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;", "\x00": "\ufffd"})
_ATTRIBUTE = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "\r": "&#13;", "\x00": "\ufffd"}
)
_SCRIPT = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


# A lone surrogate (a file name's undecodable byte, or a Python caller's string) cannot be written as
# UTF-8: it is shown as U+FFFD, again one character for one.
_SURROGATE = regexes.compile("[\ud800-\udfff]")


def _encodable(value: str) -> str:
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


def text(value: str) -> str:
    """`value` as HTML text content."""
    return _encodable(value).translate(_TEXT)


def attribute(value: str) -> str:
    """`value` inside a double- or single-quoted attribute."""
    return _encodable(value).translate(_ATTRIBUTE)


def script_json(value: Any) -> str:
    """`value` as JSON to place inside `<script type="application/json">`."""
    return _encodable(json.dumps(value, ensure_ascii=False, separators=(",", ":"))).translate(_SCRIPT)
