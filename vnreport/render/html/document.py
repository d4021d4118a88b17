"""The frame every vnreport HTML page shares: one file, its style and script inline, nothing fetched.

The Content-Security-Policy allows exactly the page's own `<style>` and `<script>` (by their SHA-256)
and nothing from the network, so even a string that escaped its escaping could neither run a script
nor load anything.
"""

from __future__ import annotations

import base64
import hashlib
from importlib import resources

from vnreport.render.html import escape


def asset(name: str) -> str:
    """A stylesheet or script shipped beside this module."""
    return resources.files("vnreport.render.html").joinpath(name).read_text(encoding="utf-8")


def _digest(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def page(title: str, body: str, *, style: str, script: str | None = None, head: str = "") -> str:
    """A whole HTML document. `title` is escaped here; `body` and `head` are markup built by the caller
    from escaped parts."""
    scripts = f"script-src {_digest(script)}" if script else "script-src 'none'"
    policy = (
        f"default-src 'none'; style-src {_digest(style)}; {scripts}; img-src data:; base-uri 'none'; form-action 'none'"
    )
    code = f"<script>{script}</script>\n" if script else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{escape.attribute(policy)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="vnreport">\n'
        f"<title>{escape.text(title)}</title>\n{head}<style>{style}</style>\n</head>\n"
        f"<body>\n{body}\n{code}</body>\n</html>\n"
    )
