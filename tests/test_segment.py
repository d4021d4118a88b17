from __future__ import annotations

import pytest

from vnreport.segment.document import segment
from vnreport.segment.openers import counted_pair


def words(text: str) -> list[str]:
    return [w.text for w in segment(text).words]


@pytest.mark.parametrize(
    ("text", "token", "kind"),
    [
        (
            "Nguồn: https://laodongthudo.vn/phan-dau-hoan-thanh-178213.html",
            "https://laodongthudo.vn/phan-dau-hoan-thanh-178213.html",
            "url",
        ),
        ("Xem tại baochinhphu.vn/tin-tuc.htm nhé.", "baochinhphu.vn/tin-tuc.htm", "url"),
        ("Liên hệ: toasoan@nhandan.vn để biết thêm.", "toasoan@nhandan.vn", "email"),
        ("Thực hiện Kế hoạch số 258-KH/TU của Thành ủy.", "258-KH/TU", "document"),
        ("Theo Nghị định 100/2019/NĐ-CP của Chính phủ.", "100/2019/NĐ-CP", "document"),
        ("Quyết định 1234/QĐ-UBND của tỉnh.", "1234/QĐ-UBND", "document"),
        ("Luật số 39/2024/QH15 được thông qua.", "39/2024/QH15", "document"),
        ("Nghị quyết 15-NQ/TƯ của Bộ Chính trị.", "15-NQ/TƯ", "document"),
        ("Ngày 15/7/2024, tỉnh họp.", "15/7/2024", "date"),
        ("Ngày 15-7-2024, tỉnh họp.", "15-7-2024", "date"),
        ("Sáng 1.1.2025, tỉnh họp.", "1.1.2025", "date"),
        ("Tăng 18,2% so với cùng kỳ.", "18,2%", "percent"),
        ("Thu 343,6 nghìn tỷ đồng.", "343,6", "number"),
        ("Tổng cộng 1.234.567 đồng.", "1.234.567", "number"),
        ("Lúc 14h30 chiều nay.", "14h30", "time"),
    ],
)
def test_protected_tokens_stay_whole(text: str, token: str, kind: str) -> None:
    found = [w for w in segment(text).words if w.text == token]
    assert found, words(text)
    assert found[0].kind == kind


def test_url_is_not_split_into_sentences() -> None:
    doc = segment("Bài viết.\n\nNguồn LĐTĐ: https://laodongthudo.vn/phan-dau.html")
    assert doc.sentences[-1].text == "Nguồn LĐTĐ: https://laodongthudo.vn/phan-dau.html"


def test_every_span_slices_its_own_text(hanoi_text: str) -> None:
    doc = segment(hanoi_text)
    assert doc.paragraphs and doc.sentences and doc.words
    for paragraph in doc.paragraphs:
        for sentence in paragraph.sentences:
            assert hanoi_text[sentence.start : sentence.end] == sentence.text
            assert paragraph.start <= sentence.start <= sentence.end <= paragraph.end
            for word in sentence.words:
                assert hanoi_text[word.start : word.end] == word.text
                assert sentence.start <= word.start < word.end <= sentence.end


def test_title_byline_and_source_lines(hanoi_text: str) -> None:
    doc = segment(hanoi_text)
    assert doc.title is not None and doc.title.text.startswith("Phấn đấu hoàn thành")
    kinds = [p.kind for p in doc.paragraphs]
    assert kinds[0] == "title" and kinds[-2:] == ["byline", "source"]


def test_multi_syllable_words_and_new_style_tone_marks_kept_as_written() -> None:
    text = "Uỷ ban nhân dân tỉnh Thanh Hoá tổ chức hội nghị."
    out = words(text)
    assert "Thanh Hoá" in out  # the model sees `Hóa`, the user gets back what they wrote
    assert all(w in text for w in out)


def test_sentences_split_on_stops_but_not_abbreviations() -> None:
    doc = segment("Ông Nguyễn Văn A. cho biết. TP. Hồ Chí Minh tăng trưởng 7%. PGS.TS Lê Văn B phát biểu.")
    assert [s.text for s in doc.sentences] == [
        "Ông Nguyễn Văn A. cho biết.",
        "TP. Hồ Chí Minh tăng trưởng 7%.",
        "PGS.TS Lê Văn B phát biểu.",
    ]


def test_a_dot_after_an_abbreviation_of_a_foreign_name_ends_no_sentence() -> None:
    doc = segment("Đoàn leo núi Mt. Fuji vào mùa hè. Sau đó đoàn về nước.")
    assert [s.text for s in doc.sentences] == ["Đoàn leo núi Mt. Fuji vào mùa hè.", "Sau đó đoàn về nước."]


def test_carriage_returns_and_blank_lines() -> None:
    text = "Tiêu đề bài\r\n\r\nCâu một. Câu hai.\r\n"
    doc = segment(text)
    assert [p.kind for p in doc.paragraphs] == ["title", "body"]
    assert [s.text for s in doc.sentences] == ["Tiêu đề bài", "Câu một.", "Câu hai."]


def test_dictionary_mode_joins_known_words_and_keeps_protected_tokens() -> None:
    text = "Sở Y tế tỉnh Thanh Hoá tăng 18,2% theo Kế hoạch số 258-KH/TU."
    words = [w.text for w in segment(text, words="dictionary").words]
    assert "Y tế" in words and "Thanh Hoá" in words and "Kế hoạch" in words
    assert "18,2%" in words and "258-KH/TU" in words
    assert all(text[w.start : w.end] == w.text for w in segment(text, words="dictionary").words)


def test_document_number_at_the_end_of_a_sentence_leaves_the_stop_out() -> None:
    doc = segment("Thực hiện Kế hoạch số 258-KH/TU. Nghị định 100/2019/NĐ-CP.")
    assert [w.text for w in doc.words if w.kind == "document"] == ["258-KH/TU", "100/2019/NĐ-CP"]
    assert len(doc.sentences) == 2


def test_initials_before_a_foreign_family_name_read_by_the_shared_syllable_grammar() -> None:
    """`A.A. Glagolev`, `V.I. Lenin`: a family name no Vietnamese syllable spells goes on the sentence; the same
    grammar reads foreign names for the officials (vnreport/segment/syllables.py)."""
    from vnreport.segment.document import segment

    for name in ("V.I. Lenin", "A.A. Glagolev", "H.R. McMaster"):
        text = f"Tượng đài được dựng trên quê hương của {name} đã khánh thành. Sau đó đoàn về nước."
        doc = segment(text, words=False)
        assert len(doc.sentences) == 2, name
    doc = segment("Ông ký văn bản gửi N.V.H. Sau đó ông về nước.", words=False)
    assert len(doc.sentences) == 2  # a Vietnamese word after initials opens the next sentence


def test_a_counted_opener_pair_needs_its_second_word_in_lower_case() -> None:
    # `Quyết tâm` is counted as opening sentences; `Quyết Tâm`, capitalised through, is a name's two syllables
    tokens = segment("Hội nghị bế mạc Quyết tâm hoàn thành. Công ty Quyết Tâm nhận giải.").tokens
    at = [k for k, t in enumerate(tokens) if t.text == "Quyết"]
    assert [counted_pair(tokens, k) for k in at] == [True, False]


def test_title_sentences_are_those_of_the_title_paragraph_only() -> None:
    doc = segment("Mưa lớn ở miền núi. Nhiều nhà bị hư hại\n\nSáng nay, trời tạnh. Người dân dọn dẹp.\n")
    assert [s.text for s in doc.title_sentences()] == ["Mưa lớn ở miền núi.", "Nhiều nhà bị hư hại"]


def test_a_short_first_line_asking_a_question_is_the_title() -> None:
    doc = segment("Giá xăng sẽ tăng tiếp trong tuần tới?\nSáng nay, Bộ Công Thương điều chỉnh giá bán lẻ xăng dầu.")
    assert [p.kind for p in doc.paragraphs] == ["title", "body"]
    assert doc.title is not None and doc.title.text.endswith("tuần tới?")


def test_a_first_line_holding_a_full_stop_before_its_question_is_body() -> None:
    doc = segment(
        "Tỉnh họp về giá xăng. Giá sẽ tăng tiếp trong tuần tới?\nBộ Công Thương điều chỉnh giá bán lẻ xăng dầu."
    )
    assert [p.kind for p in doc.paragraphs] == ["body", "body"]


def test_a_first_line_ending_in_an_exclamation_stays_body() -> None:
    doc = segment("Không thể chậm trễ hơn nữa!\nSáng nay, tỉnh họp bàn về công tác phòng chống thiên tai.")
    assert doc.paragraphs[0].kind == "body"
