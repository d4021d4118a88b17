"""Integrity of every data file (as dateparser tests its language data): each table loads into its row
type, each list is non-empty without duplicates, and the values a column allows are the only ones used.
A new data file must be registered here, so that no lexicon goes unchecked."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from typing import Any, NamedTuple

import pytest

from vnreport.extract.dates.lexicon import (
    CanChiRow,
    DayCueRow,
    LawNameRow,
    MonthRow,
    PartOfDayRow,
    PeriodRow,
    TetRow,
    WeekdayRow,
    YearCueRow,
    YearPrefixRow,
)
from vnreport.extract.documents.dating import ActWordRow, AnaphorWordRow, IssuingVerbRow
from vnreport.extract.documents.lexicon import AbbrevRow, TypeCodeRow
from vnreport.extract.documents.named import LawAbbrevRow, LawTitleAbbrevRow
from vnreport.extract.documents.subjects import SubjectRow
from vnreport.extract.documents.titled import TitleAnaphorRow, TitledKindRow
from vnreport.extract.figures.lexicon import ApproxRow, ChangeRow, NotNounRow, TrimRow, UnitRow
from vnreport.extract.locations import FacilityRow, GazetteerRow
from vnreport.extract.locations import UnitRow as PlaceUnitRow
from vnreport.extract.locations.context import CountBlockerRow
from vnreport.extract.locations.lexicon import FacilityKindRow, MinedPlaceRow, VenueBodyRow
from vnreport.extract.names import MiddleNameRow, SpeltSurnameRow
from vnreport.extract.officials.abbreviations import TitleAbbrevRow
from vnreport.extract.officials.clauses import ClauseCueRow
from vnreport.extract.officials.lexicon import (
    AddressRow,
    AuthorityRow,
    CopulaTimeRow,
    ExpansionRow,
    NamedHeadRow,
    RoleCueRow,
    ThingRunRow,
    TitleQualifierRow,
    address_genders,
)
from vnreport.extract.officials.merging import SpelledRow, SynonymRow
from vnreport.extract.officials.titles import PlaceUnitWordRow, UnitHeadRow
from vnreport.extract.organizations import AbbreviationRow, HeadRow, MediaRow
from vnreport.extract.organizations.lexicon import (
    KNOWN_KINDS,
    OUTLET_USES,
    SPEC_LETTERS,
    SPEC_MARKS,
    CountryAbbreviationRow,
    HeadEventRow,
    KnownRow,
    MinedMediaRow,
    OutletKindRow,
    parse_spec,
)
from vnreport.extract.organizations.mined import MinedRow
from vnreport.extract.page import PageTailRow
from vnreport.extract.selfdoc.metadata import MetadataLabelRow
from vnreport.legacy import LegacyRow
from vnreport.lexicon import DocumentKindRow, load_list, load_rows
from vnreport.numbers import ScaleRow, VagueRow, WordRow
from vnreport.summary.people import ClauseWordRow, MeetingHeadRow, PeopleCueRow
from vnreport.summary.tokens import RolePhraseRow
from vnreport.summary.vocabulary import EventRow
from vnreport.summary.warnings import WeekdayRow as SummaryWeekdayRow

LEVELS = {"country", "province", "district", "commune", "region", "village", "facility", "other"}
ROLES = {"chaired", "attended", "spoke", "signed"}
YEAR_CUE_ROLES = {
    "within",
    "present_planned",
    "next_year",
    "next_named",
    "next_named_not",
    "plan_quarter_after",
    "plan_quarter_not_before",
    "held_event",
    "held_verb",
    "held_stop",
    "named_event",
    "school_year",
    "present_adjusted",
    "dateline",
    "since_ahead",
    "since_past",
    "record",
    "plan_next",
    "running_total",
    "told_past",
    "origin",
    "plan_before",
    "plan_after",
    "scheduled_unlisted",
    "anniversary",
    "birth",
    "decade",
    "review",
    "present",
    "present_since",
    "present_ongoing",
    "present_lead",
    "present_target",
    "biography",
    "career",
    "document_object",
    "carried_out",
    "future",
    "future_day",
    "due",
    "not_future",
    "not_anchor",
    "recalled_now",
    "cutoff",
    "target_ahead",
    "scheduled",
    "scheduled_not",
}


def _one_of(field: str, allowed: set[str]) -> Callable[[Any], bool]:
    return lambda row: getattr(row, field) in allowed


def _spec_ok(row: HeadRow) -> bool:
    return row.spec == "-" or set(row.spec) <= SPEC_LETTERS | SPEC_MARKS


def test_a_spec_letter_no_grammar_reads_is_refused() -> None:
    assert parse_spec("^DP!+").letters == "DP"
    with pytest.raises(ValueError):
        parse_spec("PX")  # a typo in orgs_heads.tsv fails when the lexicon loads, not silently


def _people_cue_ok(row: PeopleCueRow) -> bool:
    roles = ROLES - {"signed"} | ({"hosted"} if row.where == "header" else set())
    return row.role in roles and row.where in {
        "before",
        "after",
        "near",
        "before_near",
        "near_group",
        "list",
        "next",
        "opening",
        "header",
        "header_guest",
    }


def _legacy_ok(row: LegacyRow) -> bool:
    return row.marker in {"0", "1"} and len(row.letter) == 1


TABLES: dict[str, tuple[type[NamedTuple], Callable[[Any], bool] | None]] = {
    "dates_day_cues.tsv": (DayCueRow, _one_of("strength", {"strong", "weak"})),
    "dates_law_names.tsv": (LawNameRow, _one_of("kind", {"head", "stop"})),
    "dates_month_names.tsv": (MonthRow, lambda r: 1 <= int(r.month) <= 12 and r.calendar in {"solar", "lunar"}),
    "dates_parts_of_day.tsv": (PartOfDayRow, _one_of("part", {"sáng", "trưa", "chiều", "tối", "đêm"})),
    "dates_period_words.tsv": (PeriodRow, _one_of("form", {"range", "horizon", "era"})),
    "dates_weekdays.tsv": (WeekdayRow, lambda r: 1 <= int(r.weekday) <= 7),
    "dates_year_prefixes.tsv": (
        YearPrefixRow,
        lambda r: r.part in {"fuzzy", "months", "h1", "h2"} and r.alone in {"yes", "no"},
    ),
    "dates_year_cues.tsv": (YearCueRow, _one_of("role", YEAR_CUE_ROLES)),
    "dates_tet.tsv": (TetRow, lambda r: r.date.startswith(r.year)),
    "dates_can_chi.tsv": (CanChiRow, lambda r: r.part in {"stem", "branch"} and 0 <= int(r.position) < 12),
    "documents_anaphor_words.tsv": (AnaphorWordRow, _one_of("role", {"count", "this"})),
    "documents_act_words.tsv": (ActWordRow, _one_of("role", {"verb", "link", "kind", "block"})),
    "documents_issuing_verbs.tsv": (IssuingVerbRow, lambda r: r.vote in {"0", "1"} and r.self in {"0", "1"}),
    "documents_kind_abbrevs.tsv": (AbbrevRow, None),
    "documents_subjects.tsv": (
        SubjectRow,
        _one_of("role", {"verb", "verb_numbered", "adverb", "person", "opener", "head", "before"}),
    ),
    "documents_law_abbrevs.tsv": (LawAbbrevRow, lambda r: r.abbrev.isupper() and r.name.startswith("Bộ luật")),
    "documents_title_abbrevs.tsv": (LawTitleAbbrevRow, lambda r: r.abbrev.isupper() and r.words.islower()),
    "documents_kinds.tsv": (
        DocumentKindRow,
        lambda r: r.system in {"", "state", "party"} and r.standalone in {"0", "1"},
    ),
    "documents_titled_kinds.tsv": (TitledKindRow, lambda r: r.abbrev in {"0", "1"} and r.treaty in {"0", "1"}),
    "documents_title_anaphors.tsv": (TitleAnaphorRow, _one_of("where", {"any", "end"})),
    "documents_type_codes.tsv": (TypeCodeRow, _one_of("system", {"state", "party"})),
    "figures_approx.tsv": (ApproxRow, lambda r: r.where in {"before", "after"} and r.bound in {"lower", "upper", "-"}),
    "figures_change_words.tsv": (ChangeRow, None),
    "figures_measure_trim.tsv": (
        TrimRow,
        _one_of("side", {"trail", "lead", "aux", "cut", "head", "not_head", "bare", "head_tail", "whole"}),
    ),
    "figures_not_nouns.tsv": (NotNounRow, None),
    "figures_units.tsv": (UnitRow, _one_of("kind", {"money", "percent", "points", "measure", "count", "skip"})),
    "legacy_tcvn3.tsv": (LegacyRow, _legacy_ok),
    "legacy_vni.tsv": (LegacyRow, _legacy_ok),
    "names_middle.tsv": (MiddleNameRow, _one_of("strength", {"strong", "weak"})),
    "names_surnames_spelt.tsv": (SpeltSurnameRow, lambda r: r.opens == r.opens.lower() and " " not in r.opens),
    "numbers_scales.tsv": (ScaleRow, _one_of("size", {"small", "big"})),
    "numbers_vague.tsv": (VagueRow, _one_of("meaning", {"at_least", "some"})),
    "numbers_words.tsv": (WordRow, _one_of("role", {"start", "inner", "tens", "zero", "ordinal"})),
    "officials_title_expansions.tsv": (ExpansionRow, None),
    "officials_title_abbrevs.tsv": (TitleAbbrevRow, _one_of("kind", {"head", "body"})),
    "officials_clause_cues.tsv": (
        ClauseCueRow,
        lambda r: r.current in {"yes", "no", "ended", "original"} and r.who in {"subject", "object", "after"},
    ),
    "officials_copula_times.tsv": (CopulaTimeRow, _one_of("current", {"yes", "no"})),
    "names_kin_anchors.tsv": (AddressRow, lambda r: r.gender in {"m", "f", "-"} and r.kind in {"kin", "formal"}),
    "names_named_heads.tsv": (
        NamedHeadRow,  # a word of address is owned by names_kin_anchors.tsv, not listed twice
        lambda r: r.gender in {"m", "f", "-"} and r.head == r.head.lower() and r.head not in address_genders(),
    ),
    "names_thing_runs.tsv": (ThingRunRow, lambda r: 2 <= len(r.run.split()) <= 4 and r.articles.isdigit()),
    "officials_title_qualifiers.tsv": (TitleQualifierRow, _one_of("current", {"yes", "no"})),
    "officials_unit_heads.tsv": (
        UnitHeadRow,  # the unit's word is one of the head's (`đội` of `đội trưởng`), all in lower case
        lambda r: r.head == r.head.lower() and r.unit in r.head.split(),
    ),
    "officials_place_units.tsv": (
        PlaceUnitWordRow,
        lambda r: r.role in {"province", "city_short", "after_comma"} and r.phrase == r.phrase.lower(),
    ),
    "officials_title_spelled.tsv": (SpelledRow, lambda r: r.written == r.written.lower() and " " not in r.written),
    "officials_title_synonyms.tsv": (
        SynonymRow,
        lambda r: r.written == r.written.lower() and r.same == r.same.lower() and r.written != r.same,
    ),
    "officials_role_cues.tsv": (
        RoleCueRow,
        lambda r: (
            r.role in ROLES | {"none", "object", "met"} and r.where in {"before", "after", "of", "object", "paper"}
        ),
    ),
    "byline_page_tail.tsv": (PageTailRow, lambda r: r.kind in {"related", "widget"}),
    "orgs_abbreviations.tsv": (AbbreviationRow, None),
    "orgs_heads.tsv": (HeadRow, _spec_ok),
    "orgs_head_events.tsv": (HeadEventRow, lambda r: r.word.islower() and " " not in r.word),
    "orgs_known.tsv": (KnownRow, lambda r: r.kind in KNOWN_KINDS and r.full != r.name),
    "orgs_media.tsv": (MediaRow, lambda r: _spec_ok(r) and r.cue in {"-", "yes"}),
    "orgs_media_mined.tsv": (MinedMediaRow, lambda r: r.articles.isdigit() and int(r.articles) >= 2),
    "orgs_mined_names.tsv": (MinedRow, lambda r: r.articles.isdigit()),
    "orgs_country_abbreviations.tsv": (CountryAbbreviationRow, lambda r: r.abbreviation.isupper() and bool(r.country)),
    "orgs_outlet_kinds.tsv": (OutletKindRow, lambda r: r.word.islower() and set(r.uses.split(",")) <= OUTLET_USES),
    "places_facilities.tsv": (FacilityRow, _one_of("follows", {"name", "number", "either"})),
    "places_facility_kinds.tsv": (FacilityKindRow, lambda r: r.head == r.head.lower() and r.kind == r.kind.lower()),
    "places_gazetteer.tsv": (GazetteerRow, _one_of("level", LEVELS)),
    "places_foreign_mined.tsv": (
        MinedPlaceRow,
        lambda r: len(r.country) == 2 and r.country.isupper() and r.country != "VN" and r.articles.isdigit(),
    ),
    "places_units.tsv": (PlaceUnitRow, _one_of("level", LEVELS)),
    "places_count_blockers.tsv": (CountBlockerRow, _one_of("role", {"house", "time", "lot"})),
    "places_venue_bodies.tsv": (VenueBodyRow, _one_of("place", {"required", "optional"})),
    "officials_portfolio_stops.tsv": (RolePhraseRow, _one_of("role", {"clause", "time"})),
    "selfdoc_authorities.tsv": (AuthorityRow, _one_of("canonical", {"TM.", "KT.", "TL.", "TUQ.", "TTL.", "Q."})),
    "selfdoc_metadata_labels.tsv": (
        MetadataLabelRow,
        _one_of("field", {"number", "kind", "issuer", "signer", "date", "effective", "subject", "-"}),
    ),
    "summary_cues.tsv": (
        RolePhraseRow,
        lambda r: (
            r.value in {"", "lead"}
            or (r.role, r.value) in {("told_opener", "words"), ("press_at_gathering", "event")}
            or (r.role == "government_head" and r.value[:1].isupper())
        ),
    ),
    "summary_events.tsv": (EventRow, _one_of("form", {"noun", "verb"})),
    "summary_facts.tsv": (RolePhraseRow, None),
    "summary_meeting_heads.tsv": (
        MeetingHeadRow,
        lambda r: bool(r.body.strip() and r.head.strip() and r.match in {"name", "opens"}),
    ),
    "summary_people.tsv": (PeopleCueRow, _people_cue_ok),
    "summary_people_clause_words.tsv": (
        ClauseWordRow,
        _one_of("kind", {"not_agent", "relative", "recall", "recall_mark", "not_before_relative", "back"}),
    ),
    "summary_tasks.tsv": (RolePhraseRow, None),
    "summary_weekdays.tsv": (SummaryWeekdayRow, lambda r: 1 <= int(r.weekday) <= 7),
}


def _data_files(suffix: str) -> list[str]:
    folder = resources.files("vnreport").joinpath("data")
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(suffix))


def test_every_table_is_registered() -> None:
    assert set(_data_files(".tsv")) == set(TABLES)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_table_loads_into_its_row_type(name: str) -> None:
    row_type, valid = TABLES[name]
    rows = load_rows(name, row_type)
    assert rows, f"{name} is empty"
    bad = [row for row in rows if valid is not None and not valid(row)]
    assert not bad, f"{name}: rows with values the column does not allow: {bad[:3]}"


# held_event heads of dates_year_cues.tsv the summary does not read as event words. Measured (round 24) as event
# nouns over the read corpus: `festival` changed 11 events, 8 right (the 3 wrong: a part of the festival framed by
# `Trong khuôn khổ`/`Nằm trong chuỗi hoạt động Festival …` lost to it); `kỳ thi` 8, about half right (a rule, an
# inspection, a debate about the exam); `ĐHĐCĐ` 2, both right, but it lets a chair cue read management (`sáng lập
# và điều hành ngân hàng`) chair the meeting: each waits for that frame or that cue to be fixed
_HELD_ONLY_HEADS = frozenset({"đhđcđ", "festival", "kỳ thi"})


def test_held_event_heads_are_event_words_of_the_summary() -> None:
    # an event held on a day and named with its year (the date's year) is an event the summary reads too: each
    # head is an event noun of summary_events.tsv or opens one (`liên hoan` of `liên hoan phim`, `giải` of `giải
    # đấu`: alone they are a party, a prize)
    nouns = [row.phrase for row in load_rows("summary_events.tsv", EventRow) if row.form == "noun"]
    heads = {row.phrase.lower() for row in load_rows("dates_year_cues.tsv", YearCueRow) if row.role == "held_event"}
    unread = {head for head in heads if not any(noun == head or noun.startswith(head + " ") for noun in nouns)}
    assert unread == _HELD_ONLY_HEADS


@pytest.mark.parametrize("name", _data_files(".txt"))
def test_list_is_not_empty_and_has_no_duplicates(name: str) -> None:
    entries = load_list(name)
    assert entries, f"{name} is empty"
    duplicates = sorted({e for e in entries if entries.count(e) > 1})
    assert not duplicates, f"{name}: duplicated entries {duplicates[:5]}"


def test_mined_foreign_places_are_new_names_in_nfc_and_no_bare_heads() -> None:
    """The mined places add names: none is a name (or a word of one) of the hand-kept gazetteer, which
    would be read inside it (`Lanka` of `Sri Lanka`), none a unit word or facility head, none twice."""
    import unicodedata

    mined = [row.name for row in load_rows("places_foreign_mined.tsv", MinedPlaceRow)]
    assert len(mined) == len(set(mined))
    assert all(unicodedata.normalize("NFC", name) == name for name in mined)
    known_words: set[str] = set()
    for row in load_rows("places_gazetteer.tsv", GazetteerRow):
        words = row.variant.split()
        known_words.update(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    heads = {row.written.lower() for row in load_rows("places_units.tsv", PlaceUnitRow)}
    heads |= {row.head.lower() for row in load_rows("places_facilities.tsv", FacilityRow)}
    assert not [name for name in mined if name in known_words or name.lower() in heads]


def test_representative_heads_are_bound_heads_in_lower_case() -> None:
    """A representative's post (`đại diện Sở A`) is a post only with its body, so each proxy head is a bound head
    too; both lists are matched on lower-cased words, so an entry with a capital would never match."""
    proxy, bound = load_list("officials_proxy_heads.txt"), load_list("officials_bound_heads.txt")
    assert set(proxy) <= set(bound), f"proxy heads not bound: {sorted(set(proxy) - set(bound))}"
    assert not [entry for entry in proxy + bound if entry != entry.lower()]
