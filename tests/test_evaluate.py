"""Scoring against the gold: how a gold entry is keyed so that the tool's right answer counts as right."""

from __future__ import annotations

import msgspec

from vnreport.evaluate import evaluate, vnreport_system
from vnreport.gold import Gold, GoldArticle

TEXT = (
    "Ban Chỉ đạo gửi văn bản\n\n"
    "Ban Chỉ đạo phòng chống thiên tai đã có văn bản số 63, 64 ngày 11/7 đề nghị các tỉnh sẵn sàng ứng phó bão."
)


def _gold(documents: list[dict[str, str | None]]) -> Gold:
    return msgspec.convert({"documents": documents}, type=Gold)


def test_a_bare_number_in_a_list_is_keyed_by_the_kind_its_gold_entry_names() -> None:
    # `văn bản số 63, 64`: the second mention is the bare `64`; the gold writes its kind and number, and the
    # tool's `Văn bản 64` is the same document (not a miss and a spurious document at once)
    gold = _gold(
        [
            {"mention": "văn bản số 63", "kind": "Văn bản", "number": "63", "date": "XXXX-07-11"},
            {"mention": "64", "kind": "Văn bản", "number": "64", "date": "XXXX-07-11"},
        ]
    )
    evaluation = evaluate([GoldArticle("t", TEXT, gold, real=True)], vnreport_system(), "vnreport")
    documents = evaluation.scores["documents"]
    assert (documents.tp, documents.fp, documents.fn) == (2, 0, 0)
    assert evaluation.scores["document_dates"].recall == 1.0
