"""Round 32 (r32-e7, issue #14): a speaker the story first names in a sentence that opens on another happening
(`Cùng ngày, …`, `Trước đó, …`) speaks of that happening in the later sentences that quote them by the short name
too; one named after an event word of that sentence (`Trước đó, phát biểu khai mạc hội nghị, …`) spoke at the
event. Written sentences in each construction's shape."""

from __future__ import annotations

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text

_OPENING = (
    "Hội nghị về nhà ở xã hội\n\nSáng 30/5/2024, Sở Xây dựng tỉnh tổ chức hội nghị về nhà ở xã hội. Giám đốc "
    "Sở Xây dựng Hà Văn Khải chủ trì hội nghị. "
)


def _participants(text: str) -> list[str]:
    summary = analyze_text(text, year=2024).summary
    assert summary is not None and summary.event is not None
    return [p.name for p in summary.event.participants]


def test_a_speaker_first_named_on_the_same_day_elsewhere_is_quoted_from_there() -> None:
    text = _OPENING + (
        "Giá nhà ở nhiều nơi vẫn cao. Cùng ngày, phát biểu tại Hội đồng nhân dân tỉnh, Phó Chủ tịch UBND "
        "tỉnh Lò Thị Mai cho biết tỉnh sẽ bố trí thêm vốn. “Chúng tôi sẽ giải ngân trong tháng tới”, bà Lò Thị "
        "Mai nói."
    )
    assert _participants(text) == ["Hà Văn Khải"]


def test_a_speaker_first_named_earlier_is_quoted_from_there() -> None:
    text = _OPENING + (
        "Giá nhà ở nhiều nơi vẫn cao. Trước đó, Phó Chủ tịch UBND tỉnh Lò Thị Mai cho biết tỉnh sẽ bố trí thêm "
        "vốn. Theo bà Lò Thị Mai, vốn sẽ được giải ngân trong tháng tới."
    )
    assert _participants(text) == ["Hà Văn Khải"]


def test_a_speaker_named_after_the_event_word_of_an_earlier_sentence_spoke_at_the_event() -> None:
    text = _OPENING + (
        "Giá nhà ở nhiều nơi vẫn cao. Trước đó, phát biểu khai mạc hội nghị, Phó Chủ tịch UBND tỉnh Lò Thị Mai "
        "cho biết tỉnh sẽ bố trí thêm vốn. “Chúng tôi sẽ giải ngân trong tháng tới”, bà Lò Thị Mai nói."
    )
    assert "Lò Thị Mai" in _participants(text)


def test_a_speaker_named_first_at_the_event_keeps_their_part() -> None:
    text = _OPENING + (
        "Phó Chủ tịch UBND tỉnh Lò Thị Mai cho biết tỉnh sẽ bố trí thêm vốn. Cùng ngày, bà Lò Thị Mai nói với "
        "phóng viên rằng vốn sẽ được giải ngân trong tháng tới."
    )
    assert "Lò Thị Mai" in _participants(text)


def _seconds(count: int) -> float:
    text = _OPENING + "Cùng ngày, Phó Chủ tịch UBND tỉnh Lò Thị Mai cho biết vốn đã đủ. " * count + "\n"
    return best_cpu_seconds(lambda: analyze_text(text, year=2024), 2)


def test_many_sentences_of_other_happenings_are_read_in_linear_time() -> None:
    # each such sentence is read once up to its first event word; each official's first mention found by bisection
    analyze_text(_OPENING, year=2024)  # the models loaded
    ratio = doubling_ratio(_seconds, 200)
    assert ratio <= 2.5, round(ratio, 2)


_WORKING = (
    "Tỉnh Bình An rà soát trật tự vỉa hè\n\nSáng 12/5/2024, Chủ tịch UBND tỉnh Bình An Trần Văn Minh đã chủ trì buổi "
    "làm việc với Sở Giao thông vận tải về trật tự vỉa hè. Tại buổi làm việc, ông Trần Văn Minh yêu cầu các huyện "
    "xử lý nghiêm các vi phạm. "
)


def _working_participants(text: str) -> list[str]:
    summary = analyze_text(text, year=2024).summary
    assert summary is not None and summary.event is not None
    return [p.name for p in summary.event.participants]


def test_an_earlier_report_at_the_working_session_is_a_step_of_it() -> None:
    # round 37 (#14): `Trước đó, báo cáo tại buổi làm việc, A cho biết …` orders a step of the event, not another one
    text = _WORKING + (
        "Trước đó, báo cáo tại buổi làm việc, ông Lê Văn Hòa, Giám đốc Sở Giao thông vận tải tỉnh Bình An, cho biết "
        "nhiều tuyến đường đã thông thoáng."
    )
    assert "Lê Văn Hòa" in _working_participants(text)


def test_an_earlier_report_to_the_delegation_is_a_step_of_the_visit() -> None:
    text = _WORKING + (
        "Trước đó, báo cáo với đoàn công tác, Chủ tịch UBND huyện Tân Phú Đặng Văn Lực cho biết huyện đã lập lại "
        "trật tự trên 20 tuyến đường."
    )
    assert "Đặng Văn Lực" in _working_participants(text)


def test_an_earlier_report_dated_apart_or_told_beside_stays_another_happening() -> None:
    dated = _WORKING + (
        "Trước đó, báo cáo tại buổi làm việc ngày 2/5, ông Lê Văn Hòa, Giám đốc Sở Giao thông vận tải tỉnh Bình An, "
        "cho biết nhiều tuyến đường đã thông thoáng."
    )
    beside = _WORKING + (
        "Cùng ngày, báo cáo tại Hội đồng nhân dân tỉnh, ông Lê Văn Hòa, Giám đốc Sở Giao thông vận tải tỉnh Bình An, "
        "cho biết nhiều tuyến đường đã thông thoáng."
    )
    assert "Lê Văn Hòa" not in _working_participants(dated)
    assert "Lê Văn Hòa" not in _working_participants(beside)
