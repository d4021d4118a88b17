"""Round 34 of event detection: a lead that names no clearer event but tells, in one of its first body sentences, a
paper its subject has issued (`đã có văn bản gửi …`, `đã có ý kiến chỉ đạo tới …`) reports that paper as a
directive, and so does one told before a dated remark to reporters; a paper only planned, or one told without
`đã`, is still no event."""

from __future__ import annotations

from tests.conftest import event_kind_and
from tests.timing import best_cpu_seconds, doubling_ratio


def test_a_paper_a_body_has_sent_in_the_second_sentence_is_a_directive() -> None:
    text = (
        "Ai chịu trách nhiệm về bãi rác ven sông?\n\n"
        "Bãi rác ven sông đã tồn tại nhiều năm mà không được xử lý.\n\n"
        "Về việc này, Sở Tài nguyên và Môi trường tỉnh Nam Định đã có văn bản gửi UBND huyện Hải Hậu yêu cầu kiểm tra "
        "bãi rác ven sông.\n\nNgười dân mong sớm có kết quả."
    )
    found = event_kind_and(text, "organizer")
    assert found is not None and found[0] == "directive"


def test_a_leaders_instruction_told_done_is_a_directive() -> None:
    text = (
        "Gia hạn nợ cho chủ tàu gặp khó khăn\n\n"
        "Các ngân hàng sẽ nghiên cứu việc gia hạn nợ cho chủ tàu gặp khó khăn.\n\n"
        "Liên quan đến chất lượng tàu cá, Phó Thủ tướng Lê Văn Thành đã có ý kiến chỉ đạo tới UBND các tỉnh ven "
        "biển và Ngân hàng Nhà nước.\n\nCác tỉnh cần báo cáo kết quả."
    )
    found = event_kind_and(text, "organizer")
    assert found is not None and found[0] == "directive"


def test_a_paper_told_before_a_dated_remark_to_reporters_is_a_directive() -> None:
    text = (
        "Làm rõ sai phạm xây dựng ven hồ\n\n"
        "Thời gian qua, dư luận phản ánh nhiều công trình xây dựng trái phép ven hồ.\n\n"
        "Để làm rõ sai phạm, Chủ tịch UBND tỉnh Bắc Ninh Nguyễn Văn Hùng đã có văn bản giao Chủ tịch UBND huyện "
        "Tiên Du kiểm tra làm rõ.\n\n"
        "Trao đổi với phóng viên sáng 23/6, Thanh tra Sở Xây dựng cho biết sẽ phối hợp với huyện để xử lý."
    )
    found = event_kind_and(text, "organizer")
    assert found is not None and found[0] == "directive"


def test_a_paper_only_planned_or_told_without_done_is_no_event() -> None:
    planned = (
        "Bãi rác ven sông chưa được xử lý\n\n"
        "Bãi rác ven sông đã tồn tại nhiều năm mà không được xử lý.\n\n"
        "Theo kế hoạch, Sở Tài nguyên và Môi trường tỉnh Nam Định sẽ có văn bản gửi UBND huyện Hải Hậu.\n\n"
        "Người dân mong sớm có kết quả."
    )
    assert event_kind_and(planned, "organizer") is None


def _papers_seconds(count: int) -> float:
    """Processor time to look for a paper told done over a lead sentence of `count` papers had, none told done."""
    from vnreport.segment.document import segment
    from vnreport.summary.event import _candidates, _Masked, _paper_told_done
    from vnreport.summary.lead import LeadSentence

    doc = segment("Tin\n\n" + "Sở X có văn bản gửi huyện Y, " * count + "hết.")
    sentence = max(doc.sentences, key=lambda s: s.end - s.start)
    read = [(LeadSentence(sentence, 0, False), _candidates(doc, LeadSentence(sentence, 0, False), _Masked([]), {}))]
    return best_cpu_seconds(lambda: _paper_told_done(read, 3, frozenset()))


def test_looking_for_a_paper_told_done_takes_linear_time() -> None:
    """One bounded look back per event word: twice the papers take twice the time, not four."""
    assert doubling_ratio(_papers_seconds, 300) < 2.5
