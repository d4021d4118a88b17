"""Round 30 of the event: a sapo followed by a body line that opens with a photo credit glued to the text (`Ảnh minh
họa: Internet Bộ trưởng yêu cầu …`) is no caption, so its act is the lead story; a check a subject only stands
ready for (`sẵn sàng tăng cường kiểm tra …`) is none held; an unnumbered paper an act names (`có văn bản`) is not
dated by a numbered document it cites further on. One written sentence per shape."""

from __future__ import annotations

from tests.conftest import event_kind_and, event_kind_and_date, event_kind_and_organiser


def test_a_sapo_before_a_credit_that_opens_the_body_line_is_the_lead() -> None:
    text = (
        "Siết chặt việc rà soát thủ tục hành chính\n"
        "Văn phòng Bộ Nội vụ vừa có văn bản truyền đạt ý kiến chỉ đạo của Bộ trưởng về việc rà soát thủ tục hành "
        "chính năm 2018\n"
        "Ảnh minh họa: Internet Bộ trưởng yêu cầu các đơn vị thuộc Bộ khẩn trương hoàn thành việc rà soát trong quý "
        "này và báo cáo kết quả."
    )
    assert event_kind_and_organiser(text) == ("directive", "Văn phòng Bộ Nội vụ")


def test_a_caption_glued_before_its_credit_on_the_body_line_stays_a_caption() -> None:
    # the caption on the credit's own line, not a paragraph before it: still a caption, the sapo is not
    from vnreport.segment.document import segment
    from vnreport.summary.lead import lead_sentences

    text = (
        "Mùa lúa mới ở vùng cao\n"
        "Năm nay, nhiều hộ dân trong vùng có vụ mùa bội thu nhờ thời tiết thuận lợi và giống lúa mới.\n"
        "Bà con xã Tân Lập thu hoạch lúa trên ruộng bậc thang. Ảnh: Minh Anh Giá lúa năm nay cũng cao hơn năm "
        "trước, người dân rất phấn khởi."
    )
    doc = segment(text)
    flags = {doc.text[ls.sentence.start : ls.sentence.end].split()[0]: ls.caption for ls in lead_sentences(doc)}
    assert flags["Bà"] is True
    assert flags["Năm"] is False


def test_a_check_a_country_stands_ready_for_is_no_inspection() -> None:
    text = (
        "Nhật Bản thận trọng với vốn ngoại vào công nghệ lõi\n\n"
        "Nhật Bản hiện sẵn sàng tăng cường kiểm tra các thương vụ mua lại doanh nghiệp công nghệ của nhà đầu tư "
        "nước ngoài."
    )
    assert event_kind_and(text, "organizer") is None


def test_a_paper_an_act_names_is_not_dated_by_a_document_it_cites() -> None:
    text = (
        "Đẩy mạnh cải cách hành chính\n\n"
        "Văn phòng Chính phủ vừa có văn bản truyền đạt ý kiến chỉ đạo của Phó Thủ tướng về cải cách hành chính. "
        "Phó Thủ tướng yêu cầu các bộ, ngành quán triệt Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về "
        "chương trình tổng thể cải cách hành chính."
    )
    assert event_kind_and_date(text) == ("directive", None)


def test_an_instruction_an_act_names_is_not_dated_by_a_document_it_cites() -> None:
    text = (
        "Rà soát các công trình thủy lợi xuống cấp\n\n"
        "Phó Thủ tướng vừa có ý kiến chỉ đạo về việc rà soát các công trình thủy lợi xuống cấp. Phó Thủ tướng yêu "
        "cầu các địa phương thực hiện nghiêm Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về chương trình "
        "tổng thể."
    )
    assert event_kind_and_date(text) == ("directive", None)
