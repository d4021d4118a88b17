"""The event's place, round 19: a happening told by a verb (`xuống đường tuần hành`, `biểu tình`) is where its
`tại` follows the verb within a few words; further on, `tại` is the matter's place. One written sentence per
construction, analysed whole."""

from __future__ import annotations

from tests.conftest import found_event_kind_and


def test_tai_right_after_a_happenings_verb_gives_its_place() -> None:
    text = (
        "Tin thế giới\n\n"
        "Vài trăm nông dân đã tuần hành tại quảng trường Cusco ngày 9/3 để chống mức thuế phân bón. "
        "Cảnh sát đã phong tỏa một số tuyến phố."
    )
    assert found_event_kind_and(text, "location")[1] == "quảng trường Cusco"


def test_a_noun_events_matter_after_it_gives_no_place() -> None:
    # a directive told by a noun has no happening's verb (no reach after one): a `tại` right after its head
    # (token 2) is the matter's place, not the event's
    from vnreport.segment.document import segment
    from vnreport.summary.phrases import Candidate
    from vnreport.summary.tokens import sentence_tokens
    from vnreport.summary.venue import _venue_slots
    from vnreport.summary.vocabulary import EventWord

    doc = segment("Chỉ thị tại phường Bến Lau về dẹp chợ tạm đã được gửi xuống.", words="dictionary")
    sentence = doc.sentences[0]
    toks = sentence_tokens(doc, sentence)
    word = EventWord(kind="directive", noun=True, once_per_term=False)
    best = Candidate(0, sentence, toks, 0, word, None, "directive", just_done=False)
    at = next(k for k, t in enumerate(toks) if t.lower == "tại")
    assert at == 2
    assert not _venue_slots(best)(at)


_INVITED_LEAD = (
    "Nhận lời mời của Chủ tịch nước Nguyễn Văn An, Tổng thống Cộng hòa Slovakia Peter Novak thăm chính thức "
    "Việt Nam từ ngày 3 đến 5/4. "
)


def test_an_invited_visits_lead_takes_the_venue_opening_the_next_sentence() -> None:
    text = (
        "Tin đối ngoại\n\n"
        + _INVITED_LEAD
        + "Sáng 4/4, tại Phủ Chủ tịch, Chủ tịch nước Nguyễn Văn An chủ trì lễ đón Tổng thống Peter Novak. "
        "Sau lễ đón, hai nhà lãnh đạo đã hội đàm."
    )
    assert found_event_kind_and(text, "location")[1] == "Phủ Chủ tịch"


def test_a_venue_deep_in_the_next_sentence_leaves_the_destination() -> None:
    # the `tại` is no opening of the next sentence: it tells where something else was, the visit's country stays
    text = (
        "Tin đối ngoại\n\n"
        + _INVITED_LEAD
        + "Hai bên đánh giá cao kết quả hợp tác giữa các doanh nghiệp đang đầu tư tại Hà Nội và Bratislava. "
        "Sau lễ đón, hai nhà lãnh đạo đã hội đàm."
    )
    assert found_event_kind_and(text, "location")[1] == "Việt Nam"


def test_an_uninvited_visits_lead_keeps_its_destination() -> None:
    text = (
        "Tin đối ngoại\n\n"
        "Tổng thống Cộng hòa Slovakia Peter Novak thăm chính thức Việt Nam từ ngày 3 đến 5/4. "
        "Sáng 4/4, tại Phủ Chủ tịch, Chủ tịch nước Nguyễn Văn An chủ trì lễ đón Tổng thống Peter Novak."
    )
    assert found_event_kind_and(text, "location")[1] == "Việt Nam"


def test_the_sitting_after_an_invited_lead_glued_to_a_caption_gives_both_day_and_venue() -> None:
    # the lead starts past a photo caption the page glued before it: its venue is read in the very sentence
    # its date is read in (the first sitting), not left at the visit's country
    text = (
        "Tin đối ngoại\n\n"
        "Chủ tịch nước Nguyễn Văn An tiếp Tổng thống Peter Novak. (Ảnh: Minh Đức/TTXVN) "
        + _INVITED_LEAD
        + "Chiều ngày 4/4, tại Phủ Chủ tịch, Chủ tịch nước Nguyễn Văn An hội đàm với Tổng thống Peter Novak. "
        "Hai nhà lãnh đạo đánh giá cao quan hệ hai nước."
    )
    assert found_event_kind_and(text, "location")[1] == "Phủ Chủ tịch"
    assert found_event_kind_and(text, "date")[1] == "2024-04-04"
