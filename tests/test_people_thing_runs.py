"""Round 34, people (issue #12): a capitalised run that the corpus writes only after a thing's word (`tàu`, `trường`,
`công ty`, `tại`) and never after a person's (names_thing_runs.tsv, mined by benchmarks/mine_thing_names.py) is no
person when the text places it by its shape alone; after `ông`, `bà` it stays a person."""

from __future__ import annotations

from vnreport.extract.officials import extract_people
from vnreport.extract.officials.lexicon import ThingRunRow, thing_runs
from vnreport.lexicon import load_rows
from vnreport.segment.document import segment


def people(text: str) -> list[str]:
    return [p.name for p in extract_people(segment(text))[1]]


def test_a_ship_named_by_its_shape_is_no_one() -> None:
    text = "Theo kế hoạch, các nhóm tàu Ronald Reagan và Carl Vinson đã tham gia cuộc tập trận ở vùng biển phía tây."
    assert "Carl Vinson" not in people(text)


def test_the_same_run_after_ong_stays_a_person() -> None:
    assert people("Ông Carl Vinson cho biết dự án sẽ hoàn thành vào cuối năm.") == ["Carl Vinson"]


def test_the_mined_runs_are_names_of_two_to_four_words() -> None:
    rows = load_rows("names_thing_runs.tsv", ThingRunRow)
    assert rows and all(2 <= len(row.run.split()) <= 4 and int(row.articles) >= 2 for row in rows)
    assert "carl vinson" in thing_runs()


def test_comrades_listed_after_a_colon_stay_people_though_streets_bear_their_names() -> None:
    text = "Chi bộ đầu tiên có các đồng chí: Lê Văn Lương, Mai Chí Thọ, Trần Văn Hạnh."
    assert people(text) == ["Lê Văn Lương", "Mai Chí Thọ", "Trần Văn Hạnh"]


def test_a_list_of_comrades_keeps_names_that_schools_and_streets_bear() -> None:
    text = "Đoàn gồm: Lê Văn Lương, Đồng Văn Cống, Trần Văn Hạnh."
    assert people(text) == ["Lê Văn Lương", "Đồng Văn Cống", "Trần Văn Hạnh"]


def test_no_vietnamese_shaped_name_is_listed_as_a_thing() -> None:
    listed = thing_runs()
    for name in ("Đồng Văn Cống", "Phó Đức Chính", "Tố Hữu", "Hàm Nghi", "Hùng Vương", "Hai Bà Trưng"):
        assert name.lower() not in listed, name


def test_every_listed_run_has_a_foreign_shaped_word_and_no_date_word() -> None:
    from vnreport.segment.syllables import has_foreign_shape

    rows = load_rows("names_thing_runs.tsv", ThingRunRow)
    assert all(any(has_foreign_shape(w) for w in row.run.split()) for row in rows)
    assert not [row.run for row in rows if row.run.split()[-1] in {"Ngày", "Chiều", "Sáng", "Sau"}]
