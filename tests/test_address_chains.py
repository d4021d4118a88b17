"""Address chains (issue #13): `xã A, huyện B, tỉnh C` is read inside out, so every place of a chain lies in the
province its chain ends in — checked on every chain of the real dev sets, and on one construction written here."""

from __future__ import annotations

import re

import pytest

from tests.conftest import SAMPLES, needs_shared
from vnreport.gold import load_set
from vnreport.pipeline import analyze_text

_UNIT = r"(?:[xX]ã|[pP]hường|[tT]hị trấn|[hH]uyện|[qQ]uận|[tT]hị xã|[tT]hành phố|TP\.?|[tT]ỉnh)"
_NAME = r"(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*|\d+)(?: (?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*|\d+)){0,3}"
_CHAIN = re.compile(rf"{_UNIT} {_NAME}(?:, {_UNIT} {_NAME}){{1,3}}")


def _misplaced(text: str) -> list[str]:
    """Places of an address chain whose province is not the one the chain's last placed unit lies in."""
    chains = list(_CHAIN.finditer(text))
    if not chains:
        return []
    at = {m.start: loc for loc in analyze_text(text).locations for m in loc.mentions}
    wrong = []
    for chain in chains:
        links, pos = [], chain.start()
        for link in chain.group().split(", "):
            links.append((pos, link))
            pos += len(link) + 2
        last = at.get(links[-1][0])
        if last is None or last.province is None:
            continue
        for start, link in links[:-1]:
            place = at.get(start)  # None: the link is part of a longer name (`UBND xã A, huyện B`)
            if place is not None and place.province != last.province:
                wrong.append(f"{link} in {place.province}, not {last.province} ({chain.group()})")
    return wrong


def test_a_commune_before_a_district_lies_where_the_district_is_placed_elsewhere_in_the_text() -> None:
    # a district the tables do not know (renamed, merged) is placed by another address of the text; the first
    # address ends with it
    text = (
        "Ông Trần Văn Hải ở xã Thạnh Lộc Hạ, huyện Hòa Phong Tây làm nghề đánh cá đã nhiều năm. "
        "Chiều qua, UBND huyện đã tổ chức hỗ trợ các hộ ở xã Thạnh Lộc Thượng, huyện Hòa Phong Tây, tỉnh Bình Định."
    )
    places = {loc.name: loc.province for loc in analyze_text(text).locations}
    assert places["xã Thạnh Lộc Hạ"] == places["tỉnh Bình Định"] is not None


@pytest.mark.parametrize("name", ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7"])
def test_every_place_of_an_address_chain_in_the_real_dev_sets_lies_in_the_chains_province(name: str) -> None:
    needs_shared("corpus")
    wrong = [f"{a.name}: {w}" for a in load_set(SAMPLES / "real" / name) for w in _misplaced(a.text)]
    assert wrong == []


def test_a_country_written_in_one_syllable_is_a_syllable_of_a_local_units_name() -> None:
    # old communes and villages the tables do not know: `Mỹ`, `Nga`, `Pháp` are syllables of their names,
    # as in the names they do know (`xã Tân Mỹ`), not countries that end them
    for text, place in (
        ("Ông A ở xã Vĩnh Mỹ Đông, huyện Phú Tân đã nhận hỗ trợ.", "xã Vĩnh Mỹ Đông"),
        ("Anh B ở thôn Lễ Pháp, xã Tiên Dương cho biết.", "thôn Lễ Pháp"),
        ("Người dân thôn Đại Nga 1 đã được di dời.", "thôn Đại Nga 1"),
    ):
        assert place in {loc.name for loc in analyze_text(text).locations}, text
    assert {loc.name for loc in analyze_text("Đoàn đã thăm Nga, Mỹ và Pháp.").locations} == {"Nga", "Mỹ", "Pháp"}
