"""Round 32 of the event's organiser: a leader's task force that holds a working session, a check a leader orders
a body to make, and an elected body's sitting told by a minister's act. One written sentence per shape."""

from __future__ import annotations

from tests.conftest import event_kind_and, event_kind_and_organiser
from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.segment.document import segment
from vnreport.summary.event import _without_delegations
from vnreport.summary.phrases import Candidate
from vnreport.summary.vocabulary import event_words


def test_a_leaders_task_force_is_named_up_to_its_verb() -> None:
    text = (
        "Gỡ khó cho doanh nghiệp lương thực\n\n"
        "Sáng 12/4, Tổ công tác của Thủ tướng đã làm việc với Tổng công ty Lương thực miền Nam về việc thực hiện "
        "các nhiệm vụ được giao."
    )
    assert event_kind_and_organiser(text) == ("meeting", "Tổ công tác của Thủ tướng")


def test_a_leaders_task_force_led_by_a_minister_ends_before_do() -> None:
    text = (
        "Kiểm tra tiến độ cổ phần hóa\n\n"
        "Ngày 12/4, Tổ công tác của Thủ tướng Chính phủ do Bộ trưởng Lê Văn Hưng dẫn đầu đã làm việc với Tổng "
        "công ty Lương thực miền Nam."
    )
    assert event_kind_and_organiser(text) == ("meeting", "Tổ công tác của Thủ tướng Chính phủ")


def test_a_task_force_beside_other_bodies_names_no_event_of_its_own() -> None:
    # `cùng Tổ công tác …`: the group takes part in another's meeting; it is no inspection by itself
    text = (
        "Họp bàn phương án sửa chữa tàu cá\n\n"
        "Chiều 12/4, Sở Nông nghiệp tỉnh Phú Yên cùng Tổ công tác thẩm định chất lượng tàu cá đã có cuộc họp với "
        "các chủ tàu."
    )
    found = event_kind_and_organiser(text)
    assert found is not None and found[0] == "meeting"


def test_the_bodies_told_to_check_are_not_the_organiser() -> None:
    # `Thủ tướng yêu cầu Bộ X, Y kiểm tra …`: the order is the news (a directive), the Government's
    text = (
        "Làm rõ phản ánh về mua sắm thiết bị\n\n"
        "Ngày 12/4, Thủ tướng yêu cầu Bộ Y tế, Ngân hàng Nhà nước Việt Nam kiểm tra thông tin báo chí phản ánh "
        "về việc mua sắm thiết bị tại một số bệnh viện."
    )
    assert event_kind_and_organiser(text) == ("directive", "Chính phủ")


def test_a_ministers_answer_at_a_sitting_is_the_elected_bodys() -> None:
    # `Bộ trưởng A đã giải trình …` (an act, kind session) before `… đại biểu Quốc hội …`: the sitting's body
    text = (
        "Sẽ đổi mới cơ chế tài chính bệnh viện\n\n"
        "Ngày 12/4, Bộ trưởng Bộ Y tế Lê Thị Hoa đã giải trình một số vấn đề về cơ chế tài chính của bệnh viện "
        "công. Trước những băn khoăn của đại biểu Quốc hội về giá dịch vụ, bà Hoa cho biết sẽ có lộ trình rõ."
    )
    assert event_kind_and_organiser(text) == ("session", "Quốc hội")


def test_a_bodys_task_force_leaves_the_body_the_organiser() -> None:
    # `Tổ công tác của Bộ X`: the ministry's group; the ministry holds the working session, as for `Bộ X làm việc`
    text = (
        "Làm việc về nhà ở xã hội\n\n"
        "Sáng 12/4, Tổ công tác của Bộ Xây dựng đã làm việc với UBND tỉnh Nam Định về tiến độ các dự án nhà ở xã hội."
    )
    assert event_kind_and(text, "organizer") == ("meeting", "Bộ Xây dựng")
    assert event_kind_and(text, "location") == ("meeting", None)


def test_an_unowned_task_force_is_no_organiser() -> None:
    text = (
        "Làm việc về nhà ở xã hội\n\n"
        "Sáng 12/4, Tổ công tác đặc biệt đã làm việc với UBND tỉnh Nam Định về tiến độ các dự án nhà ở xã hội."
    )
    found = event_kind_and_organiser(text)
    assert found is not None and found[1] != "Tổ công tác đặc biệt"


def _delegations_seconds(n: int) -> float:
    # many delegation words and no event verb after them: each is read once, not against all those after it
    doc = segment("Đoàn kiểm tra đã đến tỉnh Nam Định.", words="dictionary")
    sentence = doc.sentences[0]
    toks = doc.tokens_in(sentence.start, sentence.end)
    word = event_words()["đoàn kiểm tra"]

    def found() -> list[Candidate]:
        return [Candidate(0, sentence, toks, 0, word, None, word.kind, False) for _ in range(n)]

    return best_cpu_seconds(lambda: _without_delegations(found()))


def test_many_delegation_words_are_read_in_linear_time() -> None:
    # one walk back over the candidates, each keeping the event verb after it
    assert doubling_ratio(_delegations_seconds, 2000) < 2.5
