"""Roles of officials (issue #12, round 35): the author of an instruction or letter reported without a signature
(`A vừa có văn bản …`, `A đã có công văn …`) has `spoke` (README, round 26), unless the sentence opens in a time told
as background (`Trước đó, …`, `Khi …`: officials_role_background.txt); `hôm` before a date stands between a person and
the verb as `ngày` does (officials_role_adverbs.txt); confidence stated as one's view (`A tin tưởng …`) is speech
(officials_role_cues.tsv)."""

from __future__ import annotations

import pytest

from tests.timing import best_cpu_seconds, doubling_ratio
from vnreport.extract.officials import extract_people
from vnreport.segment.document import segment


def roles(text: str) -> dict[str, str | None]:
    found, _ = extract_people(segment(text, words="dictionary"))
    return {o.name: o.role for o in found}


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch UBND tỉnh Trần Quốc Bảo vừa có văn bản yêu cầu các sở rà soát lại toàn bộ dự án.",
        "Ông Trần Quốc Bảo, Giám đốc Sở Xây dựng, đã có công văn gửi các quận đề nghị kiểm tra công trình.",
    ],
)
def test_the_author_of_an_unsigned_instruction_spoke(text: str) -> None:
    assert roles(text)["Trần Quốc Bảo"] == "spoke"


def test_a_signed_instruction_still_has_its_signer() -> None:
    found = roles("Chủ tịch UBND tỉnh Trần Quốc Bảo đã ký văn bản yêu cầu các sở rà soát lại toàn bộ dự án.")
    assert found["Trần Quốc Bảo"] == "signed"


@pytest.mark.parametrize(
    "text",
    [
        "Trước đó, Chủ tịch UBND tỉnh Trần Quốc Bảo đã có văn bản yêu cầu các sở rà soát lại dự án.",
        "Khi người dân gửi đơn lần hai, Chủ tịch UBND tỉnh Trần Quốc Bảo đã có văn bản yêu cầu các sở báo cáo.",
        "(Ảnh: Minh Hà) Khi người dân gửi đơn lần hai, Chủ tịch UBND tỉnh Trần Quốc Bảo đã có văn bản đề nghị báo cáo.",
        "Chủ tịch UBND tỉnh Trần Quốc Bảo không có văn bản nào gửi các sở.",
    ],
)
def test_an_instruction_told_as_background_or_denied_gives_no_role(text: str) -> None:
    assert roles(text)["Trần Quốc Bảo"] is None


def test_a_background_opening_leaves_other_verbs_of_saying_alone() -> None:
    found = roles("Khi làm việc với các sở, Chủ tịch UBND tỉnh Trần Quốc Bảo cho biết ngân sách tăng mạnh.")
    assert found["Trần Quốc Bảo"] == "spoke"


def test_hom_before_a_date_stands_between_the_speaker_and_the_verb() -> None:
    found = roles("Bộ trưởng Ngoại giao Pháp Jean Dupont hôm 12/4 tuyên bố nước này sẽ tăng viện trợ.")
    assert found["Jean Dupont"] == "spoke"


def test_confidence_stated_after_the_name_is_speech() -> None:
    found = roles("Chủ tịch Hội đồng quản trị Lê Minh Khoa tin tưởng công ty sẽ đạt mục tiêu lợi nhuận năm nay.")
    assert found["Lê Minh Khoa"] == "spoke"


def _opening_seconds(count: int) -> float:
    # one long sentence behind a bracket that never closes: the background test reads a bounded window only
    text = "(Ảnh: " + " ".join(["Minh Hà"] * count) + " Chủ tịch UBND tỉnh Trần Quốc Bảo đã có văn bản gửi các sở."
    doc = segment(text, words="dictionary")
    return best_cpu_seconds(lambda: extract_people(doc))


def test_the_background_opening_test_grows_linearly() -> None:
    assert doubling_ratio(_opening_seconds, 200) < 2.5


@pytest.mark.parametrize(
    "text",
    [
        "Sở Nội vụ đề nghị kỷ luật Chủ tịch UBND huyện Trần Quốc Bảo, UBND tỉnh đã có văn bản đồng ý.",
        "Gia đình Chủ tịch UBND huyện Trần Quốc Bảo đã có văn bản kiến nghị xem xét lại vụ việc.",
        "Chủ tịch UBND quận Trần Quốc Bảo sẽ có văn bản gửi các phường trong tuần tới.",
    ],
)
def test_a_paper_of_another_subject_or_only_announced_gives_no_spoke(text: str) -> None:
    # review r35-f4 #5, #6: a body as the subject after a comma, a possessor head before the name, a future marker
    assert roles(text)["Trần Quốc Bảo"] is None


def test_a_paper_after_a_sequence_opener_is_the_news() -> None:
    # review r35-f4 #7, decided: `Sau khi …` tells the step the paper follows, not a background time (only a
    # sentence-opening `Khi`/`Trước đó` is); its author spoke
    found = roles("Sau khi nhận đơn của người dân, Chủ tịch UBND huyện Trần Quốc Bảo đã có văn bản yêu cầu kiểm tra.")
    assert found["Trần Quốc Bảo"] == "spoke"
