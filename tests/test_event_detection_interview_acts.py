"""Round 27 of event detection: a lead told as remarks to reporters (`trao đổi với PV`, `trả lời phỏng vấn`) still
reports the act a body named after the press phrase has done (`Công an huyện X đã bắt giữ …`, `UBND tỉnh Y đã có
văn bản giao …`); words said, a plain `có` and a body that only ends an official's title still report none."""

from __future__ import annotations

from tests.conftest import event_kind_and_date


def test_a_bodys_act_told_to_a_reporter_is_an_event() -> None:
    text = (
        "Bắt giữ nhóm đối tượng chặn xe thu tiền\n\n"
        "Tối 6/2, trao đổi với PV, ông Nguyễn Văn Hải, Phó trưởng Công an huyện Mê Linh cho biết, Công an huyện Mê "
        "Linh đã bắt giữ 3 đối tượng chặn xe thu tiền trên quốc lộ."
    )
    assert event_kind_and_date(text) is not None


def test_a_letter_a_body_has_sent_told_to_a_reporter_is_an_event() -> None:
    text = (
        "Làm rõ sai phạm xây dựng ven hồ\n\n"
        "Trao đổi với phóng viên sáng 23/6, ông Trần Văn Bình, Chánh Văn phòng UBND tỉnh Bắc Ninh cho biết, UBND "
        "tỉnh Bắc Ninh đã có văn bản giao Sở Xây dựng kiểm tra các công trình xây dựng ven hồ."
    )
    assert event_kind_and_date(text) is not None


def test_a_bodys_words_or_plain_have_told_to_a_reporter_are_no_event() -> None:
    text = (
        "Tỉnh sẽ xem xét đề xuất của doanh nghiệp\n\n"
        "Trao đổi với phóng viên chiều 5/6, ông Lê Văn Cường cho biết, UBND tỉnh Bắc Ninh đã có ý kiến về đề xuất "
        "này và sẽ trả lời doanh nghiệp trong tháng tới."
    )
    assert event_kind_and_date(text) is None


def test_an_official_whose_title_ends_with_a_body_answering_reporters_is_no_event() -> None:
    text = (
        "Chuẩn bị liên thông kết quả xét nghiệm\n\n"
        "Trả lời phỏng vấn báo chí chiều 23/6, ông Lương Văn Khánh, Cục trưởng Cục Quản lý Dược, Bộ Y tế đã giải "
        "đáp một số thắc mắc về việc liên thông kết quả xét nghiệm."
    )
    assert event_kind_and_date(text) is None


def test_a_body_named_by_its_kind_acting_told_to_a_reporter_is_an_event() -> None:
    text = (
        "Truy tố hai bị can nhắn tin đe dọa\n\n"
        "Trao đổi với PV, một cán bộ Viện kiểm sát nhân dân tỉnh Thái Bình cho biết, đơn vị đã hoàn tất cáo trạng "
        "truy tố hai bị can về tội khủng bố."
    )
    assert event_kind_and_date(text) is not None
