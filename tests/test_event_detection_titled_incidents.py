"""Round 14 of event detection: a title that names one incident, over a dated lead with no event word, reports
that happening (kind `other`); counted incidents, incidents as a topic and a question about one do not."""

from __future__ import annotations

from tests.conftest import event_kind_and_date


def test_a_title_naming_an_accident_over_a_dated_lead_is_an_event() -> None:
    text = (
        "Bộ trưởng Tài chính Xứ Nam bị thương trong tai nạn xe hơi\n\n"
        "Bộ trưởng Tài chính Xứ Nam, ông Peter Holm bị thương khi xe của ông đâm vào cột điện ở ngoại ô thủ đô vào "
        "tối ngày 12/3. Ông được đưa vào bệnh viện và đang được theo dõi."
    )
    assert event_kind_and_date(text) == ("other", "2024-03-12")


def test_a_title_opening_with_an_explosion_dates_the_follow_up_of_the_lead() -> None:
    text = (
        "Vụ nổ ở nhà ga Lindby: Chính phủ nâng mức cảnh báo an ninh\n\n"
        "Theo hãng tin địa phương, ngày 8/4, Thủ tướng Lindby thông báo nâng mức cảnh báo an ninh lên cao nhất "
        "sau khi 12 người thiệt mạng ở nhà ga trung tâm."
    )
    assert event_kind_and_date(text) == ("other", "2024-04-08")


def test_a_drowning_of_children_counted_by_class_is_one_incident() -> None:
    text = (
        "Hai học sinh lớp 8 chết đuối khi tắm sông\n\n"
        "Chiều 2/6, ông Trần Văn Bình, Chủ tịch UBND xã Tân Lập cho biết hai học sinh lớp 8 trên địa bàn đã bị "
        "đuối nước khi tắm sông."
    )
    assert event_kind_and_date(text) == ("other", "2024-06-02")


def test_incidents_counted_in_a_title_are_a_round_up() -> None:
    text = (
        "Thành phố ghi nhận hàng trăm vụ tấn công mạng trong quý I\n\n"
        "Ngày 3/4, cơ quan an ninh mạng cho biết phần lớn các vụ tấn công nhắm vào doanh nghiệp nhỏ."
    )
    assert event_kind_and_date(text) is None


def test_incidents_as_a_topic_are_no_event() -> None:
    text = (
        "Giảm tai nạn phải bắt đầu từ người lái xe\n\n"
        "Ngày 5/5, nhiều chuyên gia cho rằng chỉ một phút bất cẩn của người lái xe có thể gây hậu quả lớn."
    )
    assert event_kind_and_date(text) is None


def test_a_question_about_an_incident_is_no_event() -> None:
    text = (
        "Vụ cháy xưởng gỗ Phú Hà âm ỉ suốt hai ngày vì đâu?\n\n"
        "Phải tới trưa 14/8, đội cứu hỏa của huyện mới dập tắt hẳn đám cháy trong dãy xưởng ven sông."
    )
    assert event_kind_and_date(text) is None
