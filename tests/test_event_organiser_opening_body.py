"""Round 14 of the event's organiser: the body that opens the lead's first sentence or the title acted, when an
act (a paper, a case, a trial) is told later without its body; and (round 25) a later sentence that holds an event
of the same kind with its organiser. One written sentence per shape."""

from __future__ import annotations

import pytest

from tests.conftest import event_kind_and_organiser, found_event_kind_and
from vnreport.lexicon import phrase_matcher
from vnreport.summary import setting


def test_the_body_opening_the_first_sentence_issued_the_paper_its_head_signs() -> None:
    text = (
        "Kỷ luật cán bộ bỏ việc đi chơi\n\n"
        "Sở Giao thông vận tải tỉnh Tân Phú đã lập hội đồng kỷ luật hai cán bộ bỏ việc trong giờ hành chính. "
        "Chiều nay, Giám đốc Sở ra quyết định thành lập Hội đồng kỷ luật do một Phó Giám đốc đứng đầu."
    )
    assert event_kind_and_organiser(text) == ("directive", "Sở Giao thông vận tải tỉnh Tân Phú")


def test_the_body_opening_the_title_issued_the_paper() -> None:
    text = (
        "Thanh tra Bộ Xây dựng phạt nặng bốn công ty\n\n"
        "Bốn công ty bị phạt tổng cộng 900 triệu đồng vì xây dựng sai phép. "
        "Quyết định xử phạt được ký ngày 3/6, các công ty phải nộp phạt trong 10 ngày."
    )
    assert event_kind_and_organiser(text) == ("directive", "Thanh tra Bộ Xây dựng")


def test_a_body_of_a_list_does_not_open_as_the_subject() -> None:
    text = (
        "Lập hội đồng kỷ luật\n\n"
        "Sở Y tế và Sở Nội vụ tỉnh Tân Phú đã lập hội đồng kỷ luật cán bộ đi lễ trong giờ làm việc. "
        "Chiều nay, Giám đốc Sở ra quyết định thành lập Hội đồng kỷ luật do một Phó Giám đốc đứng đầu."
    )
    found = event_kind_and_organiser(text)
    assert found is None or found[1] is None


def test_a_meeting_is_not_given_the_body_that_opens_the_lead() -> None:
    text = (
        "Bán máy bay cho đối tác\n\n"
        "Bộ Quốc phòng nước A đã đạt được thỏa thuận bán 15 máy bay cho nước B. "
        "Ngày 14/6, Bộ trưởng Quốc phòng nước A Jim Carter đã gặp người đồng cấp nước B tại thủ đô."
    )
    found = event_kind_and_organiser(text)
    assert found is None or found[1] is None


def test_a_glued_caption_names_the_event_before_the_body_that_holds_it() -> None:
    text = (
        "Khai mạc Tuần Văn hóa Tân Phú\n\n"
        "Lễ khai mạc Tuần Văn hóa Tân Phú Tối 3/5, tại quảng trường trung tâm, UBND tỉnh Tân Phú phối hợp với "
        "các đơn vị địa phương tổ chức Lễ khai mạc Tuần Văn hóa Tân Phú năm 2024."
    )
    assert found_event_kind_and(text, "organizer")[1] == "UBND tỉnh Tân Phú"


_SAPO = (
    "Thủ tướng: Phải giữ vững kỷ cương tài chính\n\n"
    '"Kỷ cương tài chính phải được giữ vững", Thủ tướng phát biểu tại hội nghị tài chính toàn quốc sáng 12/6. '
)


def test_a_later_sentence_holds_the_event_with_do_and_its_organiser() -> None:
    text = _SAPO + (
        "Sáng 12/6, tại Hà Nội, Thủ tướng Lê Văn An đã dự và phát biểu chỉ đạo Hội nghị tổng kết ngành tài chính "
        "do Bộ Tài chính tổ chức. Hội nghị nhằm đánh giá kết quả 6 tháng đầu năm."
    )
    assert event_kind_and_organiser(text) == ("conference", "Bộ Tài chính")


def test_a_later_sentence_holds_the_event_as_the_object_of_to_chuc() -> None:
    text = _SAPO + (
        "Sáng 12/6, tại Hà Nội, Bộ Tài chính tổ chức Hội nghị tổng kết ngành tài chính với sự tham dự của Thủ "
        "tướng Lê Văn An. Hội nghị nhằm đánh giá kết quả 6 tháng đầu năm."
    )
    assert event_kind_and_organiser(text) == ("conference", "Bộ Tài chính")


def test_a_date_inside_the_later_sentence_does_not_date_it() -> None:
    """Only the date opening a sentence dates it: `từ ngày 1/1 đến nay` is the span the conference weighs."""
    text = _SAPO + (
        "Thủ tướng Lê Văn An đã dự Hội nghị tổng kết ngành tài chính do Bộ Tài chính tổ chức để đánh giá kết quả "
        "từ ngày 1/1 đến nay. Hội nghị kéo dài một ngày."
    )
    assert event_kind_and_organiser(text) == ("conference", "Bộ Tài chính")


@pytest.mark.parametrize(
    "later",
    [
        "Trước đó, hôm 2/5, Bộ Y tế đã tổ chức hội nghị về phòng dịch tại Hà Nội.",  # opens on another happening
        "Hôm 2/5, Bộ Y tế đã tổ chức hội nghị về phòng dịch tại Hà Nội.",  # dated on another day than the event
    ],
)
def test_a_later_sentence_of_another_happening_gives_no_organiser(later: str) -> None:
    assert event_kind_and_organiser(_SAPO + later) == ("conference", None)


@pytest.mark.parametrize("noun", ["việc", "công tác"])  # nominaliser rows of summary_cues.tsv, one a word of two
def test_the_holding_verb_made_a_noun_has_no_subject_in_a_later_sentence(noun: str) -> None:
    text = (
        "Lễ hội trà Tân Phú sẽ khai mạc ngày 10/3\n\n"
        "Lễ hội trà Tân Phú lần thứ 3 sẽ khai mạc ngày 10/3 tại thành phố Tân Phú. "
        f"Sáng 6/2, tại Hà Nội, Sở Văn hóa tỉnh Tân Phú phối hợp với UBND tỉnh Tân Phú tổ chức họp báo về {noun} "
        "tổ chức Lễ hội trà Tân Phú lần thứ 3. Lễ hội kéo dài bốn ngày."
    )
    assert event_kind_and_organiser(text) == ("festival", None)


def test_a_meeting_held_between_a_body_and_those_it_calls_in_is_the_first_bodys() -> None:
    text = (
        "Chủ tịch tỉnh yêu cầu xử lý nghiêm vụ lấn chiếm đất\n\n"
        "Chủ tịch UBND tỉnh Tân Phú Lê Văn An đã yêu cầu như vậy tại cuộc họp giao ban giữa UBND tỉnh Tân Phú với "
        "lãnh đạo các sở, ngành vào sáng 6/2. Ông An yêu cầu các sở báo cáo trước ngày 15/2."
    )
    assert event_kind_and_organiser(text) == ("meeting", "UBND tỉnh Tân Phú")


def test_a_meeting_held_between_a_body_and_others_joined_by_va_is_the_first_bodys() -> None:
    """`và` after the body (a between_other row of summary_cues.tsv) joins those it calls in, as `với` does."""
    text = (
        "Sở Công Thương gặp doanh nghiệp\n\n"
        "Giám đốc Sở Công Thương tỉnh Tân Phú Lê Văn An cho biết như vậy tại buổi làm việc giữa Sở Công Thương "
        "tỉnh Tân Phú và các doanh nghiệp xuất khẩu vào sáng 6/2. Các doanh nghiệp kiến nghị giảm thủ tục."
    )
    assert event_kind_and_organiser(text) == ("meeting", "Sở Công Thương tỉnh Tân Phú")


def test_a_meeting_between_people_names_no_body_after_giua() -> None:
    text = (
        "Thủ tướng gặp doanh nghiệp\n\n"
        "Thủ tướng Lê Văn An đã phát biểu như vậy tại cuộc họp giữa Thủ tướng và doanh nghiệp vào sáng 6/2. "
        "Các doanh nghiệp kiến nghị giảm thủ tục hành chính."
    )
    found = event_kind_and_organiser(text)
    assert found is None or found[1] is None


@pytest.fixture
def between_of_two_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """A `between` row of two words (`ở giữa`) beside the one-word row the data holds."""
    rows = dict(setting.cues(), between=phrase_matcher(["giữa", "ở giữa"]))
    monkeypatch.setattr(setting, "cues", lambda: rows)


@pytest.mark.usefixtures("between_of_two_words")
def test_the_body_is_read_after_the_whole_between_row() -> None:
    text = (
        "Sở Công Thương gặp doanh nghiệp\n\n"
        "Giám đốc Sở Công Thương tỉnh Tân Phú Lê Văn An cho biết như vậy tại buổi làm việc ở giữa Sở Công Thương "
        "tỉnh Tân Phú và các doanh nghiệp xuất khẩu vào sáng 6/2. Các doanh nghiệp kiến nghị giảm thủ tục."
    )
    assert event_kind_and_organiser(text) == ("meeting", "Sở Công Thương tỉnh Tân Phú")


@pytest.mark.usefixtures("between_of_two_words")
def test_a_between_row_ending_the_sentence_names_no_body() -> None:
    text = "Sở Công Thương gặp doanh nghiệp\n\nÔng Lê Văn An cho biết như vậy tại buổi làm việc ở giữa"
    assert event_kind_and_organiser(text) == ("meeting", None)
