"""The event's date when the lead names its event only in a later sentence (`Phát biểu tại lễ ra mắt, …`) and its
first dated sentence tells the happening with no event word (`Ngày 7/2, … chính thức ra mắt …`): that day dates it.
A dated sentence with an event word of its own dates its own event, not a later one. One written lead per shape."""

from __future__ import annotations

from tests.conftest import event_kind_and


def test_a_later_sentence_at_the_event_is_dated_by_the_first_dated_sentence() -> None:
    text = (
        "Ra mắt Trung tâm Văn hóa Biển\n\n"
        "Ngày 7/2, tại thành phố Hội An, Trung tâm Văn hóa Biển chính thức đi vào hoạt động với sự có mặt của nhiều "
        "nhà nghiên cứu. Trung tâm ra đời nhằm góp phần gìn giữ di sản của các làng chài ven biển. Phát biểu tại "
        "lễ khai trương, ông Nguyễn Văn An, Giám đốc Trung tâm, cho biết đơn vị sẽ mở thư viện trong năm nay."
    )
    assert event_kind_and(text, "date") == ("ceremony", "2024-02-07")


def test_the_dated_sentence_nearest_before_the_event_dates_it() -> None:
    # two dated sentences before the event's: the nearer one tells the happening the event is part of
    text = (
        "Ra mắt Trung tâm Văn hóa Biển\n\n"
        "Ngày 7/2, Trung tâm Văn hóa Biển của thành phố Hội An nhận con dấu và giấy phép hoạt động. "
        "Sáng 9/2, Trung tâm chính thức đi vào hoạt động với sự có mặt của nhiều nhà nghiên cứu. Phát biểu tại "
        "lễ khai trương, ông Nguyễn Văn An, Giám đốc Trung tâm, cho biết đơn vị sẽ mở thư viện trong năm nay."
    )
    assert event_kind_and(text, "date") == ("ceremony", "2024-02-09")
