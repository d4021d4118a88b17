"""A body named before the acronym that defines it, opened by a capitalised kind of body and going on in
lower-case words the grammar does not read (`Nhóm công tác về … (EWG)`, `Hãng thông tấn Kenya (KNA)`): the
acronym in parentheses closes the name, the nearest kind word opens it (orgs_defined_openers.txt); the
acronym is a mention of it, and so is `đảng` + the acronym later."""

from __future__ import annotations

import pytest

from tests.orghelp import names, organizations
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract import run_extractors
from vnreport.segment.document import segment


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hôm qua, Nhóm công tác về năng lượng tái tạo (EWG) đã nhóm họp tại Đà Nẵng.",
            "Nhóm công tác về năng lượng tái tạo",
        ),
        (
            "Dự kiến Tiểu ban về an toàn thực phẩm (SFSC) sẽ trình báo cáo vào tháng sau.",
            "Tiểu ban về an toàn thực phẩm",
        ),
        ("Theo Hãng thông tấn Kenya (KNA), cuộc bầu cử diễn ra yên bình.", "Hãng thông tấn Kenya"),
        ("Năm ngoái, Quỹ đầu tư hạ tầng quốc gia (NIIF) cam kết rót thêm vốn.", "Quỹ đầu tư hạ tầng quốc gia"),
        ("Các nhà điều tra của Ủy ban chống buôn lậu Indonesia (KPBI) đã vào cuộc.", "Ủy ban chống buôn lậu Indonesia"),
    ],
)
def test_a_name_defined_by_its_acronym_runs_from_its_kind_word(text: str, name: str) -> None:
    found = names(text)
    assert name in found, found


def test_the_acronym_and_the_party_word_with_it_are_mentions_of_the_name() -> None:
    text = (
        "Ứng viên của Phong trào Tự do mới (NLA) đã dẫn đầu vòng một. "
        "Các lãnh đạo đảng NLA cho biết sẽ tranh cử ở mọi tỉnh, NLA hiện có 12 ghế."
    )
    found = organizations(text)
    assert list(found) == ["Phong trào Tự do mới"], list(found)
    assert {m.text for m in found["Phong trào Tự do mới"].mentions} >= {"Phong trào Tự do mới", "NLA"}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a title opened by the kind word: `Cục trưởng` is no `Cục`
        (
            "Ông Lê Văn An, Cục trưởng cục Quản lý giá thuốc (QLGT) cho biết như vậy.",
            "Cục trưởng cục Quản lý giá thuốc",
        ),
        # the acronym of the name's first words, the name going on after it
        ("Đại diện Công ty cổ phần (CP) Gốm Hòa Bình đã có mặt.", "Công ty cổ phần"),
        # a body owned by another one before `của`: the acronym may be the owner's
        (
            "Ông B tiếp Giám đốc Quỹ Phát triển nông nghiệp của Tổ chức các nước nhập khẩu gạo (ORIF).",
            "Tổ chức các nước nhập khẩu gạo",
        ),
        # no kind of body: a conference, a code
        ("Bộ Quy tắc ứng xử trên biển (CUES) đã được thông qua.", "Bộ Quy tắc ứng xử trên biển"),
    ],
)
def test_no_name_where_the_kind_word_opens_none(text: str, wrong: str) -> None:
    found = names(text)
    assert wrong not in found, found


def test_names_defined_by_acronyms_scale_linearly() -> None:
    unit = (
        "Nhóm công tác về năng lượng tái tạo (EWG) và Hãng thông tấn Kenya (KNA) cùng dự, với đại biểu (ĐB) các nước. "
    )

    def seconds(n: int) -> float:
        doc = segment(unit * n, words="dictionary")
        return best_cpu_seconds(lambda: run_extractors(doc))

    assert doubling_ratio(seconds, 40) < 2.5


@pytest.mark.parametrize(
    "text",
    [
        "Tổ chức này vừa kiện ông Nguyễn Văn An (NVA) ra tòa.",
        "Cơ quan điều tra đã khởi tố Giám đốc điều hành (CEO) của công ty.",
        "Trung tâm đã mời Tổng giám đốc (TGĐ) tới dự.",
        "Đảng của Tổng thống Emmanuel Macron (REM) giành đa số ghế.",
        "Quỹ này do ông Nguyễn Văn An làm chủ tịch (VFA) từ năm ngoái.",
        "Ngân hàng sẽ hợp tác với quỹ đầu tư Mỹ (KKR) trong dự án.",
        "Nhóm nghiên cứu đã gửi mẫu tới viện tiêu chuẩn Mỹ (NIST) để kiểm tra.",
    ],
)
def test_no_name_runs_back_over_a_verb_a_person_or_a_title(text: str) -> None:
    found = names(text)
    assert not any(name.endswith(")") or len(name.split()) > 4 for name in found), found
    assert not any(name.split()[0] in {"Tổ", "Cơ", "Trung", "Đảng", "Quỹ", "Ngân", "Nhóm"} for name in found), found


def test_the_party_word_joins_no_company_by_its_acronym() -> None:
    text = (
        "Tập đoàn Hòa Bình (HBG) vừa công bố lợi nhuận quý. "
        "Trong khi đó, đảng HBG ở Hà Lan giành thêm ghế trong quốc hội."
    )
    found = organizations(text)
    assert len(found["Tập đoàn Hòa Bình"].mentions) == 2, found
