"""Roles of officials in the event (issue #12): one written example per construction of
`vnreport/extract/officials/roles.py` and the references of `references.py`."""

from __future__ import annotations

import gc
import time

import pytest

from tests.timing import doubling_ratio
from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def roles(text: str) -> dict[str, str | None]:
    found, _ = extract_people(segment(text, words="dictionary"))
    return {o.name: o.role for o in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # chaired: a verb after the name and titles, the phrase `dưới sự chủ trì/điều hành của`, leading a
        # delegation, working with a body, hosting a visitor
        (
            "Sáng 3/4, Phiên họp diễn ra dưới sự chủ trì của Chủ tịch Quốc hội Lê Văn Thanh.",
            {"Lê Văn Thanh": "chaired"},
        ),
        (
            "Dưới sự điều hành của Phó Chủ tịch Quốc hội Trần Quang Bình, Quốc hội thảo luận dự án luật.",
            {"Trần Quang Bình": "chaired"},
        ),
        (
            "Bộ trưởng Bộ Y tế Đặng Thu Hà dẫn đầu đoàn công tác làm việc tại tỉnh Nam Định.",
            {"Đặng Thu Hà": "chaired"},
        ),
        (
            "Đoàn kiểm tra do Phó Giám đốc Sở Nội vụ Ngô Văn Tâm làm trưởng đoàn đã đến kiểm tra huyện Đông Anh.",
            {"Ngô Văn Tâm": "chaired"},
        ),
        (
            "Chiều 5/3, Phó Chủ tịch UBND tỉnh Lê Hữu Phước đã có buổi làm việc với UBND huyện Cần Giờ.",
            {"Lê Hữu Phước": "chaired"},
        ),
        (
            "Thủ tướng Phạm Văn Long đã tiếp Đại sứ Nhật Bản Tanaka Hiroshi.",
            {"Phạm Văn Long": "chaired", "Tanaka Hiroshi": "attended"},
        ),
        (
            "Đồng chí Nguyễn Văn Quang, Bí thư Thành ủy; đồng chí Lê Thị Hạnh, Chủ tịch UBND thành phố đồng chủ trì "
            "Hội nghị.",
            {"Nguyễn Văn Quang": "chaired", "Lê Thị Hạnh": "chaired"},
        ),
        # `cùng`: the people after it accompany the subject
        (
            "Bí thư Tỉnh ủy Trần Văn Đức cùng Phó Chủ tịch UBND tỉnh Hồ Văn Nam đã làm việc với chủ đầu tư.",
            {"Trần Văn Đức": "chaired", "Hồ Văn Nam": "attended"},
        ),
        # a task given to someone is not chairing: `giao cho … chủ trì, phối hợp`, `không chủ trì`
        (
            "Ông Lê Văn Tín đã giao cho ông Hoàng Minh Sơn, Phó Chủ tịch UBND thành phố chủ trì, phối hợp với các sở.",
            {"Hoàng Minh Sơn": None},
        ),
        # attended: a verb after the name, a list after `Tham dự có`, `về phía … có các đồng chí:`, a
        # coordinated subject, `với sự tham dự của`, handing decisions
        (
            "Tổng Bí thư Trần Văn Lâm dự lễ khai trương ở Đà Nẵng.",
            {"Trần Văn Lâm": "attended"},
        ),
        (
            "Tiếp đoàn, về phía tỉnh có các đồng chí: Đỗ Văn Hùng - Bí thư Tỉnh ủy; Lê Thị Mai - Chủ tịch UBND tỉnh.",
            {"Đỗ Văn Hùng": "attended", "Lê Thị Mai": "attended"},
        ),
        (
            "Chủ tịch nước Võ Minh Tuấn và các đồng chí lãnh đạo Đảng, Nhà nước dự kỳ họp.",
            {"Võ Minh Tuấn": "attended"},
        ),
        (
            "Hội nghị có sự tham dự của Phó Thủ tướng Lê Minh Khoa.",
            {"Lê Minh Khoa": "attended"},
        ),
        (
            "Phó Bí thư Thành ủy Ngô Thu Hằng trao quyết định cho ông Hoàng Văn Lợi, Chánh Văn phòng Thành ủy.",
            {"Ngô Thu Hằng": "attended", "Hoàng Văn Lợi": "attended"},
        ),
        (
            "Chủ tịch Quốc hội Nguyễn Thị Hòa, Thủ tướng Trần Văn Phúc bỏ phiếu bầu Phó Chủ tịch nước.",
            {"Nguyễn Thị Hòa": "attended", "Trần Văn Phúc": "attended"},
        ),
        # spoke: speech verbs with adverbs, parentheses, dashes, the rest of a title or an apposition between
        (
            "Ông Đỗ Văn Cường – Phó Chủ tịch Hiệp hội các nhà thầu xây dựng Việt Nam thẳng thắn nói luật cần sửa.",
            {"Đỗ Văn Cường": "spoke"},
        ),
        (
            "PGS.TS Hồ Văn Tùng, Hiệu trưởng nhà trường, cho biết sinh viên sẽ thực tập ở nước ngoài.",
            {"Hồ Văn Tùng": "spoke"},
        ),
        (
            "Đồng chí Trương Văn Hòa, Trưởng Ban Tổ chức Tỉnh ủy khóa XIX, thay mặt Đoàn Chủ tịch báo cáo kết quả.",
            {"Trương Văn Hòa": "spoke"},
        ),
        (
            "Bộ trưởng Bộ Tài chính Lê Văn Thắng thừa ủy quyền của Thủ tướng Chính phủ trình bày báo cáo.",
            {"Lê Văn Thắng": "spoke"},
        ),
        (
            "Tại đại hội, ông Nguyễn Văn Dũng, Phó Trưởng ban Tổ chức Trung ương, đã công bố quyết định.",
            {"Nguyễn Văn Dũng": "spoke"},
        ),
        (
            "Theo Phó Chủ tịch UBND tỉnh Lê Văn Phương, các địa phương đã niêm yết công khai.",
            {"Lê Văn Phương": "spoke"},
        ),
        (
            "Tổng Bí thư Trần Văn Lâm có phát biểu quan trọng chỉ đạo hội nghị.",
            {"Trần Văn Lâm": "spoke"},
        ),
        (
            "- Đại biểu Quốc hội Bùi Văn Lợi: Trước hết phải khẳng định đây chỉ là ý kiến.",
            {"Bùi Văn Lợi": "spoke"},
        ),
        # signed: `ký` as a word (not the `ký` of `đăng ký`), after a pair of dashes
        (
            "Bà Phạm Thị Trà - khi đó là Chủ tịch UBND tỉnh Yên Bái - đã ký quyết định bổ nhiệm.",
            {"Phạm Thị Trà": "signed"},
        ),
        (
            "Ông Nguyễn Văn Tình, Chủ tịch UBND tỉnh đã trao giấy chứng nhận đăng ký đầu tư cho doanh nghiệp.",
            {"Nguyễn Văn Tình": "attended"},
        ),
        # no role: a person only talked about, a verb of a later clause, the passive, a recipient
        (
            "Phó Thủ tướng Lê Văn Bình đã liên tục ra 2 văn bản yêu cầu tỉnh khẩn trương kiểm tra.",
            {"Lê Văn Bình": None},
        ),
        (
            "Quyết định bổ nhiệm ông Lê Tiến Dũng giữ chức Giám đốc Sở Tài chính đã được công bố.",
            {"Lê Tiến Dũng": None},
        ),
        (
            "Tổng Bí thư Trần Văn Lâm dự lễ công bố quyết định ở TP Hồ Chí Minh.",
            {"Trần Văn Lâm": "attended"},
        ),
        (
            "Các nghệ sĩ đã ký vào bản kiến nghị gửi Bộ trưởng Bộ Văn hóa Nguyễn Văn Thiện, đề nghị dừng cổ phần hóa.",
            {"Nguyễn Văn Thiện": None},
        ),
        # `điều hành` chairs a sitting (or ends its clause); running a country, a firm or an office is no chair
        (
            "Chiều 3/4, Phó Chủ tịch Quốc hội Trần Quang Bình điều hành phiên họp.",
            {"Trần Quang Bình": "chaired"},
        ),
        (
            "Chiều 3/4, Quốc hội biểu quyết thông qua luật. Phó Chủ tịch Quốc hội Trần Quang Bình điều hành.",
            {"Trần Quang Bình": "chaired"},
        ),
        (
            "Thứ trưởng Bộ Công thương Lê Quốc Phong điều hành Cục Xúc tiến thương mại từ tháng 4.",
            {"Lê Quốc Phong": None},
        ),
        (
            "Bà Phạm Thu Hằng, Phó Chủ tịch điều hành Tập đoàn Minh Long, cho biết doanh thu tăng.",
            {"Phạm Thu Hằng": "spoke"},
        ),
    ],
)
def test_role_constructions(text: str, expected: dict[str, str | None]) -> None:
    found = roles(text)
    assert {name: found.get(name, "absent") for name in expected} == expected


def test_pronoun_subject_refers_to_the_last_person_of_its_gender() -> None:
    text = (
        "Bà Hồ Thị Thoa, Thứ trưởng Bộ Công Thương, bị khiển trách vì liên quan đến ông Vũ Minh Hoàng. "
        "Trước đó, bà giữ chức Tổng giám đốc Công ty Cổ phần Điện Quang. Bà cho biết sẽ rút kinh nghiệm."
    )
    found, _ = extract_people(segment(text, words="dictionary"))
    by_name = {o.name: o for o in found}
    assert [t.text for t in by_name["Hồ Thị Thoa"].titles][-1] == "Tổng giám đốc Công ty Cổ phần Điện Quang"
    assert by_name["Hồ Thị Thoa"].role == "spoke"
    assert "Vũ Minh Hoàng" not in by_name


def test_a_title_alone_refers_to_the_one_person_holding_it() -> None:
    text = (
        "Ông Hoàng Văn Hải, Bí thư Thành ủy Hà Nội cho rằng cán bộ phải gương mẫu. "
        "Ngày 7/2, Bí thư Thành ủy Hà Nội đã làm việc với lãnh đạo huyện Phúc Thọ."
    )
    assert roles(text) == {"Hoàng Văn Hải": "chaired"}


def test_a_title_shared_by_several_people_refers_to_no_one() -> None:
    text = (
        "Phó Thủ tướng Lê Văn Minh và Phó Thủ tướng Trần Hồng Sơn dự hội nghị. "
        "Phó Thủ tướng nhấn mạnh yêu cầu cải cách."
    )
    assert roles(text) == {"Lê Văn Minh": "attended", "Trần Hồng Sơn": "attended"}


@pytest.mark.parametrize(
    "text",
    [
        "Kết luận phiên thảo luận, Phó Chủ tịch Quốc hội Trần Văn Nam đề nghị cơ quan soạn thảo tiếp thu ý kiến.",
        "Phó Chủ tịch Quốc hội Trần Văn Nam kết luận phiên họp và đề nghị các cơ quan tiếp thu.",
        "Phát biểu kết luận hội nghị, Phó Chủ tịch Quốc hội Trần Văn Nam yêu cầu các địa phương rà soát.",
    ],
)
def test_who_concludes_a_sitting_chairs_it(text: str) -> None:
    assert roles(text) == {"Trần Văn Nam": "chaired"}


def test_a_conclusion_of_something_else_is_speech() -> None:
    assert roles("Phó Chủ tịch Quốc hội Trần Văn Nam kết luận rằng dự án cần thêm thời gian.") == {
        "Trần Văn Nam": "spoke"
    }


def test_a_capitalised_cue_after_a_caption_opens_the_next_sentence() -> None:
    text = (
        "Kỳ họp thứ 10 HĐND thành phố. Đại biểu HĐND thành phố Trần Thị Hoa (Sóc Sơn) Tiếp ý kiến trên, Chủ tịch "
        "HĐND thành phố Lê Văn Khải đề nghị làm rõ."
    )
    assert roles(text)["Trần Thị Hoa"] is None
    assert roles("Sáng 3/4, Chủ tịch UBND tỉnh Lê Văn Khải tiếp Đại sứ Nhật Bản.") == {"Lê Văn Khải": "chaired"}


def test_two_sides_meeting_each_other_are_no_chairs() -> None:
    text = (
        "Chiều 9/3, Bộ trưởng Bộ Tài chính Lê Văn Hùng và Bộ trưởng Kinh tế Hàn Quốc Kim Min Su đã có buổi "
        "làm việc cấp bộ trưởng về hợp tác tài chính."
    )
    assert roles(text) == {"Lê Văn Hùng": "attended", "Kim Min Su": "attended"}


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 2/4, Bí thư Tỉnh ủy Trần Văn Minh và Chủ tịch UBND tỉnh Lê Thị Hoa có buổi làm việc với Sở Y tế.",
        "Sáng 2/4, Bí thư Tỉnh ủy Trần Văn Minh và Chủ tịch UBND tỉnh Lê Thị Hoa có buổi làm việc tại huyện Đông Anh.",
    ],
)
def test_two_leaders_meeting_a_body_together_chair_it(text: str) -> None:
    assert roles(text) == {"Trần Văn Minh": "chaired", "Lê Thị Hoa": "chaired"}


def test_the_one_met_attends_and_the_meeting_leaves_its_holder_to_other_cues() -> None:
    text = "Chiều 12/3, Bộ trưởng Bộ Ngoại giao Lê Văn Khánh đã có cuộc gặp với Ngoại trưởng Pháp Pierre Durand."
    assert roles(text) == {"Lê Văn Khánh": None, "Pierre Durand": "attended"}


def test_everyone_listed_a_few_words_after_a_meeting_with_attends() -> None:
    text = (
        "Ngày 8/7, Phó Thủ tướng Trần Văn Hải đã có các cuộc gặp song phương với Thủ tướng Ấn Độ Ravi Kumar và "
        "Tổng thống Chile Pablo Rojas."
    )
    assert roles(text) == {"Trần Văn Hải": None, "Ravi Kumar": "attended", "Pablo Rojas": "attended"}


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thống Chile Pablo Rojas dự kiến có cuộc gặp với Thủ tướng Ấn Độ Ravi Kumar vào tuần tới.",
        "Tổng thống Chile Pablo Rojas sẽ không có cuộc gặp nào với Thủ tướng Ấn Độ Ravi Kumar.",
        "Sau khi có cuộc gặp với Thủ tướng Ấn Độ Ravi Kumar, Tổng thống Chile Pablo Rojas đã rời thủ đô.",
        # one list of markers before any gapped meeting cue: plain `sẽ`, and a `buổi` meeting as a `cuộc` one
        "Tổng thống Chile Pablo Rojas sẽ có cuộc gặp với Thủ tướng Ấn Độ Ravi Kumar vào tuần tới.",
        "Tổng thống Chile Pablo Rojas dự kiến có buổi gặp với Thủ tướng Ấn Độ Ravi Kumar vào tuần tới.",
        "Sau khi có buổi gặp mặt với Thủ tướng Ấn Độ Ravi Kumar, Tổng thống Chile Pablo Rojas đã rời thủ đô.",
    ],
)
def test_a_meeting_planned_denied_or_told_as_an_occasion_gives_no_role(text: str) -> None:
    assert roles(text) == {"Pablo Rojas": None, "Ravi Kumar": None}


def test_those_holding_a_voters_meeting_attend_it() -> None:
    text = (
        "Chiều thứ Bảy, đại biểu Quốc hội Lê Thị Hoa và Bí thư Huyện ủy Trần Văn Minh có buổi tiếp xúc cử tri "
        "huyện Tân Lạc."
    )
    assert roles(text) == {"Trần Văn Minh": "attended", "Lê Thị Hoa": "attended"}


def test_the_leader_of_a_received_delegation_is_the_guest() -> None:
    text = (
        "Ngày 4/5, Phó Chủ tịch UBND tỉnh Nguyễn Văn Đức đã tiếp đoàn công tác của tỉnh Quảng Nam do Phó Chủ "
        "tịch UBND tỉnh Quảng Nam Trần Văn Sơn dẫn đầu."
    )
    assert roles(text) == {"Nguyễn Văn Đức": "chaired", "Trần Văn Sơn": "attended"}


def test_the_leader_of_a_delegation_after_a_noun_leads_it() -> None:
    text = "Theo đề nghị của UBND tỉnh, đoàn kiểm tra do Phó Cục trưởng Trần Văn Bình làm trưởng đoàn đã đến huyện."
    assert roles(text) == {"Trần Văn Bình": "chaired"}


def test_after_a_verb_of_saying_a_comma_opens_the_words_said() -> None:
    text = "Chủ tịch UBND tỉnh Lê Văn Khải cho biết, chuyến thăm, làm việc tại tỉnh bạn nhằm mở rộng hợp tác."
    assert roles(text) == {"Lê Văn Khải": "spoke"}


def test_a_long_apposition_of_titles_leads_to_the_verb() -> None:
    text = (
        "Ông Trần Văn Minh, Phó Chủ tịch Hiệp hội Doanh nghiệp tỉnh, phụ trách mảng xuất khẩu nông sản và thủy "
        "sản của hiệp hội, cho biết giá cà phê đã tăng."
    )
    assert roles(text) == {"Trần Văn Minh": "spoke"}


def _roles_seconds(text: str) -> float:
    """CPU seconds of the roles of one sentence's people, best of three runs, the garbage collector off (its
    passes over the test's own millions of objects are no part of the roles' time)."""
    from vnreport.extract.officials.roles import Span, sentence_roles
    from vnreport.segment.tokens import scan

    toks = scan(text, 0, len(text))
    spans = [Span(k, k, k + 1) for k, tok in enumerate(toks) if tok.text == "A"]
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            started = time.process_time()
            sentence_roles(toks, spans)
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best


def _roles_growth(unit: str, n: int) -> float:
    """Time at 4n repetitions over time at n, the lowest of its measures (tests/timing.py)."""
    return doubling_ratio(lambda count: _roles_seconds(unit * count), n, factor=4, limit=6)


@pytest.mark.parametrize("unit", ["Theo ông A, ", "ông A tiếp đoàn do ông A dẫn đầu, ", "Dự có ông A, "])
def test_roles_of_a_long_sentence_of_mentions_take_linear_time(unit: str) -> None:
    """Each mention reads only the verbs of its own window: a sentence of thousands of mentions (a hostile
    input) takes four times the time at four times the length (six allowed on a busy machine), not sixteen."""
    assert _roles_growth(unit, 4000) < 6


def test_a_speaker_whose_body_ends_in_lower_case_before_its_parent_in_brackets() -> None:
    # `Giám đốc Trung tâm Kiểm định xe cơ giới (Cục Đăng kiểm) cho biết`: the body's lower-case end, then its parent
    text = (
        "Sáng 5/6, Sở Giao thông tổ chức hội nghị. Ông Đào Văn Đức, Giám đốc Trung tâm Kiểm định xe cơ giới "
        "(Cục Đăng kiểm) cho biết, trung tâm sẽ kiểm tra lại toàn bộ hồ sơ."
    )
    assert roles(text)["Đào Văn Đức"] == "spoke"
    # more lower-case words than a body's name ends with: a clause, not the rest of a title
    text = (
        "Sáng 5/6, Sở Giao thông tổ chức hội nghị. Ông Đào Văn Đức, Giám đốc Trung tâm Kiểm định đã đi kiểm tra "
        "nhiều xe cơ giới hỏng (Cục Đăng kiểm) cho biết."
    )
    assert roles(text).get("Đào Văn Đức") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bộ trưởng Ngoại giao Trần Minh Quý lên án vụ tấn công nhằm vào dân thường.", "Trần Minh Quý"),
        ("Tại hội nghị, Phó Thủ tướng Lê Hữu Đạt đã chỉ rõ: công tác dự báo còn chậm.", "Lê Hữu Đạt"),
        ("Chiều qua, Bộ trưởng Y tế Vũ Thị Lan nhắn tin cho gia đình bệnh nhân.", "Vũ Thị Lan"),
        ("Bà Đỗ Thị Hoa, Chủ tịch HĐND thành phố, cũng nhắn nhủ người dân đồng thuận.", "Đỗ Thị Hoa"),
    ],
)
def test_verbs_of_condemning_spelling_out_and_messaging_are_speech(text: str, name: str) -> None:
    assert roles(text)[name] == "spoke"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the person is the object of `với` inside another subject's clause
        ("Ông Trần Văn Hùng nói lời thân thiện với Tổng thống Lê Quốc Việt nhưng vẫn lên án vụ việc.", "Lê Quốc Việt"),
        # the person owns a noun: the verb after is the noun's, here the spokesman's
        ("Người phát ngôn của Thủ tướng Phạm Đức An cho biết chuyến thăm sẽ diễn ra vào tháng tới.", "Phạm Đức An"),
    ],
)
def test_a_prepositional_object_is_not_the_subject_of_the_verb_after(text: str, name: str) -> None:
    assert roles(text).get(name) is None


def test_words_quoted_after_a_possessor_are_his_own() -> None:
    text = "Theo báo cáo của ông Bùi Văn Hậu, Giám đốc Sở Giao thông: “Nguyên nhân là mưa lớn kéo dài”."
    assert roles(text)["Bùi Văn Hậu"] == "spoke"


def test_the_occasion_of_what_a_possessor_owns_is_his_own() -> None:
    text = "Đó là kết luận của Thủ tướng Hoàng Minh Đức tại buổi làm việc với lãnh đạo tỉnh Hà Giang."
    assert roles(text)["Hoàng Minh Đức"] == "chaired"


def test_people_after_a_plural_title_share_the_verb_of_the_list() -> None:
    text = "Chủ tịch tỉnh Lê Văn Hà và các phó chủ tịch UBND tỉnh Trần Văn Khoa, Ngô Thị Thu đã đến dự."
    assert roles(text) == {"Lê Văn Hà": "attended", "Trần Văn Khoa": "attended", "Ngô Thị Thu": "attended"}


def test_an_attendance_header_glued_after_a_caption_opens_its_list() -> None:
    text = (
        "Đồng chí Phan Văn Đông, Bí thư Chi đoàn báo cáo tổng kết Tham dự Đại hội có đồng chí Lý Văn Thành, "
        "Giám đốc Trung tâm; đồng chí Hà Thị Mai, Phó Giám đốc Trung tâm."
    )
    found = roles(text)
    assert found["Lý Văn Thành"] == found["Hà Thị Mai"] == "attended"
    assert found["Phan Văn Đông"] == "spoke"
    # a lower-case `dự` inside the sentence heads no list
    text = "Ông Phan Văn Đông báo cáo kết quả, đoàn dự kiến có ông Lý Văn Thành tham gia."
    assert roles(text).get("Lý Văn Thành") is None


def test_the_roles_and_the_summary_read_their_cue_table_with_one_row_type() -> None:
    """summary_cues.tsv is read by the roles (its `words` told openers) and the summary with one row type."""
    from vnreport import lexicon
    from vnreport.extract.officials import lexicon as officials_lexicon
    from vnreport.summary import tokens

    assert tokens.RolePhraseRow is lexicon.RolePhraseRow
    assert not hasattr(officials_lexicon, "SummaryCueRow")
