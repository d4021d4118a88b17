"""Key facts, round 34: a count told past the lead is the story's detail, not its headline figure (issue #14).

The gold keeps headline figures from the title and the lead; over the read sets dev … dev24, of the counts shown from
past the lead of an article whose title or lead gives a figure, 4 of 116 were a headline figure; where neither gives
one, the counts inside the paragraph after the lead (past its first sentence) were 2 of about 120.
"""

from __future__ import annotations

from vnreport.pipeline import analyze_text


def _facts(text: str) -> list[str]:
    summary = analyze_text(text).summary
    return [f.text for f in summary.key_facts] if summary else []


def _article(title: str, lead: str, body: list[str]) -> str:
    return title + "\n\n" + lead + "\n\n" + " ".join(body) + "\n"


def test_a_count_past_the_lead_is_dropped_when_the_lead_gives_a_figure() -> None:
    lead = "Sáng nay, tỉnh đã khởi công dự án cầu mới với tổng vốn đầu tư 300 tỷ đồng."
    body = [
        "Cầu được xây dựng bằng bê tông cốt thép dự ứng lực.",
        "Nhà thầu đã huy động 45 kỹ sư tham gia thi công công trình.",
        "Dự kiến công trình hoàn thành vào cuối năm sau.",
    ]
    facts = _facts(_article("Khởi công cầu mới", lead, body))
    assert "300 tỷ đồng" in facts
    assert "45 kỹ sư" not in facts  # the body's detail
    # an amount past the lead still stands on its own rules (the 3rd body sentence: from the 4th it is the body's
    # detail, test_facts_amount_reach.py)
    priced = _facts(_article("Khởi công cầu mới", lead, [body[1], "Mỗi mét cầu có giá khoảng 500 triệu đồng/m."]))
    assert "45 kỹ sư" not in priced
    assert "500 triệu đồng" in priced


def test_a_count_inside_the_paragraph_after_a_lead_without_figures_is_dropped() -> None:
    lead = "Sáng nay, đoàn công tác của tỉnh đã làm việc với ban quản lý khu kinh tế."
    first = "Khu kinh tế hiện có 45 doanh nghiệp đang hoạt động."
    later = "Các doanh nghiệp cho biết đã tuyển thêm 120 lao động trong quý này."
    text = _article("Đoàn công tác làm việc với khu kinh tế", lead, [first, "Đoàn ghi nhận các ý kiến.", later])
    facts = _facts(text)
    assert "45 doanh nghiệp" in facts  # the paragraph's first sentence: the news told on
    assert "120 lao động" not in facts  # further in: the detail
    # a change that comes to the count keeps it: the news
    shrunk = "Số thành viên của ban giảm xuống còn 681 thành viên."
    text = _article("Đoàn công tác làm việc với khu kinh tế", lead, ["Đoàn ghi nhận các ý kiến.", shrunk])
    assert "681 thành viên" in _facts(text)


def _captured(count: int) -> tuple[object, object]:
    """The document and report the key facts are read from, for an article of `count` counts past the lead."""
    import vnreport.summary as summary_module

    seen: list[tuple[object, object]] = []
    original = summary_module.key_facts

    def capture(doc, report, event_sentence=None):  # type: ignore[no-untyped-def]
        seen.append((doc, report))
        return original(doc, report, event_sentence)

    lead = "Sáng nay, tỉnh đã khởi công dự án cầu mới với tổng vốn đầu tư 300 tỷ đồng."
    body = [f"Đội thi công số {k} đã huy động {k + 10} kỹ sư tham gia." for k in range(count)]
    summary_module.key_facts = capture  # type: ignore[assignment]
    try:
        analyze_text(_article("Khởi công cầu mới", lead, body))
    finally:
        summary_module.key_facts = original  # type: ignore[assignment]
    return seen[-1]


def test_dropping_the_counts_past_the_lead_takes_linear_time() -> None:
    from tests.timing import best_cpu_seconds, doubling_ratio
    from vnreport.summary.facts import traced_key_facts

    # captured on demand: doubling_ratio grows the size until a run is long enough to time (tests/timing.py),
    # so the sizes it asks for are not known beforehand
    cases: dict[int, tuple[object, object]] = {}

    def seconds_at(n: int) -> float:
        if n not in cases:
            cases[n] = _captured(n)
        doc, report = cases[n]
        return best_cpu_seconds(lambda: traced_key_facts(doc, report))  # type: ignore[arg-type]

    assert doubling_ratio(seconds_at, 100) < 2.5


# Review of r34-e13 (round 34 fixes): the counts past the lead that are still news.


def test_a_count_the_lead_writes_in_words_is_kept() -> None:
    lead = "Sáng nay, lực lượng biên phòng tỉnh đã bắt giữ ba tàu cá vi phạm vùng biển của ta."
    body = ["Các tàu bị phát hiện khi đang đánh bắt trái phép.", "Lực lượng chức năng đã bắt giữ 3 tàu cá vi phạm."]
    assert "3 tàu cá" in _facts(_article("Bắt giữ tàu cá vi phạm", lead, body))  # a figure-less lead
    # the lead gives a figure of its own, and writes the count in words: the count told again is kept too
    lead = "Sáng nay, lực lượng biên phòng tỉnh đã bắt giữ ba tàu cá với tổng trọng tải 500 tấn."
    assert "3 tàu cá" in _facts(_article("Bắt giữ tàu cá vi phạm", lead, body))
    # a word number alone (`năm` of a year, `tư` of `đầu tư`) is no count the lead writes
    lead = "Sáng nay, tỉnh đã đầu tư nâng cấp cảng cá với tổng vốn 500 tỷ đồng trong năm nay."
    body = ["Cảng được mở rộng về phía bắc.", "Cảng có thể đón 4 tàu cá cùng lúc."]
    assert "4 tàu cá" not in _facts(_article("Nâng cấp cảng cá", lead, body))


def test_a_change_past_the_lead_is_kept_when_the_lead_gives_a_figure() -> None:
    lead = "Rạng sáng nay, một đám cháy lớn đã bùng phát tại chợ trung tâm huyện, thiêu rụi 30 gian hàng."
    body = ["Ngọn lửa lan nhanh sang các dãy bên cạnh.", "Đến sáng, số gian hàng bị cháy tăng lên 45 gian hàng."]
    assert "45 gian hàng" in _facts(_article("Cháy chợ huyện", lead, body))
    body = ["Ngọn lửa lan nhanh sang các dãy bên cạnh.", "Lực lượng cứu hỏa huy động 45 chiến sĩ tới hiện trường."]
    assert "45 chiến sĩ" not in _facts(_article("Cháy chợ huyện", lead, body))  # no change: the detail


def test_the_size_of_a_change_past_the_lead_is_dropped_when_the_lead_gives_a_figure() -> None:
    # round 35: a change's own size (`tăng 12 gian hàng so với năm trước`) is no level the change comes to
    lead = "Rạng sáng nay, một đám cháy lớn đã bùng phát tại chợ trung tâm huyện, thiêu rụi 30 gian hàng."
    body = ["Ngọn lửa lan nhanh sang các dãy bên cạnh.", "Số gian hàng bị cháy tăng 12 gian hàng so với vụ trước."]
    assert "12 gian hàng" not in _facts(_article("Cháy chợ huyện", lead, body))


def test_a_count_deeper_than_the_paragraph_after_a_lead_without_figures_stays() -> None:
    # measured: dropping the counts of the paragraphs past the one after a figure-less lead lost 7 of 253 gold
    # headline figures (lists of votes, `437 đại biểu tán thành`); they stay
    lead = "Sáng nay, đoàn công tác của tỉnh đã làm việc với ban quản lý khu kinh tế."
    first = "Đoàn ghi nhận nhiều ý kiến của các doanh nghiệp trong khu."
    deeper = "Các doanh nghiệp cho biết đã tuyển thêm 120 lao động trong quý này."
    text = "Đoàn công tác làm việc với khu kinh tế\n\n" + lead + "\n\n" + first + "\n\n" + deeper + "\n"
    assert "120 lao động" in _facts(text)


def test_a_caption_is_not_the_lead() -> None:
    caption = "Lực lượng chức năng kiểm tra 3 tàu cá tại cảng cá của huyện. (Ảnh: Văn Minh)"
    lead = "Sáng nay, lực lượng biên phòng tỉnh đã làm việc với các chủ tàu tại cảng cá của huyện."
    body = ["Các chủ tàu cam kết chấp hành quy định.", "Lực lượng chức năng đã kiểm tra 3 tàu cá vi phạm."]
    text = "Kiểm tra tàu cá\n\n" + caption + "\n\n" + lead + "\n\n" + " ".join(body) + "\n"
    assert "3 tàu cá" not in _facts(text)  # the caption's `3` is no number the lead writes


def test_a_text_without_paragraph_breaks_has_its_first_sentence_for_lead() -> None:
    lead = "Sáng nay, đoàn công tác của tỉnh đã làm việc với ban quản lý khu kinh tế."
    filler = [f"Ý kiến thứ {word} của các doanh nghiệp được đoàn ghi nhận." for word in ("nhất", "hai", "ba")]
    filler += ["Buổi làm việc diễn ra trong không khí cởi mở."] * 8
    late = "Khu kinh tế hiện có 45 doanh nghiệp đang hoạt động."
    text = "Đoàn công tác làm việc với khu kinh tế\n\n" + " ".join([lead, *filler, late]) + "\n"
    assert "45 doanh nghiệp" not in _facts(text)  # its 13th sentence: the body, not the lead


def test_the_tail_of_a_longer_number_in_words_is_no_count_the_lead_writes() -> None:
    # review of r35-f1: `ba` of `hai mươi ba tàu cá`, of `một trăm lẻ ba tàu cá` is the last word of a larger number
    body = ["Các tàu bị phát hiện khi đang đánh bắt trái phép.", "Lực lượng chức năng đã bắt giữ 3 tàu cá vi phạm."]
    for number in ("hai mươi ba", "một trăm lẻ ba"):
        lead = f"Sáng nay, lực lượng biên phòng tỉnh đã bắt giữ {number} tàu cá với tổng trọng tải 500 tấn."
        assert "3 tàu cá" not in _facts(_article("Bắt giữ tàu cá vi phạm", lead, body)), number


def test_r35_f1_the_size_of_a_change_against_the_same_period_is_dropped() -> None:
    # r35-f1's behaviour (round 35): `tăng 3 vụ so với cùng kỳ` past a lead with a figure is the change's size, no
    # level it comes to
    lead = "Trong tháng 5, công an tỉnh đã phát hiện 45 vụ vi phạm về buôn lậu, thu giữ hàng hóa trị giá 20 tỷ đồng."
    body = ["Các vụ việc tập trung ở khu vực biên giới.", "Số vụ vi phạm tăng 3 vụ so với cùng kỳ năm trước."]
    assert "3 vụ" not in _facts(_article("Phát hiện 45 vụ buôn lậu", lead, body))


def test_a_small_count_after_a_word_that_joins_no_number_is_the_leads() -> None:
    # review of r35-f2: only a word that joins a longer number (`mươi`, `lẻ`, `linh`, `mười`, a scale) makes the next
    # number word its tail; `nhất` of `ít nhất`, `năm` of `tháng năm` do not
    body = ["Các tàu bị phát hiện khi đang đánh bắt trái phép.", "Lực lượng chức năng đã bắt giữ 3 tàu cá vi phạm."]
    for lead in (
        "Sáng nay, lực lượng biên phòng tỉnh đã bắt giữ ít nhất ba tàu cá đánh bắt trái phép trên vùng biển.",
        "Trong tháng năm ba tàu cá của ngư dân đã bị lực lượng biên phòng tỉnh bắt giữ trên vùng biển.",
    ):
        assert "3 tàu cá" in _facts(_article("Bắt giữ tàu cá vi phạm", lead, body)), lead
