"""Key facts, round 17: a stricter selection, chosen by counts over the ten read sets (see the commit messages)."""

from __future__ import annotations

from vnreport.pipeline import analyze_text
from vnreport.summary.facts import _is_noun_phrase

_FILLER = [
    "Buổi làm việc diễn ra trong không khí cởi mở.",
    "Các đại biểu đã trao đổi nhiều ý kiến thẳng thắn.",
    "Lãnh đạo địa phương trình bày những khó khăn hiện nay.",
    "Nhiều doanh nghiệp cũng nêu kiến nghị của mình.",
    "Đoàn công tác ghi nhận các ý kiến đó.",
    "Cuộc trao đổi kéo dài đến cuối buổi chiều.",
    "Những vướng mắc sẽ được xem xét trong thời gian tới.",
    "Các sở ngành được giao theo dõi việc thực hiện.",
    "Người dân trong vùng rất quan tâm tới kết quả.",
    "Báo chí cũng có mặt để đưa tin về sự việc.",
    "Một số ý kiến đề nghị làm rõ trách nhiệm.",
]


def _facts(text: str) -> list[str]:
    summary = analyze_text(text).summary
    return [f.text for f in summary.key_facts] if summary else []


def _article(sentences: list[str]) -> str:
    lead = "Sáng nay, đoàn công tác của tỉnh đã làm việc với các doanh nghiệp trong khu công nghiệp."
    return "Đoàn công tác làm việc với doanh nghiệp\n\n" + lead + "\n\n" + " ".join(sentences) + "\n"


def test_a_figure_deep_in_a_run_on_lead_paragraph_is_no_key_fact() -> None:
    figure = "Doanh thu của khu công nghiệp năm nay đạt 500 tỷ đồng."
    assert "500 tỷ đồng" in _facts(_article([_FILLER[0], figure, *_FILLER[1:]]))  # the second paragraph's start
    assert "500 tỷ đồng" not in _facts(_article([*_FILLER, figure]))  # its 12th sentence: the body


def test_an_amount_past_the_lead_is_kept_only_when_the_lead_writes_its_number() -> None:
    amount = "Tổng mức đầu tư của dự án là 504 tỷ đồng."
    assert "504 tỷ đồng" not in _facts(_article([*_FILLER[:5], amount]))  # the 6th sentence: the body's detail
    lead = "Sáng nay, tỉnh khởi công dự án có vốn gần 504 tỷ trong khu công nghiệp."
    text = "Khởi công dự án\n\n" + lead + "\n\n" + " ".join([*_FILLER[:5], amount]) + "\n"
    # the lead's number, told again with its measure; the lead's bare `504 tỷ` is that sum in đồng already
    assert {"504 tỷ", "504 tỷ đồng"} & set(_facts(text))


def _fire(sentence: str) -> str:
    lead = "Rạng sáng nay, một đám cháy lớn đã bùng phát tại khu chợ trung tâm của huyện."
    body = sentence + " Ngọn lửa lan nhanh sang các ki ốt bên cạnh. Lực lượng cứu hỏa có mặt sau mười phút."
    return "Cháy lớn tại chợ huyện\n\n" + lead + "\n\n" + body + "\n"


def test_a_bare_count_of_persons_past_the_lead_is_no_key_fact() -> None:
    assert "9 người" not in _facts(_fire("Theo người dân, 9 người đã kịp chạy ra ngoài."))
    assert "9 người" not in _facts(_fire("Thời điểm xảy ra vụ việc, 9 người đang ngủ trong ki ốt."))
    assert "12 gian hàng" in _facts(_fire("Trong vụ cháy, 12 gian hàng bị thiêu rụi."))  # a kind of thing: kept


def test_a_measure_opening_with_a_conjunction_or_a_comparison_is_no_measure() -> None:
    for said in ("so với cùng kỳ", "tương đương", "hoặc tại vùng nông thôn sử dụng", "lên", "còn"):
        assert not _is_noun_phrase(said), said
    assert _is_noun_phrase("doanh thu của khu công nghiệp")


def test_a_count_past_the_fifth_sentence_after_the_lead_is_no_key_fact_unless_a_change_comes_to_it() -> None:
    count = "Khu công nghiệp hiện có 45 doanh nghiệp đang hoạt động."
    assert "45 doanh nghiệp" in _facts(_article([count, *_FILLER[1:4]]))  # the paragraph's 1st sentence: kept
    # round 34: with no figure in the title or the lead, a count further into the paragraph is its detail
    assert "45 doanh nghiệp" not in _facts(_article([_FILLER[0], count, *_FILLER[1:4]]))
    assert "45 doanh nghiệp" not in _facts(_article([*_FILLER[:6], count]))  # the 8th: the background
    # late, but the lead writes its number bare (no figure of the lead's own)
    late = "Khu công nghiệp hiện có 15 doanh nghiệp đang hoạt động."
    lead = "Sáng nay, đoàn công tác của tỉnh đã làm việc tại khu công nghiệp số 15 của tỉnh."
    text = "Đoàn công tác làm việc với doanh nghiệp\n\n" + lead + "\n\n" + " ".join([*_FILLER[:2], late]) + "\n"
    assert "15 doanh nghiệp" in _facts(text)
    # the lead gives a figure of its own (`15 đơn vị`) and the body's 7th sentence tells its number again: kept
    lead = "Sáng nay, đoàn công tác của tỉnh đã làm việc với 15 doanh nghiệp FDI và 200 lao động của khu."
    text = "Đoàn công tác làm việc với doanh nghiệp\n\n" + lead + "\n\n" + " ".join([*_FILLER[:6], late]) + "\n"
    assert "15 doanh nghiệp" in _facts(text)
    shrunk = _facts(_article([*_FILLER[:6], "Danh sách ban đầu gồm 60 thành viên, nay giảm xuống còn 45 thành viên."]))
    assert "60 thành viên" not in shrunk  # the background
    assert "45 thành viên" in shrunk  # what a change comes to: the news


def test_a_run_on_figure_telling_the_titles_figure_again_is_kept() -> None:
    figure = "Doanh thu của khu công nghiệp năm nay đạt 500 tỷ đồng."
    lead = "Sáng nay, đoàn công tác của tỉnh đã làm việc với các doanh nghiệp trong khu công nghiệp."
    body = " ".join([*_FILLER, figure])  # its 12th sentence: the body, were it not the headline's figure
    titled = "Doanh thu sẽ về mốc 500 tỷ đồng?\n\n" + lead + "\n\n" + body + "\n"
    assert "500 tỷ đồng" in _facts(titled)  # the title's own clause places no measure: the body's repeat does
    other = "Doanh thu sẽ về mốc 400 tỷ đồng?\n\n" + lead + "\n\n" + body + "\n"
    assert "500 tỷ đồng" not in _facts(other)  # another amount in the title: the run-on rule stands
