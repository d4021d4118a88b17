"""Round 35 (r35-e6): a deputy's view in a debate is a speaker's cue (`summary_people.tsv`): `ĐB A (tỉnh X) nhìn
nhận …`, `Phó Chủ nhiệm B băn khoăn: …` — the deputies who voice them in the sitting take part in it."""

from __future__ import annotations

from vnreport.pipeline import analyze_text

_OPENING = (
    "Quốc hội thảo luận dự án đường cao tốc\n\nSáng 12/6/2024, Quốc hội thảo luận tại hội trường về chủ trương đầu tư "
    "dự án đường cao tốc ven biển. "
)


def _participants(text: str) -> list[str]:
    summary = analyze_text(text, year=2024).summary
    assert summary is not None and summary.event is not None
    return [p.name for p in summary.event.participants]


def test_a_deputy_who_sees_it_so_took_part() -> None:
    text = _OPENING + "Đại biểu Hoàng Văn Sáng (Yên Bái) nhìn nhận tiến độ giải phóng mặt bằng còn chậm.\n"
    assert "Hoàng Văn Sáng" in _participants(text)


def test_a_member_who_worries_took_part() -> None:
    text = _OPENING + (
        "Phó Chủ nhiệm Ủy ban Kinh tế Lương Thị Hoa băn khoăn: nguồn vốn cho dự án chưa được bố trí đủ.\n"
    )
    assert "Lương Thị Hoa" in _participants(text)


def test_a_speech_verb_after_an_agent_is_the_agents() -> None:
    text = (
        "Họp công bố kết quả kiểm tra tàu cá\n\nSáng 12/6/2024, UBND tỉnh Bình Định họp công bố kết quả kiểm tra tàu "
        "cá hư hỏng. Phó Chủ tịch UBND tỉnh Trần Văn Minh chủ trì cuộc họp. Ông Lê Văn Bình, Phó giám đốc Công ty "
        "Sông Xanh nhận lỗi sau sự cố tàu do công ty đóng gặp hư hỏng dù được UBND tỉnh mời dự họp công bố kết quả.\n"
    )
    summary = analyze_text(text, year=2024).summary
    assert summary is not None and summary.event is not None
    roles = {p.name: p.roles for p in summary.event.participants}
    assert "spoke" not in roles.get("Lê Văn Bình", [])  # the province announces (`do … công bố`), not him
