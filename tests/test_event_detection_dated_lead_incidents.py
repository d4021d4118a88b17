"""Round 22 of event detection: a lead that opens dated and names one incident, with no event word and no act
told, reports that incident (kind `other`); an incident the clause follows or frames, or one counted, does not."""

from __future__ import annotations

from tests.conftest import event_kind_and_date


def test_an_accident_named_in_the_dated_lead_is_the_event() -> None:
    text = (
        "Xe khách lật trên đèo, nhiều người bị thương\n\n"
        "Ít nhất 7 người bị thương trong vụ tai nạn giao thông xảy ra vào rạng sáng 14/3 trên đèo Hòn Mây, "
        "tỉnh Xứ Bắc. Các nạn nhân đã được đưa tới bệnh viện huyện."
    )
    assert event_kind_and_date(text) == ("other", "2024-03-14")


def test_an_incident_the_dated_clause_follows_is_no_event() -> None:
    text = (
        "Người dân ven đèo Hòn Mây lo lắng\n\n"
        "Ngày 14/3, sau vụ tai nạn giao thông trên đèo Hòn Mây, nhiều hộ dân ven đường vẫn còn lo lắng mỗi khi "
        "xe tải đi qua."
    )
    assert event_kind_and_date(text) is None


def test_an_incident_the_dated_clause_is_about_is_no_event() -> None:
    text = (
        "Người dân ven đèo Hòn Mây gửi đơn\n\n"
        "Ngày 14/3, liên quan đến vụ tai nạn giao thông trên đèo Hòn Mây, nhiều hộ dân ven đường đã gửi đơn lên xã."
    )
    assert event_kind_and_date(text) is None


def test_an_incident_in_someones_words_is_no_event() -> None:
    text = (
        "Người dân ven đèo Hòn Mây lo lắng\n\n"
        'Ngày 14/3, người dân xã Tân Lập nói: "Vụ tai nạn giao thông trên đèo Hòn Mây làm chúng tôi rất sợ".'
    )
    assert event_kind_and_date(text) is None


def test_incidents_counted_in_the_dated_lead_are_no_event() -> None:
    text = (
        "Đèo Hòn Mây: nỗi ám ảnh của tài xế\n\n"
        "Ngày 14/3, người dân xã Tân Lập cho biết nhiều vụ tai nạn giao thông xảy ra trên đèo Hòn Mây mỗi tháng."
    )
    assert event_kind_and_date(text) is None
