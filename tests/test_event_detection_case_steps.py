"""Round 32 of event detection (issue #14, events missed): a step of a case told with the suspect as its subject
(`A bị bắt hôm …`, `A phải ra tòa vì …`, `A đã bị buộc tội …`) is the lead's happening."""

from __future__ import annotations

from tests.conftest import event_kind_and_date
from tests.timing import best_cpu_seconds, doubling_ratio


def test_an_arrest_told_with_the_suspects_as_subject_is_an_investigation() -> None:
    text = (
        "Bắt ba cán bộ địa chính xã Phú Lâm\n\n"
        "Vụ việc gây xôn xao dư luận địa phương. "
        "Ba cán bộ địa chính xã Phú Lâm bị bắt hôm 14-3 tại trụ sở xã, vì liên quan đến sai phạm đất đai."
    )
    assert event_kind_and_date(text) == ("investigation", "2024-03-14")


def test_a_defendant_who_must_appear_in_court_is_a_trial() -> None:
    text = (
        "Cựu thị trưởng Kestovia ra tòa\n\n"
        "Ngày 9/4, cựu thị trưởng thành phố Kestovia Marek Olin phải ra tòa vì tội lạm quyền trong dự án cảng biển."
    )
    assert event_kind_and_date(text) == ("trial", "2024-04-09")


def test_a_charge_told_undated_is_an_investigation() -> None:
    text = (
        "Hơn 200 người gian lận bảo hiểm nông nghiệp\n\n"
        "Hơn 200 người đã bị buộc tội gian lận bảo hiểm nông nghiệp gây thiệt hại lớn cho ngân sách. "
        "Các công tố viên cho rằng đây là đường dây lớn nhất từ trước tới nay."
    )
    assert event_kind_and_date(text) == ("investigation", None)


def test_an_arrest_named_as_a_matter_or_a_past_is_no_step() -> None:
    # `việc bị bắt` names a matter, `từng bị bắt` a past: the article talks about them, it tells no step
    text = (
        "Giám đốc sở nói về việc bị bắt năm 2001\n\n"
        "Khi được hỏi về chuyện từng bị bắt năm 2001, ông Lưu Văn Kha cho rằng đó là chuyện đã qua."
    )
    assert event_kind_and_date(text) is None


def test_passive_words_that_are_no_step_tell_no_event() -> None:
    # `bị bắt gặp` is being seen, `có phải ra tòa không` a question: no step of a case closes there
    text = (
        "Nỗi lo của người tiêu nhầm tiền\n\n"
        "Một người bị bắt gặp đang rút tiền ở cây ATM. "
        "Anh hỏi liệu mình có phải ra tòa không khi đã trả lại số tiền."
    )
    assert event_kind_and_date(text) is None


def _steps_seconds(n: int) -> float:
    clause = "một người bị bắt gặp, người bị bắt hôm qua, việc ra tòa"
    text = "Tin trong ngày\n\nNgày 3/5, " + ", ".join(clause for _ in range(n)) + " được nhắc tới."
    return best_cpu_seconds(lambda: event_kind_and_date(text), 3)


def test_case_steps_take_linear_time() -> None:
    """Each case-step word reads a bounded window around it: twice the words take twice the time, not four."""
    assert doubling_ratio(_steps_seconds, 150) < 2.5


def test_a_suit_brought_to_court_is_no_trial() -> None:
    # `kiện … ra tòa`: someone sues, no defendant appears in court
    text = (
        "Ông Lâm Vĩnh Khang nói không kiện anh em ra tòa\n\nÔng Khang cho biết sẽ giải quyết mâu thuẫn trong gia đình."
    )
    assert event_kind_and_date(text) is None


def test_a_step_only_the_title_tells_is_no_event() -> None:
    # the title tells a trial the lead says is to come
    text = (
        "Chín cán bộ xã Hòa Lạc hầu tòa\n\n"
        "Sắp tới, TAND huyện sẽ mở phiên sơ thẩm đối với chín cán bộ xã Hòa Lạc. "
        "Các bị cáo nguyên là cán bộ địa chính của xã."
    )
    assert event_kind_and_date(text) is None
