"""Round 35 (r35-f3): whose a speech cue is. A `do` reads as the agent of the speech verb only in the cue's own
clause, a few words before it (`cáo buộc do công tố viên nêu ra`), not in a relative clause of the speaker's
description (`Trưởng đoàn giám sát do … thành lập, phát biểu …`) nor in `do dự`, `do đó`, `do vậy`; and a cue in a
relative or back-reference clause (`các giải pháp mà đại biểu A nêu`, `như đại biểu A nêu trên`) tells what A
said, not that A spoke (summary_people_clause_words.tsv)."""

from __future__ import annotations

import pytest

from vnreport.pipeline import analyze_text

_OPENING = (
    "Quốc hội thảo luận dự án đường cao tốc\n\nSáng 12/6/2024, Quốc hội thảo luận tại hội trường về chủ trương đầu tư "
    "dự án đường cao tốc ven biển. "
)


def _roles(text: str) -> dict[str, list[str]]:
    summary = analyze_text(_OPENING + text + "\n", year=2024).summary
    assert summary is not None and summary.event is not None
    return {p.name: list(p.roles) for p in summary.event.participants}


@pytest.mark.parametrize(
    "sentence",
    [
        "Đại biểu Trịnh Văn Lâm, Trưởng đoàn giám sát do Ủy ban Thường vụ Quốc hội thành lập, phát biểu tại phiên họp.",
        "Đại biểu Trịnh Văn Lâm, Trưởng đoàn giám sát do Chính phủ lập ra, cho biết tiến độ còn chậm.",
    ],
)
def test_a_do_of_the_speakers_own_description_keeps_the_speaker(sentence: str) -> None:
    assert "spoke" in _roles(sentence).get("Trịnh Văn Lâm", [])


def test_a_do_right_before_the_cue_is_its_agent() -> None:
    roles = _roles("Đại biểu Trịnh Văn Lâm phản bác các số liệu do cơ quan soạn thảo nêu ra trong tờ trình.")
    assert "spoke" not in roles.get("Trịnh Văn Lâm", [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Các giải pháp mà đại biểu Trịnh Văn Lâm nêu chưa khả thi.",
        "Như đại biểu Trịnh Văn Lâm (Hà Tĩnh) nêu trên, tiến độ còn chậm.",
        "Bộ trưởng Đỗ Minh Khôi tiếp thu các giải pháp mà đại biểu Trịnh Văn Lâm nêu.",
    ],
)
def test_a_cue_in_a_relative_or_back_reference_clause_is_no_speaker(sentence: str) -> None:
    assert "spoke" not in _roles(sentence).get("Trịnh Văn Lâm", [])


def test_a_deputy_who_states_a_view_still_speaks() -> None:
    roles = _roles("Đại biểu Trịnh Văn Lâm nêu: tiến độ giải phóng mặt bằng còn chậm.")
    assert "spoke" in roles.get("Trịnh Văn Lâm", [])


def test_the_clause_reads_stay_linear() -> None:
    # each cue reads a few tokens back for `do` and a few characters back for `mà`/`như`: over every token of a
    # sentence twice as long the work doubles, not quadruples
    from tests.timing import best_cpu_seconds, doubling_ratio
    from vnreport.segment.document import segment
    from vnreport.summary.people import Ref, _agent_before, _recalled

    def seconds(n: int) -> float:
        sentence = "các số liệu do cơ quan nêu ra mà đại biểu Trịnh Văn Lâm nêu như ông A đã nêu "
        doc = segment(sentence * n, words="dictionary")
        toks, view = list(doc.tokens), doc.view

        def run() -> None:
            for i, tok in enumerate(toks):
                _agent_before(toks, i, 0)
                _recalled(view, Ref(tok.start, tok.end, tok.text), {}, "đã")

        return best_cpu_seconds(run)

    assert doubling_ratio(seconds, 200) < 2.5
