"""A foreign name of two words or more opened by a Western given name (names_foreign_given.txt) is a person's
even with no anchor or title before it, where it stands as an argument: after a preposition, a conjunction or the
copula, a clause-opening mark or at a sentence's start. After a noun (a project, a library, a ship) or inside a
body's name it is not. Each construction in an invented sentence."""

from __future__ import annotations

import pytest

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def people(text: str) -> list[str]:
    return [p.name for p in extract_people(segment(text, words="dictionary"))[1]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tiêu đề\nBan giám khảo đã trao giải cho Bruce Hallworth hôm qua.\nHết.\n", "Bruce Hallworth"),
        ("Tiêu đề\nHai ứng viên là Tomasz Wielgo và Oscar Ivan Quelbrant nhận tiền.\nHết.\n", "Oscar Ivan Quelbrant"),
        ("Tiêu đề\nĐội bóng sẽ làm việc lại với Jose Marvinho vào mùa tới.\nHết.\n", "Jose Marvinho"),
        ("Tiêu đề\nTrong khi đó, Hillary Westcombe vẫn im lặng trước câu hỏi.\nHết.\n", "Hillary Westcombe"),
    ],
)
def test_a_full_foreign_name_opened_by_a_given_name_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        # after a noun: a project's, a library's name
        "Tiêu đề\nThành phố chấp thuận dự án Kenton Noddle tại xã ven sông.\nHết.\n",
        "Tiêu đề\nSinh viên được sơ tán khỏi thư viện Clifford Whitmarsh ngay trong đêm.\nHết.\n",
        # a body's name that runs on in Vietnamese
        "Tiêu đề\nCác tổ chức như Fairtrade, Forest Hội đồng Quản lý đã lên tiếng.\nHết.\n",
        # a bracket after a name just read: its spelling
        "Tiêu đề\nĐảng của ông Ma-crông (Emmanuel Markon) vừa được thành lập.\nHết.\n",
    ],
)
def test_a_given_name_after_a_noun_or_in_a_body_name_is_no_person(text: str) -> None:
    assert not any(name.startswith(("Kenton", "Clifford", "Forest", "Emmanuel")) for name in people(text))


def _seconds(n: int) -> float:
    sentences = (f"Ông ấy gặp lại với Harold Brixworth và Peter Quillan lần {i}." for i in range(n))
    text = "Tiêu đề\n" + " ".join(sentences)
    return best_cpu_seconds(lambda: people(text + "\nHết.\n"), 3)


def test_given_names_take_linear_time() -> None:
    """Each given name reads only the word before it and the name's own words: twice the text, twice the time."""
    assert doubling_ratio(_seconds, 60) < 2.5
