"""The structured summary: event, key facts, documents cited, tasks, highlights, warnings.

The entity sections are built by hand (`HandReport`) from strings located in the text, so these tests
check the summary's own method and do not move when the extractors change. Besides the Hanoi sample,
two articles written here (a congress and a government directive) show the same method at work.
"""

from __future__ import annotations

import time
import unicodedata

import pytest

from tests.conftest import HANOI
from tests.reporthelp import HandReport, summary_of
from vnreport.pipeline import analyze_text
from vnreport.report.model import Change, Mention, Sentence, Summary
from vnreport.segment.document import Document, segment
from vnreport.summary import summarize
from vnreport.summary.highlights import highlights
from vnreport.summary.warnings import excerpt


def hanoi() -> HandReport:
    hand = HandReport(HANOI.read_text(encoding="utf-8"))
    hand.official(
        "Nguyễn Thị Tuyến",
        ["Ủy viên Trung ương Đảng", "Phó Bí thư Thường trực Thành ủy Hà Nội"],
        ["chaired", "spoke"],
    )
    hand.official(
        "Nguyễn Lan Hương",
        ["Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội"],
        ["attended"],
    )
    hand.official("Đỗ Anh Tuấn", ["Ủy viên Ban Thường vụ", "Trưởng ban Dân vận Thành ủy"], ["attended"])
    hand.official(
        "Lê Hồng Sơn",
        ["Ủy viên Ban Thường vụ Thành ủy", "Phó Chủ tịch Thường trực Ủy ban nhân dân thành phố Hà Nội"],
        ["attended"],
    )
    hand.date("Chiều 27/9", "2024-09-27", part_of_day="chiều")
    hand.date("quý III", "2024-Q3", precision="quarter")
    hand.date("8 tháng đầu năm 2024", "2024-01/2024-08", precision="interval")
    hand.date("năm 2023", "2023", precision="year")
    hand.date("ngày 15/7/2024", "2024-07-15")
    hand.document("Kế hoạch số 258-KH/TU", "Kế hoạch", "258-KH/TU", number="258-KH/TU", date="2024-07-15")
    hand.document("Luật Thủ đô (sửa đổi)", "Luật", "luat-thu-do", name="Luật Thủ đô (sửa đổi)")
    hand.document("Luật Thực hiện dân chủ ở cơ sở", "Luật", "luat-dan-chu", name="Luật Thực hiện dân chủ ở cơ sở")
    hand.document("Nghị quyết số 15-NQ/TƯ", "Nghị quyết", "15-NQ/TW", number="15-NQ/TƯ", issuer="Bộ Chính trị")
    hand.document("Luật Thủ đô (sửa đổi)", "Luật", "luat-thu-do", nth=1, name="Luật Thủ đô (sửa đổi)")
    hand.document("Chỉ thị số 24-CT/TU", "Chỉ thị", "24-CT/TU", number="24-CT/TU", date="2023-08-07")
    hand.document("Chỉ thị số 35-CT/TƯ", "Chỉ thị", "35-CT/TW", number="35-CT/TƯ", date="2024-06-14")
    hand.organization("Thành ủy Hà Nội")
    hand.organization("MTTQ Việt Nam")
    hand.location("Hà Nội")
    budget = Change(
        text="tăng 18,2% so với cùng kỳ năm 2023", kind="increase", value=18.2, basis="so với cùng kỳ năm 2023"
    )
    hand.figure("343,6 nghìn tỷ đồng", 343.6e12, "VND", change=budget)
    hand.figure("18,2%", 18.2, "%")
    hand.figure("164,1 nghìn lao động", 164100, "lao động")  # no change linked: the summary reads it
    hand.figure("99,4%", 99.4, "%")
    hand.figure("5,3%", 5.3, "%")
    return hand


@pytest.fixture(scope="module")
def hanoi_summary() -> tuple[HandReport, Summary]:
    hand = hanoi()
    return hand, hand.summary()


def body_sentences(doc: Document) -> list[Sentence]:
    """The sentences of the body paragraphs: what the summary's readers are given."""
    return [s for p in doc.paragraphs if p.kind == "body" for s in p.sentences]


def assert_spans(text: str, summary: Summary) -> None:
    for task in summary.tasks:
        assert text[task.start : task.end] == task.text
    for fact in summary.key_facts:
        assert text[fact.start : fact.end] == fact.text
    for mention in summary.highlights:
        assert text[mention.start : mention.end] == mention.text
    for warning in summary.warnings:
        for mention in warning.mentions:
            assert text[mention.start : mention.end] == mention.text
    if summary.event and summary.event.mention:
        m = summary.event.mention
        assert text[m.start : m.end] == m.text == summary.event.name


# --- the Hanoi sample -----------------------------------------------------------------------------


def test_hanoi_event_kind_and_name(hanoi_summary) -> None:
    _, summary = hanoi_summary
    event = summary.event
    assert event is not None and event.kind == "conference"
    assert event.name is not None
    assert event.name.startswith("Hội nghị giao ban với Mặt trận Tổ quốc (MTTQ) Việt Nam")
    assert event.name.endswith("Thành phố quý III")  # the purpose `, triển khai nhiệm vụ …` is not the name


def test_hanoi_event_when_and_organiser(hanoi_summary) -> None:
    _, summary = hanoi_summary
    assert (summary.event.date, summary.event.part_of_day) == ("2024-09-27", "chiều")
    assert summary.event.organizer == "Thành ủy Hà Nội"


def test_hanoi_event_place_is_not_guessed_from_the_organiser(hanoi_summary) -> None:
    # `Chiều 27/9, Thành ủy Hà Nội tổ chức Hội nghị …` does not say where: the place is not the organiser's city
    assert hanoi_summary[1].event.location is None


def test_hanoi_chair_with_titles_and_attendees(hanoi_summary) -> None:
    event = hanoi_summary[1].event
    assert event.chaired == ["Nguyễn Thị Tuyến"]
    chair = event.participants[0]
    assert chair.name == "Nguyễn Thị Tuyến"
    assert chair.titles == ["Ủy viên Trung ương Đảng", "Phó Bí thư Thường trực Thành ủy Hà Nội"]
    assert event.attended == ["Nguyễn Lan Hương", "Đỗ Anh Tuấn", "Lê Hồng Sơn"]
    assert event.spoke == ["Nguyễn Thị Tuyến"]


def test_hanoi_key_facts_are_the_budget_and_the_jobs(hanoi_summary) -> None:
    facts = hanoi_summary[1].key_facts
    assert [f.text for f in facts] == ["343,6 nghìn tỷ đồng", "164,1 nghìn lao động"]  # the % are their changes
    budget, jobs = facts
    assert budget.measure == "tổng thu ngân sách Nhà nước trên địa bàn Thành phố"
    assert budget.change == "tăng 18,2% so với cùng kỳ năm 2023"
    assert (budget.change_kind, budget.change_value) == ("increase", 18.2)
    assert budget.period == "8 tháng đầu năm 2024"
    assert jobs.change == "đạt 99,4% kế hoạch năm, tăng 5,3% so với cùng kỳ năm 2023"
    assert (jobs.change_kind, jobs.change_value) == ("of_target", 99.4)
    assert jobs.measure is not None and jobs.measure.endswith("giải quyết việc làm")
    assert jobs.period is None  # `năm 2023` is the basis of the change before it, not a period


def test_hanoi_documents_are_deduplicated_in_order(hanoi_summary) -> None:
    assert hanoi_summary[1].documents == [
        "luat-thu-do",
        "258-KH/TU",
        "luat-dan-chu",
        "15-NQ/TW",
        "24-CT/TU",
        "35-CT/TW",
    ]


def test_hanoi_tasks_asked_of_the_front(hanoi_summary) -> None:
    hand, summary = hanoi_summary
    tasks = summary.tasks
    assert len(tasks) == 4
    for task in tasks:
        assert task.by == "Nguyễn Thị Tuyến"
        assert task.verb == "đề nghị"
        assert task.to == "MTTQ Việt Nam, các tổ chức chính trị - xã hội Thành phố"
    assert tasks[0].text.startswith("tiếp tục phối hợp chặt chẽ")
    assert tasks[0].text.endswith("những nhiệm vụ đã đề ra")
    assert tasks[2].text.startswith("cần tập trung tuyên truyền, quán triệt Chỉ thị số 35-CT/TƯ")
    assert_spans(hand.text, summary)


def test_a_list_of_documents_after_a_semicolon_stays_in_its_task(hanoi_summary) -> None:
    second = hanoi_summary[1].tasks[1].text
    assert second.startswith("tập trung tuyên truyền, triển khai thực hiện hiệu quả Nghị quyết số 15-NQ/TƯ")
    assert "; Luật Thủ đô (sửa đổi); Chỉ thị số 24-CT/TU" in second
    assert not any(t.text.startswith("Luật") for t in hanoi_summary[1].tasks)


def test_a_verbless_sentence_continues_the_previous_tasks(hanoi_summary) -> None:
    last = hanoi_summary[1].tasks[3]
    assert last.continued
    assert last.text.startswith("tập trung đẩy mạnh tuyên truyền sâu rộng")  # `Bên cạnh đó,` dropped


def test_past_reports_and_nouns_are_not_tasks(hanoi_summary) -> None:
    texts = " | ".join(t.text for t in hanoi_summary[1].tasks)
    assert "xây dựng các cơ chế" not in texts  # `Thành phố đã chỉ đạo …`: a report of what was done
    assert "ý kiến nhằm" not in texts  # `… đã tham gia tham luận …, đồng thời đề xuất ý kiến`
    assert "cấp ủy đảng, chính quyền kịp thời" not in texts


def test_hanoi_highlights(hanoi_summary) -> None:
    hand, summary = hanoi_summary
    texts = [h.text for h in summary.highlights]
    assert 3 <= len(texts) <= 5
    assert len(set(texts)) == len(texts)
    assert texts[0].startswith("Chiều 27/9, Thành ủy Hà Nội tổ chức Hội nghị giao ban với Mặt trận")
    assert not any(t.startswith("Phó Bí thư Thường trực Thành ủy Hà Nội Nguyễn Thị Tuyến phát biểu") for t in texts)
    assert not any(t.startswith(("Dự Hội nghị", "Nguồn", "Mạnh Quân")) for t in texts)
    starts = [h.start for h in summary.highlights]
    assert starts == sorted(starts)
    assert_spans(hand.text, summary)


def test_hanoi_warnings_repeated_paragraphs_and_the_congress_ordinal(hanoi_summary) -> None:
    hand, summary = hanoi_summary
    kinds = [w.kind for w in summary.warnings]
    assert kinds == ["repeated_paragraph", "repeated_paragraph", "inconsistent_ordinal"]
    caption, speech, ordinal = summary.warnings
    assert [m.text.startswith("Chiều 27/9, Thành ủy Hà Nội tổ chức") for m in caption.mentions] == [True, True]
    assert (
        speech.mentions[0].text
        == "Phó Bí thư Thường trực Thành ủy Hà Nội Nguyễn Thị Tuyến phát biểu kết luận Hội nghị."
    )
    assert "lần thứ XVIII" in ordinal.message and "lần thứ XVII," in ordinal.message
    assert len(ordinal.mentions) == 3
    assert_spans(hand.text, summary)


def test_the_pipeline_fills_the_summary() -> None:
    """Through the real extractors: whatever they find, the parts that read the text itself hold."""
    report = analyze_text(HANOI.read_text(encoding="utf-8"), source="hanoi.txt")
    summary = report.summary
    assert summary is not None
    assert [w.kind for w in summary.warnings].count("repeated_paragraph") == 2
    assert "inconsistent_ordinal" in [w.kind for w in summary.warnings]
    assert summary.event is not None and summary.event.kind == "conference"
    assert summary.event.chaired == ["Nguyễn Thị Tuyến"]
    assert [t.by for t in summary.tasks] == ["Nguyễn Thị Tuyến"] * 4


# --- a congress, written for these tests ------------------------------------------------------------

CONGRESS = "\n\n".join(
    [
        "Đại hội đại biểu Hội Nông dân tỉnh Bình Phước lần thứ X thành công tốt đẹp",
        (
            "Thứ Ba, ngày 14/10/2024, tại Hội trường Trung tâm Hội nghị tỉnh, Hội Nông dân tỉnh Bình Phước long "
            "trọng tổ chức Đại hội đại biểu Hội Nông dân tỉnh lần thứ X, nhiệm kỳ 2024 - 2029. Đồng chí Trần Văn "
            "Hòa - Chủ tịch Hội Nông dân tỉnh chủ trì Đại hội."
        ),
        ("Dự Đại hội có đồng chí Lê Minh Khoa - Phó Bí thư Tỉnh ủy; đồng chí Phạm Thu Hà - Phó Chủ tịch UBND tỉnh."),
        (
            "Nhiệm kỳ qua, Hội Nông dân tỉnh đã thực hiện Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ "
            "IX, nhiệm kỳ 2018 - 2023 với nhiều kết quả nổi bật. Tỉnh ủy đã chỉ đạo nhân rộng các tổ hợp tác nuôi "
            "bò ở các xã vùng đồi."
        ),
        (
            "Toàn tỉnh có 12.450 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, tăng 8,5% so với nhiệm kỳ "
            "trước. Quỹ Hỗ trợ nông dân đạt 96,2 tỷ đồng, vượt 12% chỉ tiêu Đại hội đề ra."
        ),
        (
            "Phát biểu chỉ đạo, đồng chí Lê Minh Khoa yêu cầu các cấp Hội tập trung đổi mới cách sinh hoạt chi hội"
            " hướng về cơ sở; chủ động tham gia làm đường liên thôn, kênh mương nội đồng. Đồng chí cũng "
            "đề nghị UBND tỉnh tiếp tục bố trí nguồn vốn cho Quỹ Hỗ trợ nông dân."
        ),
        (
            "Đại hội đã bầu Ban Chấp hành Hội Nông dân tỉnh khóa X gồm 35 đồng chí và thông qua Nghị quyết Đại "
            "hội đại biểu Hội Nông dân tỉnh lần thứ XI, nhiệm kỳ 2024 - 2029."
        ),
        "Các đại biểu dự Đại hội.",
        "Các đại biểu dự Đại hội.",
        "Thanh Bình",
    ]
)


def congress() -> HandReport:
    hand = HandReport(CONGRESS)
    hand.official("Trần Văn Hòa", ["Chủ tịch Hội Nông dân tỉnh"], ["chaired"])
    hand.official("Lê Minh Khoa", ["Phó Bí thư Tỉnh ủy"], ["attended", "spoke"])
    hand.official("Phạm Thu Hà", ["Phó Chủ tịch UBND tỉnh"], ["attended"])
    hand.date("ngày 14/10/2024", "2024-10-14")
    hand.organization("Hội Nông dân tỉnh Bình Phước")
    hand.organization("UBND tỉnh")
    hand.figure("12.450 hộ", 12450, "hộ")
    hand.figure("8,5%", 8.5, "%")
    hand.figure("96,2 tỷ đồng", 96.2e9, "VND")
    hand.figure("12%", 12, "%")
    return hand


@pytest.fixture(scope="module")
def congress_summary() -> tuple[HandReport, Summary]:
    hand = congress()
    return hand, hand.summary()


def test_congress_event(congress_summary) -> None:
    event = congress_summary[1].event
    assert event.kind == "congress"
    assert event.name == "Đại hội đại biểu Hội Nông dân tỉnh lần thứ X, nhiệm kỳ 2024 - 2029"
    assert event.organizer == "Hội Nông dân tỉnh Bình Phước"  # before `long trọng tổ chức`
    assert event.location == "Hội trường Trung tâm Hội nghị tỉnh"
    assert event.date == "2024-10-14"
    assert event.chaired == ["Trần Văn Hòa"]
    assert event.attended == ["Lê Minh Khoa", "Phạm Thu Hà"]


def test_congress_key_facts_with_changes_read_from_the_text(congress_summary) -> None:
    facts = congress_summary[1].key_facts
    assert [(f.text, f.change) for f in facts] == [
        ("12.450 hộ", "tăng 8,5% so với nhiệm kỳ trước"),
        ("96,2 tỷ đồng", "vượt 12% chỉ tiêu Đại hội đề ra"),
    ]
    assert facts[0].basis == "so với nhiệm kỳ trước"
    assert facts[1].measure == "Quỹ Hỗ trợ nông dân"


def test_congress_tasks_and_a_pronoun_asker(congress_summary) -> None:
    hand, summary = congress_summary
    rows = [(t.by, t.verb, t.to, t.text) for t in summary.tasks]
    assert rows == [
        ("Lê Minh Khoa", "yêu cầu", "các cấp Hội", "tập trung đổi mới cách sinh hoạt chi hội hướng về cơ sở"),
        ("Lê Minh Khoa", "yêu cầu", "các cấp Hội", "chủ động tham gia làm đường liên thôn, kênh mương nội đồng"),
        ("Lê Minh Khoa", "đề nghị", "UBND tỉnh", "tiếp tục bố trí nguồn vốn cho Quỹ Hỗ trợ nông dân"),
    ]  # `Tỉnh ủy đã chỉ đạo nhân rộng …` is a report, and `Phát biểu chỉ đạo,` a noun
    assert_spans(hand.text, summary)


def test_congress_warnings(congress_summary) -> None:
    warnings = congress_summary[1].warnings
    assert [w.kind for w in warnings] == ["repeated_paragraph", "inconsistent_ordinal", "weekday_mismatch"]
    assert "lần thứ X, nhiệm kỳ 2024 - 2029" in warnings[1].message
    assert "lần thứ XI, nhiệm kỳ 2024 - 2029" in warnings[1].message
    assert "lần thứ IX" not in warnings[1].message  # the last congress, another term: no contradiction
    assert "Tuesday" in warnings[2].message and "Monday" in warnings[2].message


def test_congress_highlights_skip_the_repeated_caption(congress_summary) -> None:
    texts = [h.text for h in congress_summary[1].highlights]
    assert 3 <= len(texts) <= 5
    assert "Các đại biểu dự Đại hội." not in texts
    assert not any(t.startswith("Dự Đại hội có") for t in texts)  # an attendance list


# --- a directive, written for these tests -----------------------------------------------------------

DIRECTIVE = "\n\n".join(
    [
        "Thủ tướng yêu cầu tập trung khắc phục hậu quả bão số 6",
        (
            "Thủ tướng Chính phủ vừa ký Công điện số 1050/CĐ-TTg ngày 30/10/2024 về việc tập trung khắc phục hậu "
            "quả bão số 6 và mưa lũ tại các tỉnh Trung Bộ."
        ),
        (
            "Theo báo cáo của Bộ Nông nghiệp và Phát triển nông thôn, bão số 6 đã làm 3 người chết, hơn 1.200 "
            "ngôi nhà bị hư hỏng và khoảng 4.500 ha lúa bị ngập úng."
        ),
        (
            "Để nhanh chóng ổn định đời sống người dân, Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh Quảng "
            "Bình, Quảng Trị, Thừa Thiên Huế khẩn trương hỗ trợ lương thực, nước sạch cho các hộ dân bị ảnh "
            "hưởng; sửa chữa trường học, cơ sở y tế bị hư hỏng trước ngày 10/11/2024."
        ),
        (
            "Thủ tướng giao Bộ Tài chính chủ trì, phối hợp với các bộ, ngành liên quan đề xuất hỗ trợ kinh phí từ"
            " nguồn dự phòng ngân sách trung ương năm 2024."
        ),
        ("Các lực lượng chức năng đã giao ban hằng ngày để nắm bắt tình hình giao thông trên các tuyến quốc lộ."),
    ]
)


def directive() -> HandReport:
    hand = HandReport(DIRECTIVE)
    hand.document("Công điện số 1050/CĐ-TTg", "Công điện", "1050/CĐ-TTg", number="1050/CĐ-TTg", date="2024-10-30")
    hand.date("ngày 30/10/2024", "2024-10-30")
    hand.organization("Bộ Nông nghiệp và Phát triển nông thôn")
    hand.figure("3 người", 3, "người")
    hand.figure("1.200 ngôi nhà", 1200, "ngôi nhà")
    hand.figure("4.500 ha", 4500, "ha")
    return hand


@pytest.fixture(scope="module")
def directive_summary() -> tuple[HandReport, Summary]:
    hand = directive()
    return hand, hand.summary()


def test_directive_event(directive_summary) -> None:
    event = directive_summary[1].event
    assert event.kind == "directive"
    assert event.name == "Công điện số 1050/CĐ-TTg"
    assert event.organizer == "Thủ tướng Chính phủ"
    assert event.date is None  # the only date is the document's own


def test_directive_tasks_with_a_title_as_asker(directive_summary) -> None:
    hand, summary = directive_summary
    rows = [(t.by, t.verb, t.to) for t in summary.tasks]
    assert rows == [
        ("Thủ tướng Chính phủ", "yêu cầu", "Chủ tịch UBND các tỉnh Quảng Bình, Quảng Trị, Thừa Thiên Huế"),
        ("Thủ tướng Chính phủ", "yêu cầu", "Chủ tịch UBND các tỉnh Quảng Bình, Quảng Trị, Thừa Thiên Huế"),
        ("Thủ tướng", "giao", "Bộ Tài chính"),
    ]
    assert summary.tasks[0].text == "khẩn trương hỗ trợ lương thực, nước sạch cho các hộ dân bị ảnh hưởng"
    assert summary.tasks[1].text == "sửa chữa trường học, cơ sở y tế bị hư hỏng trước ngày 10/11/2024"
    assert summary.tasks[2].text.startswith("chủ trì, phối hợp với các bộ, ngành liên quan đề xuất hỗ trợ kinh phí")
    assert_spans(hand.text, summary)  # `giao ban` is a meeting, not an assignment


def test_directive_documents_and_facts(directive_summary) -> None:
    summary = directive_summary[1]
    assert summary.documents == ["1050/CĐ-TTg"]
    assert [f.text for f in summary.key_facts] == ["3 người", "1.200 ngôi nhà", "4.500 ha"]
    assert summary.warnings == []


# --- small behaviours -----------------------------------------------------------------------------


def test_no_event_words_no_event() -> None:
    hand = HandReport(
        "Giá rau tăng mạnh\n\nSau nhiều ngày mưa, giá rau xanh ở các chợ tăng gấp đôi so với tháng trước."
    )
    assert hand.summary().event is None


def test_highlights_of_a_short_text_are_its_sentences() -> None:
    doc = segment("Tiêu đề\n\nMột câu đủ dài để được chọn làm câu tóm tắt của bài viết ngắn này nhé bạn.\n")
    assert [h.text for h in highlights(doc)] == [doc.sentences[1].text]


def test_excerpt_never_cuts_a_word() -> None:
    text = "Phó Bí thư Thường trực Tỉnh ủy Nam Sơn Trần Thị Mơ phát biểu kết luận Hội nghị."
    cut = excerpt(text, 40)
    assert cut.endswith(" …")
    assert all(word in text.split() for word in cut.split()[:-1])


def test_summary_is_fast() -> None:
    """It runs on every article of a batch: well under the cost of segmentation."""
    hand = hanoi()
    started = time.process_time()  # CPU seconds: a busy machine does not count
    for _ in range(20):
        summarize(hand.doc, hand.report)
    assert (time.process_time() - started) / 20 < 0.05


def test_analyze_fills_the_summary_end_to_end(hanoi_text: str) -> None:
    """Through the real pipeline (dictionary word boundaries, every extractor), not a hand-built report."""
    from vnreport.pipeline import analyze_text

    summary = analyze_text(hanoi_text).summary
    assert summary is not None and summary.event is not None
    assert (summary.event.date, summary.event.part_of_day) == ("2024-09-27", "chiều")
    assert summary.event.organizer == "Thành ủy Hà Nội"
    assert summary.event.chaired == ["Nguyễn Thị Tuyến"]
    assert 3 <= len(summary.highlights) <= 5
    changes = [fact.change for fact in summary.key_facts]
    assert "tăng 18,2% so với cùng kỳ năm 2023" in changes
    assert "đạt 99,4% kế hoạch năm, tăng 5,3% so với cùng kỳ năm 2023" in changes
    assert sorted(w.kind for w in summary.warnings) == [
        "inconsistent_ordinal",
        "repeated_paragraph",
        "repeated_paragraph",
    ]
    assert all(task.by == "Nguyễn Thị Tuyến" for task in summary.tasks) and len(summary.tasks) >= 3


# --- the lead story's event and its people (issue #14) ---------------------------------------------


def event_of(text: str, officials: dict[str, list[str]], dates: dict[str, str] | None = None):
    hand = HandReport(text)
    for name, titles in officials.items():
        hand.official(name, titles, [])
        for title in titles:  # the title written right before the name, as the officials stage reports it
            for m in hand.all(f"{title} {name}"):
                hand.report.officials[-1].titles[titles.index(title)].mentions.append(
                    Mention(text=title, start=m.start, end=m.start + len(title))
                )
    for text_, value in (dates or {}).items():
        hand.date(text_, value)
    return hand.summary().event


def test_chair_after_duoi_su_chu_tri_cua() -> None:
    event = event_of(
        "Quốc hội họp phiên bế mạc\n\nSáng 12/6, tại Nhà Quốc hội, dưới sự chủ trì của Ủy viên Bộ Chính trị, "
        "Chủ tịch Quốc hội Lê Văn An, Quốc hội bế mạc Kỳ họp thứ 9.",
        {"Lê Văn An": ["Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội"]},
        {"Sáng 12/6": "XXXX-06-12"},
    )
    assert (event.kind, event.date, event.chaired) == ("session", "XXXX-06-12", ["Lê Văn An"])


def test_chu_toa_and_dieu_hanh_are_chairs() -> None:
    event = event_of(
        "Tòa xét xử\n\nChiều 3/4, Kỳ họp thứ 5 của HĐND tỉnh khai mạc. Ông Trần Minh Đức, Chủ tịch HĐND tỉnh "
        "chủ tọa kỳ họp. Dưới sự điều hành của Phó Chủ tịch HĐND tỉnh Phạm Thu Lan, kỳ họp thảo luận tổ.",
        {"Trần Minh Đức": ["Chủ tịch HĐND tỉnh"], "Phạm Thu Lan": ["Phó Chủ tịch HĐND tỉnh"]},
        {"Chiều 3/4": "XXXX-04-03"},
    )
    assert event.kind == "session"
    assert event.chaired == ["Trần Minh Đức", "Phạm Thu Lan"]


def test_the_leader_who_lam_viec_voi_a_body_named_by_title_alone() -> None:
    text = (
        "Lãnh đạo thành phố làm việc với huyện\n\nÔng Hoàng Văn Bình, Bí thư Thành ủy Hải Phòng cho rằng cán bộ "
        "phải gần dân.\n\nNgày 7/2, Bí thư Thành ủy Hải Phòng đã làm việc với lãnh đạo huyện Thủy Nguyên."
    )
    event = event_of(text, {"Hoàng Văn Bình": ["Bí thư Thành ủy Hải Phòng"]}, {"Ngày 7/2": "XXXX-02-07"})
    assert (event.kind, event.chaired) == ("meeting", ["Hoàng Văn Bình"])


def test_dan_dau_doan_and_tham_gia_doan_cong_tac_co() -> None:
    text = (
        "Phó Thủ tướng thăm tỉnh\n\nNgày 11/11, Phó Thủ tướng Chính phủ Đặng Văn Hải dẫn đầu đoàn công tác "
        "đã đến thăm và làm việc tại tỉnh Quảng Nam. Tham gia đoàn công tác có Thứ trưởng Bộ Tài chính Vũ "
        "Thị Mai; Thứ trưởng Bộ Xây dựng Nguyễn Văn Sinh."
    )
    event = event_of(
        text,
        {
            "Đặng Văn Hải": ["Phó Thủ tướng Chính phủ"],
            "Vũ Thị Mai": ["Thứ trưởng Bộ Tài chính"],
            "Nguyễn Văn Sinh": ["Thứ trưởng Bộ Xây dựng"],
        },
        {"Ngày 11/11": "XXXX-11-11"},
    )
    assert event.kind == "visit"
    assert event.chaired == ["Đặng Văn Hải"]
    assert event.attended == ["Vũ Thị Mai", "Nguyễn Văn Sinh"]


def test_voi_su_tham_du_cua_and_du_phien_be_mac() -> None:
    text = (
        "Bế mạc Đại hội\n\nSáng 2/10, Đại hội đại biểu Đảng bộ tỉnh Hà Giang bế mạc, với sự tham dự của Ủy viên "
        "Bộ Chính trị Trần Quốc Bảo. Bộ trưởng Bộ Nội vụ Lý Thị Hoa cũng dự phiên bế mạc."
    )
    event = event_of(
        text,
        {"Trần Quốc Bảo": ["Ủy viên Bộ Chính trị"], "Lý Thị Hoa": ["Bộ trưởng Bộ Nội vụ"]},
        {"Sáng 2/10": "XXXX-10-02"},
    )
    assert event.kind == "congress"
    assert [p.name for p in event.participants] == ["Trần Quốc Bảo", "Lý Thị Hoa"]
    assert event.attended == ["Trần Quốc Bảo", "Lý Thị Hoa"]


def test_co_chairs_in_a_list_and_a_speaker_after_phat_bieu() -> None:
    text = (
        "Hội nghị Thành ủy\n\nSáng 9/12, Ban Thường vụ Thành ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ thành phố. "
        "Đồng chí Lê Quang Huy, Bí thư Thành ủy; đồng chí Trịnh Thị Nga, Phó Bí thư Thường trực Thành ủy đồng "
        "chủ trì Hội nghị. Phát biểu tại hội nghị, Chủ tịch UBND thành phố Võ Minh Tâm nêu rõ nhiệm vụ năm tới."
    )
    event = event_of(
        text,
        {
            "Lê Quang Huy": ["Bí thư Thành ủy"],
            "Trịnh Thị Nga": ["Phó Bí thư Thường trực Thành ủy"],
            "Võ Minh Tâm": ["Chủ tịch UBND thành phố"],
        },
        {"Sáng 9/12": "XXXX-12-09"},
    )
    assert (event.kind, event.organizer) == ("conference", "Ban Thường vụ Thành ủy")
    assert event.chaired == ["Lê Quang Huy", "Trịnh Thị Nga"]
    assert event.spoke == ["Võ Minh Tâm"]


def test_quoted_and_signer_are_not_participants() -> None:
    text = (
        "Huyện làm việc với đoàn\n\n“Phó Thủ tướng Nguyễn Văn Kiên đã chỉ đạo thanh tra toàn bộ dự án”, ông nói."
        "\n\nChiều 10-2, Phó Chủ tịch UBND tỉnh Huỳnh Văn Tài đã có buổi làm việc với UBND huyện về kế hoạch "
        "năm 2017. Ông Tài cho biết tỉnh đã triển khai Quyết định do Chủ tịch UBND tỉnh Lê Hữu Phước ký."
    )
    hand = HandReport(text)
    hand.official("Nguyễn Văn Kiên", ["Phó Thủ tướng"], ["spoke"])
    hand.official("Huỳnh Văn Tài", ["Phó Chủ tịch UBND tỉnh"], [])
    hand.report.officials[-1].mentions.append(hand.find("Tài", 1))
    hand.official("Lê Hữu Phước", ["Chủ tịch UBND tỉnh"], ["signed"])
    hand.date("Chiều 10-2", "2017-02-10")
    event = hand.event()
    assert event.kind == "meeting"
    assert [p.name for p in event.participants] == ["Huỳnh Văn Tài"]
    assert event.chaired == ["Huỳnh Văn Tài"]


def test_a_directive_has_no_participants() -> None:
    text = (
        "Tỉnh ký quyết định\n\nNgày 2-6, ông Lâm Quang Sơn, Phó Chủ tịch UBND tỉnh Hòa Lâm đã ký quyết định "
        "thành lập tổ công tác. Ông Trần Văn Phú, Phó Giám đốc Sở cho biết tổ sẽ làm việc ngay."
    )
    event = event_of(
        text,
        {"Lâm Quang Sơn": ["Phó Chủ tịch UBND tỉnh Hòa Lâm"], "Trần Văn Phú": ["Phó Giám đốc Sở"]},
        {"Ngày 2-6": "XXXX-06-02"},
    )
    assert (event.kind, event.date, event.participants) == ("directive", "XXXX-06-02", [])


def test_round_ups_interviews_and_legal_texts_report_no_event() -> None:
    round_up = (
        "Nhân sự mới các địa phương\n\nHà Nội: Chiều 26/6, Phó Bí thư Thành ủy đã trao quyết định điều động cán bộ."
        "\n\nĐà Nẵng: Ngày 26/6, Chủ tịch UBND thành phố trao quyết định bổ nhiệm hai giám đốc sở mới."
    )
    hand = HandReport(round_up)
    hand.location("Hà Nội")
    hand.location("Đà Nẵng")
    hand.date("Chiều 26/6", "XXXX-06-26")
    assert hand.summary().event is None
    interview = (
        "Đại biểu nói về giá điện\n\nVào sáng 25/5, bên lề kỳ họp Quốc hội, đại biểu Lưu Văn Nam cho rằng "
        "ngành điện cần công khai giá thành."
    )
    assert event_of(interview, {"Lưu Văn Nam": ["đại biểu"]}, {"sáng 25/5": "XXXX-05-25"}) is None
    law = (
        "QUỐC HỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n\nLuật số: 06/2012/QH13\n\n"
        "Quốc hội ban hành Luật bảo hiểm tiền gửi. Luật này có hiệu lực từ ngày 01 tháng 01 năm 2013."
    )
    assert HandReport(law).summary().event is None


def test_the_event_date_is_never_a_cut_off_or_an_effective_date() -> None:
    text = (
        "Hội nghị sơ kết\n\nTính đến ngày 31-12-2016, toàn tỉnh có 500 hộ nghèo. Chiều 14/6, UBND huyện Tân Lạc đã tổ "
        "chức hội nghị sơ kết việc dọn vỉa hè, quy định mới có hiệu lực từ ngày 1/7/2017."
    )
    event = event_of(
        text, {}, {"ngày 31-12-2016": "2016-12-31", "Chiều 14/6": "2017-06-14", "ngày 1/7/2017": "2017-07-01"}
    )
    assert (event.kind, event.date) == ("conference", "2017-06-14")


def test_a_caption_is_not_the_lead() -> None:
    text = (
        "Bộ trưởng trả lời báo chí\n\nBộ trưởng đến thăm, tặng quà bệnh nhân tại bệnh viện. (Ảnh: Minh Anh/TTXVN)"
        "\n\nTrao đổi với báo chí chiều nay (5/6), Bộ trưởng Y tế Trần Thu Hà cho biết sẽ có kết luận trong tuần."
    )
    assert event_of(text, {"Trần Thu Hà": ["Bộ trưởng Y tế"]}, {"chiều nay (5/6)": "XXXX-06-05"}) is None


def test_organiser_from_the_constructions() -> None:
    def organiser(text: str, orgs: list[str]) -> str | None:
        hand = HandReport(text)
        for org in orgs:
            hand.organization(org)
        hand.date(text.split(",")[0].split("\n")[-1], "XXXX-05-30")
        event = hand.summary().event
        return event.organizer if event else None

    assert organiser("Luật nuôi ong\n\nSáng 30/5, Quốc hội thảo luận dự án Luật nuôi ong.", ["Quốc hội"]) == "Quốc hội"
    assert (
        organiser(
            "Khởi tố vụ án\n\nSáng 30/5, Công an tỉnh Bắc Giang đã khởi tố vụ án lừa đảo.", ["Công an tỉnh Bắc Giang"]
        )
        == "Công an tỉnh Bắc Giang"
    )
    assert (
        organiser(
            "Phiên họp\n\nSáng 30/5, Phiên họp thứ 47 của Ủy ban Thường vụ Quốc hội khai mạc.",
            ["Ủy ban Thường vụ Quốc hội"],
        )
        == "Ủy ban Thường vụ Quốc hội"
    )
    assert (
        organiser(
            "Đại hội\n\nSáng 30/5, Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVII khai mạc.",
            ["Đảng bộ tỉnh Hà Giang"],
        )
        == "Đảng bộ tỉnh Hà Giang"
    )
    text = (
        "Hội nghị\n\nSáng 30/5, Hội nghị toàn quốc quán triệt Nghị quyết số 66-NQ/TW do Bộ Chính trị tổ chức diễn ra."
    )
    assert organiser(text, ["Bộ Chính trị"]) == "Bộ Chính trị"
    text = "Hội nghị\n\nSáng 30/5, UBND quận Bến Mây, Thành phố Hòa Lâm đã tổ chức hội nghị sơ kết mùa mưa."
    hand = HandReport(text)
    hand.organization("UBND quận Bến Mây")
    hand.organization("Thành phố Hòa Lâm")
    hand.location("Thành phố Hòa Lâm")
    hand.date("Sáng 30/5", "XXXX-05-30")
    assert hand.event().organizer == "UBND quận Bến Mây"  # the city is an apposition


def test_a_signer_gives_the_organiser_of_a_directive_but_a_leader_not_of_a_meeting() -> None:
    text = "Quyết định\n\nNgày 2-6, ông Lâm Quang Sơn, Phó Chủ tịch UBND tỉnh Hòa Lâm đã ký quyết định thành lập tổ."
    hand = HandReport(text)
    hand.official("Lâm Quang Sơn", ["Phó Chủ tịch UBND tỉnh Hòa Lâm"], ["signed"])
    hand.organization("UBND tỉnh Hòa Lâm")
    hand.date("Ngày 2-6", "XXXX-06-02")
    assert (hand.event().kind, hand.event().organizer) == ("directive", "UBND tỉnh Hòa Lâm")
    text = "Làm việc\n\nNgày 7/2, Bí thư Tỉnh ủy Hòa Lâm đã làm việc với lãnh đạo huyện Mường Sơn."
    hand = HandReport(text)
    hand.official("Hoàng Văn A", ["Bí thư Tỉnh ủy Hòa Lâm"], [])
    hand.organization("Tỉnh ủy Hòa Lâm")
    hand.date("Ngày 7/2", "XXXX-02-07")
    assert (hand.event().kind, hand.event().organizer) == ("meeting", None)


def test_place_where_the_event_was_held() -> None:
    def place(text: str, kind_date: str) -> str | None:
        hand = HandReport(text)
        hand.date(kind_date, "XXXX-05-30")
        hand.location("Việt Nam")
        return hand.event().location

    text = "Đại hội\n\nSáng 30/5, tại Trung tâm Văn hóa - Điện ảnh và Xúc tiến du lịch tỉnh, Đại hội đại biểu bế mạc."
    assert place(text, "Sáng 30/5") == "Trung tâm Văn hóa - Điện ảnh và Xúc tiến du lịch tỉnh"
    text = "Kỳ họp\n\nSáng 30/5, Kỳ họp thứ 10, Quốc hội khóa XV diễn ra tại Nhà Quốc hội, Thủ đô Hà Nội."
    assert place(text, "Sáng 30/5") == "Nhà Quốc hội, Thủ đô Hà Nội"
    text = "Chuyến thăm\n\nTối 30/5, Chủ tịch Thượng viện rời Hà Nội, kết thúc chuyến thăm chính thức Việt Nam."
    assert place(text, "Tối 30/5") == "Việt Nam"
    text = "Khởi tố\n\nSáng 30/5, Công an huyện đã khởi tố vụ trộm trâu xảy ra tại xã Tân Lập."
    assert place(text, "Sáng 30/5") is None  # where the incident happened, not an event's venue


def test_key_facts_are_ranked_at_most_five_each_with_a_measure() -> None:
    text = (
        "Tỉnh cấp phép 9 dự án hơn 12.000 tỷ đồng\n\n"
        "Đầu năm 2019, tỉnh đã cấp phép cho 9 dự án có tổng vốn 12.580 tỷ đồng, trong đó 5 dự án trong nước "
        "và 4 dự án nước ngoài.\n\n"
        "Theo báo cáo, kinh tế tỉnh tăng 5,6%; doanh thu bằng 92,39%; số lao động được tạo việc làm là 22.000 "
        "người; 3 đơn vị mới; 1 đơn vị khác; 61 hồ sơ; 70 tổ hợp tác."
    )
    hand = HandReport(text)
    hand.figure("9 dự án", 9, "dự án")
    hand.figure("12.000 tỷ đồng", 1.2e13, "VND")
    hand.figure("9 dự án", 9, "dự án", nth=1)
    hand.figure("12.580 tỷ đồng", 1.258e13, "VND")
    hand.figure("5 dự án", 5, "dự án")
    hand.figure("5,6%", 5.6, "%")
    hand.figure("92,39%", 92.39, "%")
    hand.figure("22.000 người", 22000, "người")
    hand.figure("3 đơn vị", 3, "đơn vị")
    hand.figure("1 đơn vị", 1, "đơn vị")
    hand.figure("61 hồ sơ", 61, "hồ sơ")
    facts = hand.summary().key_facts
    assert len(facts) == 5
    assert [f.text for f in facts[:3]] == ["9 dự án", "12.000 tỷ đồng", "12.580 tỷ đồng"]  # title, then the lead
    assert "92,39%" not in [f.text for f in facts]  # `doanh thu bằng 92,39%`: a measure is no verb
    assert "1 đơn vị" not in [f.text for f in facts]
    for fact in facts:
        assert fact.measure or fact.unit not in {"VND", "%"}


def test_headline_counts_of_titles_and_documents() -> None:
    text = (
        "Quốc hội bổ sung 2 Phó Thủ tướng\n\n"
        "Chiều qua, Quốc hội thông qua 4 Luật và 6 Nghị quyết mới, phê chuẩn 2 Phó Thủ tướng Chính phủ."
    )
    facts = HandReport(text).summary().key_facts
    assert [(f.text, f.value, f.unit) for f in facts] == [
        ("2 Phó Thủ tướng", 2, "Phó Thủ tướng"),
        ("4 Luật", 4, "Luật"),
        ("6 Nghị quyết", 6, "Nghị quyết"),
    ]
    facts = HandReport("Phân công\n\nBốn Phó Thủ tướng được phân công theo dõi kiến nghị của tỉnh.").summary().key_facts
    assert [(f.text, f.value) for f in facts] == [("Bốn Phó Thủ tướng", 4)]


def test_an_article_number_before_a_document_kind_counts_nothing() -> None:
    # `khoản 4, điều 4 Nghị định …` names an article of one decree: no `4 Nghị định` headline count.
    text = "Xử phạt\n\nMức phạt căn cứ khoản 2, điều 27 và khoản 4, điều 4 Nghị định số 178 năm 2013 của Chính phủ."
    assert [f.text for f in HandReport(text).summary().key_facts if "Nghị định" in f.text] == []


def test_a_share_takes_the_noun_after_it_and_a_bracketed_figure_the_name_before() -> None:
    text = (
        "Bầu Chủ tịch HĐND tỉnh\n\n"
        "Tại kỳ họp, 100% đại biểu HĐND tỉnh dự họp đã bầu ông A. Sáu địa phương tăng trưởng hai con số "
        "gồm: Quảng Ngãi (11,51%), Hải Phòng (11,2%)."
    )
    hand = HandReport(text)
    hand.figure("100%", 100, "%")
    hand.figure("11,51%", 11.51, "%")
    hand.figure("11,2%", 11.2, "%")
    facts = hand.summary().key_facts
    assert [(f.text, f.measure) for f in facts] == [
        ("100%", "đại biểu"),
        ("11,51%", "Quảng Ngãi"),
        ("11,2%", "Hải Phòng"),
    ]


def test_the_body_told_is_the_object_and_adverbials_ask_nothing() -> None:
    text = (
        "Chấn chỉnh trường học\n\nSở GD-ĐT Hà Nội cần chỉ đạo các trường rà soát lại việc thu chi đầu năm học. "
        "Trong phương án đề xuất phải nêu rõ nguồn kinh phí."
    )
    hand = HandReport(text)
    hand.organization("Sở GD-ĐT Hà Nội")
    tasks = hand.summary().tasks
    assert [(t.by, t.to, t.verb) for t in tasks] == [(None, "Sở GD-ĐT Hà Nội", "chỉ đạo")]
    assert tasks[0].text.startswith("các trường rà soát")


def test_a_caption_holds_no_task() -> None:
    text = (
        "Hội nghị\n\nChiều 5/9, Thành ủy tổ chức hội nghị.\n\n"
        "Phó Chủ tịch tỉnh đề nghị các sở rà soát dự án. (Ảnh: Minh Anh)\n\n"
        "Đồng chí Lê Văn Ba yêu cầu các huyện đẩy nhanh giải ngân."
    )
    hand = HandReport(text)
    hand.official("Lê Văn Ba", ["Bí thư Tỉnh ủy"], [])
    assert [(t.by, t.to) for t in hand.summary().tasks] == [("Lê Văn Ba", "các huyện")]


def test_highlights_skip_captions_credits_and_page_furniture() -> None:
    text = (
        "Tiêu đề bài báo về hội nghị tổng kết\n\n"
        "Chiều 5/9, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm nay. "
        "Đồng chí Bí thư Tỉnh ủy phát biểu tại hội nghị tổng kết công tác phòng chống thiên tai. (Ảnh: Minh Anh/TTXVN) "
        "Các đại biểu dự hội nghị tổng kết đánh giá công tác phòng chống thiên tai đạt kết quả tốt - Ảnh: Hồng Hà "
        "Theo báo cáo, công tác phòng chống thiên tai năm nay đã huy động hàng nghìn người tham gia cứu hộ. "
        ">> Mời quý độc giả xem thêm video về công tác phòng chống thiên tai tại các tỉnh miền Trung năm nay."
    )
    texts = [h.text for h in highlights(segment(text))]
    assert texts
    assert not any("Ảnh" in t or "Mời quý độc giả" in t for t in texts)
    assert "Theo báo cáo, công tác phòng chống thiên tai năm nay đã huy động hàng nghìn người tham gia cứu hộ." in texts


def test_highlights_drop_a_sub_heading_glued_before_the_sentence() -> None:
    # Pages that lost their line breaks glue a sub-heading (or a byline) to the sentence after it.
    text = (
        "Bệnh viện quá tải\n\n"
        "Nhiều bệnh viện tuyến cuối ở thủ đô thường xuyên quá tải, bệnh nhân phải chờ phẫu thuật nhiều ngày. "
        "150 ca mổ mỗi ngày Tại nhiều bệnh viện tuyến cuối khác, tình trạng chờ phẫu thuật cũng phổ biến. "
        "Chờ đợi mệt mỏi Theo giám đốc bệnh viện, số bệnh nhân phải chờ phẫu thuật tăng mạnh trong những năm gần đây. "
        "Ông Nguyễn Văn Tại cho biết bệnh viện đang mở rộng thêm phòng mổ để giảm thời gian chờ của bệnh nhân."
    )
    texts = [h.text for h in highlights(segment(text))]
    assert "Tại nhiều bệnh viện tuyến cuối khác, tình trạng chờ phẫu thuật cũng phổ biến." in texts
    assert "Theo giám đốc bệnh viện, số bệnh nhân phải chờ phẫu thuật tăng mạnh trong những năm gần đây." in texts
    assert not any(t.startswith(("150 ca mổ", "Chờ đợi mệt mỏi")) for t in texts)

    from vnreport.summary.lead import _after_glued_heading

    # a name ending in an opener's syllable (`Nguyễn Văn Tại`, `ông Tại`) is no sub-heading's end
    doc = segment("Ông Nguyễn Văn Tại cho biết bệnh viện mở rộng. Hôm qua ông Tại cho biết thêm.")
    assert [_after_glued_heading(doc, s).text for s in doc.sentences] == [s.text for s in doc.sentences]


def test_a_long_caption_glued_before_a_counted_sentence_opener_is_cut() -> None:
    # A caption of more than 14 words run into the next sentence: the cut is at a word pair
    # counted over the corpus as opening sentences and never capitalised inside one (`Trước đây`), its second
    # word in lower case; a name capitalised the same way (`nhãn hàng Trước Đây`) is not cut.
    from vnreport.summary.lead import _after_glued_heading

    caption = "Cán bộ phường và người dân cùng nhau dọn dẹp rác thải dọc bờ sông trong buổi sáng cuối tuần vừa qua"
    assert len(caption.split()) > 14
    doc = segment(caption + " Trước đây khu vực này thường xuyên bị ngập nặng sau mỗi trận mưa lớn.")
    assert _after_glued_heading(doc, doc.sentences[0]).text.startswith("Trước đây khu vực này")
    doc = segment("Cửa hàng bán sản phẩm của nhãn hàng Trước Đây vừa khai trương tại quận trung tâm.")
    assert _after_glued_heading(doc, doc.sentences[0]).text == doc.sentences[0].text


def test_the_counted_sentence_openers_are_word_pairs_in_lower_case() -> None:
    from vnreport.lexicon import load_list

    pairs = load_list("sentence_openers.txt")
    assert len(pairs) > 100
    assert len(set(pairs)) == len(pairs)
    for pair in pairs:
        assert pair == pair.lower() and len(pair.split()) == 2, pair
        assert unicodedata.normalize("NFC", pair) == pair, pair


def test_a_count_with_no_noun_phrase_is_measured_by_the_verbs_right_before_it() -> None:
    # issue #14: no figure without a measure. `5 bị can` alone tells a reader nothing; `khởi tố` does. The verbs
    # are the treebank's (a mined list), read past what qualifies the number (`hơn`); a linking verb is no measure.
    text = (
        "Tin tổng hợp\n\n"
        "Cơ quan điều tra đã khởi tố hơn 5 bị can trong vụ án. Lực lượng kiểm lâm đã bắt được 3 đối tượng "
        "trong rừng. Hiện có 7 thành viên trong ban."
    )
    hand = HandReport(text)
    hand.figure("5 bị can", 5, "bị can")
    hand.figure("3 đối tượng", 3, "đối tượng")
    hand.figure("7 thành viên", 7, "thành viên")
    facts = {f.text: f.measure for f in hand.summary().key_facts}
    assert facts["5 bị can"] == "khởi tố"
    assert facts["3 đối tượng"] == "bắt được"  # `được` after the verb, one word or two
    assert "7 thành viên" in facts and facts["7 thành viên"] != "có"  # a linking verb: nothing is done to them


def test_the_mined_verbs_are_lower_case_single_or_compound_words() -> None:
    from vnreport.lexicon import load_list

    verbs = load_list("summary_verbs.txt")
    assert len(verbs) > 300 and len(set(verbs)) == len(verbs)
    assert all(v == unicodedata.normalize("NFC", v) and v == v.lower() for v in verbs)
    assert all(all(c.isalpha() or c == " " for c in v) and len(v.split()) <= 3 for v in verbs)
    assert {"khởi tố", "bắt"} <= set(verbs)
    assert not {"quyết định", "báo cáo", "thông tin"} & set(verbs)  # as often nouns as verbs: left out


def test_a_key_fact_is_measured_by_a_noun_phrase_not_a_clause_a_verb_or_a_place() -> None:
    text = (
        "Tỉnh sẽ giảm 12% biên chế\n\n"
        "Hôm qua, lực lượng chức năng thu giữ 3.500 viên thuốc và bắt 12 người trong đường dây buôn lậu lớn. "
        "Theo kế hoạch, Sở Tài chính kiến nghị bổ sung 40 triệu đồng cho quỹ phòng chống thiên tai. "
        "Sau đó đoàn kiểm tra tiếp tục làm việc với 140 hộ dân; con số 140 trường hợp được ghi nhận lại."
    )
    hand = HandReport(text)
    hand.location("Tỉnh")
    hand.figure("12%", 12, "%")
    hand.figure("3.500 viên", 3500, "viên")
    hand.figure("12 người", 12, "người")
    hand.figure("40 triệu đồng", 4e7, "VND")
    hand.figure("140 hộ dân", 140, "hộ dân")
    hand.figure("140 trường hợp", 140, "trường hợp")
    facts = {f.text: f.measure for f in hand.summary().key_facts}
    assert facts["12%"] == "biên chế"  # `Tỉnh sẽ giảm`: a place and a verb; the noun after says what
    assert facts["3.500 viên"] == "viên thuốc"  # not `lực lượng chức năng thu giữ`: the noun counted, read after it
    assert facts["12 người"] == "bắt"  # no noun phrase says what the 12 are: the verb that governs them does
    assert facts["40 triệu đồng"] == "quỹ phòng chống thiên tai"  # not `Sở Tài chính kiến nghị bổ sung`
    assert "140 trường hợp" not in facts  # the same 140 told twice


def test_a_key_fact_is_not_measured_by_words_that_need_what_follows() -> None:
    text = (
        "Thăm dò về dự luật thuế mới\n\n"
        "Theo cuộc thăm dò công bố hôm qua, nhóm cử tri trẻ ủng hộ trong khi 38% phản đối dự luật. "
        "Giám đốc bệnh viện tỉnh cùng 15 bác sĩ đã tới thăm các gia đình. "
        "Giá cá năm trước đó 35% cao hơn năm nay. "
        "Mùa khô năm nay, rừng phòng hộ của huyện bị 120 ha cháy."
    )
    hand = HandReport(text)
    hand.figure("38%", 38, "%")
    hand.figure("15 bác sĩ", 15, "bác sĩ")
    hand.figure("35%", 35, "%")
    hand.figure("120 ha", 120, "ha")
    facts = {f.text: f.measure for f in hand.summary().key_facts}
    assert facts["38%"] == "phản đối dự luật"  # not `nhóm cử tri trẻ ủng hộ trong khi`: a subordinator opens a clause
    assert facts["15 bác sĩ"] != "Giám đốc bệnh viện tỉnh cùng"  # `cùng` needs the count it goes with
    assert facts.get("35%") != "Giá cá năm trước đó"  # `đó` closes a time phrase, names no measure
    assert facts.get("120 ha") != "rừng phòng hộ của huyện bị"  # the passive marker needs its verb


def test_a_key_fact_is_not_measured_across_another_figure() -> None:
    text = "Xã mở thêm trường mầm non\n\nNăm học này, trường mầm non của xã có 12 lớp với 320 trẻ, gấp đôi năm trước."
    hand = HandReport(text)
    hand.figure("12 lớp", 12, "lớp")
    hand.figure("320 trẻ", 320, "trẻ")
    facts = {f.text: f.measure for f in hand.summary().key_facts}
    assert "12 lớp" not in (facts["320 trẻ"] or "")  # the words before `12 lớp` say what the classes are


def test_the_asker_opens_the_verbs_clause_and_verbs_in_passing_ask_nothing() -> None:
    text = (
        "Làm việc với thành phố\n\n"
        "Tại buổi làm việc với Phó Thủ tướng Lê Văn Hai sáng nay (theo báo cáo, UBND thành phố kiến nghị Chính "
        "phủ chấp thuận bổ sung vốn cho dự án) Tiếp theo chương trình. "
        "Có ý kiến đề nghị giữ lại hàng cây cổ thụ ven hồ. "
        "Đoàn kiểm tra các nhiệm vụ do Phó Thủ tướng giao và giải pháp thực hiện. "
        "Phần đất giao để trồng rừng là đất của thành phố."
    )
    hand = HandReport(text)
    hand.official("Lê Văn Hai", ["Phó Thủ tướng"], [])
    hand.organization("UBND thành phố")
    hand.organization("Chính phủ")
    tasks = hand.summary().tasks
    assert [(t.by, t.to, t.text) for t in tasks] == [
        ("UBND thành phố", "Chính phủ", "chấp thuận bổ sung vốn cho dự án")
    ]


def test_highlights_cut_a_byline_and_a_credit_whole_and_skip_questions() -> None:
    text = (
        "Hội chợ nông sản\n\n"
        "Tác giả: Minh Hà/TTXVN Sáng 5/7, tại Cần Thơ, Sở Công Thương khai mạc hội chợ nông sản vùng đồng bằng. "
        "Khách tham quan chọn mua trái cây tại gian hàng. Ảnh: AFP/TTXVN Hội chợ năm nay có hơn ba trăm gian hàng "
        "của doanh nghiệp trong và ngoài tỉnh tham gia trưng bày. "
        "Lãnh đạo sở trao giấy khen cho doanh nghiệp tại Vụ TTTN Theo kế hoạch, hội chợ kéo dài đến hết tuần sau "
        "với nhiều hoạt động kết nối giao thương. "
        "Người dân xếp hàng mua vé vào cửa. Ảnh: T.H Sở dĩ hội chợ đông khách là nhờ giá vé thấp và nhiều "
        "chương trình khuyến mại hấp dẫn cho khách tham quan. "
        "Vậy làm thế nào để nông sản của vùng đứng vững trên thị trường trong nước?"
    )
    texts = [h.text for h in highlights(segment(text))]
    assert any(t.startswith("Sáng 5/7, tại Cần Thơ") for t in texts)
    assert any(t.startswith("Hội chợ năm nay có hơn ba trăm gian hàng") for t in texts)
    assert any(t.startswith("Theo kế hoạch, hội chợ kéo dài") for t in texts)
    from vnreport.summary.highlights import _candidates

    candidates = [c.text for c in _candidates(segment(text))[0]]
    assert any(t.startswith("Sở dĩ hội chợ đông khách") for t in candidates)  # not `.H Sở dĩ …`
    assert not any(t.endswith("?") or "Tác giả" in t for t in texts)


def test_a_share_of_a_number_is_measured_by_the_counted_noun() -> None:
    hand = HandReport("“Bỏ ngỏ” gần 35% số phương tiện đường thủy\n\nNhiều phương tiện chưa được đăng kiểm lại.")
    hand.figure("35%", 35, "%")
    assert [(f.text, f.measure) for f in hand.summary().key_facts] == [("35%", "phương tiện đường thủy")]


def test_the_asker_is_the_title_around_a_body_and_a_told_subject_asks_nothing() -> None:
    text = (
        "Khắc phục hậu quả bão\n\n"
        "Trong tuần tới, Thủ tướng Chính phủ sẽ trực tiếp chỉ đạo các bộ, ngành hỗ trợ người dân dựng lại nhà. "
        "Xã có trách nhiệm yêu cầu các hộ ven sông di dời đến nơi an toàn. "
        "Bộ trưởng chỉ đạo Tổng cục Thủy lợi yêu cầu các công ty thủy nông kiểm tra các hồ chứa."
    )
    hand = HandReport(text)
    hand.organization("Chính phủ")
    hand.organization("Tổng cục Thủy lợi")
    tasks = [(t.by, t.verb, t.to, t.text) for t in hand.summary().tasks]
    assert tasks[0][:3] == ("Thủ tướng Chính phủ", "chỉ đạo", "các bộ, ngành")  # not the body in the title
    assert tasks[1][:3] == (None, "yêu cầu", "Xã")  # the subject before a modal is the one told
    assert tasks[1][3].startswith("các hộ ven sông di dời")
    # the body told to ask is the recipient; what it must ask is the action
    assert tasks[2][:3] == ("Bộ trưởng", "chỉ đạo", "Tổng cục Thủy lợi")
    assert tasks[2][3].startswith("yêu cầu các công ty thủy nông")
    assert len(tasks) == 3


def test_negated_verbs_forms_titles_and_connectors_ask_nothing() -> None:
    text = (
        "Xây dựng nông thôn mới\n\n"
        "Vì vậy không thể giao cho một xã tự quyết mọi việc. "
        "Người dân nộp Đơn đề nghị hỗ trợ kèm bản sao giấy tờ tùy thân. "
        "Ông Trần Văn Bốn, Trưởng ban chỉ đạo chương trình cho biết kế hoạch đã hoàn thành. "
        "Đồng thời vị Chủ tịch huyện cũng đề nghị các xã giữ vững tiêu chí đã đạt. "
        "Ông Trần Văn Bốn sẽ tiếp tục điều hành, chỉ đạo đến hết năm."
    )
    hand = HandReport(text)
    hand.official("Trần Văn Bốn", ["Trưởng ban chỉ đạo chương trình"], [])
    assert [(t.by, t.to) for t in hand.summary().tasks] == [("Chủ tịch huyện", "các xã")]


def test_a_recipient_ends_at_the_verb_it_is_asked_for_and_keeps_its_qualifier() -> None:
    text = (
        "Chất vấn\n\n"
        "Đại biểu đề nghị Bộ trưởng cho biết tiến độ giải ngân của dự án. "
        "Sở Nội vụ yêu cầu Chủ tịch UBND các huyện, thị xã, thành phố thuộc tỉnh và các đơn vị có liên quan khẩn "
        "trương báo cáo. "
        "Ngay sau cuộc họp là buổi ký kết hợp tác giữa hai tỉnh."
    )
    hand = HandReport(text)
    hand.organization("Sở Nội vụ")
    tasks = [(t.to, t.text) for t in hand.summary().tasks]
    assert tasks == [
        ("Bộ trưởng", "cho biết tiến độ giải ngân của dự án"),
        (
            "Chủ tịch UBND các huyện, thị xã, thành phố thuộc tỉnh và các đơn vị có liên quan",
            "khẩn trương báo cáo",
        ),
    ]


def test_highlights_drop_glued_sub_headings_and_the_outlets_tag() -> None:
    text = (
        "Nước sạch cho vùng cao\n\n"
        "(Baotinh.vn) - Sáng 3/4, tỉnh khởi công công trình cấp nước sạch cho hơn năm nghìn hộ dân vùng cao. "
        "Nguồn nước “khát” nhiều năm Sau khi công trình hoàn thành, người dân vùng cao sẽ có nước sạch quanh năm. "
        "Niềm vui của bà con Với sự hỗ trợ của tỉnh, người dân vùng cao góp công đào mương dẫn nước về bản. "
        "Ngày hội vui của bản Liên quan đến tiến độ, chủ đầu tư cho biết công trình cấp nước hoàn thành trong năm. "
        "TTO - Công trình cấp nước sạch được xây dựng bằng nguồn vốn của tỉnh và sự đóng góp của người dân."
    )
    from vnreport.summary.highlights import _candidates

    texts = [c.text for c in _candidates(segment(text))[0]]
    assert texts[0].startswith("Sáng 3/4, tỉnh khởi công")
    assert "Sau khi công trình hoàn thành, người dân vùng cao sẽ có nước sạch quanh năm." in texts
    assert any(t.startswith("Với sự hỗ trợ của tỉnh") for t in texts)
    assert any(t.startswith("Liên quan đến tiến độ") for t in texts)
    assert any(t.startswith("Công trình cấp nước sạch được xây dựng") for t in texts)


def test_the_leaders_of_a_named_place_ask_in_lower_case() -> None:
    text = (
        "Chấn chỉnh du lịch\n\n"
        "Bên cạnh đó, lãnh đạo tỉnh Ninh Hòa yêu cầu các cơ quan chức năng tăng cường kiểm tra giá dịch vụ. "
        "Ngoài ra, chính quyền cũng đề nghị các khách sạn thực hiện niêm yết giá."
    )
    hand = HandReport(text)
    assert [(t.by, t.to) for t in hand.summary().tasks] == [
        ("lãnh đạo tỉnh Ninh Hòa", "các cơ quan chức năng"),
        (None, "các khách sạn"),  # `chính quyền` names no place or body: no asker is made up
    ]


def test_a_sentence_that_announces_a_list_is_no_highlight() -> None:
    text = (
        "Biểu quyết luật\n\n"
        "Sáng nay, Quốc hội họp phiên toàn thể để biểu quyết thông qua ba dự án luật quan trọng. "
        "Sau đó, Quốc hội biểu quyết thông qua các dự án luật bằng hình thức biểu quyết điện tử, kết quả như sau: "
        "Luật Đường bộ được thông qua với đa số đại biểu tán thành trong phiên họp sáng nay."
    )
    from vnreport.summary.highlights import _candidates

    texts = [c.text for c in _candidates(segment(text))[0]]
    assert not any(t.endswith(":") for t in texts)
    assert any(t.startswith("Sáng nay, Quốc hội họp") for t in texts)


def test_weekday_warnings_skip_ordinals_codes_and_guessed_years() -> None:
    text = (
        "Tin vắn\n\n"
        "Công văn số 88/UBND-CN, ngày 14/3/2019 đã được gửi các sở. "
        "Kỳ họp lần thứ năm, ngày 12/6/2019 bế mạc. "
        "Thứ Ba, 15/7/2024 là ngày khai mạc. "
        "Tối thứ Sáu 9/8, buổi hòa nhạc diễn ra."
    )
    report = analyze_text(text)
    assert report.dates[-1].inferred and report.dates[-1].year_source not in ("given", "dateline")
    messages = [w.message for w in summary_of(report).warnings if w.kind == "weekday_mismatch"]
    assert messages == ["“Thứ Ba, 15/7/2024” is written as a Tuesday, but 2024-07-15 is a Monday"]


def test_a_body_that_asks_in_writing_asks() -> None:
    text = (
        "Chấn chỉnh chợ đêm\n\n"
        "UBND tỉnh Hòa Lâm vừa có văn bản yêu cầu các sở, ngành tăng cường kiểm tra an toàn thực phẩm. "
        "Mặc dù vậy nhưng tôi vẫn có công văn đề nghị các huyện tiếp tục rà soát các điểm kinh doanh. "
        "Văn bản yêu cầu của tỉnh được gửi đến các xã."
    )
    hand = HandReport(text)
    hand.organization("UBND tỉnh Hòa Lâm")
    assert [(t.by, t.verb, t.to) for t in hand.summary().tasks] == [
        ("UBND tỉnh Hòa Lâm", "yêu cầu", "các sở, ngành"),
        (None, "đề nghị", "các huyện"),  # a concessive clause names no asker
    ]


def test_only_a_title_around_a_body_replaces_it_as_asker() -> None:
    text = (
        "Xử lý xe công\n\n"
        "Cụ thể, Văn phòng Chính phủ yêu cầu các bộ, ngành khẩn trương báo cáo số xe. "
        "Trước đó, UBND huyện đã chỉ đạo Phòng Tài chính yêu cầu các xã rà soát số xe. "
        "Lãnh đạo Chính phủ yêu cầu các địa phương xử lý dứt điểm. "
        "Cho rằng nhiệm vụ Nhà nước giao cho các sở là rất nặng, Chủ tịch yêu cầu các sở chủ động phối hợp."
    )
    hand = HandReport(text)
    for name in ("Văn phòng Chính phủ", "Chính phủ", "UBND huyện", "Phòng Tài chính", "Nhà nước"):
        hand.organization(name)
    hand.report.organizations[1].mentions = [m for m in hand.all("Chính phủ") if m.start != text.index("Chính phủ")]
    tasks = [(t.by, t.to) for t in hand.summary().tasks]
    assert tasks[:3] == [
        ("Văn phòng Chính phủ", "các bộ, ngành"),  # the body that is the whole subject, not the one inside it
        ("Phòng Tài chính", "các xã"),  # `UBND huyện đã chỉ đạo Phòng Tài chính` is no title
        ("Lãnh đạo Chính phủ", "các địa phương"),
    ]
    # `nhiệm vụ Nhà nước giao cho các sở là …`: a relative clause on the task's noun asks no one, and the
    # next verb keeps its own task
    assert [to for _, to in tasks[3:]] == ["các sở"] and tasks[-1][0] == "Chủ tịch"


def test_a_measure_ending_in_a_preposition_or_a_verb_of_showing_is_no_measure() -> None:
    # `Mâu thuẫn giữa 3 hộ`, `Khảo sát của Sở cho thấy 40%`: the words before the figure open a clause that
    # goes on after it; as a measure they say nothing a reader can place
    text = (
        "Tranh chấp đất ở xã Tân Hòa\n\n"
        "Sáng 3/4, UBND xã Tân Hòa tổ chức buổi đối thoại về tranh chấp đất đai kéo dài. "
        "Mâu thuẫn giữa 3 hộ dân đã kéo dài nhiều năm. "
        "Một khảo sát của Sở Tài nguyên và Môi trường cho thấy 40% diện tích đất chưa được cấp giấy chứng nhận."
    )
    summary = analyze_text(text).summary
    assert summary is not None
    measures = [f.measure for f in summary.key_facts]
    assert "Mâu thuẫn giữa" not in measures
    assert not any(m and m.endswith("cho thấy") for m in measures)


def test_highlights_drop_a_caption_ended_by_its_bracketed_credit_or_a_bare_credit_before_a_quote() -> None:
    # `… (Ảnh Internet) Theo đó, …`: the caption's credit in brackets ends it; `Ảnh AFP “…”`: a credit with no
    # colon before a quotation; `… đang diễn ra Đặc biệt, …`: a caption glued before a sure opener
    text = (
        "Rà soát dự án chậm tiến độ\n\n"
        "Bộ Xây dựng vừa tổ chức cuộc họp rà soát các dự án chậm tiến độ trên cả nước trong năm nay. "
        "Nhà máy xi măng ven biển (Ảnh Internet) Theo đó, Bộ yêu cầu các chủ đầu tư báo cáo phương án xử lý dứt điểm. "
        "Ảnh AFP “Chúng tôi sẽ hoàn thành việc rà soát trước cuối năm”, Thứ trưởng Bộ Xây dựng nói với báo chí. "
        "Công trường dự án đang thi công Đặc biệt, các dự án dùng vốn nhà nước phải được kiểm tra trước."
    )
    texts = [h.text for h in highlights(segment(text))]
    assert "Theo đó, Bộ yêu cầu các chủ đầu tư báo cáo phương án xử lý dứt điểm." in texts
    assert any(t.startswith("“Chúng tôi sẽ hoàn thành") for t in texts)
    assert not any(t.startswith(("Nhà máy xi măng", "Ảnh AFP", "Công trường")) for t in texts)

    from vnreport.summary.lead import _after_glued_heading

    doc = segment(text)
    glued = next(s for s in doc.sentences if s.text.startswith("Công trường"))
    assert _after_glued_heading(doc, glued).text == "Đặc biệt, các dự án dùng vốn nhà nước phải được kiểm tra trước."


def test_a_count_with_nothing_said_of_it_deep_in_the_story_is_no_key_fact() -> None:
    # a journalist strikes `3 anh em` out of the facts when it stands far into the story with no measure, and
    # `15.000 người` with nothing said of them is no more a figure to take away; the same bare count in the lead
    # still tells the news
    filler = " ".join(
        f"Nhân chứng {name} kể lại đêm hôm ấy." for name in ("An", "Bình", "Cường", "Dũng", "Giang", "Hà")
    )
    text = (
        "Cháy lớn tại chợ huyện\n\n"
        f"Rạng sáng 4/3, một đám cháy lớn thiêu rụi 12 gian hàng tại chợ huyện. {filler} "
        "Ông Hùng là con thứ hai trong 3 anh em. Ông là một trong 15.000 người của xã."
    )
    texts = [f.text for f in analyze_text(text).summary.key_facts]  # type: ignore[union-attr]
    assert "12 gian hàng" in texts
    assert "3 anh em" not in texts
    assert "15.000 người" not in texts


def test_a_figure_of_a_photo_caption_is_no_key_fact() -> None:
    # `… 40 căn nhà tạm. Ảnh: Minh Anh Chiều 5/3, …`: the credit closes the caption before it; the figures of the
    # text after the credit stay
    text = (
        "Bàn giao nhà cho hộ nghèo\n\n"
        "Sáng 5/3, tỉnh đã bàn giao 120 căn nhà cho các hộ nghèo trong tỉnh với tổng kinh phí 9 tỷ đồng. "
        "Người dân dọn về 40 căn nhà mới xây. Ảnh: Minh Anh Chiều cùng ngày, huyện khởi công 35 căn nhà khác."
    )
    texts = [f.text for f in analyze_text(text).summary.key_facts]  # type: ignore[union-attr]
    assert "120 căn nhà" in texts
    assert "40 căn nhà" not in texts


def test_one_person_counted_by_title_past_the_title_is_no_key_fact() -> None:
    # `cử một Phó Chủ tịch …` in the body: one of them is no figure; two in the title are
    text = (
        "Bổ nhiệm 2 Phó Chủ tịch Ủy ban\n\n"
        "Sáng 5/3, Hội đồng nhân dân tỉnh đã bầu bổ sung hai Phó Chủ tịch Ủy ban nhân dân tỉnh nhiệm kỳ mới. "
        "Tỉnh cũng sẽ cử một Phó Chủ tịch phụ trách công tác đối ngoại của tỉnh trong năm nay."
    )
    texts = [f.text for f in analyze_text(text).summary.key_facts]  # type: ignore[union-attr]
    assert "2 Phó Chủ tịch" in texts
    assert "một Phó Chủ tịch" not in texts


def test_a_video_link_closes_no_caption_before_it() -> None:
    # `Video: <title>` opening a sentence links a video: the body sentence before it is no photo caption
    from vnreport.summary.lead import caption_spans

    text = (
        "Kỳ thi tốt nghiệp\n\n"
        "Sáng 5/6, thành phố có 80.000 thí sinh dự thi tại 150 điểm thi trong cả thành phố. "
        "Video: Thí sinh làm bài thi môn Toán. Ảnh: Minh Anh Buổi thi đầu tiên kết thúc lúc 11 giờ trưa."
    )
    doc = segment(text)
    body = body_sentences(doc)
    spans = caption_spans(doc, body)
    assert not any(a <= text.index("80.000") < b for a, b in spans)
    assert any(a <= text.index("môn Toán") < b for a, b in spans)


def test_a_caption_glued_before_the_text_asks_no_task() -> None:
    # `<caption> - Ảnh: <credit> Theo đó, …`: the 2017 pages glue a photo's caption to the next sentence; the
    # caption's verb (`yêu cầu` of the photo's scene) is no task, the text's after the credit is
    text = (
        "Rà soát dự án chậm tiến độ\n\n"
        "Sáng 5/3, Bộ Xây dựng họp về các dự án chậm tiến độ trên cả nước trong năm nay. "
        "Bộ trưởng Bộ Xây dựng yêu cầu các tỉnh xử lý 12 dự án tại cuộc họp - Ảnh: Minh Anh "
        "Theo đó, Bộ Xây dựng đề nghị các chủ đầu tư báo cáo phương án xử lý trước ngày 30/3."
    )
    tasks = analyze_text(text).summary.tasks  # type: ignore[union-attr]
    assert not any("12 dự án" in t.text for t in tasks)
    assert any("báo cáo phương án" in t.text for t in tasks)


def test_a_related_article_link_glued_between_sentences_is_no_body_text() -> None:
    # `… năm nay. [Tiêu đề một bài khác] Theo đó, …`: a related article's title in brackets is neither a highlight's
    # opening nor a key fact; a formula in brackets inside a sentence (`= [a + b] x`) is no link
    text = (
        "Bàn giao nhà cho hộ nghèo\n\n"
        "Sáng 5/3, tỉnh đã bàn giao 120 căn nhà cho các hộ nghèo trong tỉnh với tổng kinh phí 9 tỷ đồng. "
        "[Huyện miền núi khởi công thêm 35 căn nhà đại đoàn kết] Theo đó, mỗi căn nhà được hỗ trợ 60 triệu đồng "
        "từ ngân sách tỉnh và các doanh nghiệp đóng góp cho quỹ vì người nghèo của tỉnh."
    )
    report = analyze_text(text)
    assert not any("35 căn nhà" in f.text for f in report.summary.key_facts)  # type: ignore[union-attr]
    doc = segment(text)
    assert not any("[" in h.text for h in highlights(doc))
    assert any(h.text.startswith("Theo đó, mỗi căn nhà") for h in highlights(doc))

    from vnreport.summary.lead import caption_spans

    formula = segment("Thưởng\n\nTiền thưởng = [điểm năng suất + điểm sáng kiến] x đơn giá điểm của mỗi phòng.")
    assert caption_spans(formula, [s for p in formula.paragraphs if p.kind == "body" for s in p.sentences]) == []


def test_a_count_is_not_measured_by_the_words_of_the_figure_before_it() -> None:
    # issue #14: `32 đoàn văn nghệ | 12 tỉnh` would tell a reader the provinces are a troupe's; the count keeps its noun
    text = "Liên hoan văn nghệ quần chúng\n\nLiên hoan quy tụ 32 đoàn văn nghệ 12 tỉnh về thủ đô."
    hand = HandReport(text)
    hand.figure("32 đoàn", 32, "đoàn")
    hand.figure("12 tỉnh", 12, "tỉnh")
    hand.report.figures[-1].measure = "văn nghệ"  # the figures extractor reads the words since the last figure
    facts = {f.text: f.measure for f in hand.summary().key_facts}
    assert facts.get("12 tỉnh") != "văn nghệ"


def test_a_count_after_a_long_clause_is_measured_by_its_verbs_only() -> None:
    # the words before a count that run past a subject and its verb are a clause cut anywhere
    text = (
        "Kiểm tra cơ sở kinh doanh\n\n"
        "Sáng nay, đoàn công tác liên ngành của huyện miền núi phía tây kiểm tra 6 cửa hàng."
    )
    hand = HandReport(text)
    hand.figure("6 cửa hàng", 6, "cửa hàng")
    hand.report.figures[-1].measure = "đoàn công tác liên ngành của huyện miền núi phía tây"  # a clause cut anywhere
    facts = {f.text: f.measure for f in hand.summary().key_facts}
    assert facts["6 cửa hàng"] == "kiểm tra"


def test_the_words_after_an_amount_are_not_its_measure() -> None:
    # `5 triệu đồng tích góp được` past the lead: what follows an amount is rarely what it measures
    text = (
        "Chuyện làm giàu\n\nAnh sinh ra ở một làng nghèo ven biển miền Trung.\n\n"
        "Anh từng làm đủ nghề để nuôi mẹ và các em.\n\n5 triệu đồng tích góp được đủ để anh mở một quán nhỏ bên đường."
    )
    hand = HandReport(text)
    hand.figure("5 triệu đồng", 5_000_000, "VND")
    assert [f.text for f in hand.summary().key_facts] == []


def test_the_noun_a_count_counts_ends_before_a_comparison_or_a_particle() -> None:
    text = (
        "Nhân rộng mô hình\n\n"
        "Năm tới, xã sẽ nhân rộng thêm 3 mô hình trang trại nữa. Toàn xã tuyển mới 90 học sinh so với năm trước."
    )
    hand = HandReport(text)
    hand.figure("3 mô hình", 3, "mô hình")
    hand.figure("90 học sinh", 90, "học sinh")
    facts = {f.text: f.measure for f in hand.summary().key_facts}
    assert facts["3 mô hình"] == "mô hình trang trại"
    assert facts.get("90 học sinh") != "học sinh so với năm"


def test_a_count_is_not_measured_by_the_clause_before_its_comma() -> None:
    # issue #14: `Nghe tiếng kêu cứu | 2 sinh viên` — the words before the comma end another clause
    text = "Dập lửa kịp thời\n\nThấy khói bốc lên, 4 thanh niên trong xóm chạy tới dập lửa."
    hand = HandReport(text)
    hand.figure("4 thanh niên", 4, "thanh niên")
    hand.report.figures[-1].measure = "Thấy khói bốc lên"  # the figures extractor reads across the comma
    facts = {f.text: f.measure for f in hand.summary().key_facts}
    assert facts.get("4 thanh niên") != "Thấy khói bốc lên"


def test_a_glued_sub_heading_and_a_byline_are_no_body_text_for_every_reader() -> None:
    # the one detector (`lead.caption_spans`) reads a sub-heading and a byline the page glued before the text, so the
    # key facts skip a figure of the sub-heading as the highlights do
    from vnreport.summary.lead import caption_spans

    text = (
        "Đường ven biển thông xe\n\n"
        "Sáng 5/3, tỉnh đã thông xe tuyến đường ven biển dài 40 km sau hai năm thi công trên địa bàn. "
        "Người dân đi lại trên tuyến đường mới trong ngày thông xe. Ảnh: Minh Anh Giảm 3 giờ đi lại cho người dân "
        "Theo đó, tuyến đường nối các huyện ven biển với trung tâm tỉnh và cảng biển của tỉnh.\n\n"
        "Tác giả: Thu Hà/TTXVN Theo kế hoạch, tỉnh sẽ mở thêm hai tuyến xe buýt trên đường này trong năm tới."
    )
    doc = segment(text)
    body = body_sentences(doc)
    spans = caption_spans(doc, body)
    assert any(a <= text.index("Giảm 3 giờ") < b for a, b in spans)
    assert any(a <= text.index("Thu Hà") < b for a, b in spans)
    assert not any(a <= text.index("Theo đó, tuyến") < b for a, b in spans)
    assert not any(a <= text.index("Theo kế hoạch") < b for a, b in spans)
    facts = analyze_text(text).summary.key_facts  # type: ignore[union-attr]
    assert not any("3 giờ" in f.text for f in facts)


def test_a_capitalised_first_word_after_a_credit_opens_the_lead_sentence() -> None:
    # `Ảnh: AFP/TTXVN Triển lãm …`: after the agency the credit has ended; the capitalised word before a lower-case one
    # opens the text, in the lead as in the highlights
    from vnreport.summary.lead import lead_sentences

    text = (
        "Triển lãm ảnh biển đảo\n\n"
        "Khách tham quan xem ảnh tại nhà văn hóa. Ảnh: TTXVN Triển lãm mở cửa đến hết ngày 30/3 "
        "tại nhà văn hóa trung tâm của thành phố."
    )
    lead = [s.sentence.text for s in lead_sentences(segment(text)) if s.order >= 0]
    assert any(t.startswith("Triển lãm mở cửa") for t in lead)


@pytest.mark.parametrize(
    ("glued", "text"),
    [
        ("Cây cầu mới trước ngày thông xe ", "Sáng 6/3, Sở Giao thông vận tải tổ chức thông xe cây cầu mới qua sông."),
        ("Người dân chờ qua cầu trong ngày đầu năm ", "Chiều nay (6.3), thành phố thông xe cây cầu mới qua sông."),
        ("Cầu được thi công trong 2 năm (Ảnh Sở cung cấp) ", "Ngày 6-3, thành phố thông xe cây cầu mới qua sông."),
        # a caption that ends on a date, or on a closing quote
        ("Cây cầu mới được thông xe từ ngày 6/3 ", "Ngày 6/3, thành phố thông xe cây cầu mới qua sông."),
        ("Lễ thông xe với chủ đề “Nối đôi bờ” ", "Tối 6/3, thành phố thông xe cây cầu mới qua sông."),
    ],
)
def test_a_dated_opening_glued_after_a_caption_starts_the_text(glued: str, text: str) -> None:
    # `<caption or sub-heading> Sáng 6/3, …`: the page lost the caption's line break; a dated opening capitalised
    # after a lower-case word, a number or a closing bracket opens the sentence; what stands before it is no body text
    from vnreport.summary.lead import body_text

    doc = segment("Thông xe cầu mới\n\n" + glued + text)
    sentence = next(s for p in doc.paragraphs if p.kind == "body" for s in p.sentences)
    assert body_text(doc, sentence, []).text == text


def test_a_dated_phrase_inside_a_sentence_is_no_glued_opening() -> None:
    # a time and date in lower case inside a sentence (`… vào sáng 6/3, …`) starts no new sentence
    from vnreport.summary.lead import body_text

    doc = segment("Thông xe cầu mới\n\nThành phố thông xe cây cầu mới vào sáng 6/3, sớm hơn kế hoạch hai tháng.")
    sentence = next(s for p in doc.paragraphs if p.kind == "body" for s in p.sentences)
    assert body_text(doc, sentence, []).text == sentence.text
    # a quote closed with no opening in the sentence ends a speech the segmenter cut: its words are no caption's
    doc = segment(
        "Thông xe cầu mới\n\nÔng Nam nói: “Cây cầu rất cần. Người dân chờ đã lâu” Sáng 6/3, thành phố thông xe."
    )
    sentence = next(s for p in doc.paragraphs if p.kind == "body" for s in p.sentences if s.text.startswith("Người"))
    assert body_text(doc, sentence, []).text == sentence.text
    # the same, with a quoted name closed before: its opening quote is not the speech's
    doc = segment(
        "Thông xe cầu mới\n\nÔng Nam nói: “Cây cầu rất cần. Người dân gọi là “cầu mới” và chờ đã lâu” Sáng 6/3, "
        "thành phố thông xe."
    )
    sentence = next(s for p in doc.paragraphs if p.kind == "body" for s in p.sentences if s.text.startswith("Người"))
    assert body_text(doc, sentence, []).text == sentence.text
    # an opening quote is glued to the word after it, not the one before: the quoted words are the sentence's own
    doc = segment("Thông xe cầu mới\n\nÔng Nam nói với người dân “Sáng 6/3, thành phố sẽ thông xe cây cầu mới”.")
    sentence = next(s for p in doc.paragraphs if p.kind == "body" for s in p.sentences)
    assert body_text(doc, sentence, []).text == sentence.text


@pytest.mark.parametrize(
    ("credit", "text"),
    [
        ("Ảnh: Minh Anh ", "Kế hoạch của thành phố là hoàn thành cây cầu trong năm nay."),
        ("Ảnh: Thu Hà ", "Tham dự lễ khánh thành có lãnh đạo các sở, ngành của tỉnh."),
    ],
)
def test_a_credit_name_stops_before_a_word_it_would_split(credit: str, text: str) -> None:
    # `Ảnh: Minh Anh Kế | hoạch …`: the credit's capitalised words would take the first syllable of the text's first
    # word (`Kế hoạch`, `Tham dự`); the segmenter's word is kept whole
    from vnreport.summary.lead import trimmed

    doc = segment("Cầu mới\n\nNgười dân qua cầu trong ngày khánh thành. " + credit + text)
    sentence = [s for p in doc.paragraphs if p.kind == "body" for s in p.sentences][-1]
    assert trimmed(doc, sentence).text == text


def test_a_credit_naming_an_organisation_keeps_its_lower_case_syllable() -> None:
    # `Ảnh: Báo Nhân dân`: after an organisation's head the lower-case syllable goes on with the credit's name
    from vnreport.summary.lead import trimmed

    doc = segment("Cầu mới\n\nNgười dân qua cầu ngày khánh thành. Ảnh: Báo Nhân dân Ngay sau đó, cầu được thông xe.")
    sentence = [s for p in doc.paragraphs if p.kind == "body" for s in p.sentences][-1]
    assert not trimmed(doc, sentence).text.startswith("Nhân dân")


def test_a_heading_glued_after_a_name_a_lost_line_break_or_before_a_person_is_cut() -> None:
    # The 2017 pages glue a caption or sub-heading to the next sentence. The text starts at a sure opener of two
    # words or at `Theo`/`Việc` even after a capitalised word (a caption often ends with a name), at a dated
    # opening after one, at a capitalised word after two spaces (the lost line break), and at `Ông`/`Chị` before
    # a name after a lower-case word; not at `Tại`/`Từ` after a capitalised word (`Nam Từ Liêm`), not after `và`.
    from vnreport.summary.lead import _after_glued_heading, body_text

    def cut(text: str) -> str:
        doc = segment(text)
        return body_text(doc, doc.sentences[0], []).text

    assert cut("Lãnh đạo tỉnh Quảng Trị Tuy nhiên, kế hoạch này còn chậm.") == "Tuy nhiên, kế hoạch này còn chậm."
    assert cut("Chân dung ông Lê Văn Bình Theo quyết định, ông Bình giữ chức giám đốc.").startswith("Theo quyết định")
    assert cut("Hội chợ nông sản tỉnh Lâm Đồng Sáng 9/3, hội chợ khai mạc tại thành phố.").startswith("Sáng 9/3,")
    assert cut("Giá điện tăng mạnh  Nhiều hộ dân phản ánh hóa đơn tăng gấp đôi.").startswith("Nhiều hộ dân")
    assert cut("Nông dân thu hoạch lúa trên cánh đồng Ông Trần Văn Minh cho biết năm nay được mùa.").startswith(
        "Ông Trần Văn Minh"
    )
    for kept in (
        "Phát biểu tại hội nghị, ông Nguyễn Văn Hải, Chủ tịch quận Nam Từ Liêm cho biết tiến độ đã nhanh hơn.",
        "Ông Trần Văn Tại cho biết kế hoạch năm nay đã hoàn thành.",
        "Đại biểu đến từ tỉnh Bà Rịa - Vũng Tàu đặt câu hỏi về tiến độ dự án.",
        "Bộ Lao động, Thương binh và Việc làm cho biết số người có việc làm tăng.",
    ):
        doc = segment(kept)
        assert _after_glued_heading(doc, doc.sentences[0]).text == doc.sentences[0].text


def test_a_photo_credit_without_colon_before_the_text_is_cut() -> None:
    # `Ảnh <credit>` opening a sentence with no colon: the text starts at the first capitalised word that a lower-case
    # word or a number follows; not `Ảnh hưởng …`, and not after three plain capitalised words (the name's end unknown).
    from vnreport.summary.lead import body_text

    def cut(text: str) -> str:
        doc = segment("Tin trong ngày đã được đăng. " + text)
        return body_text(doc, doc.sentences[1], []).text

    assert cut("Ảnh Minh Châu Nhiều hộ dân đã được hỗ trợ di dời.") == "Nhiều hộ dân đã được hỗ trợ di dời."
    assert cut("Ảnh T.H Tại buổi làm việc, lãnh đạo tỉnh đã nghe báo cáo.").startswith("Tại buổi làm việc")
    assert cut("Ảnh Reuters Khoảng 2 giờ sau, cảnh sát đã phong tỏa hiện trường.").startswith("Khoảng 2 giờ")
    assert cut("Ảnh VGP “Chúng tôi sẽ làm ngay”, Thủ tướng nói.").startswith("“Chúng tôi")
    for kept in (
        "Ảnh hưởng của bão đã làm hàng trăm ngôi nhà bị tốc mái.",
        "Ảnh Thanh Hà Nhìn Lan và Mai cùng đi học, mẹ rất vui.",
    ):
        assert cut(kept) == kept


def test_a_bracketed_photo_credit_without_colon_closes_the_caption_before_it() -> None:
    # `(Ảnh KT)`, `(ảnh Hồng Minh/TTXVN)`: a credit in brackets with no colon, its words capitalised, ends the caption
    # before it; the text resumes after its closing bracket. `(ảnh chụp ngày 2.3)` describes, it credits no one.
    from vnreport.summary.lead import body_text, caption_spans

    def spans(text: str) -> list[str]:
        doc = segment(text)
        return [doc.text[a:b] for a, b in caption_spans(doc, doc.sentences)]

    def cut(text: str) -> str:
        doc = segment("Tin trong ngày đã được đăng. " + text)
        return body_text(doc, doc.sentences[1], []).text

    caption = "Cầu mới được thông xe sáng nay."
    assert caption in spans(f"Xe chạy qua cầu từ sớm. {caption} (Ảnh KT) Nhiều người dân đã đến xem.")
    glued = "Lãnh đạo tỉnh thăm công trường (ảnh Hồng Minh/TTXVN) Theo kế hoạch, cầu sẽ xong vào cuối năm."
    assert cut(glued) == "Theo kế hoạch, cầu sẽ xong vào cuối năm."
    assert caption not in spans(f"Xe chạy qua cầu từ sớm. {caption} (ảnh chụp ngày 2.3) Nhiều người dân đã đến xem.")


def test_an_answer_label_with_its_colon_is_no_glued_heading() -> None:
    # `Trả lời:` on a Q&A page labels the answer after the question: no sub-heading is cut before it
    from vnreport.summary.lead import body_text

    text = "Tôi muốn hỏi thủ tục đổi giấy phép lái xe thế nào Trả lời: Theo quy định, người dân nộp hồ sơ tại Sở."
    doc = segment("Tin trong ngày đã được đăng.\n\n" + text)
    assert body_text(doc, doc.sentences[1], []).text == text


@pytest.mark.parametrize(
    ("glued", "text"),
    [
        ("Vốn cho cây cầu mới ", "Trả lời báo chí, ông Hải cho biết dự án sẽ dừng lại."),
        ("Ngày hội khoa học của tỉnh ", "Mở đầu buổi lễ, ông Hải phát biểu khai mạc."),
        ("Cây cầu mới trước ngày thông xe ", "Trước khi khai mạc, ông Hải đã thăm các gian hàng."),
        ("Nhiều hộ dân còn chờ vốn ", "Nếu không có vốn, dự án sẽ phải dừng lại."),
        ("Phát triển KH&CN địa phương ", "Theo đó, tỉnh sẽ đầu tư 100 tỷ đồng cho các đề tài."),
    ],
)
def test_a_sub_heading_glued_before_a_sure_opener_is_cut(glued: str, text: str) -> None:
    # `Nếu`, `Trả lời`, `Mở đầu`, `Trước` capitalised after a lower-case word open the text after a glued heading; an
    # `&` inside the heading (`KH&CN`) does not stop the reading of its words
    from vnreport.summary.lead import body_text

    doc = segment("Tin trong ngày đã được đăng.\n\n" + glued + text)
    assert body_text(doc, doc.sentences[1], []).text == text


def test_a_dated_opening_or_a_lost_line_break_after_a_word_announcing_a_name_is_cut() -> None:
    # a date or two spaces never continue a name: after `cử tri`, `ngư dân` the text starts there too
    from vnreport.summary.lead import body_text

    def cut(text: str) -> str:
        doc = segment(text)
        return body_text(doc, doc.sentences[0], []).text

    assert cut("Đại biểu trả lời ý kiến cử tri Ngày 26.6, đoàn đại biểu đã tiếp xúc cử tri.").startswith("Ngày 26.6,")
    assert cut("Hỗ trợ ngư dân  Nhiều tàu cá bị hỏng sau một thời gian sử dụng.").startswith("Nhiều tàu cá")


def test_a_quoted_related_title_in_brackets_and_a_clip_credit_are_no_body_text() -> None:
    # `[“Tiêu đề” …]` between two sentences is a related article's link like `[Tiêu đề …]`; `(Ảnh cắt từ clip)` is a
    # credit standing alone: the caption before it is no highlight.
    from vnreport.summary.lead import caption_spans

    text = (
        "Tiêu đề\n\n"
        "Hội nghị đã thông qua kế hoạch phát triển kinh tế của tỉnh trong năm nay. "
        "[“Điểm sáng” của kinh tế địa phương trong quý đầu năm] Trong thời gian tới, tỉnh sẽ tiếp tục thu hút đầu tư. "
        "Người dân tập trung đông tại trụ sở xã. (Ảnh cắt từ clip) Theo ông Minh, sự việc đã được giải quyết."
    )
    doc = segment(text)
    body = body_sentences(doc)
    covered = [text[a:b] for a, b in caption_spans(doc, body)]
    assert any(c.startswith("[“Điểm sáng”") for c in covered)
    assert any("Ảnh cắt từ clip" in c for c in covered)


def test_a_highlight_ends_before_a_related_link_left_inside_its_sentence() -> None:
    from vnreport.summary.lead import before_link, caption_spans

    text = (
        "Tiêu đề\n\n"
        "Hội nghị đã thông qua kế hoạch phát triển kinh tế của tỉnh trong năm nay. "
        "Tỉnh đã đạt mức tăng trưởng cao nhất trong nhiều năm qua.  [“Điểm sáng” của kinh tế địa phương trong quý đầu] "
        "Trong thời gian tới, tỉnh sẽ tiếp tục thu hút đầu tư."
    )
    doc = segment(text)
    body = body_sentences(doc)
    spans = caption_spans(doc, body)
    inside = next(s for s in body if "[" in s.text and not s.text.startswith("["))  # the link left inside
    assert before_link(doc, inside, spans).text.endswith("trong nhiều năm qua.")


def test_a_credit_glued_before_a_task_sentence_neither_asks_nor_continues_a_list() -> None:
    # `… Ảnh: VGP Thủ tướng … đề nghị …`: the outlet in the credit is not the one asking; and a sentence after a
    # glued caption starts a new paragraph, so it continues no list of the task before it.
    text = (
        "Thủ tướng tiếp Đại sứ Liên minh châu Âu\n\n"
        "Chiều 5/7, tại Hà Nội, Thủ tướng Chính phủ Nguyễn Văn An tiếp Đại sứ Liên minh châu Âu. "
        "Thủ tướng tiếp Đại sứ tại trụ sở Chính phủ. Ảnh: VGP Thủ tướng Nguyễn Văn An đề nghị EU sớm ký hiệp định. "
        "Bộ trưởng Trần Văn Bình yêu cầu các sở tiếp tục rà soát thủ tục hành chính. "
        "Lễ ký kết diễn ra tại trụ sở Bộ. Ảnh: TTXVN Tiếp tục mở rộng hợp tác là chủ trương nhất quán của hai bên."
    )
    report = analyze_text(text)
    tasks = summary_of(report).tasks
    assert all(t.by not in {"VGP", "TTXVN"} for t in tasks)
    assert not any(t.text.startswith("Tiếp tục mở rộng hợp tác") for t in tasks)


def test_a_lead_restated_in_the_body_with_a_clause_more_is_one_highlight() -> None:
    # the lead, then the same news again with its date and who reported it: the lead is kept, its restatement not
    lead = "Công ty cấp nước thành phố đã hoàn thành tuyến ống chính dẫn nước sạch về ba xã ven sông."
    text = (
        f"Tiêu đề\n\n{lead}\n\n"
        "Theo báo cáo gửi UBND tỉnh chiều 12/3, công ty cấp nước thành phố đã hoàn thành tuyến ống chính dài "
        "mười cây số dẫn nước sạch về ba xã ven sông. "
        "Báo cáo gửi UBND tỉnh cho biết tuyến ống dài mười cây số được thi công trong sáu tháng. "
        "Người dân ba xã trước đây phải dùng nước giếng khoan nhiễm phèn nặng quanh năm. "
        "UBND tỉnh giao công ty mở rộng mạng lưới sang hai xã lân cận trong năm tới theo báo cáo."
    )
    texts = [h.text for h in highlights(segment(text))]
    assert texts[0] == lead
    assert not any(t.startswith("Theo báo cáo gửi UBND tỉnh") for t in texts)


def test_a_short_remark_inside_a_long_sentence_is_a_highlight_of_its_own() -> None:
    # most of the short sentence's words are in the long one, but the long one is far more than it restated
    from vnreport.summary.highlights import _same_news

    short = frozenset({"nhật bản", "lên án", "vụ", "phóng", "tên lửa", "triều tiên"})
    assert not _same_news(short, short | {f"từ{k}" for k in range(12)})
    assert _same_news(short, short | {"hôm qua", "thủ đô"})


def test_the_first_sentence_of_text_is_always_a_highlight() -> None:
    from itertools import pairwise

    # the news shares no word with the body after it, whose sentences share many among themselves
    extra = ["đồng bằng", "miền tây", "thương lái", "kho bãi", "hợp đồng", "cảng biển", "châu phi", "gạo thơm"]
    body = " ".join(f"Giá lúa gạo xuất khẩu năm nay tăng mạnh nhờ {a} và {b}." for a, b in pairwise(extra))
    lead = "Bộ trưởng vừa ký quyết định thành lập hội đồng thẩm định dự án cảng hàng không mới."
    texts = [h.text for h in highlights(segment(f"Tiêu đề\n\n{lead}\n\n{body}"))]
    assert texts[0] == lead
