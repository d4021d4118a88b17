"""Round 17 of event detection (an event or none), chosen by counts pooled over the ten read dev sets: a lead whose
first sentence is dated by one day and tells an act done (`đã`, `vừa` before a verb) with no event word of the
lexicon reports that act (kind `other`, or the lexicon's kind of the verb): an incident, a launch, an appointment.
Not when the first act told is words said or an attitude (`đã bày tỏ`, `đã ca ngợi`), a change of figures (`đã
tăng`), a plain `đã có`, nor when the day opens a period (`từ ngày … đến ngày …`)."""

from __future__ import annotations

from tests.conftest import event_kind_and


def test_a_dated_incident_told_by_its_verb_is_the_event() -> None:
    text = (
        "Sạt lở bờ sông uy hiếp khu dân cư\n\n"
        "Khoảng 3 giờ sáng 12/8, đoạn bờ sông dài 40 m ở thôn Phú Mỹ, xã Hòa Khánh đã sụt xuống lòng sông, cuốn "
        "theo hai căn nhà tạm.\n\nChính quyền xã đang di dời các hộ dân lân cận."
    )
    assert event_kind_and(text, "date") == ("other", "2024-08-12")


def test_an_act_of_the_lexicon_keeps_its_kind() -> None:
    text = (
        "Thủ tướng nước X chọn người đứng đầu ngân hàng trung ương\n\n"
        "Thủ tướng nước X Lars Holm ngày 3/9 đã bổ nhiệm ba cố vấn kinh tế mới cho văn phòng của ông.\n\n"
        "Các cố vấn sẽ nhận nhiệm vụ từ tuần tới."
    )
    found = event_kind_and(text, "organizer")
    assert found == ("directive", None)


def test_a_dated_act_has_no_organiser() -> None:
    text = (
        "Giao tranh ở thủ đô nước Y\n\n"
        "Bộ Y tế nước Y cho biết ít nhất 12 người đã thiệt mạng trong các cuộc đụng độ tại thủ đô ngày 4/10.\n\n"
        "Lực lượng an ninh đã được tăng cường."
    )
    assert event_kind_and(text, "organizer") == ("other", None)


def test_words_said_on_a_day_are_no_event() -> None:
    text = (
        "Ngoại trưởng nước Z khen chính sách mới của láng giềng\n\n"
        "Ngày 7/3, Ngoại trưởng nước Z Anton Weiss đã ca ngợi cách tiếp cận mới của nước láng giềng trong vấn đề "
        "biên giới.\n\nÔng cho rằng đây là một bước tiến."
    )
    assert event_kind_and(text, "date") is None


def test_an_attitude_after_an_adverb_is_no_event() -> None:
    text = (
        "Nước Z phản hồi đề nghị về nhập khẩu cá\n\n"
        "Ngày 19/5, Bộ Công Thương cho biết phía nước Z đã chính thức lên tiếng phản hồi đề nghị về việc nhập "
        "khẩu cá tra.\n\nHai bên sẽ tiếp tục trao đổi."
    )
    assert event_kind_and(text, "date") is None


def test_figures_of_a_period_are_no_event() -> None:
    text = (
        "Chậm giải quyết nhiệm vụ được giao\n\n"
        "Theo báo cáo, từ ngày 1/1/2024 đến ngày 14/6/2024, UBND tỉnh đã giao cho các sở, ngành 812 nhiệm vụ.\n\n"
        "Trong đó, số nhiệm vụ chưa hoàn thành chiếm 30%."
    )
    assert event_kind_and(text, "date") is None


def test_a_rise_of_prices_is_no_event() -> None:
    text = (
        "Giá cà phê lập đỉnh mới\n\n"
        "Ngày 2/4, giá cà phê nhân xô tại Tây Nguyên đã tăng thêm 1.500 đồng mỗi kg so với tuần trước.\n\n"
        "Nhiều hộ dân chưa bán ra."
    )
    assert event_kind_and(text, "date") is None


def test_an_act_of_the_second_sentence_the_day_opens_is_the_event() -> None:
    """Round 23: after an undated teaser, the second or third body sentence's dated act is the news when the day
    opens it."""
    text = (
        "Cưỡng chế công trình trái phép trên đất rừng\n\n"
        "Nhiều công trình xây trái phép trên đất rừng phòng hộ ở huyện Tân Phú tồn tại suốt nhiều năm nay.\n\n"
        "Chiều 14/9, lực lượng chức năng huyện Tân Phú đã tháo dỡ toàn bộ ba công trình xây trái phép trên đất rừng."
    )
    assert event_kind_and(text, "date") == ("other", "2024-09-14")


def test_an_act_of_the_second_sentence_dated_later_in_it_is_no_event() -> None:
    """The day written late in a later sentence is more often the day it was told, an occasion or an act before."""
    text = (
        "Cưỡng chế công trình trái phép trên đất rừng\n\n"
        "Nhiều công trình xây trái phép trên đất rừng phòng hộ ở huyện Tân Phú tồn tại suốt nhiều năm nay.\n\n"
        "Lực lượng chức năng huyện Tân Phú đã tháo dỡ toàn bộ ba công trình xây trái phép trên đất rừng hôm 14/9."
    )
    assert event_kind_and(text, "date") is None


def test_information_received_is_no_act() -> None:
    """`đã nhận được đơn`: a body told it received a paper tells of no happening of its own."""
    text = (
        "Người dân phản ánh khai thác cát trái phép\n\n"
        "Ngày 7/3, Sở Tài nguyên và Môi trường tỉnh Quảng Hòa cho biết đã nhận được đơn của người dân xã Bình "
        "Lợi về việc khai thác cát trái phép.\n\nSở sẽ cử cán bộ xác minh."
    )
    assert event_kind_and(text, "date") is None


def test_an_act_just_done_told_on_a_day_is_not_dated_by_it() -> None:
    """`vừa` after a teller: the act came before the day it was told of, so that day does not date it."""
    text = (
        "Mưa đá gây thiệt hại ở vùng cao\n\n"
        "Nhiều hộ dân ở vùng cao tỉnh Quảng Hòa bị thiệt hại về nhà cửa.\n\n"
        "Sáng 5/10, ông Lê Văn Tâm, Chủ tịch UBND xã Phú Lợi, cho biết trên địa bàn vừa xảy ra mưa đá làm hư hại "
        "nhiều mái nhà."
    )
    assert event_kind_and(text, "date") == ("other", None)


def test_an_act_done_just_with_two_cue_words_is_not_dated_by_the_telling() -> None:
    """`đã vừa`, like `vừa`, tells an act just before the day it was told of."""
    text = (
        "Lốc xoáy làm tốc mái nhà dân\n\n"
        "Nhiều hộ dân ở vùng trũng tỉnh Quảng Hòa bị thiệt hại về nhà cửa.\n\n"
        "Sáng 5/10, ông Lê Văn Tâm, Chủ tịch UBND xã Phú Lợi, cho biết trên địa bàn đã vừa xảy ra lốc xoáy làm "
        "tốc mái nhiều ngôi nhà."
    )
    assert event_kind_and(text, "date") == ("other", None)


def test_a_situation_grasped_is_no_act() -> None:
    """A guard, not a test of one change: `đã nắm`, a body knows of a matter, it did nothing on the day."""
    text = (
        "Người dân phản ánh san lấp đất ruộng\n\n"
        "Ngày 9/4, UBND huyện Bình Lợi cho biết đã nắm tình hình san lấp đất ruộng trái phép ở xã Phú Thạnh.\n\n"
        "Huyện sẽ cử cán bộ kiểm tra."
    )
    assert event_kind_and(text, "date") is None
