"""The event's organiser, round 31: the body after `được` whose apposition stands before the organiser verb (`Hội
nghị … vừa được Công ty X, đơn vị thành viên của Tổng công ty Y tổ chức`): the first body holds the event, as
after `do`. One written text per construction, analysed whole."""

from __future__ import annotations

from tests.conftest import event_kind_and_organiser


def test_a_passive_agent_with_its_apposition_before_the_verb() -> None:
    text = (
        "Phổ biến quy định mới cho các đại lý\n\n"
        "Hội nghị phổ biến quy định mới về bán hàng cho các đại lý trên địa bàn tỉnh Hòa Lộc vừa được Công ty "
        "Điện lực Hòa Lộc, đơn vị thành viên của Tổng công ty Điện lực miền Bắc tổ chức ngày 13/4/2023."
    )
    assert event_kind_and_organiser(text) == ("conference", "Công ty Điện lực Hòa Lộc")


def test_a_passive_agent_whose_clause_closes_without_the_verb_organises_nothing() -> None:
    text = (
        "Phổ biến quy định mới cho các đại lý\n\n"
        "Hội nghị phổ biến quy định mới về bán hàng cho các đại lý trên địa bàn tỉnh Hòa Lộc vừa được Công ty "
        "Điện lực Hòa Lộc, đơn vị thành viên của Tổng công ty Điện lực miền Bắc đánh giá cao. Nhiều đại lý đã dự."
    )
    found = event_kind_and_organiser(text)
    assert found is None or found[1] != "Công ty Điện lực Hòa Lộc"


def test_a_new_clause_after_the_comma_with_its_own_subject_gives_no_organiser() -> None:
    """Review r31, finding 3: after the comma only an apposition or more bodies joined by `,`/`và` run to the verb;
    `sau đó UBND tỉnh B tổ chức` is a clause of its own, whose subject is not the body after `được`."""
    text = (
        "Hội chợ nông sản mở cửa\n\n"
        "Hội chợ nông sản vùng cao lần thứ nhất vừa được Công ty Thương mại Hòa Lộc, sau đó UBND tỉnh Hòa Lộc "
        "tổ chức ngày 13/4/2023."
    )
    found = event_kind_and_organiser(text)
    assert found is None or found[1] != "Công ty Thương mại Hòa Lộc"


def test_bodies_joined_after_the_comma_hold_the_event_with_the_first() -> None:
    text = (
        "Hội chợ nông sản mở cửa\n\n"
        "Hội chợ nông sản vùng cao lần thứ nhất vừa được Sở Công Thương tỉnh Hòa Lộc, Sở Nông nghiệp tỉnh Hòa Lộc "
        "và Hội Nông dân tỉnh Hòa Lộc tổ chức ngày 13/4/2023."
    )
    found = event_kind_and_organiser(text)
    assert found is not None and found[1] == "Sở Công Thương tỉnh Hòa Lộc"
