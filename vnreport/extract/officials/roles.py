"""An official's role in the event, from cue words around a mention (`chủ trì`, `Dự … có các đồng chí:`,
`phát biểu`, `ký`)."""

from __future__ import annotations

from vnreport.extract.officials.lexicon import role_cues
from vnreport.report.model import Role
from vnreport.segment.tokens import Token

# The single `role` is the most telling one: whoever chaired and also spoke is the chair.
ROLE_ORDER: tuple[Role, ...] = ("chaired", "signed", "spoke", "attended")


_CUE_WINDOW = 25  # tokens after a mention and its titles (up to the next person) in which a cue counts


def roles_of(toks: list[Token], first: int, last: int, next_first: int, index: int, intro: list[str]) -> list[Role]:
    """Roles from cue words: a verb right after the mention, or the sentence's opening before the first
    person (`Dự hội nghị có các đồng chí: A …; B …` makes every listed person an attendee)."""
    roles: list[Role] = []
    cues = role_cues()
    window_end = min(next_first, last + _CUE_WINDOW, len(toks))
    after = [t.text.lower() for t in toks[last:window_end]]
    for role, cue in cues["after"]:
        if _contains(after, cue):
            roles.append(role)
    if _contains(after, (":", "“")) or _contains(after, (":", '"')):
        roles.append("spoke")  # `Ông X, Trưởng buôn …, phấn khởi: “…”`: a quotation follows
    for role, cue in cues["before"]:
        # Speaking cues (`Phát biểu …, X`, `Theo bà X`) name one speaker: the first person of the sentence.
        if _contains(intro[:6], cue) and (role != "spoke" or index == 0):
            roles.append(role)
    of_phrase = [t.text.lower() for t in toks[max(0, first - 6) : first]]
    if _contains(of_phrase, ("chủ", "trì", "của")):
        roles.append("chaired")
    if _contains(of_phrase, ("tham", "dự", "của")):
        roles.append("attended")
    return roles


def _contains(words: list[str], cue: tuple[str, ...]) -> bool:
    n = len(cue)
    return any(tuple(words[k : k + n]) == cue for k in range(len(words) - n + 1))
