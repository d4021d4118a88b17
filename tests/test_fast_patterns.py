"""Patterns rewritten for speed (issue #15) find exactly what the plain patterns find: the rewrite puts a
pattern's first letter before its look-behind so that re can skip positions in C (regexes.scan_branches),
or scans the lower-case view instead of matching case-insensitively. Checked on random texts made of the
pieces the patterns care about."""

from __future__ import annotations

import random
import re

from vnreport.extract.figures import _EN_EVIDENCE, _VI_EVIDENCE
from vnreport.extract.figures.lexicon import figure_lexicon
from vnreport.segment.document import segment
from vnreport.summary import lead

_NUMBER_PIECES = ["1", "12", "123", "1234", ",", ".", " ", "5", "000", ",5", ".000", "a", "-"]


def _random_texts(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(count)]


def test_the_number_convention_evidence_matches_as_the_look_behind_first_patterns() -> None:
    en = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d+(?![\d.,])|(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d.,])")
    vi = re.compile(
        r"(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d+(?![\d.,])|(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,])"
        r"|(?<![\d.,])\d+,\d{1,2}(?![\d.,])"
    )
    for text in _random_texts(_NUMBER_PIECES, 3000, seed=15):
        assert _EN_EVIDENCE.findall(text) == en.findall(text), text
        assert _VI_EVIDENCE.findall(text) == vi.findall(text), text


def test_credits_in_the_lower_case_view_are_the_credits_of_the_text() -> None:
    pieces = ["Ảnh", "ảnh", "NGUỒN", "Nguồn", " ảnh", ":", " :", " ", "minh họa", "Minh Họa", "xẢnh", "Video", "(", ")"]
    pieces += ["chụp màn hình", "tư liệu", "clip", "Đồ họa", ".", "\n", "TTXVN", "aNguồn"]
    for text in _random_texts(pieces, 2000, seed=16):
        doc = segment(text, words=False)
        assert doc.lower_view is not None
        fast = [(m.span(), lead._is_credit(doc, m)) for m in lead._credit_scan(doc, 0, len(text))]
        plain = [(m.span(), m.group().endswith(":")) for m in lead._credit().finditer(doc.view)]
        assert fast == plain, text


def test_change_verbs_in_the_lower_case_view_are_those_of_the_text() -> None:
    lex = figure_lexicon()
    pieces = ["Tăng", "tăng", " trưởng", " ", "GIẢM", "giảm", "chiếm", " tỷ lệ", "x", "5", "%", "đạt", "Đạt", ",", "\n"]
    for text in _random_texts(pieces, 2000, seed=17):
        doc = segment(text, words=False)
        assert doc.lower_view is not None
        fast = [(m.span(), m.group(1).lower()) for m in lex.change_lower_re.finditer(doc.lower_view)]
        plain = [(m.span(), m.group(1).lower()) for m in lex.change_re.finditer(doc.view)]
        assert fast == plain, text


def test_a_text_whose_lower_case_changes_length_has_no_lower_view() -> None:
    doc = segment("İstanbul, Ảnh: AFP", words=False)
    assert doc.lower_view is None
    assert [m.group() for m in lead._credit_scan(doc, 0, len(doc.text))] == ["Ảnh:"]


def test_figure_candidates_from_two_scans_are_the_single_scans() -> None:
    from vnreport.extract.figures import _candidate_starts

    lex = figure_lexicon()
    pieces = ["Hai", "hai", "chín", "Chính", "12", "3", "x", " ", "Một", "mười", "năm", "nửa", "a1", ",", "٣", "\n"]
    for text in _random_texts(pieces, 2000, seed=18):
        doc = segment(text, words=False)
        assert list(_candidate_starts(doc, lex)) == [m.start() for m in lex.candidate_re.finditer(doc.view)], text


def test_the_match_view_is_the_plain_rewrite() -> None:
    from vnreport import text as t

    plain_candidate = re.compile(r"(?<![qQ])[oOuU][^\W\d_](?!\w)")

    def plain(s: str) -> str:
        s = s.translate(t._CHAR_VARIANTS)
        return plain_candidate.sub(t._pair_rewrite, s) if not s.isascii() else s

    pieces = ["ho", "à", "Hoà", "thuỷ", "THUỶ", "quý", "qu", "ỳ", "o", "é", "Khoẻ", "u", "ý", "a", " ", "\t", "\u00a0"]
    pieces += ["\u2013", "Ð", "x", "\n", "uy", "oa", "Ỵ", "ỹ", "1"]
    for s in _random_texts(pieces, 3000, seed=19):
        assert t.match_view(s) == plain(s), s


def test_periods_in_the_lower_case_text_are_those_of_the_text() -> None:
    from vnreport.extract.dates.lexicon import patterns

    p = patterns()
    pieces = [
        "Nhiệm kỳ",
        "nhiệm kỳ",
        " ",
        "2020",
        "-",
        "2025",
        "năm",
        " học",
        "Giai đoạn",
        "xnhiệm kỳ",
        "25",
        "đến",
        "/",
    ]
    for text in _random_texts(pieces, 2000, seed=20):
        fast = [
            (m.span(), m.group("kw").lower(), m.group("y"), m.group("y2"))
            for m in p.period_lower.finditer(text.lower())
        ]
        plain = [(m.span(), m.group("kw").lower(), m.group("y"), m.group("y2")) for m in p.period.finditer(text)]
        assert fast == plain, text
    bare = re.compile(
        r"(?<![\w/.,-])(?P<y>(?:1[89]|2[01])\d\d)[^\S\n]*-[^\S\n]*(?P<y2>(?:1[89]|2[01])\d\d)(?![\w/])(?![.,]\d)"
    )
    for text in _random_texts(["2016", "-", " - ", "2017", "1999", "x", "/", ".", "12"], 2000, seed=21):
        assert [m.groups() for m in p.bare_range.finditer(text)] == [m.groups() for m in bare.finditer(text)], text
