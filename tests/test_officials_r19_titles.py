"""Officials' titles, round 19: a leader's head before a foreign name without a country (`nhà lãnh đạo Kim
Jong-un`), and the counterpart written `người đồng nhiệm`."""

from __future__ import annotations

from tests.officialshelp import people_of


def test_a_leader_head_before_a_foreign_name_is_a_title() -> None:
    officials, _ = people_of("Giới phân tích cho rằng nhà lãnh đạo Kim Jong-un hiểu rằng Mỹ chỉ muốn dọa.")
    assert officials["Kim Jong-un"] == ["nhà lãnh đạo"]


def test_a_leader_head_before_a_body_gives_no_official() -> None:
    officials, _ = people_of("Lãnh đạo Tập đoàn Vingroup phát biểu. Lãnh đạo Bộ Ngoại giao cũng tuyên bố.")
    assert officials == {}


def test_a_counterpart_written_dong_nhiem_is_a_title() -> None:
    officials, _ = people_of("Bộ trưởng Quốc phòng Đức Klaus Berger đã gặp người đồng nhiệm Áo Martin Haller hôm qua.")
    assert officials["Martin Haller"] == ["người đồng nhiệm Áo"]


def test_a_counterpart_written_dong_nhiem_gives_way_to_an_own_post() -> None:
    officials, _ = people_of(
        "Bộ trưởng Quốc phòng Đức Klaus Berger đã gặp người đồng nhiệm Áo Martin Haller. "
        "Ông Martin Haller, Bộ trưởng Quốc phòng Áo, cho biết hai bên nhất trí."
    )
    assert officials["Martin Haller"] == ["Bộ trưởng Quốc phòng Áo"]
