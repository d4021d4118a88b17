"""Round 25 of event detection: the undated first lead sentence that tells an act its subject has just done (`vừa`
before a verb), with no event word, reports that act (kind `other`, `directive` when it issues a paper, no date);
words said, a pair `vừa … vừa …`, a clause of time, of a source or a relative one, an act in a quotation and a
question still report none."""

from __future__ import annotations

from tests.conftest import event_kind_and, event_kind_and_date


def test_money_just_paid_out_is_an_event() -> None:
    text = (
        "Thêm 300 tỷ đồng hỗ trợ người dân vùng lũ\n\n"
        "Bộ Tài chính vừa chuyển 300 tỷ đồng cho ba tỉnh miền núi để hỗ trợ người dân bị thiệt hại do lũ."
    )
    assert event_kind_and_date(text) == ("other", None)


def test_a_notice_just_sent_out_is_a_directive() -> None:
    text = (
        "Cảnh báo giấy tờ giả mạo cơ quan thuế\n\n"
        "Tổng cục Thuế vừa phát đi thông báo về việc một số đối tượng giả danh cán bộ thuế để thu tiền doanh nghiệp."
    )
    assert event_kind_and_date(text) == ("directive", None)


def test_words_just_said_are_no_event() -> None:
    text = (
        "Giá điện có thể điều chỉnh trong năm tới\n\n"
        "Ông Trần Minh Khôi vừa cho biết giá điện có thể được xem xét điều chỉnh tùy theo chi phí sản xuất."
    )
    assert event_kind_and_date(text) is None


def test_a_pair_of_vua_tells_no_act() -> None:
    text = (
        "Hồ chứa nước Đồng Xanh xuống cấp\n\n"
        "Hồ chứa Đồng Xanh vừa cung cấp nước tưới cho ruộng đồng, vừa phục vụ sinh hoạt của hàng nghìn hộ dân."
    )
    assert event_kind_and_date(text) is None


def test_an_act_inside_the_source_clause_is_no_event() -> None:
    text = (
        "Tỷ lệ thất nghiệp ở thành phố giảm nhẹ\n\n"
        "Theo báo cáo do Cục Thống kê vừa công bố, tỷ lệ thất nghiệp của thành phố trong quý đã giảm nhẹ."
    )
    assert event_kind_and_date(text) is None


def test_an_act_in_a_clause_of_time_is_no_event() -> None:
    text = (
        "Đàn gà chết hàng loạt ở xã Tân Phong\n\n"
        "Sau khi vừa ăn cám mới, hơn 500 con gà của một hộ dân ở xã Tân Phong lăn ra chết trong buổi chiều."
    )
    assert event_kind_and_date(text) is None


def test_a_vua_of_time_later_in_the_sentence_leaves_the_act() -> None:
    text = (
        "Thêm 200 tỷ đồng cho các tỉnh bị bão\n\n"
        "Bộ Tài chính vừa cấp 200 tỷ đồng cho bốn tỉnh ven biển để khắc phục thiệt hại của cơn bão vừa qua."
    )
    assert event_kind_and_date(text) == ("other", None)


def test_a_thi_of_a_later_clause_leaves_the_act() -> None:
    text = (
        "Thêm trạm bơm nước ở huyện Hòa Bình\n\n"
        "Công ty cấp nước tỉnh vừa lắp thêm hai trạm bơm, nếu đủ nguồn thì sẽ cấp nước cho ba xã lân cận."
    )
    assert event_kind_and_date(text) == ("other", None)


def test_an_act_in_a_relative_clause_is_no_event() -> None:
    text = (
        "Cầu mới xây đã xuống cấp\n\n"
        "Cây cầu treo mà huyện Sơn Hà vừa xây xong cuối năm trước đã bị nứt ở cả hai mố cầu."
    )
    assert event_kind_and_date(text) is None


def test_breaking_a_rule_is_no_directive() -> None:
    text = (
        "Xe khách chở quá số người quy định\n\n"
        "Một nhà xe ở huyện Đức Linh vừa vi phạm quy định về số người được chở trên mỗi chuyến xe khách."
    )
    assert event_kind_and_date(text) == ("other", None)


def test_a_source_named_without_a_comma_leaves_the_act() -> None:
    text = (
        "Cháy kho hàng ở ngoại ô thủ đô nước Đông\n\n"
        "Theo Kyodo một kho hàng lớn ở ngoại ô thủ đô vừa bốc cháy khiến hàng chục người phải sơ tán."
    )
    assert event_kind_and_date(text) == ("other", None)


def test_a_question_is_no_event() -> None:
    text = (
        "Vì sao thành phố cấm xe tải vào giờ cao điểm\n\n"
        "Vì sao thành phố vừa cấm xe tải chạy vào khu trung tâm trong giờ cao điểm?"
    )
    assert event_kind_and_date(text) is None


def test_an_act_inside_a_quotation_is_no_event() -> None:
    text = (
        "Cầu Bến Sỏi sẽ thông xe trong tháng tới\n\n"
        "“Chúng tôi vừa hoàn thành phần móng của cầu Bến Sỏi”, ông Lê Văn Hậu, giám đốc ban quản lý dự án, nói."
    )
    assert event_kind_and_date(text) is None


def test_an_opinion_just_given_is_no_event() -> None:
    text = (
        "Góp ý về quy hoạch khu đô thị mới\n\n"
        "Ông Phạm Quốc Trung vừa có ý kiến về việc điều chỉnh quy hoạch khu đô thị phía tây thành phố."
    )
    assert event_kind_and_date(text) is None


def test_a_pair_of_vua_across_clauses_tells_no_act() -> None:
    text = (
        "Nhà máy thủy điện Suối Lam\n\n"
        "Nhà máy Suối Lam là công trình lớn của tỉnh, vừa cấp điện cho lưới quốc gia, đồng thời là hồ điều tiết lũ, "
        "vừa cấp nước tưới cho hai huyện."
    )
    assert event_kind_and_date(text) is None


def test_an_act_inside_the_clause_of_the_matter_is_no_event() -> None:
    text = (
        "Xác minh nguồn gốc lô gỗ ở cảng Quy Nhơn\n\n"
        "Liên quan đến lô gỗ vừa đưa về cảng Quy Nhơn, cơ quan hải quan đang xác minh nguồn gốc của số gỗ này."
    )
    assert event_kind_and_date(text) is None


def test_an_act_just_done_is_labelled_by_its_clause() -> None:
    text = (
        "Cảnh báo giấy tờ giả mạo cơ quan thuế\n\n"
        "Tổng cục Thuế vừa phát đi thông báo về việc một số đối tượng giả danh cán bộ thuế để thu tiền doanh nghiệp."
    )
    assert event_kind_and(text, "name") == (
        "directive",
        "phát đi thông báo về việc một số đối tượng giả danh cán bộ thuế",
    )


def test_a_dated_act_is_labelled_by_its_clause() -> None:
    text = (
        "Thủ tướng Ba Lan bổ nhiệm bộ trưởng mới\n\n"
        "Thủ tướng Ba Lan ngày 14/5 đã bổ nhiệm ba bộ trưởng mới phụ trách kinh tế và quốc phòng."
    )
    assert event_kind_and(text, "name") == ("directive", "bổ nhiệm ba bộ trưởng mới phụ trách kinh tế và quốc phòng")


def test_a_verb_cut_off_alone_gives_no_label() -> None:
    text = (
        "Tàu tuần tra áp sát vùng biển tranh chấp\n\n"
        "Hai tàu tuần tra của nước láng giềng ngày 6/2 đã tiến vào sát vùng biển mà hai nước cùng tuyên bố chủ quyền."
    )
    assert event_kind_and(text, "name") == ("other", None)


def test_a_two_syllable_verb_alone_gives_no_label() -> None:
    text = (
        "Cuộc diễn tập cứu hộ trên sông Hồng\n\n"
        "Một cuộc diễn tập cứu hộ của lực lượng phòng cháy chữa cháy thành phố vừa bắt đầu."
    )
    assert event_kind_and(text, "name") == ("other", None)
