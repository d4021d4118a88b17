"""Round 32 (dates, issue #14, r32-e12): a document whose content is cited with `tại` by its type word and a number
without a coded symbol (`chỉ đạo tại văn bản 567 ngày 10/5/2007`, `quy định tại Điều 6 Quyết định số 652/2001 ngày
…`) has that date as its own, as after `100/2019/NĐ-CP`: cited deep in the body it places no partial date. Without
`tại` a plain number is as often the story's own decision (`được phê duyệt bằng quyết định 655, ngày …`). Sentences
written for the tests, in the shape of the constructions."""

from __future__ import annotations

import pytest

from vnreport.extract.dates import extract_dates, find_dates
from vnreport.segment.document import segment


def _dates(text: str) -> dict[str, str]:
    doc = segment(text, words=False)
    doc.year = None
    return {m.text: m.value for m in extract_dates(doc)}


def _doc_dates(text: str) -> dict[str, bool]:
    doc = segment(text, words=False)
    return {doc.text[f.start : f.end]: f.doc_date for f in find_dates(doc) if f.explicit}


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Sở làm đúng chỉ đạo tại văn bản 412 ngày 3/9/2008 của Bộ.", "ngày 3/9/2008"),
        ("Mức lãi trái với quy định tại Điều 4 Quyết định số 318/2004 ngày 21/6/2004 về lãi suất.", "ngày 21/6/2004"),
        ("Tỉnh rà soát theo hướng dẫn tại Nghị quyết số 19/NQ - CP ngày 12-3-2015 của Chính phủ.", "ngày 12-3-2015"),
        ("Các sở báo cáo như yêu cầu tại khoản 2, Điều 5 Công văn số 77, ngày 5/1/2012.", "ngày 5/1/2012"),
    ],
)
def test_a_date_after_a_type_word_and_a_plain_number_is_the_documents(sentence: str, mention: str) -> None:
    assert _doc_dates(sentence)[mention] is True


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Đoàn làm việc trong 3 ngày 4/5/2016 đến 6/5/2016 tại tỉnh.", "ngày 4/5/2016"),
        ("Phiên họp số 12 ngày 9/8/2016 bàn về dự án.", "ngày 9/8/2016"),
        ("Đề án đã được phê duyệt bằng quyết định 318, ngày 9/5/2016.", "ngày 9/5/2016"),
        ("Tại phiên họp 12 ngày 9/8/2016, hội đồng bàn về dự án.", "ngày 9/8/2016"),
    ],
)
def test_a_number_without_a_type_word_makes_no_document_date(sentence: str, mention: str) -> None:
    assert _doc_dates(sentence).get(mention) is not True


def _filler(n: int) -> str:
    return " ".join(f"Cán bộ xã thứ {i} đã kiểm tra từng hộ dân trong khu vực ven sông." for i in range(n))


def test_an_old_regulation_cited_deep_in_the_body_places_no_partial_date() -> None:
    text = (
        "Ngân hàng trả lãi thiếu\n\n"
        "Ngày 8/3, ngân hàng thông báo sẽ hoàn trả tiền lãi cho khách hàng.\n\n"
        f"{_filler(20)}\n\n"
        "Theo cơ quan kiểm toán, cách tính lãi chưa đúng quy định tại Điều 6 Quyết định số 318/2004 ngày 21/6/2004 "
        "về phương pháp tính lãi."
    )
    assert _dates(text)["Ngày 8/3"] == "XXXX-03-08"


@pytest.mark.parametrize(
    ("sentence", "mention", "value"),
    [
        ("Ngày 11 và 12-3, xã huy động lực lượng gia cố đê.", "Ngày 11 và 12-3", "XXXX-03-11/XXXX-03-12"),
        ("Hội thi diễn ra ngày 6, 7 và 8/9/2016 tại nhà văn hóa.", "ngày 6, 7 và 8/9/2016", "2016-09-06/2016-09-08"),
    ],
)
def test_consecutive_days_joined_by_va_are_one_stretch(sentence: str, mention: str, value: str) -> None:
    assert _dates(sentence) == {mention: value}


def test_days_apart_joined_by_va_stay_two_days() -> None:
    dates = _dates("Đoàn làm việc với tỉnh ngày 8 và 15/6/2016.")
    assert dates == {"ngày 8": "2016-06-08", "15/6/2016": "2016-06-15"}


def test_an_act_on_two_consecutive_days_is_the_leads_happening_dated_by_its_first() -> None:
    from vnreport.pipeline import analyze_text

    report = analyze_text(
        "Đê vỡ, lúa ngập sâu\n\nNgày 4 và 5-3, UBND huyện đã huy động lực lượng, phương tiện để gia cố đê.",
        year=2016,
    )
    event = report.summary.event if report.summary else None
    assert event is not None and event.date == "2016-03-04"
