"""Roles of officials (issue #12, round 34): a verb of saying after a title whose rest runs on in words the title
rules do not read (a description, a long body's name, a parenthesis) is still the titled person's
(extract/officials/roles.py `_speech_past_titles`, officials_role_rest_breaks.txt)."""

from __future__ import annotations

import pytest

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def roles(text: str) -> dict[str, str | None]:
    found, _ = extract_people(segment(text, words="dictionary"))
    return {o.name: o.role for o in found}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a description of the body inside the title, no closing comma
        ("Ông Lê Minh Khoa, chủ tịch đảng cánh hữu Liên minh Tự do cảnh báo nguy cơ bất ổn.", "Lê Minh Khoa"),
        # a long title with a parenthesis, closed by a comma right before the verb
        (
            "Bà Trần Thu Hà, giám đốc chương trình nghiên cứu khí hậu thuộc Viện Môi trường Nông nghiệp (IAE), "
            "nhận định rằng mùa mưa năm nay sẽ đến sớm.",
            "Trần Thu Hà",
        ),
        # a manner word between the titles and the verb
        ("Ông Phạm Văn Lộc - Bí thư Đảng ủy, nguyên Giám đốc Cty xúc động nhớ lại ngày thành lập.", "Phạm Văn Lộc"),
    ],
)
def test_a_verb_of_saying_after_a_long_title_is_the_titled_persons(text: str, name: str) -> None:
    assert roles(text)[name] == "spoke"


@pytest.mark.parametrize(
    "text",
    [
        # another act ends the title's rest: the verb of saying is another subject's
        "Ông Lê Minh Khoa, Giám đốc Công ty vận tải biển số 4 bị bắt, cơ quan điều tra cho biết.",
        # a comma not right before the verb closes the apposition on another subject
        "Ông Lê Minh Khoa, Giám đốc Công ty vận tải biển số 4 thành lập năm 2001, người dân cho biết.",
        # words set in the past are background (README, round 31)
        "Ông Lê Minh Khoa, Phó Chủ tịch Hiệp hội vận tải biển Việt Nam từng cho biết giá cước sẽ không tăng.",
        # a cue of another kind comes first: the verb of saying is not the first of the clause
        "Ông Lê Minh Khoa, Giám đốc Công ty vận tải biển số 4 đã ký hợp đồng mà đối tác cho biết là lớn nhất.",
    ],
)
def test_a_verb_of_saying_past_another_clause_gives_no_role(text: str) -> None:
    assert roles(text)["Lê Minh Khoa"] != "spoke"


_PARTY = "Ông Lê Minh Khoa, chủ tịch đảng cánh hữu Liên minh Dân chủ Xanh"


@pytest.mark.parametrize(
    "rest",
    [
        # a past time before the verb: words said then, told as background (as `_predicate` reads it)
        "hồi đó cảnh báo nguy cơ bất ổn.",
        "lúc ấy cảnh báo nguy cơ bất ổn.",
        # a causative: the verb after it is the caused ones'
        "từ chức khiến giới quan sát cảnh báo nguy cơ bất ổn.",
        "vắng mặt làm cho các đại biểu lên tiếng phản đối.",
    ],
)
def test_a_past_time_or_a_causative_past_a_long_title_gives_no_role(rest: str) -> None:
    assert roles(_PARTY + " " + rest)["Lê Minh Khoa"] != "spoke"


def test_a_date_before_the_verb_past_a_long_title_keeps_the_role() -> None:
    assert roles(_PARTY + " ngày 5/12 cảnh báo nguy cơ bất ổn.")["Lê Minh Khoa"] == "spoke"
    assert roles(_PARTY + " khi đó, cảnh báo nguy cơ bất ổn.")["Lê Minh Khoa"] == "spoke"  # a then-title


def test_the_scan_past_long_titles_grows_linearly() -> None:
    unit = "Ông Lê Minh Khoa, chủ tịch hãng vận tải biển lớn nhất khu vực Sao Mai cảnh báo giá cước sẽ tăng, "

    def seconds_at(n: int) -> float:
        doc = segment(unit * n + "hôm qua.")
        return best_cpu_seconds(lambda: extract_people(doc))

    assert doubling_ratio(seconds_at, 200) < 2.5


def test_a_causative_before_a_name_past_a_long_title_gives_no_role() -> None:
    # review of r35-f2: the causee of `làm cho` is often a name (`làm cho Quốc hội lên tiếng`); `làm cho` ends the
    # title's rest before any word (a person's job is written `làm việc cho`)
    assert roles(_PARTY + " vắng mặt làm cho Quốc hội lên tiếng phản đối.")["Lê Minh Khoa"] != "spoke"
    assert roles(_PARTY + " từ chức làm cho Chính phủ lên tiếng phản đối.")["Lê Minh Khoa"] != "spoke"
