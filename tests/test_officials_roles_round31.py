"""Roles of officials (issue #12, round 31): verbs of saying and messages after the speaker, nouns of saying
before them, and a past time told as background between a person and the verb (officials_role_cues.tsv,
officials_role_then.txt)."""

from __future__ import annotations

import pytest

from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def roles(text: str) -> dict[str, str | None]:
    found, _ = extract_people(segment(text, words="dictionary"))
    return {o.name: o.role for o in found}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a verb of saying after the name and an apposition of titles
        ("Ông Lê Quang Vinh, Chủ tịch Hiệp hội Dệt may, mô tả ngành này là trụ cột xuất khẩu.", "Lê Quang Vinh"),
        ("Bà Trần Thị Mai, Phó Giám đốc Sở Y tế, lấy ví dụ về một bệnh viện huyện.", "Trần Thị Mai"),
        ("Ông Phạm Văn Đông, Bí thư Đảng ủy công ty, nhớ lại những ngày đầu thành lập.", "Phạm Văn Đông"),
        ("Bộ trưởng Hoàng Minh Sơn ví von doanh nghiệp như con thuyền giữa biển lớn.", "Hoàng Minh Sơn"),
        ("“Đây là một sự xúc phạm”, Thượng nghị sĩ Ngô Văn Lâm bức xúc.", "Ngô Văn Lâm"),
        # a statement or message the person issues: its author speaks (README, round 26)
        ("Thủ tướng Vũ Đình Long đã gửi điện mừng tới Tổng thống nước bạn.", "Vũ Đình Long"),
        ("Thượng nghị sĩ Tom Walker cũng đã có thư gửi Bộ trưởng Ngoại giao.", "Tom Walker"),
        ("Nghị sĩ Anna Clarke đã ra tuyên bố chào mừng chuyến thăm.", "Anna Clarke"),
        ("Bí thư Thành ủy Lý Văn Tài đã tuyên dương đồng thời gửi lời hỏi thăm tới chiến sĩ.", "Lý Văn Tài"),
        # a noun of saying before the person
        ("Theo lời ông Đinh Văn Phú, Giám đốc Sở Xây dựng, công trình sẽ xong trong năm.", "Đinh Văn Phú"),
        ("Theo đánh giá của Thứ trưởng Mai Văn Chính, thị trường đã phục hồi.", "Mai Văn Chính"),
        ("Trên đây là nhận định của ông Robert Green, Chủ tịch Viện Chính sách.", "Robert Green"),
        (
            "Văn phòng Chính phủ vừa có văn bản truyền đạt ý kiến chỉ đạo của Phó Thủ tướng Lâm Văn Hòa về việc "
            "rà soát dự án.",
            "Lâm Văn Hòa",
        ),
    ],
)
def test_a_speaker_named_with_a_verb_or_noun_of_saying_spoke(text: str, name: str) -> None:
    assert roles(text)[name] == "spoke"


def test_a_statement_made_at_a_past_time_told_as_background_gives_no_role() -> None:
    # `A và B khi đó đã đưa ra tuyên bố`: the past time stands between the coordinated subject and its verb
    found = roles(
        "Sau hội đàm năm 2015, Chủ tịch nước Trần Văn Lâm và Thủ tướng Lê Văn Hưng khi đó đã đưa ra tuyên bố chung "
        "về quan hệ hai nước."
    )
    assert found["Trần Văn Lâm"] is None
    assert found["Lê Văn Hưng"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Ông Trần Văn Hải, Chủ tịch UBND tỉnh Bình Định khi đó, cho biết hôm nay dự án đã hoàn thành.",
        "Ông Trần Văn Hải (Giám đốc Sở Xây dựng lúc đó) cho biết hôm nay dự án đã hoàn thành.",
        "Ông Trần Văn Hải - Giám đốc Sở Xây dựng khi ấy - cho biết hôm nay dự án đã hoàn thành.",
    ],
)
def test_a_then_title_closing_an_apposition_leaves_the_speaker_speaking(text: str) -> None:
    # the past time closes the title (`Chủ tịch … khi đó,`): the verb after the apposition is of the present
    assert roles(text)["Trần Văn Hải"] == "spoke"


def test_the_same_statement_made_as_the_news_is_spoken() -> None:
    found = roles("Chủ tịch nước Trần Văn Lâm và Tổng thống Mỹ John Baker đã ra tuyên bố chung về quan hệ hai nước.")
    assert found["Trần Văn Lâm"] == "spoke"
    assert found["John Baker"] == "spoke"


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Trần Văn Hải đã gửi thư cho ông Lê Văn Hưng, Thứ trưởng Bộ Nội vụ, yêu cầu các tỉnh báo cáo.",
        "Thủ tướng Trần Văn Hải đã gửi điện mừng tới Tổng thống Lê Văn Hưng nhấn mạnh quan hệ hai nước.",
        "Thượng nghị sĩ Trần Văn Hải cũng đã có thư gửi Thủ tướng Lê Văn Hưng hoan nghênh chuyến thăm.",
    ],
)
def test_the_addressee_of_a_message_takes_no_verb_after_it(text: str) -> None:
    found = roles(text)
    assert found["Trần Văn Hải"] == "spoke"
    assert found["Lê Văn Hưng"] is None
