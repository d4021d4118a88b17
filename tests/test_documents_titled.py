"""Documents cited by a title and no number: Quốc hội resolutions, treaties (titled.py)."""

from __future__ import annotations

import pytest

from vnreport.extract.documents import extract_documents, reference_key
from vnreport.segment.document import segment


def texts(text: str) -> list[str]:
    found = extract_documents(segment(text, words="dictionary"), [])
    for ref in found:
        assert text[ref.start : ref.end] == ref.text
    return [r.text for r in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quốc hội thông qua Nghị quyết về chương trình giám sát của Quốc hội năm 2026.",
            ["Nghị quyết về chương trình giám sát của Quốc hội năm 2026"],
        ),
        (
            "trình bày hai dự thảo Nghị quyết của Quốc hội, gồm: Nghị quyết về cơ cấu tổ chức của Chính phủ "
            "nhiệm kỳ Quốc hội khóa XVI và Nghị quyết về số lượng Phó Thủ tướng Chính phủ nhiệm kỳ Quốc hội khóa XVI.",
            [
                "Nghị quyết về cơ cấu tổ chức của Chính phủ nhiệm kỳ Quốc hội khóa XVI",
                "Nghị quyết về số lượng Phó Thủ tướng Chính phủ nhiệm kỳ Quốc hội khóa XVI",
            ],
        ),
        (
            "biểu quyết thông qua Nghị quyết về việc điều chỉnh chủ trương đầu tư, giải phóng mặt bằng, "
            "tái định cư của Dự án A; Biểu quyết thông qua Luật Điện lực (sửa đổi).",
            [
                "Nghị quyết về việc điều chỉnh chủ trương đầu tư, giải phóng mặt bằng, tái định cư của Dự án A",
                "Luật Điện lực (sửa đổi)",
            ],
        ),
        (
            "Tổng Thư ký Quốc hội trình bày Dự thảo Nghị quyết bầu Phó Chủ tịch Quốc hội nhiệm kỳ 2021 - 2026.",
            ["Nghị quyết bầu Phó Chủ tịch Quốc hội nhiệm kỳ 2021 - 2026"],
        ),
        (
            "giải quyết tranh chấp phù hợp với Công ước Liên hợp quốc về Luật Biển năm 1982.",
            ["Công ước Liên hợp quốc về Luật Biển năm 1982"],
        ),
        (
            "thúc đẩy thực thi Hiệp định Thương mại tự do Việt Nam – EU (EVFTA) và các hiệp định khác.",
            ["Hiệp định Thương mại tự do Việt Nam – EU (EVFTA)"],
        ),
    ],
)
def test_titled_documents(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_treaty_named_inside_a_resolution_is_a_document_of_its_own() -> None:
    text = (
        "Quốc hội biểu quyết thông qua Nghị quyết phê chuẩn Nghị định thư về phân giới cắm mốc giữa nước A "
        "và nước B; Biểu quyết thông qua Nghị quyết phê chuẩn Hiệp định về dẫn độ giữa nước A và nước C về việc "
        "sửa đổi điều 5."
    )
    assert texts(text) == [
        "Nghị quyết phê chuẩn Nghị định thư về phân giới cắm mốc giữa nước A và nước B",
        "Nghị định thư về phân giới cắm mốc giữa nước A và nước B",
        "Nghị quyết phê chuẩn Hiệp định về dẫn độ giữa nước A và nước C về việc sửa đổi điều 5",
        "Hiệp định về dẫn độ giữa nước A và nước C",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "HĐND tỉnh đã thông qua Nghị quyết xác nhận kết quả miễn nhiệm Chủ tịch UBND tỉnh.",
        "Hội nghị thảo luận dự thảo Báo cáo chính trị; dự thảo Nghị quyết về phương hướng, nhiệm vụ năm 2026.",
        "Bộ Chính trị sẽ cho ý kiến về các dự thảo Nghị quyết về các lĩnh vực y tế, giáo dục.",
        "hai nước thực hiện tốt các Hiệp định và thỏa thuận đã ký.",
        "Hiệp định này có hiệu lực kể từ ngày ký.",
    ],
)
def test_not_titled_documents(text: str) -> None:
    assert texts(text) == []


def test_a_title_read_alone_has_the_key_it_has_in_the_text() -> None:
    title = "Nghị quyết về cơ cấu tổ chức của Chính phủ nhiệm kỳ Quốc hội khóa XVI"
    found = extract_documents(segment(f"Quốc hội thông qua {title}.", words="dictionary"), [])
    assert reference_key(title) == found[0].key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hai nước vừa ký hiệp định hợp tác nghề cá giữa Việt Nam với Liên minh A-B, mở ra ngư trường mới.",
            [("hiệp định hợp tác nghề cá giữa Việt Nam với Liên minh A-B", None)],
        ),
        (
            "Hai bên hợp tác trong khuôn khổ Thỏa thuận Đối tác về Quản lý nước (ký năm 2011) và nhiều lĩnh vực.",
            [("Thỏa thuận Đối tác về Quản lý nước", "2011")],
        ),
        (
            "Hai bên thực hiện Hiệp định về vận tải đường bộ (ký kết vào ngày 12/3/2015) một cách hiệu quả.",
            [("Hiệp định về vận tải đường bộ", "2015-03-12")],
        ),
    ],
)
def test_treaties_and_agreements_with_the_date_they_were_signed(text: str, expected: list) -> None:
    found = extract_documents(segment(text, words="dictionary"), [])
    assert [(r.text, r.date) for r in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "hàng hóa quá cảnh theo thỏa thuận giữa cơ quan, người đại diện được hai Chính phủ ủy quyền;",
        "Hai doanh nghiệp đã ký hiệp định hợp tác với các đối tác nước ngoài.",
    ],
)
def test_a_lower_case_agreement_without_named_parties_is_no_document(text: str) -> None:
    assert texts(text) == []


def test_a_quoted_remark_is_no_plan() -> None:
    assert texts("Ông nói: “Quy hoạch của xã tôi vẽ từ mùa xuân, chẳng ai sửa nữa!”") == []


def test_a_title_restated_after_a_number_is_that_numbered_document() -> None:
    text = (
        "Quốc hội đã thông qua Nghị quyết phê chuẩn đề nghị của Chánh án Tòa án nhân dân tối cao về việc bổ "
        "nhiệm Thẩm phán. Báo giới thiệu toàn văn Nghị quyết số 41/2019/QH14 phê chuẩn đề nghị của Chánh án "
        "Tòa án nhân dân tối cao về việc bổ nhiệm Thẩm phán."
    )
    found = extract_documents(segment(text, words="dictionary"), [])
    assert [(r.text, len(r.mentions)) for r in found] == [("Nghị quyết số 41/2019/QH14", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hiệp định Paris năm 1973 tự nó đã mở ra bước ngoặt.", ["Hiệp định Paris năm 1973"]),
        ("Hiệp định Paris năm 1973 với tư cách văn kiện pháp lý đã được ký.", ["Hiệp định Paris năm 1973"]),
        ("Hiệp định Giơnevơ năm 1954 về Đông Dương được ký kết.", ["Hiệp định Giơnevơ năm 1954 về Đông Dương"]),
    ],
)
def test_a_title_ends_at_its_year_unless_its_subject_follows(text: str, expected: list[str]) -> None:
    """After `năm YYYY` only `về`, `giữa`, `của`, `và` go on with a treaty's name; another word opens the
    rest of the sentence."""
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anh sẽ viện dẫn Điều 50 Hiệp ước Lisbon vào đầu mùa xuân.", ["Hiệp ước Lisbon"]),
        (
            "Hai nước nhắc lại Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á - Âu sắp tròn mười năm.",
            ["Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á - Âu"],
        ),
        (
            "Hai bên thúc đẩy Hiệp định khung về Thương mại và Đầu tư giúp tháo gỡ những vướng mắc về thuế.",
            ["Hiệp định khung về Thương mại và Đầu tư"],
        ),
        (
            "ông nhắc tới Hiệp ước Hòa bình và Hữu nghị Nhật Bản - Trung Quốc vào năm sau",
            ["Hiệp ước Hòa bình và Hữu nghị Nhật Bản - Trung Quốc"],
        ),
        (
            "Tổng cục đề xuất 3 Hiệp định hợp tác thú y với một số nước Nam Mỹ trong quý tới.",
            ["Hiệp định hợp tác thú y"],
        ),
        ("Liệu Mỹ có ở lại Hiệp định Paris hay không vẫn là câu hỏi.", ["Hiệp định Paris"]),
        (
            "Hai bên ủng hộ Hiệp định Thương mại tự do Việt Nam - Andorra và hoan nghênh đoàn doanh nghiệp sang thăm.",
            ["Hiệp định Thương mại tự do Việt Nam - Andorra"],
        ),
        (
            "Hiệp định Vận tải biên giới mới thay thế Hiệp định Vận tải cũ ký năm 1998.",
            ["Hiệp định Vận tải biên giới mới", "Hiệp định Vận tải cũ"],
        ),
    ],
)
def test_a_treaty_name_ends_before_the_clause_it_is_talked_about_in(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Các nước bàn cách điều chỉnh Hiệp định khi không có một thành viên lớn.",
        "Lãnh đạo Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) họp tại Brussels.",
    ],
)
def test_a_treaty_word_that_names_no_treaty(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hai nước kỷ niệm ngày ký hiệp ước hữu nghị Việt Nam - Campuchia năm 1979.",
            ["hiệp ước hữu nghị Việt Nam - Campuchia"],
        ),
        ("Tokyo viện dẫn hiệp ước phòng thủ Mỹ-Nhật khi bàn về quần đảo.", ["hiệp ước phòng thủ Mỹ-Nhật"]),
        ("Các nước bàn một hiệp định liên kết kinh tế châu Á - Thái Bình Dương.", []),
    ],
)
def test_a_lower_case_treaty_named_by_its_parties_joined_by_a_dash(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông nhắc Nghị quyết về phát triển nông nghiệp ngày 6/3/2022. Sau đó bàn tiếp.",
            "Nghị quyết về phát triển nông nghiệp",
        ),
        ("Họ bàn Nghị quyết về xử lý nợ xấu.Sau đó ngân hàng làm theo.", "Nghị quyết về xử lý nợ xấu"),
        ("Bộ trình Nghị quyết về giảm thuế xăng dầu trong thời gian tới.", "Nghị quyết về giảm thuế xăng dầu"),
    ],
)
def test_a_title_ends_at_its_date_a_run_on_sentence_and_a_time_phrase(text: str, expected: str) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nhiều nước ủng hộ Hiệp định Oslo về bảo vệ rừng nhiệt đới. Hiệp định Oslo sẽ có hiệu lực sớm.",
            [("Hiệp định Oslo về bảo vệ rừng nhiệt đới", 2)],
        ),
        (
            "Công ước Bern năm 1886 bảo vệ tác phẩm. Việt Nam là thành viên của Công ước Bern.",
            [("Công ước Bern năm 1886", 2)],
        ),
        # two treaties the short name fits: which one it is, the text does not say
        (
            "Nước này đã ký Công ước Oslo về bảo vệ rừng và Công ước Oslo về nguồn nước. Công ước Oslo được tôn trọng.",
            [("Công ước Oslo về bảo vệ rừng", 1), ("Công ước Oslo về nguồn nước", 1), ("Công ước Oslo", 1)],
        ),
        # `năm` with its year, not the `Nam` of a name
        (
            "Hai nước ký Hiệp định Việt Nam về hợp tác nghề cá. Hiệp định Việt được nhắc lại.",
            [("Hiệp định Việt Nam về hợp tác nghề cá", 1), ("Hiệp định Việt", 1)],
        ),
        # laws are not linked so: a shorter law's name is another law
        (
            "Luật Giáo dục nghề nghiệp dẫn chiếu Luật Giáo dục.",
            [("Luật Giáo dục nghề nghiệp", 1), ("Luật Giáo dục", 1)],
        ),
    ],
)
def test_a_treaty_named_short_is_the_one_the_text_names_in_full(text: str, expected: list[tuple[str, int]]) -> None:
    found = extract_documents(segment(text, words="dictionary"), [])
    assert [(r.text, len(r.mentions)) for r in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hai phe đều nói sẽ tôn trọng thỏa thuận Minsk trong tuần tới.", ["thỏa thuận Minsk"]),
        ("Ông cho rằng hiệp định Paris sẽ làm chậm tăng trưởng.", ["hiệp định Paris"]),
        ("Nhiều nước vẫn giữ cam kết với Thỏa thuận Paris năm 2015.", ["Thỏa thuận Paris năm 2015"]),
        ("Thỏa thuận Riyadh cung cấp khung cho việc chia sẻ quyền lực.", ["Thỏa thuận Riyadh"]),
        (
            "Canberra đã chính thức từ bỏ thỏa thuận Paris về giảm lượng khí thải nhà kính.",
            ["thỏa thuận Paris về giảm lượng khí thải nhà kính"],
        ),
        (
            "Việc rút khỏi thỏa thuận Paris về khí hậu mặc cho làn sóng chỉ trích từ giới khoa học khiến đồng "
            "minh thất vọng.",
            ["thỏa thuận Paris"],
        ),
    ],
)
def test_a_treaty_named_after_a_city_in_any_case(text: str, expected: list[str]) -> None:
    """`thỏa thuận Minsk`: a treaty word (lower case too) before a city abroad names the treaty signed there;
    its subject (`về …`) is read with it when the title ends soon after."""
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Công ty đã ký thỏa thuận IPO với một ngân hàng đầu tư.",
        "Tiền đạo này ký thỏa thuận Paris Saint-Germain trong mùa hè.",
        "Các bên đang đàm phán một thỏa thuận mới về thương mại.",
    ],
)
def test_a_lower_case_treaty_word_without_a_city_names_none(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the longer name goes on with whose the document is: one document, named twice
        (
            "Quốc hội xem xét Nghị quyết về thí điểm cải cách thủ tục thuế của các doanh nghiệp nhỏ. Bộ Tài chính "
            "cho rằng cần sớm có một Nghị quyết về thí điểm cải cách thủ tục thuế.",
            [("Nghị quyết về thí điểm cải cách thủ tục thuế của các doanh nghiệp nhỏ", 2)],
        ),
        # or with its acronym
        (
            "Hai nước đã ký Hiệp định hợp tác nghề cá ABFC. Theo Hiệp định hợp tác nghề cá, ngư dân được hỗ trợ.",
            [("Hiệp định hợp tác nghề cá ABFC", 2)],
        ),
        # two longer names go on from the head: which one it is, the text does not say
        (
            "Hiệp định hợp tác nghề cá của Lào và Hiệp định hợp tác nghề cá của Thái Lan được ký. "
            "Theo Hiệp định hợp tác nghề cá, ngư dân được hỗ trợ.",
            [
                ("Hiệp định hợp tác nghề cá của Lào", 1),
                ("Hiệp định hợp tác nghề cá của Thái Lan", 1),
                ("Hiệp định hợp tác nghề cá", 1),
            ],
        ),
    ],
)
def test_a_name_the_head_of_one_longer_name_is_that_document(text: str, expected: list[tuple[str, int]]) -> None:
    found = extract_documents(segment(text, words="dictionary"), [])
    assert [(r.text, len(r.mentions)) for r in found] == expected


def test_a_title_ends_at_a_stop_word_the_segmenter_joined_to_a_name() -> None:
    # `Âu là` (perhaps) is a word of the dictionary: after the party's name, `là` opens the clause all the same
    assert texts("Hiệp định đầu tư giữa Việt Nam và Liên minh kinh tế Á - Âu là bước tiến của hai bên.") == [
        "Hiệp định đầu tư giữa Việt Nam và Liên minh kinh tế Á - Âu"
    ]
    # a title's capitalised first word keeps its syllables (`Tự do`: `do` is a stop word of its own)
    assert texts("Hiệp định Tự do thương mại Việt Nam – Nhật Bản (VJFTA) sẽ có hiệu lực.") == [
        "Hiệp định Tự do thương mại Việt Nam – Nhật Bản (VJFTA)"
    ]


def test_a_dash_after_a_titles_year_opens_an_apposition() -> None:
    assert texts("Bà nhắc tới Hiệp định Paris về khí hậu năm 2015 - một văn kiện mà nhiều nước đã ký.") == [
        "Hiệp định Paris về khí hậu năm 2015"
    ]
    assert texts("Quốc hội ban hành Nghị quyết về kế hoạch tài chính năm 2026 - 2030.") == [
        "Nghị quyết về kế hoạch tài chính năm 2026 - 2030"
    ]
