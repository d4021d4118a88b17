from __future__ import annotations

import pytest

from tests.reporthelp import summary_of
from vnreport.extract.figures import detect_convention, extract_figures, parse_vietnamese_number
from vnreport.report.model import Figure
from vnreport.segment.document import segment


def figures(text: str) -> list[Figure]:
    doc = segment(text, words=False)  # figures read the text and sentences, not the words
    found = extract_figures(doc)
    for f in found:
        assert doc.text[f.start : f.end] == f.text
    return found


def only(text: str) -> Figure:
    found = figures(text)
    assert len(found) == 1, [f.text for f in found]
    return found[0]


# --- parse_vietnamese_number ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("343,6 nghìn tỷ", 343_600_000_000_000),
        ("1.234", 1234),
        ("1.234.567", 1_234_567),
        ("2.025,1 nghìn tỷ", 2_025_100_000_000_000),
        ("1 tỷ 200 triệu", 1_200_000_000),
        ("2 triệu 500 nghìn", 2_500_000),
        ("250k", 250_000),
        ("5tr", 5_000_000),
        ("2,5 tỷ", 2_500_000_000),
        ("18,2", 18.2),
        ("1.5", 1.5),
        ("hai mươi mốt", 21),
        ("mười lăm", 15),
        ("một trăm linh năm", 105),
        ("hai trăm năm mươi nghìn", 250_000),
        ("ba nghìn không trăm hai mươi mốt tỷ", 3_021_000_000_000),
        ("nửa triệu", 500_000),
        ("1 tỷ rưỡi", 1_500_000_000),
    ],
)
def test_parse_vietnamese_number(written: str, value: float) -> None:
    assert parse_vietnamese_number(written) == value


def test_comma_before_three_digits_is_a_decimal_comma_in_vietnamese() -> None:
    assert parse_vietnamese_number("2,025") == 2.025


def test_english_convention_reads_comma_thousands() -> None:
    assert parse_vietnamese_number("2,025", convention="en") == 2025
    assert parse_vietnamese_number("1,234.5") == 1234.5


@pytest.mark.parametrize("written", ["", "abc", "1.1.2025", "15/7/2024", "5 5", "1.23.4"])
def test_parse_rejects_what_is_not_one_number(written: str) -> None:
    assert parse_vietnamese_number(written) is None


# --- money ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("Thu ngân sách đạt 343,6 nghìn tỷ đồng.", "343,6 nghìn tỷ đồng", 343_600_000_000_000, "VND"),
        ("Doanh thu 1.234 tỷ đồng.", "1.234 tỷ đồng", 1_234_000_000_000, "VND"),
        ("Số tiền 1.234.567 đồng.", "1.234.567 đồng", 1_234_567, "VND"),
        ("Kim ngạch đạt 2,5 tỷ USD.", "2,5 tỷ USD", 2_500_000_000, "USD"),
        ("Căn nhà giá 1 tỷ 200 triệu đồng.", "1 tỷ 200 triệu đồng", 1_200_000_000, "VND"),
        ("Vé chỉ 250k một người.", "250k", 250_000, "VND"),
        ("Lương mỗi người 5tr.", "5tr", 5_000_000, "VND"),
        ("Dự án 12 tỷ đ đã xong.", "12 tỷ đ", 12_000_000_000, "VND"),
        ("Phí 500.000 VNĐ mỗi lượt.", "500.000 VNĐ", 500_000, "VND"),
        ("Phí 500.000 VND mỗi lượt.", "500.000 VND", 500_000, "VND"),
        ("Giá 35.000đ.", "35.000đ", 35_000, "VND"),
        ("Giá 35.000 ₫.", "35.000 ₫", 35_000, "VND"),
        ("Viện trợ 3 triệu đô la Mỹ.", "3 triệu đô la Mỹ", 3_000_000, "USD"),
        ("Khoản vay 200 triệu EUR.", "200 triệu EUR", 200_000_000, "EUR"),
        ("Vốn FDI 150 triệu USD.", "150 triệu USD", 150_000_000, "USD"),
        ("Tổng chi 2.025,1 nghìn tỷ đồng.", "2.025,1 nghìn tỷ đồng", 2_025_100_000_000_000, "VND"),
        ("Tiền thưởng hai triệu đồng.", "hai triệu đồng", 2_000_000, "VND"),
    ],
)
def test_money(text: str, mention: str, value: float, unit: str) -> None:
    f = only(text)
    assert (f.text, f.value, f.unit) == (mention, value, unit)


def test_rates_keep_their_denominators() -> None:
    f = only("Thu nhập bình quân 6,5 triệu đồng/người/tháng.")
    assert (f.value, f.unit) == (6_500_000, "VND/người/tháng")


def test_scale_without_unit_is_a_figure_with_no_unit() -> None:
    f = only("Dân số thành phố khoảng 8,5 triệu.")
    assert (f.text, f.value, f.unit, f.approx) == ("8,5 triệu", 8_500_000, None, True)


# --- percentages ---------------------------------------------------------------------------------


def test_percentage() -> None:
    f = only("Tỷ lệ hộ nghèo còn 18,2%.")
    assert (f.text, f.value, f.unit) == ("18,2%", 18.2, "%")


def test_percentage_range_gives_lower_value_and_upper() -> None:
    f = only("Mục tiêu tăng trưởng GRDP là 6,5-7%.")
    assert (f.text, f.value, f.upper, f.unit, f.bound) == ("6,5-7%", 6.5, 7, "%", "lower")


def test_range_with_words() -> None:
    f = only("Mức phạt từ 5 đến 7 triệu đồng.")
    assert (f.text, f.value, f.upper, f.unit) == ("5 đến 7 triệu đồng", 5_000_000, 7_000_000, "VND")


def test_percentage_points() -> None:
    f = only("Tỷ lệ che phủ rừng là 2,3 điểm phần trăm.")
    assert (f.value, f.unit) == (2.3, "pp")


def test_trailing_tro_len_is_a_lower_bound() -> None:
    f = only("Phấn đấu tăng trưởng 8% trở lên.")
    assert (f.text, f.bound, f.approx) == ("8%", "lower", False)


# --- quantities ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("Giải quyết việc làm cho 164,1 nghìn lao động.", "164,1 nghìn lao động", 164_100, "lao động"),
        ("Trồng mới 1.500 tấn lúa giống.", "1.500 tấn", 1_500, "tấn"),
        ("Tuyến đường dài 35 km.", "35 km", 35, "km"),
        ("Nhà máy công suất 120 MW.", "120 MW", 120, "MW"),
        ("Toàn tỉnh còn 2.345 hộ nghèo.", "2.345 hộ nghèo", 2_345, "hộ nghèo"),
        ("Thành lập mới 350 doanh nghiệp.", "350 doanh nghiệp", 350, "doanh nghiệp"),
        ("Thu hút 12 dự án.", "12 dự án", 12, "dự án"),
        ("Kết nạp 86 đảng viên.", "86 đảng viên", 86, "đảng viên"),
        ("Diện tích 1.200 ha rừng.", "1.200 ha", 1_200, "ha"),
        ("Sàn rộng 500 m2.", "500 m2", 500, "m2"),
        ("Đón 2 triệu lượt khách.", "2 triệu lượt khách", 2_000_000, "lượt khách"),
    ],
)
def test_quantities(text: str, mention: str, value: float, unit: str) -> None:
    f = only(text)
    assert (f.text, f.value, f.unit) == (mention, value, unit)


@pytest.mark.parametrize(
    ("text", "mention", "approx", "bound"),
    [
        ("Có hơn 1.200 người tham dự.", "1.200 người", True, "lower"),
        ("Có trên 1.200 người tham dự.", "1.200 người", True, "lower"),
        ("Trồng khoảng 500 ha rừng.", "500 ha", True, None),
        ("Đón gần 2 triệu lượt khách.", "2 triệu lượt khách", True, "upper"),
        ("Chỉ dưới 5% hộ dân.", "5%", False, "upper"),
        ("Xuất khẩu xấp xỉ 3 tỷ USD.", "3 tỷ USD", True, None),
        ("Doanh thu ước đạt 120 tỷ đồng.", "120 tỷ đồng", True, None),
        ("Doanh thu ước tính 120 tỷ đồng.", "120 tỷ đồng", True, None),
        ("Mỗi đoàn tối đa 30 người.", "30 người", False, "upper"),
        ("Mỗi lớp tối thiểu 30 học sinh.", "30 học sinh", False, "lower"),
    ],
)
def test_approximation_words_set_flags_and_stay_out_of_text(
    text: str, mention: str, approx: bool, bound: str | None
) -> None:
    f = only(text)
    assert (f.text, f.approx, f.bound) == (mention, approx, bound)


def test_hang_nghin_is_an_approximate_lower_bound() -> None:
    f = only("Thu hút hàng nghìn người dân.")
    assert (f.text, f.value, f.unit, f.approx, f.bound) == ("hàng nghìn người", 1000, "người", True, "lower")


def test_vai_tram_has_no_value() -> None:
    f = only("Chỉ vài trăm người đến.")
    assert (f.text, f.value, f.approx) == ("vài trăm người", None, True)


def test_comparative_hon_is_not_more_than() -> None:
    f = only("Mực nước cao hơn 2 m so với năm ngoái.")
    assert f.change is not None and f.change.kind == "increase"
    assert f.bound is None


# --- counted nouns outside the units table ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("Công an triệt phá 9 ổ nhóm tội phạm.", "9 ổ nhóm", 9, "ổ nhóm"),
        ("Thu giữ 2.850 viên ma túy tổng hợp.", "2.850 viên", 2_850, "viên"),
        ("Công ty phát hành thêm 30 triệu cổ phiếu cho cổ đông.", "30 triệu cổ phiếu", 30_000_000, "cổ phiếu"),
        ("Khen thưởng 32 cá nhân có thành tích.", "32 cá nhân", 32, "cá nhân"),
        ("Di dời 11.000 nhân khẩu đến nơi an toàn.", "11.000 nhân khẩu", 11_000, "nhân khẩu"),
        ("Xây 2.350 nhà Đại đoàn kết cho hộ nghèo.", "2.350 nhà", 2_350, "nhà"),
        ("Hiệp thương cử 75 vị vào Ủy ban.", "75 vị", 75, "vị"),
        ("Đại hội có đại diện 19 dân tộc trên địa bàn.", "19 dân tộc", 19, "dân tộc"),
        ("Phường sống ở 21 tổ dân phố.", "21 tổ dân phố", 21, "tổ dân phố"),
        ("Có 30 tập thể được khen thưởng.", "30 tập thể", 30, "tập thể"),  # capitalised only as sentence start
    ],
)
def test_counted_noun_outside_the_units_table(text: str, mention: str, value: float, unit: str) -> None:
    f = only(text)
    assert (f.text, f.value, f.unit) == (mention, value, unit)


def test_several_counted_nouns_in_one_sentence() -> None:
    found = figures("Phường có 42.600 dân, sống ở 21 tổ dân phố và 3 buôn.")
    assert [(f.text, f.unit) for f in found] == [
        ("42.600 dân", "dân"),
        ("21 tổ dân phố", "tổ dân phố"),
        ("3 buôn", "buôn"),
    ]


def test_counted_noun_keeps_its_spelling() -> None:
    assert only("Có 12 uỷ viên được bầu.").unit == "uỷ viên"  # the match view reads ủy; the unit is as written


def test_counted_noun_found_under_its_other_i_y_spelling() -> None:
    assert only("Quốc hội có 46 nghị sỹ phản đối.").unit == "nghị sỹ"  # the dictionary has nghị sĩ


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Tỉnh đón 1,5 triệu lượt du khách về dâng hương.", "lượt du khách"),
        ("Thành lập 5 tổ công tác đặc biệt.", "tổ công tác"),
        ("Trong số 61 chủ đầu tư, chỉ vài đơn vị giải ngân tốt.", "chủ đầu tư"),  # a verb after a classifier
        ("Trường đón 4.120 tân sinh viên.", "tân sinh viên"),
        ("Sở có 116 phó trưởng phòng.", "phó trưởng phòng"),
        ("Cảnh sát bắt 3 nghi phạm.", "nghi phạm"),
        ("Có trên 2,3 triệu lượt hộ nghèo được vay vốn.", "lượt hộ nghèo"),
    ],
)
def test_classifier_takes_the_noun_after_it(text: str, unit: str) -> None:
    assert only(text).unit == unit


def test_classifier_before_a_function_word_stays_alone() -> None:
    f = only("Hàng nghìn lượt đến tham quan.")
    assert (f.text, f.unit) == ("Hàng nghìn lượt", "lượt")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Ngân hàng trả lãi cho 7,1 triệu khách hàng.", "khách hàng"),
        ("Nhập khẩu 5.000 xe tải các loại.", "xe tải"),
    ],
)
def test_listed_unit_grows_into_the_longer_word(text: str, unit: str) -> None:
    assert only(text).unit == unit


def test_some_listed_units_stay_whole() -> None:
    f = only("Có 3 người ở cùng xã bị bắt.")  # `người ở` is a word, but not here
    assert (f.text, f.unit) == ("3 người", "người")


@pytest.mark.parametrize(
    ("text", "mention", "unit"),
    [
        (
            "Hội nghị trực tuyến tới 21 huyện, thành phố, thị xã để quán triệt.",
            "21 huyện, thành phố, thị xã",
            "huyện, thành phố, thị xã",
        ),
        (
            "Phụ nữ thành lập 126 tổ hợp tác, hợp tác xã do nữ làm chủ.",
            "126 tổ hợp tác, hợp tác xã",
            "tổ hợp tác, hợp tác xã",
        ),
        ("Toàn tỉnh còn 124 xã, phường, đặc khu.", "124 xã, phường, đặc khu", "xã, phường, đặc khu"),
    ],
)
def test_nouns_listed_after_one_number(text: str, mention: str, unit: str) -> None:
    f = only(text)
    assert (f.text, f.unit) == (mention, unit)


def test_noun_list_stops_before_a_name() -> None:
    assert only("Gồm 5 huyện, thị xã Sơn Tây và các quận.").unit == "huyện"


def test_noun_list_stops_at_another_number() -> None:
    found = figures("Bắt giữ 126 vụ, 213 đối tượng.")
    assert [(f.text, f.unit) for f in found] == [("126 vụ", "vụ"), ("213 đối tượng", "đối tượng")]


def test_range_of_counted_nouns() -> None:
    f = only("Có khoảng 5-6 thanh niên tham gia đánh nhau.")
    assert (f.text, f.value, f.upper, f.unit, f.approx) == ("5-6 thanh niên", 5, 6, "thanh niên", True)


def test_change_attaches_to_a_counted_noun() -> None:
    f = only("Trường công bố 1.250 bài báo, tăng 12% so với năm học trước.")
    assert (f.unit, f.change.text if f.change else None) == ("bài báo", "tăng 12% so với năm học trước")


def test_only_the_number_before_the_noun_counts_it() -> None:
    assert [f.text for f in figures("Sản phẩm đạt 1 trong 5 mục tiêu chính.")] == ["5 mục tiêu"]


def test_sum_before_a_mass_noun_is_not_a_count() -> None:
    f = only("Công ty có 700 tỷ vốn điều lệ.")
    assert (f.text, f.unit) == ("700 tỷ", None)


@pytest.mark.parametrize(
    "text",
    [
        "SEA Games 31 với nhiều môn thi đấu.",  # a number after a capitalised word names something
        "Tàu Biển Ngọc 20 lên bờ an toàn.",
        "Ghi nhận vào chiều 5.2 tại khu di tích.",  # a date after a part of day, and no whole number
        "Vụ việc tàu theo Nghị định 67 hư hỏng nặng.",  # a document number
        "Tối 6-7 bà Merkel gặp ông Trump.",
        "Tại Km 738+356 trái tuyến có sạt lở.",  # a kilometre post
        "Đền bù theo tỷ lệ 1 đổi 1 thì khó.",  # a verb
        "Vào cuối thế kỷ 19 đầu thế kỷ 20 ở đây.",
        "Thực hiện phương châm 5 rõ trong công tác.",  # an adjective
        "Năm 2017 đã có nhiều thay đổi.",  # an auxiliary
        "Năm 2017 diễn ra nhiều sự kiện.",  # a year
        "Anh ấy chỉ đi 1 lúc rồi về.",  # một lúc written with a digit
        "Lượng cám mất hơn 1 nửa.",
    ],
)
def test_number_before_a_word_that_is_not_a_counted_noun(text: str) -> None:
    assert figures(text) == []


def test_noun_syllable_does_not_split_a_unit_or_a_hyphenated_word() -> None:
    assert only("Xe có dung tích 6.000 cm3 trở lên.").unit == "cm3"
    assert only("Viện trợ 600 triệu ơ-rô cho dự án.").unit == "EUR"


# --- units as written ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "unit"),
    [
        ("Diện tích 96,8 km² với dân số đông.", "96,8 km²", "km²"),
        ("Diện tích sàn 500 m2 mỗi tầng.", "500 m2", "m2"),
        ("Khu đất 200 m 2 bị lấn chiếm.", "200 m 2", "m²"),  # a superscript lost in copying
        ("Khai thác 1.000 m³ cát.", "1.000 m³", "m³"),
        ("Nhiệt độ xuống 19 độ C vào sáng nay.", "19 độ C", "độ C"),
        ("Nhiệt độ xuống 19°C vào sáng nay.", "19°C", "°C"),
        ("Giá đất 198 triệu đồng/m² tại đường chính.", "198 triệu đồng/m²", "VND/m²"),
    ],
)
def test_unit_symbols_as_written(text: str, mention: str, unit: str) -> None:
    f = only(text)
    assert (f.text, f.unit) == (mention, unit)


def test_score_with_a_decimal_is_a_figure() -> None:
    f = only("Điểm chuẩn cao nhất là 28,5 điểm.")
    assert (f.value, f.unit) == (28.5, "điểm")


# --- not figures ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 15/7/2024, Thành ủy ban hành kế hoạch.",
        "Sáng 1.1.2025, tỉnh tổ chức lễ.",
        "Thực hiện Kế hoạch số 258-KH/TU của Thành ủy.",
        "Theo Nghị định 100/2019/NĐ-CP của Chính phủ.",
        "Trong năm 2024 người dân được hỗ trợ.",
        "Đại hội lần thứ 18 của Đảng bộ.",
        "Quốc hội khóa XV họp kỳ thứ 8.",
        "Liên hệ số 0912.345.678 để biết thêm.",
        "1. Người đứng đầu chịu trách nhiệm.",
        "Kỷ niệm 70 năm Ngày Giải phóng Thủ đô.",
        "Ông năm nay 65 tuổi.",
        "Hội nghị đã họp 3 lần.",
        "Điều 5 Luật Đất đai quy định rõ.",
        "Năm 2024 tỷ lệ hộ nghèo giảm mạnh.",
        "Làm việc 8 giờ mỗi ngày.",
        "Đồng chí sinh năm 1960.",
        "Giai đoạn 2021-2025 tỉnh phát triển.",
        "Tổ 5 người dân góp tiền.",
        "Dịch COVID-19 người dân đã vượt qua.",
        "APEC 2017 đồng nghĩa với uy tín quốc tế.",
    ],
)
def test_not_figures(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Hải quân nước này điều 4 tàu khu trục tới vùng biển phía nam.", "4 tàu khu trục"),
        ("Thành phố đã điều 12 xe cứu thương đến hiện trường vụ tai nạn.", "12 xe cứu thương"),
    ],
)
def test_a_number_after_the_verb_điều_counts_what_is_sent(text: str, figure: str) -> None:
    assert only(text).text == figure


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ điều 7 của Luật Thanh niên, đoàn viên có quyền đề xuất.",  # no noun: an article's number
        "Bị cáo bị xét xử theo điều 134 bộ luật hình sự.",  # a kind of document
        "Nước này muốn kích hoạt điều 42 hiệp ước liên minh.",  # an international act (figures_article_nouns)
        "Điều 4 tàu cá phải đăng ký được quy định rõ.",  # written with a capital: the article, never the verb
    ],
)
def test_an_article_number_after_điều_stays_a_label(text: str) -> None:
    assert figures(text) == []


def test_durations_inside_figure_sentences_are_skipped() -> None:
    found = figures("Sau 5 năm, tỉnh thu hút 20 dự án.")
    assert [f.text for f in found] == ["20 dự án"]


# --- change phrases ------------------------------------------------------------------------------


def test_change_belongs_to_the_figure_before_it() -> None:
    f = only("Thu ngân sách ước thực hiện 343,6 nghìn tỷ đồng, tăng 18,2% so với cùng kỳ năm 2023.")
    assert f.value == 343_600_000_000_000
    assert f.change is not None
    assert f.change.kind == "increase"
    assert f.change.value == 18.2
    assert f.change.unit == "%"
    assert f.change.basis == "so với cùng kỳ năm 2023"
    assert f.change.text == "tăng 18,2% so với cùng kỳ năm 2023"


def test_decrease() -> None:
    f = only("Số vụ tai nạn còn 120 vụ, giảm 3,1%.")
    assert f.change is not None
    assert (f.change.kind, f.change.value, f.change.text) == ("decrease", 3.1, "giảm 3,1%")


def test_of_target() -> None:
    f = only("Giải quyết việc làm cho 164,1 nghìn lao động, đạt 99,4% kế hoạch năm.")
    assert f.change is not None
    assert (f.change.kind, f.change.value, f.change.basis) == ("of_target", 99.4, "kế hoạch năm")


def test_exceeding_the_target_is_percent_of_target() -> None:
    f = only("Thu ngân sách 500 tỷ đồng, vượt 5% kế hoạch.")
    assert f.change is not None
    assert (f.change.kind, f.change.value, f.change.text) == ("of_target", 105, "vượt 5% kế hoạch")


def test_exceeding_with_target_first() -> None:
    f = only("Thu ngân sách 500 tỷ đồng, vượt dự toán 12%.")
    assert f.change is not None
    assert (f.change.kind, f.change.value) == ("of_target", 112)


def test_ratio_keeps_the_written_percentage() -> None:
    f = only("Sản lượng đạt 1.000 tấn, bằng 102% so với cùng kỳ.")
    assert f.change is not None
    assert (f.change.kind, f.change.value, f.change.basis) == ("ratio", 102, "so với cùng kỳ")


def test_points_are_signed() -> None:
    f = only("Tỷ lệ lao động qua đào tạo đạt 70%, tăng 2,3 điểm phần trăm.")
    assert f.change is not None
    assert (f.change.kind, f.change.value, f.change.unit) == ("points", 2.3, "pp")
    g = only("Tỷ lệ hộ nghèo còn 2,1%, giảm 0,5 điểm phần trăm.")
    assert g.change is not None and g.change.value == -0.5


def test_multiple() -> None:
    f = only("Kim ngạch đạt 3 tỷ USD, gấp 1,5 lần năm trước.")
    assert f.change is not None
    assert (f.change.kind, f.change.value) == ("multiple", 1.5)


def test_multiple_in_words() -> None:
    f = only("Doanh thu đạt 40 tỷ đồng, gấp đôi so với năm 2023.")
    assert f.change is not None
    assert (f.change.kind, f.change.value, f.change.basis) == ("multiple", 2, "so với năm 2023")


def test_share() -> None:
    f = only("Vốn ngân sách 300 tỷ đồng, chiếm 45% tổng vốn đầu tư.")
    assert f.change is not None
    assert (f.change.kind, f.change.value, f.change.basis) == ("share", 45, "tổng vốn đầu tư")


def test_two_changes_on_one_figure() -> None:
    f = only("Giải quyết việc làm cho 164,1 nghìn lao động, đạt 99,4% kế hoạch năm, tăng 5,3% so với cùng kỳ.")
    assert [c.kind for c in f.changes] == ["of_target", "increase"]
    assert f.change == f.changes[0]


def test_change_in_parentheses() -> None:
    f = only("Bộ đã giao 5.197,3 tỷ đồng (bằng 10,4% kế hoạch).")
    assert f.change is not None and f.change.kind == "of_target"


def test_change_without_a_figure_before_it_is_a_figure_itself() -> None:
    f = only("Năm 2024, GDP tăng 7,09% so với năm trước.")
    assert (f.text, f.value, f.unit) == ("7,09%", 7.09, "%")
    assert f.change is not None and f.change.kind == "increase"
    assert f.measure == "GDP"


def test_change_with_an_absolute_amount() -> None:
    f = only("Dư nợ đạt 5.000 tỷ đồng, tăng 500 tỷ đồng so với đầu năm.")
    assert f.change is not None
    assert (f.change.kind, f.change.value, f.change.unit) == ("increase", 500_000_000_000, "VND")


def test_words_that_start_like_verbs_are_not_changes() -> None:
    found = figures("Tăng cường kiểm tra 50 cơ sở.")
    assert [(f.text, f.change) for f in found] == [("50 cơ sở", None)]


# --- measure -------------------------------------------------------------------------------------


def test_measure_drops_time_frame_and_verb() -> None:
    f = only(
        "8 tháng đầu năm 2024, tổng thu ngân sách Nhà nước trên địa bàn Thành phố ước thực hiện 343,6 nghìn tỷ đồng."
    )
    assert f.measure == "tổng thu ngân sách Nhà nước trên địa bàn Thành phố"


def test_measure_drops_the_subject_before_an_auxiliary() -> None:
    f = only("Thành phố cũng đã giải quyết việc làm cho 164,1 nghìn lao động.")
    assert f.measure == "giải quyết việc làm"


def test_measure_starts_at_a_total() -> None:
    f = only("Đây là dự án có tổng mức đầu tư 3.500 tỷ đồng.")
    assert f.measure == "tổng mức đầu tư"


def test_measure_keeps_the_value_word_after_a_total() -> None:
    f = only("Các hợp đồng vừa ký có tổng trị giá hơn 5 tỷ USD.")
    assert f.measure == "tổng trị giá"


def test_a_title_opening_like_a_total_is_no_measure_head() -> None:
    assert only("Đoàn công tác của Tổng cục Thống kê gồm 12 cán bộ.").measure == "Đoàn công tác của Tổng cục Thống kê"


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị có sự tham gia của 300 đại biểu.",  # the figure owns what the words name
        "Đây là một trong 5 ngôi chùa cổ nhất vùng.",  # the figure is the whole
        "Công ty đã bàn giao 800 căn hộ tại 3 quận ven đô.",  # the figure is the place
        "Thị xã là trung tâm thương mại với gần 200.000 dân.",  # the figure is the partner
    ],
)
def test_a_figure_after_a_word_that_makes_it_no_measured_thing_has_no_measure(text: str) -> None:
    assert figures(text)[-1].measure is None


def test_a_photo_credit_before_the_text_is_not_in_the_measure() -> None:
    assert only("Ảnh: Thu Hà/TTXVN Đoàn công tác gồm 15 người.").measure == "Đoàn công tác"


def test_a_bound_written_around_the_number_is_not_in_the_measure() -> None:
    assert only("Phí thẩm định hồ sơ không được vượt quá 2 triệu đồng.").measure == "Phí thẩm định hồ sơ"
    assert only("Khoản vay có tổng trị giá quá 3 tỷ USD.").measure == "tổng trị giá"


def test_the_bound_after_the_previous_figure_opens_no_measure() -> None:
    found = figures("Hộ có từ 5 người trở lên được hỗ trợ thêm 2 triệu đồng.")
    assert "trở lên" not in (found[-1].measure or "")


def test_a_total_with_nothing_after_it_is_no_measure() -> None:
    assert only("Số tiền phạt tổng là 12 tỷ đồng.").measure is None


def test_a_verb_after_a_sum_is_not_its_unit() -> None:
    found = figures("Quận chi 800 tỷ sắm thiết bị cho các trường.")
    assert [(f.text, f.unit) for f in found] == [("800 tỷ", None)]


def test_a_noun_phrase_ending_in_a_verb_is_a_measure() -> None:
    assert only("Năm nay, vốn đầu tư đạt 200 tỷ đồng.").measure == "vốn đầu tư"
    assert only("Trong quý, sản lượng khai thác đạt 3 triệu tấn.").measure == "sản lượng khai thác"


# --- documents -----------------------------------------------------------------------------------


def test_hanoi_sample(hanoi_text: str) -> None:
    found = figures(hanoi_text)
    assert [(f.text, f.value, f.unit) for f in found] == [
        ("343,6 nghìn tỷ đồng", 343_600_000_000_000, "VND"),
        ("164,1 nghìn lao động", 164_100, "lao động"),
    ]
    assert found[0].change is not None and found[0].change.text == "tăng 18,2% so với cùng kỳ năm 2023"
    assert [c.text for c in found[1].changes] == ["đạt 99,4% kế hoạch năm", "tăng 5,3% so với cùng kỳ năm 2023"]


def test_figures_are_in_text_order_with_exact_offsets() -> None:
    text = "Tỉnh có 1.200 hộ nghèo; GDP tăng 7%. Thu 500 tỷ đồng, chiếm 30% tổng thu."
    found = figures(text)
    assert [f.text for f in found] == ["1.200 hộ nghèo", "7%", "500 tỷ đồng"]
    assert [f.start for f in found] == sorted(f.start for f in found)
    assert text[found[2].start : found[2].end] == "500 tỷ đồng"


def test_offsets_survive_variant_characters() -> None:
    text = "Thu nhập 6,5\u00a0triệu đồng; tỷ lệ 6,5\u20137%."
    found = figures(text)
    assert [f.text for f in found] == ["6,5\u00a0triệu đồng", "6,5\u20137%"]


def test_english_convention_document() -> None:
    text = "Exports reached 1,234.5 triệu USD and 2,500,000 tấn; revenue 3,250 tỷ đồng."
    assert detect_convention(text) == "en"
    found = figures(text)
    assert [f.value for f in found] == [1_234_500_000, 2_500_000, 3_250_000_000_000]


def test_a_count_is_measured_by_the_noun_it_counts_read_after_it() -> None:
    # `toàn tỉnh có 37 cơ sở dạy nghề, …`: the words before name where, the noun after names what is counted
    from vnreport.pipeline import analyze_text

    text = (
        "Giáo viên thiếu nhiều\n\n"
        "Theo báo cáo, toàn tỉnh hiện có 37 cơ sở dạy nghề, đào tạo lái xe. "
        "Năm qua có 3 vụ tai nạn nghiêm trọng khiến nhiều người bị thương. "
        "Mỗi tháng cơ quan nhận 40.000 bức thư mỗi ngày gửi về."
    )
    facts = {f.text: f.measure for f in summary_of(analyze_text(text)).key_facts}
    assert facts["37 cơ sở"] == "cơ sở dạy nghề"
    assert facts["3 vụ tai nạn"] == "vụ tai nạn nghiêm trọng"
    assert facts["40.000 bức"] == "bức thư"  # `mỗi` (count_end) ends the noun


def test_a_limit_of_times_per_period_is_a_figure_and_no_count_of_officials() -> None:
    from vnreport.pipeline import analyze_text

    text = (
        "Thanh tra cơ sở không quá 1 lần/năm\n\n"
        "Sở vừa có hướng dẫn về thanh tra cơ sở. Thanh tra không quá 1 lần/năm Bộ trưởng đề nghị các sở "
        "thực hiện nghiêm. Doanh nghiệp bị kiểm tra 3 lần trong tháng."
    )
    report = analyze_text(text)
    assert [(f.text, f.unit) for f in report.figures if f.unit == "lần/năm"][:1] == [("1 lần/năm", "lần/năm")]
    assert not any(f.unit == "lần" for f in report.figures)  # bare repetitions are no figure
    assert not any("Bộ trưởng" in f.text for f in summary_of(report).key_facts)
