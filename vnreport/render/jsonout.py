"""JSON and JSON Lines: UTF-8, Vietnamese unescaped, one object per line for JSON Lines."""

from __future__ import annotations

from typing import Any

import msgspec

_encoder = msgspec.json.Encoder()


def to_json_line(obj: Any) -> str:
    return _encoder.encode(obj).decode("utf-8")


def to_json(obj: Any) -> str:
    return msgspec.json.format(_encoder.encode(obj), indent=2).decode("utf-8")
