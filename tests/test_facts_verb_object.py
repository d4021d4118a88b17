"""Key facts: a sum of money whose words before it name nothing takes the noun phrase of the verb it is the object of
(`bị xử phạt 70 triệu đồng` → `tiền phạt`), where it was left out for want of a measure."""

from __future__ import annotations

from tests.reporthelp import key_facts_of


def test_a_sum_taken_by_a_verb_is_named_by_the_verbs_noun_phrase() -> None:
    facts = key_facts_of(
        "Bắt kế toán trường học",
        "Nữ kế toán của một trường tiểu học ở huyện miền núi đã lập khống chứng từ, chiếm đoạt 150 triệu đồng.",
    )
    fact = next(f for f in facts if f.text == "150 triệu đồng")
    assert fact.measure == "số tiền chiếm đoạt"


def test_an_approximation_between_the_verb_and_the_sum_is_passed_over() -> None:
    facts = key_facts_of(
        "Xử lý cơ sở xả thải ra sông",
        "Sau đợt kiểm tra tuần trước, một cơ sở chế biến thủy sản ven sông đã bị xử phạt gần 70 triệu đồng.",
    )
    fact = next(f for f in facts if f.text.endswith("70 triệu đồng"))
    assert fact.measure == "tiền phạt"
