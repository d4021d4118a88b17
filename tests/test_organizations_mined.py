"""Organisations named with lower-case words only after their head, attested whole in the corpus
(orgs_mined_names.tsv, built by benchmarks/mine_org_names.py): the name is read where it stands complete."""

from __future__ import annotations

import unicodedata

import pytest

from vnreport import analyze_text
from vnreport.extract.organizations.lexicon import HeadRow
from vnreport.extract.organizations.mined import MinedRow
from vnreport.lexicon import load_rows

ROWS = load_rows("orgs_mined_names.tsv", MinedRow)


def _organizations(text: str) -> list[str]:
    return [o.name for o in analyze_text(text, source="t.txt", year=2024).organizations]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bộ trưởng đề nghị Sở Y tế lập Hội đồng chuyên môn để làm rõ nguyên nhân sự cố.", "Hội đồng chuyên môn"),
        ("Theo kết quả của Hội đồng chuyên môn, quy trình đã được thực hiện đúng.", "Hội đồng chuyên môn"),
        ("Báo cáo gửi Trung tâm đăng kiểm tàu cá chưa nêu đủ số liệu.", "Trung tâm đăng kiểm tàu cá"),
        ("Sáng nay, Ủy ban quốc phòng đã họp với các chuyên gia.", "Ủy ban quốc phòng"),
    ],
)
def test_a_mined_name_standing_whole_is_an_organisation(text: str, name: str) -> None:
    assert name in _organizations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Các hội đồng chuyên môn của nhiều bệnh viện đã được thành lập.",  # in lower case: a common noun
        "Hội đồng chuyên môn cấp tỉnh sẽ xem xét hồ sơ vào tuần tới.",  # a level goes on with the name
    ],
)
def test_a_mined_name_not_standing_whole_is_not_read(text: str) -> None:
    assert "Hội đồng chuyên môn" not in _organizations(text)


def test_a_name_the_grammar_reads_with_its_place_keeps_it() -> None:
    names = _organizations("Giám đốc Trung tâm chống độc tỉnh Nghệ An cho biết bệnh nhân đã ổn định.")
    assert "Hội đồng chuyên môn" not in names
    assert not any(n == "Trung tâm chống độc" for n in names)


def test_mined_names_are_nfc_unique_and_no_bare_head() -> None:
    names = [row.name for row in ROWS]
    assert names and len(set(names)) == len(names)
    assert all(unicodedata.normalize("NFC", n) == n for n in names)
    heads = {row.head.lower() for row in load_rows("orgs_heads.tsv", HeadRow)}
    assert not [n for n in names if n.lower() in heads]
    assert all(n[:1].isupper() and len(n.split()) >= 4 for n in names)  # a head of two syllables, two more
    assert all(int(row.articles) >= 3 for row in ROWS)


@pytest.mark.parametrize(
    "text",
    [
        "Sở Nông nghiệp đã thành lập Hội đồng kỷ luật để xem xét sai phạm của ông Lê Văn Tám.",
        "Trên cơ sở đề xuất của Hội đồng kỷ luật, lãnh đạo công ty đã quyết định buộc thôi việc.",
    ],
)
def test_a_council_set_up_for_one_case_is_no_organisation(text: str) -> None:
    # an ad hoc council named by its task (orgs_ad_hoc_councils.txt), like `Hội đồng xét xử`, though the
    # corpus writes it whole and capitalised often enough to be mined
    assert not [n for n in _organizations(text) if n.startswith("Hội đồng")]


def test_a_disciplinary_council_written_with_its_place_is_read() -> None:
    assert "Hội đồng Kỷ luật tỉnh Hòa Lâm" in _organizations("Hội đồng Kỷ luật tỉnh Hòa Lâm đã họp sáng nay.")
