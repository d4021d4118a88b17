"""The event's place, round 37: a happening on a road, a bridge, a river or a lake is placed by `trên` before the
named surface (summary_cues.tsv `surface_place`) as by `ở`/`tại` — an incident's (`Vụ tai nạn trên cầu X`) and an
act's (`hút cát trái phép trên sông Y`); `trên` before no such word, or before one that no name follows, places
nothing. A result verb (`khiến`) ends a venue. One written sentence per construction, analysed
whole."""

from __future__ import annotations

from tests.conftest import event_kind_and


def test_an_incident_on_a_named_bridge() -> None:
    text = (
        "Vụ tai nạn trên cầu Westbridge: 5 người bị thương\n\n"
        "Tối 12/4, một chiếc xe tải đã lao vào nhóm người đi bộ. Cảnh sát đã phong tỏa khu vực."
    )
    assert event_kind_and(text, "location") == ("other", "cầu Westbridge")


def test_an_act_on_a_named_river() -> None:
    text = (
        "Nhiều tàu hút cát trái phép\n\n"
        "Sáng 12/4, nhiều tàu cuốc đã hút cát trái phép trên sông Lam, gây sạt lở bờ. "
        "Người dân đã phản ánh nhiều lần."
    )
    assert event_kind_and(text, "location") == ("other", "sông Lam")


def test_an_arrest_on_a_numbered_highway() -> None:
    text = (
        "Bắt đối tượng cướp giật\n\n"
        "Ngày 12/4, Công an tỉnh Nam Định đã bắt giữ một đối tượng cướp giật trên quốc lộ 10."
    )
    assert event_kind_and(text, "location") == ("investigation", "quốc lộ 10")


def test_tren_before_no_named_surface_places_nothing() -> None:
    text = (
        "Bắt đối tượng cướp giật\n\n"
        "Ngày 12/4, Công an tỉnh Nam Định đã bắt giữ một đối tượng cướp giật trên đường đi làm về."
    )
    assert event_kind_and(text, "location") == ("investigation", None)


def test_a_result_verb_ends_the_venue() -> None:
    text = (
        "Xe tải lao vào đám đông\n\n"
        "Tối 12/4, một chiếc xe tải đã lao vào đám đông tại Westbridge khiến 5 người bị thương."
    )
    assert event_kind_and(text, "location") == ("other", "Westbridge")


def test_a_journey_on_the_way_places_nothing() -> None:
    text = (
        "Bắt đối tượng cướp giật\n\n"
        "Ngày 12/4, Công an tỉnh Nam Định đã bắt giữ một đối tượng cướp giật trên đường trở về Hà Nội."
    )
    assert event_kind_and(text, "location") == ("investigation", None)


def test_a_road_is_cut_before_the_stretch_it_passes() -> None:
    text = (
        "Xe máy tông xe tải, hai người bị thương\n\n"
        "Tối 12/4, trên quốc lộ 10 đoạn qua xã Nghĩa Hưng đã xảy ra một vụ tai nạn giao thông. "
        "Hai người đã được đưa đi cấp cứu."
    )
    assert event_kind_and(text, "location") == ("other", "quốc lộ 10")
