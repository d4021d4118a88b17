from __future__ import annotations

import builtins
import unicodedata
from pathlib import Path

import pytest

from vnreport.errors import InputError
from vnreport.reading import decode_source, load_input


def to_cp1258(text: str) -> bytes:
    """Windows-1258 has â ê ô ă ơ ư precomposed but the five tone marks only as combining bytes."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            base, *marks = list(unicodedata.normalize("NFD", ch))
            tones = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
            letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in tones))
            out.append((letter + "".join(tones)).encode("cp1258"))
    return b"".join(out)


VIET = "Thành ủy Hà Nội tổ chức Hội nghị giao ban quý III năm 2024 với Mặt trận Tổ quốc Việt Nam."


def reason_of(path: str, **kwargs) -> str:
    with pytest.raises(InputError) as info:
        load_input(path, **kwargs)
    assert path in str(info.value)
    return info.value.reason


def test_missing_file(tmp_path: Path) -> None:
    assert reason_of(str(tmp_path / "nope.txt")) == "not_found"


def test_directory(tmp_path: Path) -> None:
    assert reason_of(str(tmp_path)) == "is_directory"


def test_empty_and_blank_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\n")
    assert reason_of(str(tmp_path / "empty.txt")) == "empty"
    assert reason_of(str(tmp_path / "blank.txt")) == "empty"


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert reason_of(str(tmp_path / "img.png")) == "binary"


def test_control_characters_are_binary(tmp_path: Path) -> None:
    (tmp_path / "ctl.txt").write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 50)
    assert reason_of(str(tmp_path / "ctl.txt")) == "binary"


def test_undecodable_bom(tmp_path: Path) -> None:
    (tmp_path / "bad16.txt").write_bytes(b"\xff\xfe" + b"\x00\xd8")  # lone surrogate in UTF-16
    assert reason_of(str(tmp_path / "bad16.txt")) == "undecodable"


def test_too_large(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(VIET * 10, encoding="utf-8")
    assert reason_of(str(tmp_path / "big.txt"), max_bytes=100) == "too_large"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "secret.txt"
    target.write_text(VIET, encoding="utf-8")
    real_open = builtins.open

    def deny(file, *args, **kwargs):  # root ignores chmod, so simulate the OS refusing
        if str(file) == str(target):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", deny)
    assert reason_of(str(target)) == "permission"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (VIET.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + VIET.encode("utf-8"), "utf-8-sig"),
        (VIET.encode("utf-16"), "utf-16-le"),
        (b"\xfe\xff" + VIET.encode("utf-16-be"), "utf-16-be"),
        (to_cp1258(VIET), "windows-1258"),
    ],
)
def test_encodings_decode_to_the_same_nfc_text(data: bytes, encoding: str) -> None:
    source = decode_source("x.txt", data)
    assert source.text == VIET
    assert source.encoding == encoding
    assert unicodedata.is_normalized("NFC", source.text)


def test_decomposed_utf8_is_normalised_to_nfc() -> None:
    source = decode_source("nfd.txt", unicodedata.normalize("NFD", VIET).encode("utf-8"))
    assert source.text == VIET


def test_other_encodings_fall_back_to_detection() -> None:
    text = "Привет, это обычный текст на русском языке, записанный в кодировке windows-1251. " * 5
    source = decode_source("ru.txt", text.encode("cp1251"))
    assert source.text == text
    assert source.encoding != "utf-8"


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(VIET.encode("utf-8"))))
    source = load_input("-")
    assert source.text == VIET and source.path == "<stdin>"
