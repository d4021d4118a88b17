"""Scoring extraction against an annotated folder (`NN.txt` + `NN.gold.json`, see samples/gold/README.md).

Each entity kind is scored by precision, recall and F1, micro-averaged over the articles:
officials and other people by name, documents by normalised key, dates by value, organisations and
locations with lenient boundaries (one-to-one matching: exact first, then containment). underthesea's
own `ner` is scored the same way as a baseline (people/officials from PER, ORG, LOC).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vnreport.report.model import Report
from vnreport.text import fold, nfc

METRICS = (
    "officials",
    "official_titles",
    "official_roles",
    "people",
    "documents",
    "document_dates",
    "dates",
    "organizations",
    "locations",
    "figures",
)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.fp += n_pred - tp
        self.fn += n_gold - tp

    @property
    def precision(self) -> float:
        # A system that predicts nothing where there is something to find has no precision to speak of.
        if self.tp + self.fp == 0:
            return 0.0 if self.fn else 1.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Evaluation:
    system: str
    articles: int = 0
    scores: dict[str, Score] = field(default_factory=lambda: {m: Score() for m in METRICS})
    errors: list[dict[str, Any]] = field(default_factory=list)  # per-article misses, for --verbose

    def to_dict(self) -> dict[str, Any]:
        return {
            "system": self.system,
            "articles": self.articles,
            "scores": {k: v.to_dict() for k, v in self.scores.items()},
        }


@dataclass(frozen=True)
class GoldArticle:
    name: str
    text: str
    gold: dict[str, Any]


def load_gold(folder: Path) -> list[GoldArticle]:
    articles = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        articles.append(GoldArticle(text_path.stem, nfc(text_path.read_text(encoding="utf-8")), gold))
    return articles


# --- matching -------------------------------------------------------------------------------------


def key(text: str) -> str:
    return fold(text).lower()


def _lenient(a: str, b: str) -> bool:
    if a == b:
        return True
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return len(shorter.split()) >= 2 and f" {shorter} " in f" {longer} "


def match_variants(gold: list[list[str]], pred: list[list[str]]) -> int:
    """One-to-one matches between entities given as lists of surface forms: exact pass, then lenient."""
    gold_keys = [{key(v) for v in g} for g in gold]
    pred_keys = [{key(v) for v in p} for p in pred]
    used: set[int] = set()
    matched = 0
    for exact in (True, False):
        for gi, g in enumerate(gold_keys):
            if g is None:
                continue
            for pi, p in enumerate(pred_keys):
                if pi in used:
                    continue
                hit = bool(g & p) if exact else any(_lenient(a, b) for a in g for b in p)
                if hit:
                    used.add(pi)
                    gold_keys[gi] = None  # type: ignore[call-overload]
                    matched += 1
                    break
    return matched


def _variants(entry: str | list[str]) -> list[str]:
    return [entry] if isinstance(entry, str) else list(entry)


# --- scoring one article --------------------------------------------------------------------------


def score_article(evaluation: Evaluation, article: GoldArticle, report: Report, *, baseline: bool = False) -> None:
    from vnreport.extract.documents import reference_key

    gold, s = article.gold, evaluation.scores
    evaluation.articles += 1
    misses: dict[str, Any] = {"article": article.name}

    gold_officials = {key(o["name"]): o for o in gold.get("officials", [])}
    pred_officials = {key(o.name): o for o in report.officials}
    tp = len(gold_officials.keys() & pred_officials.keys())
    s["officials"].add(tp, len(pred_officials), len(gold_officials))
    misses["officials_missed"] = sorted(gold_officials.keys() - pred_officials.keys())
    misses["officials_spurious"] = sorted(pred_officials.keys() - gold_officials.keys())

    title_hits = title_total = 0
    missed_titles = []
    for name, official in gold_officials.items():
        predicted = [key(t.text) for t in pred_officials[name].titles] if name in pred_officials else []
        for title in official.get("titles", []):
            title_total += 1
            if any(_lenient(key(title), p) for p in predicted):
                title_hits += 1
            else:
                missed_titles.append(f"{official['name']}: {title}")
    s["official_titles"].add(title_hits, title_hits, title_total)
    with_role = [(n, o["role"]) for n, o in gold_officials.items() if o.get("role")]
    role_hits = sum(1 for n, role in with_role if n in pred_officials and pred_officials[n].role == role)
    s["official_roles"].add(role_hits, role_hits, len(with_role))
    misses["titles_missed"] = missed_titles

    gold_people = {key(p) for p in gold.get("people_other", [])}
    pred_people = {key(p.name) for p in report.people}
    s["people"].add(len(gold_people & pred_people), len(pred_people), len(gold_people))

    gold_docs = {}
    for d in gold.get("documents", []):
        doc_key = reference_key(d["mention"]) or reference_key(d.get("number") or d.get("name") or "")
        gold_docs[doc_key or f"unparsed: {d['mention']}"] = d
    pred_docs = {d.key: d for d in report.documents}
    s["documents"].add(len(gold_docs.keys() & pred_docs.keys()), len(pred_docs), len(gold_docs))
    misses["documents_missed"] = sorted(gold_docs.keys() - pred_docs.keys())
    misses["documents_spurious"] = sorted(pred_docs.keys() - gold_docs.keys())
    dated = [k for k, d in gold_docs.items() if d.get("date")]
    date_hits = sum(1 for k in dated if k in pred_docs and pred_docs[k].date == gold_docs[k]["date"])
    s["document_dates"].add(date_hits, date_hits, len(dated))

    gold_dates = {d["value"] for d in gold.get("dates", [])}
    pred_dates = {d.value for d in report.dates}
    s["dates"].add(len(gold_dates & pred_dates), len(pred_dates), len(gold_dates))
    misses["dates_missed"] = sorted(gold_dates - pred_dates)
    misses["dates_spurious"] = sorted(pred_dates - gold_dates)

    for section, attr in (("organizations", "organizations"), ("locations", "locations")):
        gold_entities = [_variants(e) for e in gold.get(section, [])]
        pred_entities = [
            [e.name, *([e.expanded] if getattr(e, "expanded", None) else []), *(m.text for m in e.mentions)]
            for e in getattr(report, attr)
        ]
        s[section].add(match_variants(gold_entities, pred_entities), len(pred_entities), len(gold_entities))

    if "figures" in gold:
        gold_figures = {(f.get("unit"), _round(f.get("value"))) for f in gold["figures"]}
        pred_figures = {(f.unit, _round(f.value)) for f in report.figures}
        s["figures"].add(len(gold_figures & pred_figures), len(pred_figures), len(gold_figures))
    evaluation.errors.append(misses)


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 6)


# --- systems ----------------------------------------------------------------------------------------


def evaluate(articles: list[GoldArticle], analyze: Callable[[GoldArticle], Report], system: str) -> Evaluation:
    evaluation = Evaluation(system)
    for article in articles:
        score_article(evaluation, article, analyze(article))
    return evaluation


def vnreport_system(use_gold_year: bool = True) -> Callable[[GoldArticle], Report]:
    from vnreport.pipeline import analyze_text

    def run(article: GoldArticle) -> Report:
        return analyze_text(article.text, source=article.name, year=article.gold.get("year") if use_gold_year else None)

    return run


def underthesea_ner_system() -> Callable[[GoldArticle], Report]:
    """underthesea's `ner` as the baseline: PER → officials (and people), ORG, LOC; it has no dates or documents."""
    from underthesea import ner

    from vnreport.pipeline import source_from_text, source_info
    from vnreport.report.model import Location, Official, Organization, Person
    from vnreport.segment.document import segment

    def run(article: GoldArticle) -> Report:
        doc = segment(article.text, words=False)
        entities: dict[str, list[str]] = {"PER": [], "ORG": [], "LOC": []}
        for sentence in doc.sentences:
            current: list[str] = []
            label = ""
            for token, _pos, _chunk, tag in [*ner(sentence.text), ("", "", "", "O")]:
                if tag.startswith("I-") and current and tag[2:] == label:
                    current.append(token)
                    continue
                if current and label in entities:
                    entities[label].append(" ".join(current))
                current, label = ([token], tag[2:]) if tag.startswith("B-") else ([], "")
        unique = {k: list(dict.fromkeys(v)) for k, v in entities.items()}
        report = Report(source=source_info(source_from_text(article.text), doc))
        report.officials = [Official(name=n) for n in unique["PER"]]
        report.people = [Person(name=n) for n in unique["PER"]]
        report.organizations = [Organization(name=n) for n in unique["ORG"]]
        report.locations = [Location(name=n) for n in unique["LOC"]]
        return report

    return run


def check_floors(evaluation: Evaluation, floors: dict[str, dict[str, float]]) -> list[str]:
    """Messages for every metric below its floor (empty when all pass)."""
    failures = []
    for metric, bounds in floors.items():
        score = evaluation.scores[metric]
        for stat, floor in bounds.items():
            value = getattr(score, stat)
            if value + 1e-9 < floor:
                failures.append(f"{metric} {stat} {value:.4f} < floor {floor:.4f}")
    return failures
