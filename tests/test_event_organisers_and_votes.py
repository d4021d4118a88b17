"""Round 12 of the event: its reading stays linear on a hostile sentence; one written sentence per
construction, in the shape of real leads, the entity sections built by hand."""

from __future__ import annotations

import gc
import time
from functools import partial

from tests.conftest import event_kind_and_organiser as _event  # the kind and the organiser
from tests.reporthelp import HandReport
from tests.timing import LONG_SECONDS, doubling_ratio
from vnreport.pipeline import analyze_text

_DOUBLING_LIMIT = 2.5  # time at 2n over time at n: linear is ×2, a busy machine blurs it


def _seconds(text: str) -> float:
    """CPU seconds of the analysis, best of two runs (one when it lasts `LONG_SECONDS`: see `tests.timing`)."""
    best = float("inf")
    for _ in range(2):
        gc.collect()
        started = time.process_time()
        analyze_text(text, year=2024)
        best = min(best, time.process_time() - started)
        if best >= LONG_SECONDS:
            break
    return best


def _sentence_seconds(unit: str, count: int) -> float:
    return _seconds("Kỳ họp\n\nSáng 5/6, Quốc hội " + unit * count + "nghị quyết.\n")


def test_an_event_word_repeated_thousands_of_times_in_one_sentence_is_read_in_linear_time() -> None:
    # each event word asked whether a plan or a prior frame opened its clause: once a sentence, not once a word
    analyze_text("Kỳ họp\n\nSáng 5/6, Quốc hội thông qua nghị quyết.\n", year=2024)  # the models loaded
    for unit in ("thông qua ", "sẽ thông qua ", "sau khi thông qua, tổ chức hội nghị "):
        ratio = doubling_ratio(partial(_sentence_seconds, unit), 3000, limit=_DOUBLING_LIMIT)
        assert ratio <= _DOUBLING_LIMIT, (unit, round(ratio, 2))


# --- the day between the subject and its verb: `<body> ngày 19/5 đã tổ chức …` -----------------------------


def test_the_body_before_the_day_organises_what_its_verb_holds() -> None:
    assert _event("Lễ tưởng niệm\n\nBộ Ngoại giao ngày 19/5 đã tổ chức lễ tưởng niệm các nạn nhân của trận lũ.") == (
        "ceremony",
        "Bộ Ngoại giao",
    )
    assert _event("Hội nghị\n\nSở Tài chính sáng nay (12/4) tổ chức hội nghị sơ kết công tác thu ngân sách.") == (
        "conference",
        "Sở Tài chính",
    )


def test_a_person_before_the_day_organises_nothing() -> None:
    found = _event("Hội nghị\n\nBộ trưởng Lê Văn Minh ngày 19/5 đã chủ trì hội nghị về giải ngân vốn đầu tư.")
    assert found is not None and found[1] is None


# --- an elected body's vote on a person: `HĐND tỉnh đã bầu ông A`, `bà B được Thượng viện phê chuẩn` --------


def test_an_elected_body_that_elects_a_person_holds_an_election() -> None:
    text = (
        "Bầu Phó Chủ tịch\n\nNgày 14/7, HĐND tỉnh Hà Giang khóa 18 đã bầu ông Lý Văn Sơn giữ chức Phó Chủ tịch UBND "
        "tỉnh."
    )
    assert _event(text) == ("election", "HĐND tỉnh Hà Giang")


def test_a_person_confirmed_by_the_senate_is_its_vote() -> None:
    text = "Bộ trưởng mới\n\nNgày 3/3, ông John Miller được Thượng viện Canada phê chuẩn làm Bộ trưởng Y tế."
    assert _event(text) == ("election", "Thượng viện Canada")


def test_a_vote_on_a_named_person_at_a_sitting_is_the_news() -> None:
    text = (
        "Bầu Chủ tịch\n\nSáng 4/4, tại kỳ họp bất thường, dưới sự chủ trì của Chủ tịch HĐND tỉnh Trần Văn Tâm, HĐND "
        "tỉnh Lào Cai đã bầu ông Vũ Đức Hòa làm Chủ tịch UBND tỉnh."
    )
    found = _event(text)
    assert found is not None and found[0] == "election"


def test_a_vote_on_a_post_at_a_sitting_stays_the_sitting() -> None:
    text = "Kỳ họp\n\nSáng 4/4, tại kỳ họp chuyên đề, HĐND tỉnh Lào Cai bỏ phiếu bầu chức danh Chủ tịch UBND tỉnh."
    found = _event(text)
    assert found is not None and found[0] == "session"


def test_the_air_of_a_sitting_is_no_vote() -> None:
    found = _event("Thảo luận\n\nSáng 4/4, tại hội trường, bầu không khí thảo luận của HĐND tỉnh rất sôi nổi.")
    assert found is None or found[0] != "election"


# --- another happening of the same day: `Chiều cùng ngày, …` ---------------------------------------------


def test_the_people_of_a_later_happening_of_the_same_day_take_no_part() -> None:
    hand = HandReport(
        "Hội nghị\n\nSáng 30/5, Thủ tướng Lê Văn An dự Hội nghị kinh tế khu vực tại Seoul. Thủ tướng phát biểu về "
        "thương mại. Chiều cùng ngày, Thủ tướng Lê Văn An đã tiếp ông Park Min Soo, Chủ tịch tập đoàn Hanil."
    )
    hand.official("Lê Văn An", ["Thủ tướng"], ["attended"])
    hand.official("Park Min Soo", ["Chủ tịch tập đoàn Hanil"], ["attended"])
    hand.date("Sáng 30/5", "XXXX-05-30")
    event = hand.summary().event
    assert event is not None and [p.name for p in event.participants] == ["Lê Văn An"]


# --- the organiser given by a clause: `được X phối hợp với Y tổ chức`, `Hội nghị do X … tổ chức` after a caption


def test_the_first_body_of_a_passive_with_a_partner_organises() -> None:
    text = (
        "Mít tinh\n\nĐây là thông tin tại lễ mít tinh hưởng ứng ngày Nước thế giới được Sở Tài nguyên và Môi trường "
        "phối hợp với UBND huyện Đông Anh tổ chức sáng 22/3 tại Hà Nội."
    )
    assert _event(text) == ("ceremony", "Sở Tài nguyên và Môi trường")


def test_the_sentence_after_an_event_told_past_a_glued_caption_gives_its_agent() -> None:
    text = (
        "Hội nghị\n\nToàn cảnh buổi làm việc. Ảnh: Minh Anh Đây là ý kiến của các chuyên gia tại hội nghị về an toàn "
        "thực phẩm ngày 12/7. Hội nghị do Sở Y tế phối hợp với Sở Công Thương tổ chức."
    )
    assert _event(text) == ("conference", "Sở Y tế")
