"""Roles of officials (issue #12, round 31, r31-e14): who attended, met or received. The welcomers an airport
welcome lists after `có` (officials_role_welcomes.txt), who meets told with `gặp` (officials_role_cues.tsv), a
reception told before its host's name (`Tiếp X, Thủ tướng A khẳng định`), and the officials a photo series of the
gathering shows. Each construction in written sentences."""

from __future__ import annotations

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.officials import extract_people
from vnreport.pipeline import analyze_text
from vnreport.segment.document import segment


def roles(text: str) -> dict[str, str | None]:
    found, _ = extract_people(segment(text, words="dictionary"))
    return {o.name: o.role for o in found}


def test_the_welcomers_an_airport_welcome_lists_after_co_attended() -> None:
    found = roles(
        "Đón Thủ tướng Lê Văn Hòa và Phu nhân tại sân bay quốc tế có Bộ trưởng Ngoại giao Đức Peter Miller, "
        "Đại sứ Đức tại Việt Nam Hans Berger; về phía Việt Nam, có Đại sứ Việt Nam Trần Thị Lan."
    )
    assert found["Peter Miller"] == "attended"
    assert found["Hans Berger"] == "attended"
    assert found["Trần Thị Lan"] == "attended"
    assert found["Lê Văn Hòa"] is None  # the guest is welcomed: the welcome gives him no role


def test_a_welcome_only_planned_gives_nothing() -> None:
    found = roles("Đón Thủ tướng Lê Văn Hòa tại sân bay sẽ có Bộ trưởng Ngoại giao Đức Peter Miller.")
    assert found["Peter Miller"] is None


def test_who_meets_told_with_gap_attended() -> None:
    found = roles("Bộ trưởng Quốc phòng Mỹ John Baker đã gặp Bộ trưởng Quốc phòng Anh Tom Walker hôm thứ Ba.")
    assert found["John Baker"] == "attended"


def test_the_boss_named_ong_chu_is_no_pronoun_for_the_last_person() -> None:
    found = roles(
        "Cuộc họp diễn ra khi vắng Tổng thống Ukraine Pavel Sidorenko. Ngày 8/7, ông chủ Điện Kremlin đã gặp mặt "
        "Tổng thống Pháp Jean Martin."
    )
    assert found["Pavel Sidorenko"] is None
    assert roles("Bộ trưởng Lê Văn Hòa đến muộn. Sau đó, ông chủ trì hội nghị.")["Lê Văn Hòa"] == "chaired"


def test_a_meeting_named_as_a_noun_after_someone_is_not_their_verb() -> None:
    found = roles("Thái tử Omar Khalid trong một cuộc gặp ở thủ đô nước láng giềng đã bị chỉ trích.")
    assert found["Omar Khalid"] is None


def test_who_has_a_meeting_with_a_counterpart_attended() -> None:
    found = roles(
        "Bên lề hội nghị, Tổng thống Nga Ivan Petrov cùng Thủ tướng Đức Karl Weber đã có cuộc gặp bàn về an ninh."
    )
    assert found["Ivan Petrov"] == "attended"
    assert found["Karl Weber"] == "attended"


def test_a_meeting_only_planned_or_a_hardship_met_gives_nothing() -> None:
    assert roles("Tổng thống Mỹ John Baker sẽ gặp Thủ tướng Anh Tom Walker vào tuần tới.")["John Baker"] is None
    assert roles("Bộ trưởng Trần Văn Nam gặp khó khăn trong việc giải ngân vốn.")["Trần Văn Nam"] is None


def test_a_reception_told_before_the_hosts_name() -> None:
    found = roles(
        "Chiều 20/6, tại Phủ Chủ tịch, tiếp Chủ tịch Thượng viện Chile Pedro Alvarez, Chủ tịch nước Lê Văn Hòa "
        "khẳng định quan hệ hai nước không ngừng phát triển."
    )
    assert found["Lê Văn Hòa"] == "chaired"
    assert found["Pedro Alvarez"] == "attended"


def test_a_reception_named_by_tiep_after_its_host_is_read_as_before() -> None:
    # `A tiếp B, C cho biết`: no opening `tiếp` before the first person; the rule leaves the sentence alone
    found = roles("Bộ trưởng Lê Văn Hòa tiếp Đại sứ Pedro Alvarez, Thứ trưởng Trần Văn Nam cho biết.")
    assert found["Lê Văn Hòa"] == "chaired"
    assert found["Trần Văn Nam"] == "spoke"


def test_a_reception_of_several_guests_told_before_the_hosts_name() -> None:
    # the host is the last mention before the first lower-case word (his verb), a comma right before him
    found = roles(
        "Chiều 20/6, tiếp Chủ tịch Thượng viện Chile Pedro Alvarez, Chủ tịch Thượng viện Peru Juan Ruiz, Chủ tịch "
        "nước Lê Văn Hòa khẳng định quan hệ hai nước không ngừng phát triển."
    )
    assert found["Lê Văn Hòa"] == "chaired"
    assert found["Pedro Alvarez"] == "attended"
    assert found["Juan Ruiz"] == "attended"


def test_a_co_after_a_delegation_lists_its_members_not_the_welcomers() -> None:
    found = roles("Đón đoàn có Bộ trưởng Ngoại giao Đức Peter Miller tại sân bay có Đại sứ Trần Thị Lan.")
    assert found["Peter Miller"] is None  # in the delegation welcomed
    assert found["Trần Thị Lan"] == "attended"


_OPENING = (
    "Kỳ họp thứ 5 Hội đồng nhân dân tỉnh khai mạc\n\nSáng 30/5/2024, Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ 5 "
    "tại Hội trường tỉnh. Chủ tịch HĐND tỉnh Hà Văn Khải chủ trì kỳ họp. "
)


def test_the_officials_a_photo_series_shows_attended() -> None:
    text = _OPENING + (
        "Trong giờ giải lao, các đại biểu gặp gỡ, trao đổi. Phó Chủ tịch UBND tỉnh Lò Thị Mai (phải) và Giám đốc "
        "Sở Tài chính Đinh Văn Sơn. Bí thư Tỉnh ủy Vi Văn Toàn.\n"
    )
    found = {o.name: o.role for o in analyze_text(text, year=2024).officials}
    assert found["Lò Thị Mai"] == "attended"
    assert found["Vi Văn Toàn"] == "attended"
    assert found["Hà Văn Khải"] == "chaired"


def _welcome_seconds(count: int) -> float:
    text = "Đón Thủ tướng Lê Văn Hòa tại sân bay có " + "Đại sứ Trần Thị Lan, " * count + "Đại sứ Peter Miller."
    return best_cpu_seconds(lambda: roles(text), 2)


def test_a_long_list_of_welcomers_is_read_in_linear_time() -> None:
    roles("Đón Thủ tướng Lê Văn Hòa tại sân bay có Đại sứ Peter Miller.")  # the models loaded
    ratio = doubling_ratio(_welcome_seconds, 200)
    assert ratio <= 2.5, round(ratio, 2)


def _reception_seconds(count: int) -> float:
    text = "Tiếp Đại sứ Peter Miller, " + "Đại sứ Trần Thị Lan, " * count + "Chủ tịch nước Lê Văn Hòa khẳng định."
    return best_cpu_seconds(lambda: roles(text), 2)


def test_a_long_reception_sentence_is_read_in_linear_time() -> None:
    roles("Tiếp Đại sứ Peter Miller, Chủ tịch nước Lê Văn Hòa khẳng định.")
    ratio = doubling_ratio(_reception_seconds, 400)
    assert ratio <= 2.5, round(ratio, 2)
