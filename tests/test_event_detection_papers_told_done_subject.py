"""Round 34 review of the paper told done (`_paper_told_done`): the paper is the news only when its subject, a body
or an official right before `đã`, issued it in the sentence's main clause. Not a paper with no subject (`đến nay đã
có văn bản`), one received (`đã có văn bản của Bộ Y`), people's petition (`Nhiều hộ dân đã có văn bản …`), one told
in a subordinate clause (`… dù trước đó UBND huyện đã có văn bản …`), in quotes, or as the story's past (`Trước đó,
…`, `Từ năm 2015, …`); and in a lead with a dated remark to reporters, only one of the first three body sentences
counts. Written leads, one per construction."""

from __future__ import annotations

import pytest

from tests.conftest import event_kind_and
from tests.timing import best_cpu_seconds, doubling_ratio

_TITLE = "Ai chịu trách nhiệm về bãi rác ven sông?\n\n"
_OPENING = "Bãi rác ven sông đã tồn tại nhiều năm mà không được xử lý.\n\n"
_CLOSING = "\n\nNgười dân mong sớm có kết quả."


def _lead(sentence: str) -> str:
    return _TITLE + _OPENING + sentence + _CLOSING


def test_a_body_that_has_sent_its_paper_still_reports_a_directive() -> None:
    found = event_kind_and(
        _lead(
            "Về việc này, Sở Tài nguyên và Môi trường tỉnh Nam Định cũng đã có văn bản gửi UBND huyện Hải Hậu yêu cầu "
            "kiểm tra bãi rác."
        ),
        "organizer",
    )
    assert found is not None and found[0] == "directive"


@pytest.mark.parametrize(
    "sentence",
    [
        # no subject: there has been a paper
        "Về việc này, đến nay đã có văn bản gửi UBND huyện Hải Hậu yêu cầu kiểm tra bãi rác.",
        # a paper received, not issued
        "Về việc này, Sở Tài nguyên và Môi trường tỉnh Nam Định đã có văn bản của Bộ Tài nguyên và Môi trường yêu cầu "
        "kiểm tra bãi rác.",
        # people's petition
        "Nhiều hộ dân đã có văn bản gửi UBND huyện Hải Hậu phản ánh tình trạng ô nhiễm của bãi rác.",
        # a subordinate clause
        "Người dân đề nghị xử lý dứt điểm bãi rác dù trước đó UBND huyện Hải Hậu đã có văn bản gửi Sở Tài nguyên và "
        "Môi trường tỉnh Nam Định.",
        # the story's past
        "Từ năm 2015, UBND huyện Hải Hậu đã có văn bản gửi Sở Tài nguyên và Môi trường tỉnh Nam Định đề nghị hỗ trợ.",
        "Trước đó, UBND huyện Hải Hậu đã có văn bản gửi Sở Tài nguyên và Môi trường tỉnh Nam Định đề nghị hỗ trợ.",
        # in quotes
        'Người dân cho rằng "UBND huyện Hải Hậu đã có văn bản gửi Sở Tài nguyên và Môi trường tỉnh Nam Định" nhưng '
        "chưa thấy ai đến.",
    ],
)
def test_a_paper_not_issued_by_the_sentences_subject_is_no_event(sentence: str) -> None:
    assert event_kind_and(_lead(sentence), "organizer") is None


def test_a_paper_told_deep_in_the_lead_before_a_remark_to_reporters_is_no_event() -> None:
    text = (
        "Làm rõ sai phạm xây dựng ven hồ\n\n"
        "Thời gian qua, dư luận phản ánh nhiều công trình xây dựng trái phép ven hồ.\n\n"
        "Nhiều công trình đã hoàn thiện và đưa vào sử dụng.\n\n"
        "Người dân trong khu vực rất bức xúc.\n\n"
        "Để làm rõ sai phạm, Chủ tịch UBND tỉnh Bắc Ninh Nguyễn Văn Hùng đã có văn bản giao Chủ tịch UBND huyện "
        "Tiên Du kiểm tra làm rõ.\n\n"
        "Trao đổi với phóng viên sáng 23/6, Thanh tra Sở Xây dựng cho biết sẽ phối hợp với huyện để xử lý."
    )
    assert event_kind_and(text, "organizer") is None


def _quoted_papers_seconds(count: int) -> float:
    """Processor time to look for a paper told done over a quoted lead sentence of `count` papers each told done by
    a body: every one passes the subject check and is read against the sentence's clauses."""
    from vnreport.segment.document import segment
    from vnreport.summary.event import _candidates, _Masked, _paper_told_done
    from vnreport.summary.lead import LeadSentence

    doc = segment('Tin\n\nÔng A nói: "' + "Sở X đã có văn bản gửi huyện Y, " * count + 'hết".')
    sentence = max(doc.sentences, key=lambda s: s.end - s.start)
    read = [(LeadSentence(sentence, 0, False), _candidates(doc, LeadSentence(sentence, 0, False), _Masked([]), {}))]
    issuers = frozenset(t.end for c in read[0][1] for t in c.toks)
    return best_cpu_seconds(lambda: _paper_told_done(read, 3, issuers))


def test_reading_the_clauses_of_a_quoted_lead_takes_linear_time() -> None:
    """The sentence's clauses are read once, not once per paper: twice the papers take twice the time."""
    assert doubling_ratio(_quoted_papers_seconds, 300) < 2.5
