"""Text from an input, or a file name, made safe to show on a terminal (issue #11).

An article or a file name may carry escape sequences — OSC 52 writes the user's clipboard, `ESC[2J`
clears the screen, OSC 8 makes a link, `ESC[8m` hides what follows — or bidirectional overrides that
show text in another order than it is. `terminal_safe` is the one function every terminal view and
every message line passes such text through: each control character (C0, DEL, C1, so ESC too: no
sequence survives), each bidirectional control and each invisible character (zero-width space, word joiner, a
BOM inside the text, tag characters) is shown as a visible escape (`\\x1b`, `\\u202e`),
and a byte of a file name that is not UTF-8 (a surrogate escape) as `\\xff`. Nothing else changes, so
Vietnamese and ordinary punctuation show as written. Rich markup is a second hazard: a name like
`[link=http://evil/]x[/link]` would become a live link, so views hand strings to rich as `Text`
(never parsed as markup), and `markup_safe` serves where a markup string is built.

JSON output keeps the text as it is (JSON escapes control characters itself).
"""

from __future__ import annotations

import re

from vnreport import regexes

_UNSAFE = regexes.compile(
    "[\x00-\x1f\x7f-\x9f"  # C0 (tab and newline too: one value stays on one line), DEL, C1
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidirectional marks, embeddings, overrides, isolates
    "\u2028\u2029"  # line and paragraph separators
    "\u200b\u2060-\u2064\ufeff"  # invisible: zero-width space, word joiner, invisible operators, a BOM inside text
    "\U000e0000-\U000e007f"  # tag characters: invisible text a reader cannot see but a tool reads
    "\ud800-\udfff]"  # surrogates: the undecodable bytes of a file name (surrogateescape)
)


def _shown(match: re.Match[str]) -> str:
    ch = match.group()
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode
        return f"\\x{code - 0xDC00:02x}"
    if code > 0xFFFF:
        return f"\\U{code:08x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """`text` with every control character, bidirectional control and undecodable byte shown escaped."""
    return _UNSAFE.sub(_shown, text)


# Tried only where a run of spaces starts: a long run is scanned once, not once per space (issue #11).
_LINE_BREAK = regexes.compile(r"(?<![^\S\r\n])[^\S\r\n]*+(?:\r\n|\n|\r)[^\S\r\n]*+")


def value_safe(text: str) -> str:
    """`terminal_safe` for a value shown in a table cell: a line break inside it (a mention across a hard-
    wrapped line, `ngày 5⏎tháng 9`) is shown as the space it stands for, not as `\\x0a`."""
    return terminal_safe(_LINE_BREAK.sub(" ", text))


def markup_safe(text: str) -> str:
    """`terminal_safe`, then escaped for rich markup: for the rare string built as markup."""
    from rich.markup import escape  # here: the CLI imports this module, and --help should not load rich

    return escape(terminal_safe(text))
