"""News outlets mined from the source lines that close corpus articles and foreign outlets named after a news
outlet's noun (orgs_media_mined.tsv, built by benchmarks/mine_media_names.py): read after a source cue only,
as the media of orgs_media.tsv with cue `yes`."""

from __future__ import annotations

import unicodedata

import pytest

from vnreport import analyze_text
from vnreport.extract.organizations.lexicon import MediaRow, MinedMediaRow
from vnreport.lexicon import load_rows


def _organizations(text: str) -> list[str]:
    return [o.name for o in analyze_text(text, source="t.txt", year=2024).organizations]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Ông cho biết sẽ sớm khắc phục. Theo Trí thức trẻ", "Trí thức trẻ"),
        ("Dự án được khởi công vào tháng sau. Theo Minh Anh/VNE", "VNE"),
        ("Vụ việc đang được làm rõ. Theo T.H (VNE)", "VNE"),
        ("Giá xăng giảm nhẹ trong kỳ điều hành này. (Theo Đời sống Plus)", "Đời sống Plus"),
    ],
)
def test_a_mined_outlet_after_a_source_cue(text: str, outlet: str) -> None:
    assert outlet in _organizations(text)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Theo Express, hai bên đã đạt được thỏa thuận sơ bộ.", "Express"),
        ("Cuộc gặp diễn ra trong hai giờ, theo The Japan Times.", "The Japan Times"),
    ],
)
def test_a_mined_foreign_outlet_after_a_source_cue(text: str, outlet: str) -> None:
    assert outlet in _organizations(text)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Phát biểu với kênh truyền hình Al-Jazeera, ông nói hai bên đã gần đạt thỏa thuận.", "Al-Jazeera"),
        ("Bộ trưởng cáo buộc hãng tin Al-Masdar News đưa tin sai sự thật.", "Al-Masdar News"),
        # nouns of orgs_news_cues.txt only: the media cues read both lists
        ("Tin này được thông tấn xã Jiji dẫn lại vào sáng nay.", "Jiji"),
        ("Phát biểu trên đài phát thanh Al-Jazeera, ông nói hai bên đã gần đạt thỏa thuận.", "Al-Jazeera"),
    ],
)
def test_a_mined_outlet_after_a_news_outlets_own_noun(text: str, outlet: str) -> None:
    # the outlet's noun says what the name is, as a source cue does (`kênh truyền hình X`, `hãng tin X`)
    assert outlet in _organizations(text)


def test_a_mined_foreign_outlet_named_whole_not_its_tail() -> None:
    """`Theo tờ The Japan Times`: the outlet's whole name, not the tail `Japan Times` of orgs_media.tsv."""
    found = _organizations("Theo tờ The Japan Times, cuộc gặp kéo dài hai giờ.")
    assert "The Japan Times" in found and "Japan Times" not in found, found


def test_a_mined_foreign_outlet_ending_a_longer_name_is_no_outlet() -> None:
    assert "Express" not in _organizations("Đoàn khách nghỉ tại khách sạn Holiday Inn Express gần sân bay.")


def test_a_mined_outlet_without_a_cue_is_a_phrase() -> None:
    assert _organizations("Thời Đại mới mở ra nhiều cơ hội cho thanh niên.") == []


def test_mined_outlets_are_nfc_unique_and_new() -> None:
    rows = load_rows("orgs_media_mined.tsv", MinedMediaRow)
    names = [row.name for row in rows]
    assert names and len(set(names)) == len(names)
    assert all(unicodedata.normalize("NFC", n) == n and n[:1].isupper() for n in names)
    assert not set(names) & {row.name for row in load_rows("orgs_media.tsv", MediaRow)}


def _one_letter_apart(a: str, b: str) -> bool:
    """One character changed, added or dropped, case aside. Looser on purpose than the miner's own test
    (benchmarks/mine_media_names.py, a script outside the package that tests do not import): it also counts a
    space, a dash or an acronym's letter, so the kept table holds no two spellings of one name either
    (`Al-Jazeera` beside `Al Jazeera`) — what the miner leaves to its reader, the table must not keep."""
    a, b = a.lower(), b.lower()
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return len(longer) == len(shorter) + 1 and any(longer[:k] + longer[k + 1 :] == shorter for k in range(len(longer)))


def test_no_mined_outlet_is_a_misspelling_of_another() -> None:
    """`Jjji` beside `Jiji`: a corpus misspelling the miner reports as a suspect, never kept."""
    names = [row.name for row in load_rows("orgs_media_mined.tsv", MinedMediaRow) if not row.name.isupper()]
    assert not [(a, b) for a in names for b in names if a < b and _one_letter_apart(a, b)]
