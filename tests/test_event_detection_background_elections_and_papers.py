"""Round 32 of event detection: background taken as the story. A popular election named by its noun that the
sentence only gives an opinion of (`cho rằng cuộc bầu cử …`) or that labels the title (`Bầu cử nước A: …`) is no
vote reported; a paper told only deep in a lead that dates no happening and names no event is an analysis's
background, not the news."""

from __future__ import annotations

from tests.conftest import event_kind_and
from tests.timing import best_cpu_seconds, doubling_ratio


def test_an_election_an_outlet_gives_an_opinion_of_is_no_event() -> None:
    text = (
        "Cuộc bỏ phiếu ở nước A quan trọng với nước B\n\n"
        "Ngày 8/6, bài viết của một hãng tin nước B cho rằng cuộc bầu cử Quốc hội nước A sẽ quyết định quan hệ "
        "giữa hai nước trong nhiều năm.\n\nCác nhà quan sát sẽ theo dõi kết quả."
    )
    assert event_kind_and(text, "date") is None


def test_an_election_people_predict_the_outcome_of_is_no_event() -> None:
    text = (
        "Nước A không cần lo ngại về đồng minh\n\n"
        "Nhiều nhà nghiên cứu nhận định quan hệ đồng minh của nước A vẫn vững chắc.\n\n"
        "Nhiều người dự đoán, trong cuộc bầu cử Tổng thống nước A hôm nay (9/5), ứng cử viên B sẽ giành chiến thắng."
    )
    assert event_kind_and(text, "date") is None


def test_an_election_that_labels_the_title_is_no_event() -> None:
    text = (
        "Bầu cử nước A: Thủ tướng B tuyên bố lập chính phủ mới\n\n"
        "Thủ tướng nước A là bà B tuyên bố bà sẽ thành lập một chính phủ mới để ổn định tình hình.\n\n"
        "Bà cam kết tiếp tục hợp tác với các đảng nhỏ."
    )
    assert event_kind_and(text, "date") is None


def test_an_election_labelling_the_title_stays_when_the_lead_tells_the_vote() -> None:
    text = (
        "Bầu cử Quốc hội nước A: Đảng mới có cơ hội lớn\n\n"
        "Theo các cuộc thăm dò, đảng mới của Tổng thống sẽ giành nhiều ghế.\n\n"
        "Hôm nay 11/6, hơn 40 triệu cử tri nước A đi bầu cử Quốc hội vòng 1."
    )
    found = event_kind_and(text, "date")
    assert found is not None and found[0] == "election"


def test_an_election_told_held_is_still_the_event() -> None:
    text = (
        "Tổng thống nước A tái đắc cử\n\n"
        "Ngày 20/5, Tổng thống nước A là ông B đã tái đắc cử trong cuộc bầu cử Tổng thống với số phiếu áp đảo.\n\n"
        "Ông B giành được 57% số phiếu bầu."
    )
    found = event_kind_and(text, "date")
    assert found == ("election", "2024-05-20")


def test_an_election_told_held_after_an_opinion_verb_is_still_the_event() -> None:
    """An opinion verb before the election does not make it said when the sentence tells the vote held (vote_held:
    `tái đắc cử`, `đi bầu`)."""
    text = (
        "Tổng thống nước A tái đắc cử\n\n"
        "Ngày 20/5, như giới quan sát dự đoán, Tổng thống nước A là ông B đã tái đắc cử trong cuộc bầu cử "
        "Tổng thống với số phiếu áp đảo.\n\nÔng B giành được 57% số phiếu bầu."
    )
    found = event_kind_and(text, "date")
    assert found is not None and found[0] == "election"
    text = (
        "Nước A bầu Quốc hội mới\n\n"
        "Ngày 20/5, dù nhiều người cho rằng cuộc bầu cử Quốc hội sẽ bị hoãn, cử tri nước A vẫn đi bầu "
        "với tỷ lệ cao.\n\nKết quả sẽ được công bố vào tuần tới."
    )
    found = event_kind_and(text, "date")
    assert found is not None and found[0] == "election"


def test_an_election_named_after_an_opinion_word_as_a_noun_is_still_the_event() -> None:
    """`theo dự báo của …`, `như nhận định của …`: the opinion word is a noun, the sentence reports the election."""
    text = (
        "Tổng thống nước A tái đắc cử\n\n"
        "Ngày 20/5, đúng như nhận định của giới quan sát, Tổng thống nước A là ông B đã giành chiến thắng trong "
        "cuộc bầu cử Tổng thống.\n\nÔng B giành được 57% số phiếu bầu."
    )
    found = event_kind_and(text, "date")
    assert found is not None and found[0] == "election"
    text = (
        "Nước A bầu Tổng thống\n\n"
        "Ngày 20/5, theo dự báo của cơ quan khí tượng, trời mưa lớn trong ngày diễn ra cuộc bầu cử Tổng thống "
        "nước A.\n\nCác điểm bỏ phiếu mở cửa từ sáng sớm."
    )
    found = event_kind_and(text, "date")
    assert found is not None and found[0] == "election"


def test_a_title_that_comments_does_not_make_a_paper_deep_in_the_lead_background() -> None:
    """The commentary check reads the lead's opening, the title aside (summary_cues.tsv commentary): a title that
    voices an opinion leaves a paper told deep in a plain lead the news."""
    text = (
        "Dư luận quan tâm chuyện cấp phép biểu diễn\n\n"
        "Những ngày qua, chuyện cấp phép biểu diễn các ca khúc quen thuộc được nhắc đến nhiều. "
        "Đầu tiên là chuyện thủ tục của các cơ quan quản lý. "
        "Thứ hai là câu chuyện quy hoạch khu du lịch ven biển. "
        "Câu chuyện quy hoạch là gần nhất. "
        "Cụ thể, ngày 2/6, Sở X đã gửi công văn số 123 tới Hiệp hội Y về phát ngôn của một hội viên."
    )
    found = event_kind_and(text, "date")
    assert found is not None and found[0] == "directive"


def test_a_paper_told_only_deep_in_an_opinion_lead_is_no_event() -> None:
    text = (
        "Bài học chưa thuộc\n\n"
        "Những ngày qua, dư luận bàn tán nhiều về chuyện cấp phép biểu diễn các ca khúc quen thuộc. "
        "Đầu tiên là chuyện thủ tục rườm rà của các cơ quan quản lý. "
        "Thứ hai là câu chuyện quy hoạch khu du lịch ven biển. "
        "Câu chuyện quy hoạch là gần nhất và gây bức xúc nhất. "
        "Cụ thể, ngày 2/6, Sở X đã gửi công văn số 123 tới Hiệp hội Y về phát ngôn của một hội viên."
    )
    assert event_kind_and(text, "date") is None


def test_a_paper_deep_in_the_lead_dates_the_act_the_opening_tells_just_done() -> None:
    text = (
        "Đã có phương án tuyển sinh\n\n"
        "Sở X vừa đưa ra phương án tuyển sinh năm học mới, khiến dư luận quan tâm. "
        "Kỳ tuyển sinh sẽ bắt đầu từ tháng 6 tới. "
        "Khoảng 70% học sinh sẽ vào trường công lập. "
        "Ngoài ra, sẽ có 100.000 học sinh vào lớp 1. "
        "Ông A, Trưởng phòng Khảo thí cho biết, ngày 9/2, Phó Chủ tịch UBND tỉnh B đã ký quyết định phê duyệt "
        "phương án."
    )
    found = event_kind_and(text, "date")
    assert found is not None and found[0] == "directive"


def test_a_paper_the_lead_opens_with_is_still_the_event() -> None:
    text = (
        "Sở X yêu cầu kiểm tra các cơ sở kinh doanh\n\n"
        "Ngày 2/6, Sở X đã gửi công văn số 123 yêu cầu các quận kiểm tra các cơ sở kinh doanh thực phẩm. "
        "Các quận phải báo cáo kết quả trước cuối tháng."
    )
    found = event_kind_and(text, "date")
    assert found is not None and found[0] == "directive"


def _clauses_seconds(count: int) -> float:
    """Processor time to read one sentence of `count` opinions of an election (the least of three runs)."""
    from vnreport.segment.document import segment
    from vnreport.summary.event import _candidates, _Masked, _title_label_end
    from vnreport.summary.lead import LeadSentence
    from vnreport.summary.tokens import sentence_tokens

    doc = segment("Tin\n\nBầu cử nước A: " + "ông B cho rằng cuộc bầu cử nước A, " * count + "kết thúc.")
    sentence = max(doc.sentences, key=lambda s: s.end - s.start)
    lead = LeadSentence(sentence, -1, False)  # read as a title: its label is looked for too
    toks = sentence_tokens(doc, sentence)

    def read() -> None:
        _title_label_end(toks)
        _candidates(doc, lead, _Masked([]), {})

    return best_cpu_seconds(read)


def test_elections_opined_on_take_linear_time() -> None:
    """The first opinion verb and the title's label are read once a sentence, no scan back from each election noun:
    thousands of them (a hostile input) take twice the time at twice the count (2.5 allowed on a busy machine)."""
    assert doubling_ratio(_clauses_seconds, 300) < 2.5
