"""Roles of officials (issue #12, round 37): a short parenthesis after a listed person (a caption's `(bìa trái)`, a
deputy's constituency `(Thái Bình)`) does not end the list, so the next person shares its cue (roles.py
`_aside_end`); a count word inside a statement issued (`ra một tuyên bố chung`, `có những phát biểu`) keeps it
speech; the one signed with (`A ký một thỏa thuận với B`) is the other signer (officials_role_cues.tsv)."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def roles(text: str) -> dict[str, str | None]:
    found, _ = extract_people(segment(text, words="dictionary"))
    return {o.name: o.role for o in found}


def test_a_caption_position_does_not_end_a_list_of_witnesses() -> None:
    found = roles(
        "Giám đốc Sở Y tế Lê Văn Hòa trao bằng khen trước sự chứng kiến của Bí thư Huyện ủy Đặng Minh Sơn"
        " (bìa phải) và Chủ tịch UBND huyện Vũ Thị Lan (bìa trái)."
    )
    assert found["Đặng Minh Sơn"] == "attended"
    assert found["Vũ Thị Lan"] == "attended"


def test_a_parenthesis_holding_a_verb_still_ends_the_list() -> None:
    found = roles(
        "Giám đốc Sở Y tế Lê Văn Hòa trao bằng khen trước sự chứng kiến của Bí thư Huyện ủy Đặng Minh Sơn"
        " (người chủ trì hội nghị) và Chủ tịch UBND huyện Vũ Thị Lan."
    )
    assert found["Đặng Minh Sơn"] == "attended"
    assert found["Vũ Thị Lan"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Hà Lan Mark Peeters, Thủ tướng Bỉ Jan Claes và Tổng thống Áo Karl Huber ra một tuyên bố chung"
        " kêu gọi tăng cường hợp tác.",
        "Thủ tướng Hà Lan Mark Peeters, Thủ tướng Bỉ Jan Claes và Tổng thống Áo Karl Huber đã đưa ra các tuyên bố"
        " kêu gọi tăng cường hợp tác.",
    ],
)
def test_a_statement_with_a_count_word_is_speech(text: str) -> None:
    assert set(roles(text).values()) == {"spoke"}


def test_the_one_signed_with_is_a_signer() -> None:
    found = roles("Bộ trưởng Thương mại Lào Somsak Vong đã ký một bản ghi nhớ với Bộ trưởng Công Thương Trần Văn Kiên.")
    assert found["Somsak Vong"] == "signed"
    assert found["Trần Văn Kiên"] == "signed"


def test_signing_in_front_of_a_witness_makes_no_signer() -> None:
    found = roles("Chủ tịch UBND tỉnh Lê Văn Hòa ký hợp đồng với sự chứng kiến của Bộ trưởng Trần Văn Kiên.")
    assert found["Trần Văn Kiên"] == "attended"


def test_a_signature_named_makes_no_signer() -> None:
    found = roles(
        "Lá thư có chữ ký của Thống đốc bang thông báo với ông Peter Kowalski, Giám đốc Sở Cảnh sát, về quyết định."
    )
    assert found.get("Peter Kowalski") != "signed"


def test_signing_one_paper_then_meeting_someone_makes_no_signer() -> None:
    # `ký … với` across clauses: the one met after the comma signed nothing
    found = roles("Bộ trưởng Lê Văn Hòa ký quyết định, sau đó họp với Thứ trưởng Trần Văn Kiên.")
    assert found["Trần Văn Kiên"] != "signed"


def test_signing_an_agreement_with_someone_after_did_makes_a_signer() -> None:
    found = roles("Bộ trưởng Lê Văn Hòa đã ký kết hợp đồng mua bán điện với Bộ trưởng Năng lượng Lào Somsak Vong.")
    assert found["Somsak Vong"] == "signed"


def test_a_short_parenthesis_holding_an_abbreviations_dot_is_an_aside() -> None:
    from vnreport.extract.officials.anchoring import after_parenthesis
    from vnreport.segment.document import segment

    doc = segment("Ông A (Ban Tổ chức T.Ư) và ông B.", words="dictionary")
    toks = doc.tokens
    at = next(k for k, t in enumerate(toks) if t.text == "(")
    close = next(k for k, t in enumerate(toks) if t.text == ")")
    assert after_parenthesis(toks, at, reach=12, stops=frozenset({"."})) == close + 1
    assert after_parenthesis(toks, at, reach=3) == at  # past its reach
    assert after_parenthesis(toks, at, stops=frozenset({"Tổ"})) == at  # a stop inside
