"""How `--help` reads: Typer's help, without the oddities a new user trips on.

Typer prints the type beside every option, so a switch shows `--help -h <bool>` as if it took a value;
it writes a required argument `{FILE...}...` in the usage line and a text default `[default: (32)]`;
and it keeps the line breaks of a docstring, so a paragraph is broken mid-sentence wherever the source
wrapped it. The command and group classes here show a switch with no type, an argument as its
metavar (`FILE...`), a text default as written, and reflow each prose paragraph into one line that
the terminal wraps (indented lines — the examples — keep their breaks).
"""

from __future__ import annotations

import inspect
from typing import Any

from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption


class _Option(TyperOption):
    def display_type_rich(self, ctx: Any) -> str | None:
        if self.is_flag:  # a switch takes no value: a type beside it reads as if it did
            return None
        return super().display_type_rich(ctx)

    def _get_default_string(
        self, *, ctx: Any, show_default_is_str: bool, default_value: Any
    ) -> str:
        if show_default_is_str:  # a default described in words (`the number of cores`), not in parentheses
            return str(self.show_default)
        return super()._get_default_string(
            ctx=ctx, show_default_is_str=show_default_is_str, default_value=default_value
        )


class _Argument(TyperArgument):
    def display_type_rich(self, ctx: Any) -> str | None:
        return None  # the metavar (`FILE...`) says what it takes; `<list[str]>` says it in Python

    def _rich_display_name(self) -> str:
        return self.display_name_raw

    def _usage_display_name(self) -> str:
        name = self.display_name_raw
        return name if self.required else f"[{name}]"


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


class Command(TyperCommand):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.help = reflow(self.help)
        _adopt(self.params)

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        if option is not None:
            _adopt([option])
        return option


class Group(TyperGroup):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.help = reflow(self.help)
        _adopt(self.params)

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        if option is not None:
            _adopt([option])
        return option
