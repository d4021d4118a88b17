"""Round 33 (r33-e4): who is the subject of a speech cue.

A speech opening that a page glues to a photo caption before it: a caption printed without its full stop runs
into the next sentence (`… lãnh đạo huyện trồng cây Phát biểu tại buổi lễ, Chủ tịch A …`), the sentence's
`Phát biểu …,` frame inside, its capital right after a word. Its speaker, named after the comma that closes the
frame, spoke at the event, as at the start of a sentence.

A leader's name that qualifies an administration (`chính quyền Tổng thống A`, no `của` written) is no subject of
the verb after it: the administration's members act, A is only talked about.
"""

from __future__ import annotations

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.pipeline import analyze_text

_OPENING = (
    "Huyện phát động Tết trồng cây\n\nSáng 12/2/2024, tại sân vận động huyện, UBND huyện Yên Lạc tổ chức lễ phát "
    "động Tết trồng cây Xuân Giáp Thìn. "
)


def _participants(text: str) -> list[str]:
    summary = analyze_text(text, year=2024).summary
    assert summary is not None and summary.event is not None
    return [p.name for p in summary.event.participants]


def test_a_speech_opening_glued_to_a_caption_names_its_speaker() -> None:
    text = _OPENING + (
        "Các đại biểu và lãnh đạo huyện tham gia trồng cây Phát biểu và phát động tại buổi lễ, Chủ tịch UBND "
        "huyện Trịnh Văn Lâm, nêu ý nghĩa của phong trào trồng cây.\n"
    )
    assert _participants(text) == ["Trịnh Văn Lâm"]


def test_a_capital_without_the_closing_comma_opens_no_speech_frame() -> None:
    # no comma closes a frame after the capitalised words: a title or a heading, not a glued opening
    text = _OPENING + (
        "Các đại biểu tham gia trồng cây Phát biểu của Chủ tịch UBND huyện Trịnh Văn Lâm được đăng trên trang "
        "thông tin của huyện.\n"
    )
    assert _participants(text) == []


def test_the_glued_opening_scan_grows_linearly() -> None:
    def run(n: int) -> float:
        # every capitalised cue is tried and turned down (no comma in reach): one short look each
        body = "các đại biểu trồng cây Phát biểu của huyện " * n
        text = _OPENING + "Lễ có " + body + "và Chủ tịch UBND huyện Trịnh Văn Lâm.\n"
        return best_cpu_seconds(lambda: analyze_text(text, year=2024))

    assert doubling_ratio(run, 200) < 3.0


def test_the_leader_of_an_administration_named_before_a_speech_verb_does_not_speak() -> None:
    text = (
        "Hai thủ tướng hội đàm\n\nNgày 6/2/2024, Thủ tướng Anh Carla Dorne đã hội đàm với Thủ tướng Bồ Đào Nha "
        "Rui Matos tại London. Thủ tướng Rui Matos hoan nghênh các biện pháp mới của chính quyền Tổng thống "
        "Mỹ Peter Calloway và cho rằng các nước khác nên làm theo.\n"
    )
    assert "Peter Calloway" not in _participants(text)


def test_one_who_speaks_for_the_local_government_is_its_speaker() -> None:
    # a local post after `chính quyền` names no administration: the chairman speaks
    text = _OPENING + ("Thay mặt chính quyền Chủ tịch UBND xã Lê Văn Hùng phát biểu cảm ơn các đơn vị đã hỗ trợ.\n")
    assert "Lê Văn Hùng" in _participants(text)


def test_on_behalf_of_the_government_its_leader_speaks() -> None:
    # `thay mặt` right before `chính quyền`: the leader named after it speaks for it, as its subject
    text = _OPENING + ("Thay mặt chính quyền Thủ tướng Lê Văn Hùng phát biểu cảm ơn các đơn vị đã hỗ trợ.\n")
    assert "Lê Văn Hùng" in _participants(text)
