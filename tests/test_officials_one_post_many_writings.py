"""Officials' titles, round 18: one post written several ways kept once (words inserted inside it, a short name
the text defines in brackets, a counterpart's descriptor beside the person's own post), the province after a
body's bracketed short name, a counted title outside a person's chain, and career lists read past a plain job,
a term and a missing comma."""

from __future__ import annotations

import pytest

from tests.officialshelp import people_of
from vnreport.extract.officials.merging import Definitions, merge_titles
from vnreport.report.model import OfficialTitle


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Tổng thống Hoa Kỳ", "Tổng thống Hợp chúng quốc Hoa Kỳ"),
        ("Thủ tướng Lào", "Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào"),
        ("Phó Trưởng Ban Tổ chức Trung ương", "Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương"),
    ],
)
def test_words_inserted_inside_one_post(short: str, full: str) -> None:
    for order in ((short, full), (full, short)):
        merged = merge_titles([OfficialTitle(text=t) for t in order])
        assert [t.text for t in merged] == [full]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the last word differs: another body
        ("Chủ tịch Quốc hội", "Chủ tịch Ủy ban Đối ngoại của Quốc hội Lào"),
        # the first word differs: another post of the same body
        ("Bí thư Tỉnh ủy Lào Cai", "Phó Bí thư Thường trực Tỉnh ủy Lào Cai"),
    ],
)
def test_other_posts_with_shared_words_stay_apart(a: str, b: str) -> None:
    assert len(merge_titles([OfficialTitle(text=a), OfficialTitle(text=b)])) == 2


def test_a_short_name_the_text_defines_is_the_same_post() -> None:
    text = "Ông Lê Minh, Tổng Giám đốc Công ty cổ phần Thép Hòa Phát Bắc (HPB), cho biết. Tổng Giám đốc HPB nói thêm."
    titles = [
        OfficialTitle(text="Tổng Giám đốc HPB"),
        OfficialTitle(text="Tổng Giám đốc Công ty cổ phần Thép Hòa Phát Bắc"),
    ]
    merged = merge_titles(titles, Definitions(text))
    assert [t.text for t in merged] == ["Tổng Giám đốc Công ty cổ phần Thép Hòa Phát Bắc"]


@pytest.mark.parametrize(
    "text",
    [
        # the text defines no such short name
        "Ông Lê Minh, Tổng Giám đốc Công ty cổ phần Thép Hòa Phát Bắc, cho biết. Tổng Giám đốc HPB nói thêm.",
        # a word in brackets with one capital is a place, no short name (`(Mỹ)`)
        "Tổng Giám đốc Công ty cổ phần Thép Hòa Phát Bắc (Hpb) cho biết.",
    ],
)
def test_no_definition_no_merge(text: str) -> None:
    titles = [
        OfficialTitle(text="Tổng Giám đốc HPB"),
        OfficialTitle(text="Tổng Giám đốc Công ty cổ phần Thép Hòa Phát Bắc"),
    ]
    assert len(merge_titles(titles, Definitions(text))) == 2


def test_a_counterpart_descriptor_gives_way_to_an_own_post() -> None:
    officials, _ = people_of(
        "Bộ trưởng Quốc phòng Đức Klaus Berger đã gặp người đồng cấp Áo Martin Haller. "
        "Ông Martin Haller, Bộ trưởng Quốc phòng Áo, cho biết hai bên nhất trí."
    )
    assert officials["Martin Haller"] == ["Bộ trưởng Quốc phòng Áo"]


def test_a_counterpart_descriptor_alone_stays_a_title() -> None:
    officials, _ = people_of("Bộ trưởng Quốc phòng Đức Klaus Berger đã gặp người đồng cấp Áo Martin Haller hôm qua.")
    assert officials["Martin Haller"] == ["người đồng cấp Áo"]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Ông Trần Văn Hải, Giám đốc Sở Giao thông vận tải (GTVT) Hà Nam, cho biết.",
            "Giám đốc Sở Giao thông vận tải (GTVT) Hà Nam",
        ),
        (
            "Ông Trần Văn Hải, Giám đốc Sở Tài nguyên và Môi trường (TN&MT) tỉnh Nam Định, cho biết.",
            "Giám đốc Sở Tài nguyên và Môi trường (TN&MT) tỉnh Nam Định",
        ),
        # no province after the brackets: the body ends there
        ("Ông Trần Văn Hải, Giám đốc Sở Giao thông vận tải (GTVT), cho biết.", "Giám đốc Sở Giao thông vận tải (GTVT)"),
    ],
)
def test_the_province_after_a_bracketed_short_name(sentence: str, title: str) -> None:
    officials, _ = people_of(sentence)
    assert officials["Trần Văn Hải"] == [title]


def test_a_counted_title_is_no_ones_in_a_chain() -> None:
    officials, _ = people_of(
        "Quốc hội phê chuẩn việc bổ nhiệm 3 Thẩm phán Tòa án nhân dân tối cao, Chánh án Tòa án nhân dân tối cao "
        "Lê Văn Hòa giải trình."
    )
    assert officials["Lê Văn Hòa"] == ["Chánh án Tòa án nhân dân tối cao"]


def test_a_plain_job_in_a_career_list_does_not_end_it() -> None:
    officials, _ = people_of(
        "Ông Lê Văn Hà đã trải qua nhiều vị trí công tác như: giáo viên, Phó Trưởng khoa, Trưởng khoa Ngữ văn; "
        "Phó Hiệu trưởng Trường Đại học Sư phạm Vinh."
    )
    assert officials["Lê Văn Hà"] == [
        "Phó Trưởng khoa",
        "Trưởng khoa Ngữ văn",
        "Phó Hiệu trưởng Trường Đại học Sư phạm Vinh",
    ]


def test_a_career_list_goes_on_past_a_term_and_a_missing_comma() -> None:
    officials, _ = people_of(
        "Ông Lê Văn Hà đã kinh qua các chức vụ: Bí thư Đảng ủy Hiệu trưởng Trường Đại học Sư phạm Vinh; "
        "Ủy viên Trung ương Đảng khóa XI, Thứ trưởng Bộ Giáo dục và Đào tạo."
    )
    assert officials["Lê Văn Hà"][-2:] == ["Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Giáo dục và Đào tạo"]
    assert "Hiệu trưởng Trường Đại học Sư phạm Vinh" in officials["Lê Văn Hà"]


def test_a_job_outside_a_career_list_still_ends_the_titles() -> None:
    officials, _ = people_of("Ông Lê Văn Hà được bổ nhiệm làm Phó Trưởng khoa Ngữ văn, giáo viên, Trưởng khoa Toán.")
    assert officials["Lê Văn Hà"] == ["Phó Trưởng khoa Ngữ văn"]


def test_a_rank_on_a_post_is_no_count() -> None:
    officials, _ = people_of(
        "Trên cương vị Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Trần Văn Nam đã chỉ đạo. "
        "Sáng 20.6 Phó Trưởng Ban Tuyên giáo Trung ương, Tổng Biên tập Báo Nhân Dân Lê Quốc Minh dự họp."
    )
    assert officials["Trần Văn Nam"] == ["Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội"]
    assert len(officials["Lê Quốc Minh"]) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Trước khi công bố quyết định của Thủ tướng, ông Lê Minh Tâm, Vụ trưởng Vụ Pháp chế nói.",
        "Theo đề nghị của Bộ trưởng Bộ Y tế, bà Trần Thu Hà sẽ đảm nhiệm chức vụ Vụ trưởng Vụ Pháp chế.",
        "Theo quyết định của Trung ương và Thủ tướng Chính phủ: Ông Lê Minh Tâm - Vụ trưởng Vụ Pháp chế, nhận việc.",
    ],
)
def test_a_title_after_cua_owns_a_noun_and_is_not_the_next_names(sentence: str) -> None:
    officials, _ = people_of(sentence)
    titles = [t for held in officials.values() for t in held]
    assert not any(t.startswith(("Thủ tướng", "Bộ trưởng")) for t in titles)


def test_a_post_serving_the_owner_is_the_next_names_whole() -> None:
    officials, _ = people_of("Ông ta cho biết, Thư ký cấp cao của Tổng thống Hàn Quốc, ông Park Jin-woo đã phối hợp.")
    assert officials["Park Jin-woo"] == ["Thư ký cấp cao của Tổng thống Hàn Quốc"]


def test_a_title_set_off_before_a_name_is_still_its_own() -> None:
    officials, _ = people_of("Phát biểu tại hội nghị, Bộ trưởng Bộ Y tế, bà Trần Thu Hà cho biết.")
    assert officials["Trần Thu Hà"] == ["Bộ trưởng Bộ Y tế"]


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Chuyến thăm diễn ra theo lời mời của Chủ tịch WEF, ông Klaus Berger.", "Klaus Berger", "Chủ tịch WEF"),
        ("Đó là lời tổng kết của Phó Chủ tịch UBND tỉnh - bà Trần Thu Hà.", "Trần Thu Hà", "Phó Chủ tịch UBND tỉnh"),
    ],
)
def test_an_apposition_closing_the_owners_phrase_keeps_the_title(sentence: str, name: str, title: str) -> None:
    officials, _ = people_of(sentence)
    assert officials[name] == [title]


@pytest.mark.parametrize(
    ("short", "full"),
    [
        # `ĐB` is `đại biểu`: the same deputy's post written short
        ("ĐB", "Đại biểu"),
        # a bare `đại biểu` begins the written-out `ĐBQH`
        ("ĐB", "ĐBQH"),
        ("đại biểu", "ĐBQH"),
    ],
)
def test_a_deputy_written_short_is_one_post(short: str, full: str) -> None:
    for order in ((short, full), (full, short)):
        merged = merge_titles([OfficialTitle(text=t) for t in order])
        assert [t.text for t in merged] == [full]


@pytest.mark.parametrize(
    ("short", "full"),
    [
        # the body's unit word left out, the country added
        ("Bộ trưởng Bộ Nông nghiệp", "Bộ trưởng Nông nghiệp Canada"),
        # the body's words in another order, its unit word written once
        ("Cục trưởng Điện ảnh Phim truyện", "Cục trưởng Cục Phim truyện Điện ảnh"),
        # a guard of the older prefix rule, not of this one: the shorter's written-out key begins the longer's (the
        # same body with its province, the unit word of the city written out in the shorter)
        ("Phó Chủ tịch UBND thành phố", "Phó Chủ tịch UBND TP Đà Nẵng"),
    ],
)
def test_one_post_with_a_unit_word_or_place_more(short: str, full: str) -> None:
    for order in ((short, full), (full, short)):
        merged = merge_titles([OfficialTitle(text=t) for t in order])
        assert [t.text for t in merged] == [full]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same words, two places: two embassies
        ("Đại sứ Việt Nam tại Lào", "Đại sứ Việt Nam tại Nhật Bản"),
        # the same first word, another head
        ("Trưởng khoa", "Trưởng ban Khoa học"),
        # words of another body left over besides the place
        ("Bộ trưởng Nông nghiệp Canada", "Bộ trưởng Ngoại thương và Nông nghiệp"),
        # a body that is only its unit word names no body: two departments may be meant
        ("Giám đốc Sở", "Giám đốc Cục"),
        # so too after a three-word title, even when the other title names its place
        ("Phó Giám đốc Sở", "Phó Giám đốc Cục Hà Nội"),
        # and after a title longer than four words (officials_titles.txt gives the head its whole length)
        ("Phó Chủ nhiệm Ủy ban Kiểm tra Sở", "Phó Chủ nhiệm Ủy ban Kiểm tra Cục"),
        # a province names a local body of its own, not set aside like a country
        ("Cục trưởng Cục Hải quan", "Cục trưởng Hải quan Hà Nội"),
    ],
)
def test_posts_with_other_words_or_places_stay_apart(a: str, b: str) -> None:
    for order in ((a, b), (b, a)):
        assert len(merge_titles([OfficialTitle(text=t) for t in order])) == 2


@pytest.mark.parametrize(
    ("a", "b", "posts"),
    [
        # a country the title ends in is set aside: one post
        ("Bộ trưởng Bộ Thương mại", "Bộ trưởng Thương mại Hoa Kỳ", 1),
        # a province names a local body of its own: two posts
        ("Cục trưởng Cục Hải quan", "Cục trưởng Hải quan Hà Nội", 2),
        # a bare `Hồ Chí Minh` is a person's name, not the city: two posts
        ("Viện trưởng Viện Tư tưởng", "Viện trưởng Tư tưởng Hồ Chí Minh", 2),
    ],
)
def test_only_a_country_ends_a_title_as_a_place_set_aside(a: str, b: str, posts: int) -> None:
    """The title merging reads its countries from the places the name readers share: a country is set aside; a
    province, or a bare `Hồ Chí Minh` (a person), is not."""
    for order in ((a, b), (b, a)):
        assert len(merge_titles([OfficialTitle(text=t) for t in order])) == posts
