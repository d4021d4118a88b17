"""Round 28 of the event's organiser: a paper issued by an act told with no event word of the lexicon (`Bộ X vừa
phát đi thông báo …`, a `directive` act) has as organiser the body that opens the act's sentence, the subject of
its verb. One written sentence per shape."""

from __future__ import annotations

from tests.conftest import event_kind_and_organiser


def test_the_body_that_just_sent_out_a_notice_issued_it() -> None:
    text = (
        "Cảnh báo tin nhắn giả danh ngân hàng\n\n"
        "Ngân hàng Nhà nước vừa phát đi thông báo về việc nhiều đối tượng giả danh nhân viên ngân hàng để lừa khách."
    )
    assert event_kind_and_organiser(text) == ("directive", "Ngân hàng Nhà nước")


def test_the_body_that_just_released_a_document_issued_it() -> None:
    text = (
        "Hạn chế xe tải vào nội đô\n\n"
        "Sở Giao thông vận tải tỉnh Tân Phú vừa phát hành văn bản hướng dẫn doanh nghiệp vận tải tránh giờ cao điểm."
    )
    assert event_kind_and_organiser(text) == ("directive", "Sở Giao thông vận tải tỉnh Tân Phú")


def test_a_body_named_between_the_opening_one_and_the_act_issued_it() -> None:
    # the opening body only received the complaints; another body issues the notice
    text = (
        "Cảnh báo lừa đảo qua mạng\n\n"
        "Ngân hàng Nhà nước nhận được nhiều phản ánh của người dân, sau đó Bộ Công an vừa phát đi thông báo về thủ "
        "đoạn giả danh nhân viên ngân hàng."
    )
    assert event_kind_and_organiser(text) == ("directive", None)


def test_a_body_that_tells_of_its_unit_issuing_a_notice_issued_it() -> None:
    # `cho biết` (a report_verb): the unit's act is told as the body's own
    text = (
        "Xử lý hàng giả\n\n"
        "Bộ Tài chính cho biết Tổng cục Hải quan vừa phát đi thông báo về việc xử lý hàng giả nhập lậu."
    )
    assert event_kind_and_organiser(text) == ("directive", "Bộ Tài chính")


def test_a_country_opening_the_sentence_issues_nothing() -> None:
    # a country is no body: the act has no organiser
    text = "Trừng phạt mới\n\nMỹ vừa công bố lệnh trừng phạt đối với một số công ty vận tải biển."
    assert event_kind_and_organiser(text) == ("directive", None)


def test_an_act_of_no_paper_has_no_organiser() -> None:
    # an act of kind other (no paper issued) is no directive: its doer is not its organiser
    text = "Mua lại khách sạn\n\nTập đoàn Vingroup vừa mua lại một khách sạn lớn ở Đà Nẵng."
    assert event_kind_and_organiser(text) == ("other", None)
