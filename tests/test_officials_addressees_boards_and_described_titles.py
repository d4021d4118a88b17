"""Round 31 (officials, issue #12): precision of titles set off before `ông`/`bà` and a name. A title that is the
object of `gửi`/`gặp`/`với`/`cho` before the comma (`Trong thư gửi Giám đốc X Doe, ông B viết`) is the addressee's,
not the next clause's subject's; a head right after `Ban` names a board (`thông báo của Ban Bí thư, ông A`), not a
post; a description of the holder between the title and the name (`Giám đốc Hội đồng A, cố vấn chính của Tổng
thống, ông B, …`) leaves the title to the name. Sentences written for the tests, in the shape of the constructions."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


@pytest.mark.parametrize(
    "text",
    [
        "Trong bức thư gửi Giám đốc CIA Doe, ông Peter Walsh viết rằng cơ quan cần thay đổi.",
        "Trong cuộc gặp với Chủ tịch Thượng viện Bauer, ông Peter Walsh nói về ngân sách.",
        "Sau khi gặp Bộ trưởng Ngoại giao Smirnov, ông Peter Walsh cho biết hai bên đã nhất trí.",
        "Ông Lâm trao ghế cho Chủ tịch Quốc hội Việt Nam, ông Peter Walsh tin rằng hội nghị sẽ thành công.",
    ],
)
def test_an_addressees_title_is_not_the_next_subjects(text: str) -> None:
    officials, _ = people_of(text)
    assert "Peter Walsh" not in officials


def test_an_addressees_title_set_off_by_two_commas_stays_the_names() -> None:
    """`hội đàm với Đại sứ X tại Y, ông A, …`: the name set off on both sides is the title's holder."""
    officials, _ = people_of("Bộ trưởng đã hội đàm với Đại sứ Phần Lan tại Việt Nam, ông Peter Walsh, về hợp tác.")
    assert officials.get("Peter Walsh") == ["Đại sứ Phần Lan tại Việt Nam"]


@pytest.mark.parametrize(
    "text",
    [
        "Theo thông báo của Ban Bí thư, ông Nguyễn Văn Hải đã bị cách chức.",
        "Sau kết luận của Ban Bí thư Trung ương, ông Nguyễn Văn Hải đã có đơn xin nghỉ.",
    ],
)
def test_a_head_after_ban_names_a_board(text: str) -> None:
    officials, _ = people_of(text)
    assert all(t != "Bí thư" and not t.startswith("Bí thư ") for t in officials.get("Nguyễn Văn Hải", []))


def test_a_post_of_the_board_keeps_its_title() -> None:
    """`Trưởng ban Tuyên giáo`: the head `Trưởng ban` is a post, read whole."""
    officials, _ = people_of("Trưởng ban Tuyên giáo Tỉnh ủy, ông Hà Văn Dũng cho biết sẽ kiểm tra.")
    assert officials == {"Hà Văn Dũng": ["Trưởng ban Tuyên giáo Tỉnh ủy"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Báo chí cho biết Giám đốc Hội đồng Kinh tế quốc gia, cố vấn chính của Tổng thống Mỹ trong vấn đề "
            "thương mại, ông Peter Walsh, đã cố giảm nhẹ vấn đề.",
            {"Peter Walsh": ["Giám đốc Hội đồng Kinh tế quốc gia"]},
        ),
        (
            "Chủ tịch Ủy ban Đối ngoại Thượng viện, người từng phản đối dự luật, ông Peter Walsh cho biết sẽ bỏ phiếu.",
            {"Peter Walsh": ["Chủ tịch Ủy ban Đối ngoại Thượng viện"]},
        ),
    ],
)
def test_a_description_between_title_and_name(text: str, expected: dict[str, list[str]]) -> None:
    officials, _ = people_of(text)
    assert {k: v for k, v in officials.items() if k == "Peter Walsh"} == expected


def test_a_described_title_after_an_addressee_cue_is_not_the_subjects() -> None:
    """`Sau khi gặp Bộ trưởng X, người …, ông A nói`: the title ends a phrase about someone else."""
    officials, _ = people_of(
        "Sau khi gặp Bộ trưởng Quốc phòng Anh, người vừa nhậm chức, ông Peter Walsh nói hai bên đã nhất trí."
    )
    assert "Peter Walsh" not in officials


def _people_seconds(count: int) -> float:
    """The time to read the people of one long sentence of described titles before `ông` and a name."""
    doc = segment(
        "Tin\n\n"
        + "Giám đốc Hội đồng Kinh tế quốc gia, cố vấn chính của Tổng thống trong vấn đề thương mại, ông Peter Walsh, "
        * count
        + "đã gặp nhau."
    )
    return best_cpu_seconds(lambda: extract_people(doc), 3)


def test_the_description_scan_is_linear() -> None:
    """Each name reads back a bounded window: twice the titles take twice the time (2.5 allowed), not four."""
    assert doubling_ratio(_people_seconds, 60) < 2.5


def test_a_name_linked_on_after_an_addressed_title_stays_the_titles() -> None:
    """Review of r31-e17: a linking word after the name (`tại`, `và`) is no verb of a next clause: the one met keeps
    the title and stays in the report."""
    officials, _ = people_of(
        "Thủ tướng Nguyễn Văn An có cuộc gặp với Bộ trưởng Ngoại giao Trung Quốc, ông Vương Nghị tại Bắc Kinh."
    )
    assert officials.get("Vương Nghị") == ["Bộ trưởng Ngoại giao Trung Quốc"]
    officials, _ = people_of(
        "Thủ tướng Nguyễn Văn An gặp Bộ trưởng Ngoại giao Trung Quốc, ông Vương Nghị và bà Lê Hoa."
    )
    assert officials.get("Vương Nghị") == ["Bộ trưởng Ngoại giao Trung Quốc"]
