"""Round 33 of the event's organiser: a lead sentence before the event's names the body that holds it as the
subject of a verb of holding whose object is no event word (`UBND tỉnh A tổ chức bế mạc …`, `Cục B đã tổ chức sơ
kết …`), while the event word is read in a later sentence with no organiser (`Tại hội nghị, …`, `… tại lễ bế mạc`).
One written sentence per shape."""

from __future__ import annotations

from tests.conftest import event_kind_and_organiser
from tests.reporthelp import HandReport
from tests.timing import best_cpu_seconds, doubling_ratio


def test_the_body_that_holds_a_review_told_before_the_conference_word() -> None:
    text = (
        "Sơ kết công tác sáu tháng\n\n"
        "Ngày 11/7/2024, Cục Văn hóa cơ sở đã tổ chức sơ kết hoạt động 6 tháng đầu năm, triển khai nhiệm vụ 6 "
        "tháng cuối năm. Tại hội nghị, cán bộ của Cục đã chia sẻ nhiều ý kiến về công tác cấp phép."
    )
    assert event_kind_and_organiser(text) == ("conference", "Cục Văn hóa cơ sở")


def test_a_leader_told_to_hold_a_review_names_no_holder() -> None:
    text = (
        "Kiểm điểm chậm giải ngân\n\n"
        "Phó Thủ tướng Trần Văn An yêu cầu Bộ trưởng Bộ Tài chính tổ chức kiểm điểm trách nhiệm tập thể, cá nhân. "
        "Chiều 4/7/2024, Phó Thủ tướng Trần Văn An chủ trì cuộc họp đánh giá tình hình giải ngân 6 tháng đầu năm."
    )
    found = event_kind_and_organiser(text)
    assert found is None or found[1] != "Bộ Tài chính"


def _earlier_seconds(count: int) -> float:
    """Processor time to read a lead sentence of `count` clauses before the event's (the least of three runs)."""
    from vnreport.summary.event import _candidates, _Masked
    from vnreport.summary.lead import LeadSentence
    from vnreport.summary.setting import organiser_told_before

    hand = HandReport("Tin\n\n" + "Cục A đã xem xét các hồ sơ, " * count + "kết thúc. Tại hội nghị, cán bộ phát biểu.")
    sentence = hand.doc.sentences[-1]
    earlier = [s for s in hand.doc.sentences if s.start < sentence.start and s.end - s.start > 20]
    found = _candidates(hand.doc, LeadSentence(sentence, 1, False), _Masked([]), {})
    assert found, "no event word read"
    best = found[0]

    def read() -> None:
        organiser_told_before(hand.doc, hand.report, best, earlier)

    return best_cpu_seconds(read)


def test_the_lead_before_the_event_is_read_in_linear_time() -> None:
    """One pass over each earlier sentence: thousands of clauses take twice the time at twice the count."""
    assert doubling_ratio(_earlier_seconds, 300) < 2.5


def test_a_body_asked_to_hold_something_is_not_the_holder() -> None:
    text = (
        "Bí thư hỏi về nhà giá rẻ\n\n"
        "Bí thư Tỉnh ủy Lê Văn Bình đề nghị Sở Xây dựng tỉnh Tân Phú tổ chức thiết kế nhà giá rẻ cho công nhân. "
        "Ông Trần Văn Hùng, Phó Giám đốc Sở Xây dựng tỉnh Tân Phú phát biểu tại buổi làm việc chiều 10/2/2024."
    )
    found = event_kind_and_organiser(text)
    assert found is None or found[1] != "Sở Xây dựng tỉnh Tân Phú"


def test_a_leader_named_by_his_title_holds_no_body_s_review() -> None:
    """No order before the verb: the body belongs to the minister's title (`Bộ trưởng Bộ X tổ chức …`)."""
    text = (
        "Kiểm điểm chậm giải ngân\n\n"
        "Ngày 3/7/2024, Bộ trưởng Bộ Tài chính đã tổ chức kiểm điểm trách nhiệm tập thể, cá nhân về giải ngân. "
        "Tại hội nghị, các đơn vị đã báo cáo nguyên nhân chậm giải ngân vốn đầu tư công."
    )
    found = event_kind_and_organiser(text)
    assert found is None or found[1] != "Bộ Tài chính"


def test_the_first_verb_of_holding_decides_when_it_is_a_plan() -> None:
    """`Cục A sẽ tổ chức …` is the lead's first verb of holding: a plan, so no organiser, and a later lead sentence
    (`Cục B đã tổ chức …`) is not asked."""
    text = (
        "Sơ kết công tác sáu tháng\n\n"
        "Ngày 11/7/2024, Cục Văn hóa cơ sở sẽ tổ chức sơ kết hoạt động 6 tháng đầu năm tại Hà Nội. "
        "Ngày 11/7/2024, Cục Di sản văn hóa đã tổ chức sơ kết hoạt động 6 tháng đầu năm. "
        "Tại hội nghị, cán bộ đã chia sẻ nhiều ý kiến về công tác cấp phép."
    )
    found = event_kind_and_organiser(text)
    assert found is None or found[1] != "Cục Di sản văn hóa"


def test_a_body_begun_before_its_sentence_is_in_no_title() -> None:
    """A mention that starts before the sentence's first token (one read across a boundary) has no title before it
    in the sentence: the search back for its first token finds none and does not fail."""
    from vnreport.summary.setting import _in_a_title
    from vnreport.summary.tokens import sentence_tokens

    hand = HandReport("Tin\n\nCục trưởng đã phát biểu tại Hà Nội. Sở Y tế tổ chức sơ kết năm.")
    hand.organization("Hà Nội. Sở Y tế")
    sentence = next(s for s in hand.doc.sentences if "tổ chức" in hand.text[s.start : s.end])
    toks = sentence_tokens(hand.doc, sentence)
    assert [t.text for t in toks[:4]] == ["Sở", "Y", "tế", "tổ"]
    assert _in_a_title(hand.doc, hand.report, toks, 3) is False
