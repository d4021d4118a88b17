"""How `--help` reads: Typer's help, without the oddities a new user trips on.

Typer writes a required argument `{FILE...}` in the usage line and a default given in words
`[default: (the number of cores)]`. The command and group classes here show an argument as its metavar
(`FILE...`, `[FILE...]` when optional) and a default in words as written. (The help is Click's plain
one — main.py turns Typer's rich help off —, which lists a switch without a type and rewraps each
paragraph; `reflow` keeps a docstring's paragraphs whole for any formatter.)
"""

from __future__ import annotations

import inspect
from typing import Any

from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption


class _Option(TyperOption):
    def _get_default_string(self, *, ctx: Any, show_default_is_str: bool, default_value: Any) -> str:
        if show_default_is_str:  # a default described in words (`the number of cores`), not in parentheses
            return str(self.show_default)
        return super()._get_default_string(
            ctx=ctx, show_default_is_str=show_default_is_str, default_value=default_value
        )


class _Argument(TyperArgument):
    def make_metavar(self, *args: Any, **kwargs: Any) -> str:
        # The usage line and the arguments list alike: `FILE...`, or `[FILE...]` when optional.
        if self.metavar is not None:
            return self.metavar if self.required or self.metavar.startswith("[") else f"[{self.metavar}]"
        return super().make_metavar(*args, **kwargs)


def _adopt(params: list[Any]) -> None:
    # Typer builds its own parameter objects; these subclasses change only how they are shown.
    for param in params:
        if type(param) is TyperOption:
            param.__class__ = _Option
        elif type(param) is TyperArgument:
            param.__class__ = _Argument


def reflow(text: str | None) -> str | None:
    """Each prose paragraph on one line; a paragraph with an indented line (examples) as written."""
    if not text:
        return text
    paragraphs = inspect.cleandoc(text).split("\n\n")
    out = []
    for paragraph in paragraphs:
        lines = paragraph.split("\n")
        if any(line.startswith((" ", "\t")) for line in lines):
            out.append(paragraph)
        else:
            out.append(" ".join(line.strip() for line in lines))
    return "\n\n".join(out)


class _PlainHelp:
    """What commands and groups share: the help text reflowed, and options shown the plain way."""

    help: str | None
    params: list[Any]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.help = reflow(self.help)
        _adopt(self.params)

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            _adopt([option])
        return option


class Command(_PlainHelp, TyperCommand):
    pass


class Group(_PlainHelp, TyperGroup):
    pass
