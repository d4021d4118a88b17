"""Official documents as input: a text that is itself a law, decision, plan or dispatch reports its own
identity, signer, bases, changes and structure. Every document here is written for the test, in the
layouts of Nghị định 30/2020/NĐ-CP (state) and Hướng dẫn 36-HD/VPTW (Party)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import needs_shared
from vnreport.pipeline import analyze_text
from vnreport.report.model import OfficialDocument

DECISION = """ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
SỞ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1234/QĐ-STC
Nghệ An, ngày 05 tháng 3 năm 2024
QUYẾT ĐỊNH
Về việc phê duyệt kế hoạch lựa chọn nhà thầu gói thầu số 2
GIÁM ĐỐC SỞ TÀI CHÍNH
Căn cứ Luật Đấu thầu số 22/2023/QH15;
Căn cứ Nghị định số 24/2024/NĐ-CP ngày 27 tháng 02 năm 2024 của Chính phủ;
Căn cứ Quyết định số 56/2023/QĐ-UBND ngày 10 tháng 8 năm 2023 của UBND tỉnh Nghệ An;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt kế hoạch lựa chọn nhà thầu
1. Tên gói thầu: gói thầu số 2.
2. Giá gói thầu: 1.200 triệu đồng.
Điều 2. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 88/QĐ-STC ngày 12 tháng 01 năm 2024.
Điều 3. Trách nhiệm thi hành
Chánh Văn phòng Sở và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
- UBND tỉnh (để b/c);
- Lưu: VT, KH.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
(Đã ký)
Trần Văn Bình
"""

PARTY_PLAN = """ĐẢNG BỘ TỈNH HÀ TĨNH
TỈNH ỦY
*
Số 258-KH/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Tĩnh, ngày 15 tháng 7 năm 2024
KẾ HOẠCH
thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị
Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Quán triệt sâu sắc nội dung nghị quyết.
Nơi nhận:
- Ban Bí thư (để b/c),
- Lưu Văn phòng Tỉnh ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
LÊ VĂN CHẤT
"""

LAW = """QUỐC   HỘI   -------
CỘNG   HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   Độc lập - Tự do - Hạnh phúc   ---------------
Luật   số: 99/2030/QH17
Hà   Nội, ngày 20 tháng 11 năm 2030

LUẬT
QUẢN LÝ THỬ NGHIỆM
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật Quản lý thử nghiệm.
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về quản lý thử nghiệm.
Điều 2. Giải thích từ ngữ
1. Thử nghiệm là việc làm thử.
2. Cơ sở thử nghiệm là nơi làm thử theo quy định tại khoản 1 Điều 3 của Luật này.
Điều 3. Nguyên tắc
1. Công khai.
a) Công khai kết quả;
b) Công khai quy trình.
Chương II
ĐIỀU KHOẢN THI HÀNH
Điều 4. Sửa đổi, bổ sung một số điều của các luật có liên quan
1. Sửa đổi, bổ sung khoản 2 Điều 5 của Luật Đo lường số 04/2011/QH13 như sau:
“2. Thử nghiệm được thực hiện theo quy định của Luật Quản lý thử nghiệm.”.
2. Bãi bỏ
khoản 3 Điều 10 của Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12.
Điều 5. Hiệu lực thi hành
1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2031.
2. Luật Thử nghiệm số 12/2010/QH12 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.
Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XVII, kỳ họp thứ 2
thông qua ngày 20 tháng 11 năm 2030.


CHỦ   TỊCH QUỐC HỘI



   Nguyễn Văn Quyết
"""

PIPES = """BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 4021/BTC-NSNN | Hà Nội, ngày 09 tháng 01 năm 2026 |
V/v hướng dẫn lập dự toán ngân sách năm 2027
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.
Bộ Tài chính hướng dẫn việc lập dự toán như sau.
TL. BỘ TRƯỞNG
VỤ TRƯỞNG VỤ NGÂN SÁCH NHÀ NƯỚC
Phạm Thị Hoa
"""

NEWS = """Nghệ An: khai mạc kỳ họp HĐND tỉnh
Sáng 5/3, HĐND tỉnh Nghệ An khai mạc kỳ họp thứ 20, nhiệm kỳ 2021 - 2026.
Ông Nguyễn Văn A, Chủ tịch HĐND tỉnh chủ trì kỳ họp.
"""


def document_of(text: str) -> OfficialDocument:
    document = analyze_text(text).document
    assert document is not None
    return document


def test_state_decision_with_two_issuers_and_a_deputy_signing() -> None:
    document = document_of(DECISION)
    assert (document.kind, document.number, document.key) == ("Quyết định", "1234/QĐ-STC", "1234/QĐ-STC")
    assert (document.date, document.place) == ("2024-03-05", "Nghệ An")
    assert document.issuer_levels == ["Ủy ban nhân dân tỉnh Nghệ An", "Sở Tài chính"]
    assert document.issuer == "Sở Tài chính"
    assert document.subject == "Về việc phê duyệt kế hoạch lựa chọn nhà thầu gói thầu số 2"
    signer = document.signer
    assert signer is not None
    assert (signer.name, signer.authority, signer.position) == ("Trần Văn Bình", "KT.", "Phó Giám đốc")
    assert document.recipients == ["Như Điều 3", "UBND tỉnh (để b/c)", "Lưu: VT, KH"]


def test_bases_effective_date_from_signing_and_what_it_replaces() -> None:
    document = document_of(DECISION)
    assert [link.key for link in document.bases] == ["22/2023/QH15", "24/2024/NĐ-CP", "56/2023/QĐ-UBND"]
    assert document.effective == "2024-03-05"  # `có hiệu lực kể từ ngày ký`
    assert [link.key for link in document.replaces] == ["88/QĐ-STC"]
    roles = {d.key: d.roles for d in analyze_text(DECISION).documents}
    assert roles["1234/QĐ-STC"] == ["self"]
    assert roles["24/2024/NĐ-CP"] == ["basis"]
    assert roles["88/QĐ-STC"] == ["replaces"]


def test_party_document_with_slashed_authority() -> None:
    document = document_of(PARTY_PLAN)
    assert (document.kind, document.key, document.date) == ("Kế hoạch", "258-KH/TU", "2024-07-15")
    assert document.issuer_levels == ["Đảng bộ tỉnh Hà Tĩnh", "Tỉnh ủy"]
    assert document.subject == "thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị"
    signer = document.signer
    assert signer is not None
    assert (signer.name, signer.authority, signer.organization, signer.position) == (
        "Lê Văn Chất",
        "TM.",
        "Ban Thường vụ",
        "Phó Bí thư",
    )


def test_law_identity_structure_and_changes() -> None:
    document = document_of(LAW)
    assert (document.kind, document.number, document.date, document.issuer) == (
        "Luật",
        "99/2030/QH17",
        "2030-11-20",
        "Quốc hội",
    )
    assert document.title == "Luật Quản lý thử nghiệm"
    assert document.signer is not None and document.signer.position == "Chủ tịch Quốc hội"
    assert document.effective == "2031-07-01"
    assert [link.key for link in document.amends] == ["04/2011/QH13"]
    assert sorted(link.key or "" for link in document.repeals) == ["05/2007/QH12", "12/2010/QH12"]
    assert document.articles == 5
    kinds = [(u.kind, u.number) for u in document.structure]
    assert kinds[:4] == [("chapter", "I"), ("article", "1"), ("article", "2"), ("clause", "1")]
    assert ("clause", "2") in kinds and ("point", "b") in kinds
    # the quoted clause of the amended law opens no unit of this one
    quoted = LAW.index("“2. Thử nghiệm")
    assert not any(u.start == quoted for u in document.structure)
    chapter = next(u for u in document.structure if u.kind == "chapter")
    assert chapter.heading == "NHỮNG QUY ĐỊNH CHUNG"


def test_a_reference_to_its_own_article_resolves_to_it() -> None:
    document = document_of(LAW)
    reference = next(r for r in document.references if r.text == "khoản 1 Điều 3")
    article = next(u for u in document.structure if u.kind == "article" and u.number == "3")
    assert reference.target == article.start
    assert not any("Luật Đo lường" in LAW[r.start : r.end + 20] for r in document.references)


def test_signature_and_header_give_an_official_and_no_junk_people() -> None:
    report = analyze_text(LAW)
    names = [p.name for p in report.people]
    assert not any(n.isupper() for n in names), names
    signer = next(o for o in report.officials if o.name == "Nguyễn Văn Quyết")
    assert signer.role == "signed"
    assert report.summary is not None and report.summary.event is None  # the document, not an event


def test_header_cells_joined_by_pipes_and_a_dispatch_by_order() -> None:
    document = document_of(PIPES)
    assert (document.kind, document.number, document.issuer) == ("Công văn", "4021/BTC-NSNN", "Bộ Tài chính")
    assert document.subject == "V/v hướng dẫn lập dự toán ngân sách năm 2027"
    signer = document.signer
    assert signer is not None
    assert (signer.authority, signer.name) == ("TL.", "Phạm Thị Hoa")
    assert signer.position == "Vụ trưởng Vụ Ngân sách nhà nước"


def test_a_news_article_is_no_official_document() -> None:
    assert analyze_text(NEWS).document is None


@pytest.mark.parametrize(
    "name",
    ["Luat-68-2020-QH14-cu-tru-435315.txt", "Luat-Bao-ve-suc-khoe-nhan-dan-1989-21-LCT-HDNN8-37690.txt"],
)
def test_corpus_laws_read_as_documents(name: str) -> None:
    laws = needs_shared("corpus/laws")
    text = (laws / name).read_text(encoding="utf-8")
    document = document_of(text)
    assert document.kind == "Luật" and document.issuer == "Quốc hội"
    assert document.signer is not None and document.signer.name


def test_an_official_documents_summary_is_the_document() -> None:
    report = analyze_text(LAW)
    assert report.title == "Luật Quản lý thử nghiệm"  # not its first line, `QUỐC HỘI`
    summary = report.summary
    assert summary is not None
    assert summary.event is None and summary.tasks == []
    assert summary.brief is not None
    for part in (
        "Luật Quản lý thử nghiệm",
        "số 99/2030/QH17",
        "do Quốc hội ban hành ngày 20/11/2030",
        "hiệu lực từ ngày 1/7/2031",
        "Nguyễn Văn Quyết",
    ):
        assert part in summary.brief, (part, summary.brief)
    highlighted = " ".join(h.text for h in summary.highlights)
    assert "có hiệu lực thi hành từ ngày 01 tháng 7 năm 2031" in highlighted
    assert "Luật Đo lường số 04/2011/QH13" in highlighted
    # what it changes first, then its bases; never itself, by number or by the name it enacts
    assert summary.documents == ["05/2007/QH12", "12/2010/QH12", "04/2011/QH13", "hien phap"]
    assert not any(w.kind == "repeated_paragraph" for w in summary.warnings)


def test_a_news_articles_summary_has_no_brief() -> None:
    summary = analyze_text(NEWS).summary
    assert summary is not None and summary.brief is None


def test_views_show_the_document_and_only_narrows_to_its_structure(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from vnreport.cli.main import app

    law = tmp_path / "law.txt"
    law.write_text(LAW, encoding="utf-8")
    runner = CliRunner()
    structure = json.loads(
        runner.invoke(app, ["analyze", str(law), "-f", "json", "--only", "document.structure"]).stdout
    )
    assert set(structure["document"]) == {"structure"}
    assert [u["number"] for u in structure["document"]["structure"] if u["kind"] == "article"] == list("12345")
    assert "officials" not in structure and "summary" not in structure
    markdown = runner.invoke(app, ["analyze", str(law), "-f", "markdown"]).stdout
    assert "## Official document" in markdown and "99/2030/QH17" in markdown
    assert "In brief" in markdown and "### Event" not in markdown
    table = runner.invoke(app, ["analyze", str(law), "-f", "table", "--only", "document"]).stdout
    assert "Official document" in table and "Nguyễn Văn Quyết" in table and "Structure" in table
    assert "Officials" not in table


LISTED_BASES = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 77/QĐ-UBND
Quảng Nam, ngày 9 tháng 1 năm 2025
QUYẾT ĐỊNH
Về việc giao chỉ tiêu kế hoạch năm 2025
ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số \
điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Nghị quyết số 30/2024/NQ-HĐND ngày 6 tháng 12 năm 2024 của Hội đồng nhân dân tỉnh; Nghị quyết \
số 31/2024/NQ-HĐND ngày 6 tháng 12 năm 2024 của Hội đồng nhân dân tỉnh;
Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư.
QUYẾT ĐỊNH:
Điều 1. Giao chỉ tiêu kế hoạch năm 2025 cho các sở, ngành.
Điều 2. Sửa đổi, bổ sung một số điều của Quyết định số 12/QĐ-UBND ngày 5 tháng 2 năm 2024
1. Sửa đổi khoản 2 Điều 3 như sau:
“2. Sở Tài chính chủ trì theo Nghị định số 60/2021/NĐ-CP ngày 29 tháng 6 năm 2021 của Chính phủ.”
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_documents_listed_after_one_basis_lead_are_bases_each() -> None:
    """`Căn cứ Luật A …; Luật sửa đổi … B …;`: one lead, two bases; a law named inside another's name
    (`… của Luật Tổ chức Chính phủ …`) is no basis of its own."""
    document = document_of(LISTED_BASES)
    keys = [b.key for b in document.bases]
    assert len(keys) == 4, keys
    assert keys[2:] == ["30/2024/NQ-HĐND", "31/2024/NQ-HĐND"]
    assert keys[1] is not None and keys[1].startswith("luat sua doi")


def test_what_an_amendment_quotes_after_its_colon_is_not_amended() -> None:
    """`1. Sửa đổi khoản 2 Điều 3 như sau: “… theo Nghị định số 60 …”`: the decree is cited by the new
    wording; the decision the article's heading names is the one amended."""
    document = document_of(LISTED_BASES)
    assert [a.key for a in document.amends] == ["12/QĐ-UBND"]


def test_the_law_it_enacts_and_its_header_number_are_one_entry_for_itself() -> None:
    # `Luật số: 99/2030/QH17` in the header and `Quốc hội ban hành Luật Quản lý thử nghiệm` in the enacting
    # sentence both name the text itself: one document, keyed by its number, with its name and both mentions.
    report = analyze_text(LAW)
    own = [d for d in report.documents if "self" in d.roles]
    assert len(own) == 1
    assert own[0].key == report.document.key if report.document else False
    assert own[0].name == "Luật Quản lý thử nghiệm"
    assert len(own[0].mentions) >= 2
