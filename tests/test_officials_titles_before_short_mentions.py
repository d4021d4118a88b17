"""Officials' titles, round 19: the titles written right before a short mention of a person named earlier
(`Thủ tướng Netanyahu`, `đại biểu Thống`), a leader's head before a foreign name without a country (`nhà
lãnh đạo Kim Jong-un`), and the counterpart written `người đồng nhiệm`."""

from __future__ import annotations

from tests.officialshelp import people_of


def test_a_title_before_a_foreign_short_mention_is_the_persons() -> None:
    officials, _ = people_of(
        "Bộ trưởng Quốc phòng Đức Klaus Berger đã gặp người đồng cấp Áo Martin Haller. "
        "Sau cuộc gặp, Bộ trưởng Quốc phòng Áo Haller cho biết hai bên nhất trí."
    )
    assert officials["Martin Haller"] == ["Bộ trưởng Quốc phòng Áo"]


def test_a_title_before_a_vietnamese_short_mention_is_the_persons() -> None:
    officials, _ = people_of(
        "Ông Trần Văn Long, Phó Bí thư Tỉnh ủy Nam Định, dự phiên họp. Phát biểu tại hội trường, đại biểu Long nói."
    )
    assert officials["Trần Văn Long"] == ["Phó Bí thư Tỉnh ủy Nam Định", "đại biểu"]


def test_a_shorter_writing_of_a_post_held_is_not_a_second_title() -> None:
    officials, _ = people_of(
        "Thiếu tướng Trần Văn Long dự buổi lễ. Phát biểu tại buổi lễ, tướng Long nhấn mạnh yêu cầu."
    )
    assert officials["Trần Văn Long"] == ["Thiếu tướng"]


def test_a_leader_head_before_a_foreign_name_is_a_title() -> None:
    officials, _ = people_of("Theo một học giả ở Seoul, nhà lãnh đạo Ri Chol-min vốn ưa những màn phô trương.")
    assert officials["Ri Chol-min"] == ["nhà lãnh đạo"]


def test_a_supreme_chief_before_a_group_and_a_foreign_name_is_the_whole_title() -> None:
    officials, _ = people_of("Nhóm phiến quân cho biết thủ lĩnh tối cao ISK Omar al-Rashidi đã bị thương nặng.")
    assert officials["Omar al-Rashidi"] == ["thủ lĩnh tối cao ISK"]


def test_a_leader_head_before_a_body_gives_no_official() -> None:
    officials, _ = people_of("Lãnh đạo Tập đoàn Vingroup phát biểu. Lãnh đạo Bộ Ngoại giao cũng tuyên bố.")
    assert officials == {}


def test_no_title_before_the_short_mention_gives_none() -> None:
    officials, _ = people_of("Ông Trần Văn Long, Phó Bí thư Tỉnh ủy Nam Định, dự phiên họp. Ông Long nói thêm.")
    assert officials["Trần Văn Long"] == ["Phó Bí thư Tỉnh ủy Nam Định"]


def test_only_the_last_title_of_a_chain_goes_to_the_short_mention() -> None:
    officials, _ = people_of(
        "Thủ tướng Israel Avi Cohen đã gặp Tổng thống Mỹ Joe Carter. "
        "Trong chuyến thăm của Tổng thống Mỹ, Thủ tướng Israel Cohen nói thêm."
    )
    assert officials["Avi Cohen"] == ["Thủ tướng Israel"]


def test_a_family_name_two_people_share_gives_no_title() -> None:
    officials, _ = people_of(
        "Ông Robert Kane, Thượng nghị sĩ bang Ohio, cùng em gái là bà Mary Kane, Giám đốc bệnh viện Ohio, dự lễ. "
        "Con gái của Tổng thống Kane cũng có mặt."
    )
    assert officials["Robert Kane"] == ["Thượng nghị sĩ bang Ohio"]
    assert officials["Mary Kane"] == ["Giám đốc bệnh viện Ohio"]


def test_a_fathers_name_gives_no_title() -> None:
    officials, _ = people_of(
        "Thái tử Faisal bin Hamad dự lễ. Thái tử là con trai của Quốc vương Hamad, người trị vì từ năm 1999."
    )
    assert officials["Faisal bin Hamad"] == ["Thái tử"]


def test_a_counterpart_written_dong_nhiem_is_a_title() -> None:
    officials, _ = people_of("Bộ trưởng Quốc phòng Đức Klaus Berger đã gặp người đồng nhiệm Áo Martin Haller hôm qua.")
    assert officials["Martin Haller"] == ["người đồng nhiệm Áo"]


def test_a_counterpart_written_dong_nhiem_gives_way_to_an_own_post() -> None:
    officials, _ = people_of(
        "Bộ trưởng Quốc phòng Đức Klaus Berger đã gặp người đồng nhiệm Áo Martin Haller. "
        "Ông Martin Haller, Bộ trưởng Quốc phòng Áo, cho biết hai bên nhất trí."
    )
    assert officials["Martin Haller"] == ["Bộ trưởng Quốc phòng Áo"]


def test_a_leader_named_after_a_serving_post_set_off_after_its_holder() -> None:
    officials, _ = people_of(
        "Ông Peter Lang, người phát ngôn của Thủ tướng Áo Karl Berger, cho biết hai bên đã nhất trí."
    )
    assert officials["Karl Berger"] == ["Thủ tướng Áo"]
    assert officials["Peter Lang"] == ["người phát ngôn"]


def test_a_serving_post_with_its_holder_after_it_stays_whole() -> None:
    officials, _ = people_of("Đặc phái viên của Tổng thống Mỹ Steve Walker đến Moskva hôm qua.")
    assert officials["Steve Walker"] == ["Đặc phái viên của Tổng thống Mỹ"]


def test_a_fathers_name_after_a_capitalised_particle_gives_no_title() -> None:
    # `Bin` capitalised is the same particle as `bin`
    officials, _ = people_of(
        "Thái tử Faisal Bin Hamad dự lễ. Thái tử là con của Quốc vương Hamad, người trị vì từ năm 1999."
    )
    assert officials["Faisal Bin Hamad"] == ["Thái tử"]


def test_a_title_before_the_short_mention_of_a_person_called_ong_makes_an_official() -> None:
    officials, people = people_of(
        "Ông Mark Hollis đã tới Hà Nội chiều qua. Tại cuộc họp báo, Ngoại trưởng Hollis cho biết hai bên nhất trí."
    )
    assert officials["Mark Hollis"] == ["Ngoại trưởng"]
    assert "Mark Hollis" not in people


def test_a_title_before_the_family_name_of_a_person_named_as_a_relative_is_not_theirs() -> None:
    # `con gái` after her name: `Tổng thống Brandt` is her father, who shares the family name
    officials, people = people_of(
        "Bà Ivana Brandt, con gái ông chủ tập đoàn, đã tới dự buổi lễ. Tổng thống Brandt cho biết ông ủng hộ dự án."
    )
    assert "Ivana Brandt" not in officials
    assert "Ivana Brandt" in people
    officials, _ = people_of(
        "Vợ ông Lâm, bà Clara Weiss đã tới dự buổi lễ. Sau đó, Bộ trưởng Weiss phát biểu tại hội nghị."
    )
    assert "Clara Weiss" not in officials
