"""The accuracy gate: extraction on the annotated dev set must not fall below the floors in
samples/gold/floors.json (raise a floor when a change earns it; never lower one to pass)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SAMPLES
from vnreport.evaluate import check_floors, evaluate, load_gold, vnreport_system

GOLD = SAMPLES / "gold"


@pytest.fixture(scope="module")
def dev_evaluation():
    return evaluate(load_gold(GOLD), vnreport_system(), "vnreport")


def test_every_gold_string_is_verbatim_in_its_article() -> None:
    for article in load_gold(GOLD) + load_gold(SAMPLES / "heldout"):
        gold = article.gold
        strings = [o["name"] for o in gold["officials"]] + [t for o in gold["officials"] for t in o["titles"]]
        strings += gold.get("people_other", []) + [d["mention"] for d in gold["dates"]]
        strings += [d["mention"] for d in gold["documents"]]
        for entry in gold.get("organizations", []) + gold.get("locations", []):
            strings += [entry] if isinstance(entry, str) else entry
        missing = [s for s in strings if s not in article.text]
        assert not missing, f"{article.name}: {missing}"


def test_dev_set_accuracy_stays_above_the_floors(dev_evaluation) -> None:
    floors = json.loads((GOLD / "floors.json").read_text(encoding="utf-8"))
    assert check_floors(dev_evaluation, floors) == []


def test_eval_command_reports_and_gates(tmp_path) -> None:
    from typer.testing import CliRunner

    from vnreport.cli.main import app

    strict = tmp_path / "strict.json"
    strict.write_text(json.dumps({"dates": {"f1": 1.01}}), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(GOLD), "--no-baseline", "-f", "json", "--check", str(strict)])
    assert result.exit_code == 1
    assert "below floor: dates f1" in result.stderr
    scores = json.loads(result.stdout)[0]["scores"]
    assert set(scores) >= {"officials", "documents", "dates", "organizations", "locations"}
