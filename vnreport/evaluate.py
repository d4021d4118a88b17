"""Scoring extraction against annotated articles (`vnreport eval`; conventions in samples/gold/README.md).

Each entity kind is scored by precision, recall and F1, micro-averaged over the articles: officials and
other people by name, documents by normalised key, dates by value, organisations and locations with
lenient boundaries (one-to-one matching: exact first, then containment). `officials_full` counts an
official as right only when the name and every title (with its organisation) match, and no title is
invented. Dates whose year the text cannot fix are written `XXXX-…` in the gold and left out on both
sides; a year the tool guessed for such a date counts as a wrong date.

The summary is scored against `summary` gold: whether the article reports an event at all (accuracy),
the event's date, place, organiser and chair (a value where the gold has none costs precision),
participants (F1 over names), the headline figures found among the key facts (recall) and the key
facts' precision against them.

Real sets (gold naming a corpus text) are analysed without the gold year, as a user's tool would read
a bare file; written sets pass it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vnreport.extract.documents import reference_key
from vnreport.gold import Gold, GoldArticle, GoldFigure, load_set
from vnreport.report.model import (
    DateMention,
    DocumentLink,
    DocumentRef,
    Event,
    KeyFact,
    Location,
    Mention,
    Official,
    OfficialTitle,
    Organization,
    Participant,
    Person,
    Report,
    SourceInfo,
    Summary,
)
from vnreport.text import fold

ENTITY_METRICS = (
    "officials",
    "officials_full",
    "official_titles",
    "official_roles",
    "people",
    "documents",
    "document_dates",
    "dates",
    "article_year",
    "organizations",
    "locations",
    "figures",
)
SUMMARY_METRICS = (
    "event",
    "event_kind",
    "event_date",
    "event_place",
    "event_organiser",
    "event_chair",
    "participants",
    "headline_figures",
    "key_facts",
)
DOCUMENT_METRICS = (
    "doc_detected",
    "doc_kind",
    "doc_number",
    "doc_date",
    "doc_place",
    "doc_issuer",
    "doc_title",
    "doc_signer",
    "doc_effective",
    "doc_bases",
    "doc_repeals",
    "doc_amends",
    "doc_articles",
)
METRICS = ENTITY_METRICS + SUMMARY_METRICS + DOCUMENT_METRICS


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

    @property
    def empty(self) -> bool:
        return self.tp + self.fp + self.fn == 0

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
    # the article's year on real texts, by the evidence that decided it: source -> [articles, wrong]
    year_sources: dict[str, list[int]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "system": self.system,
            "articles": self.articles,
            "scores": {k: v.to_dict() for k, v in self.scores.items() if not v.empty},
        }
        if self.year_sources:
            out["year_sources"] = {k: {"articles": n, "wrong": w} for k, (n, w) in sorted(self.year_sources.items())}
        return out


# --- matching -------------------------------------------------------------------------------------


def key(text: str) -> str:
    return fold(text).lower()


def _lenient(a: str, b: str, *, min_words: int = 2) -> bool:
    if a == b:
        return True
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return len(shorter.split()) >= min_words and f" {shorter} " in f" {longer} "


def matched_predictions(gold: list[list[str]], pred: list[list[str]]) -> set[int]:
    """Indices of the predicted entities matched one to one to gold entities, both given as lists of surface
    forms: an exact pass (a shared key), then a lenient one (the shorter of two words or more inside the longer)."""
    gold_keys: list[set[str] | None] = [{key(v) for v in g} for g in gold]
    pred_keys = [{key(v) for v in p} for p in pred]
    used: set[int] = set()
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
                    gold_keys[gi] = None
                    break
    return used


def match_variants(gold: list[list[str]], pred: list[list[str]]) -> int:
    """How many entities match one to one (`matched_predictions`)."""
    return len(matched_predictions(gold, pred))


def _variants(entry: str | list[str]) -> list[str]:
    return [entry] if isinstance(entry, str) else list(entry)


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 6)


def unresolved(value: str) -> bool:
    """A date value whose year the text does not fix (`XXXX-06-12`)."""
    return "XXXX" in value


# --- entities -------------------------------------------------------------------------------------


def _score_officials(s: dict[str, Score], gold: Gold, report: Report, misses: dict[str, Any]) -> None:
    gold_officials = {key(o.name): o for o in gold.officials}
    pred_officials = {key(o.name): o for o in report.officials}
    tp = len(gold_officials.keys() & pred_officials.keys())
    s["officials"].add(tp, len(pred_officials), len(gold_officials))
    misses["officials_missed"] = sorted(gold_officials.keys() - pred_officials.keys())
    misses["officials_spurious"] = sorted(pred_officials.keys() - gold_officials.keys())
    title_hits = title_total = full = 0
    missed_titles = []
    for name, official in gold_officials.items():
        predicted = [key(t.text) for t in pred_officials[name].titles] if name in pred_officials else []
        gold_titles = [key(t.text) for t in official.title_list()]
        hits = [any(_lenient(g, p) for p in predicted) for g in gold_titles]
        title_total += len(gold_titles)
        title_hits += sum(hits)
        titles = official.title_list()
        missed_titles += [f"{official.name}: {t.text}" for t, hit in zip(titles, hits, strict=True) if not hit]
        invented = [p for p in predicted if not any(_lenient(g, p) for g in gold_titles)]
        if name in pred_officials and all(hits) and not invented:
            full += 1
    s["official_titles"].add(title_hits, title_hits, title_total)
    s["officials_full"].add(full, full, len(gold_officials))
    misses["titles_missed"] = missed_titles
    with_role = [(n, o.role) for n, o in gold_officials.items() if o.role]
    role_hits = sum(1 for n, role in with_role if n in pred_officials and pred_officials[n].role == role)
    s["official_roles"].add(role_hits, role_hits, len(with_role))
    misses["roles_missed"] = [
        f"{gold_officials[n].name}: {role} (found {pred_officials[n].role if n in pred_officials else 'no official'})"
        for n, role in with_role
        if not (n in pred_officials and pred_officials[n].role == role)
    ]


def _score_entities(evaluation: Evaluation, article: GoldArticle, report: Report) -> None:
    gold, s = article.gold, evaluation.scores
    misses: dict[str, Any] = {"article": article.name}
    _score_officials(s, gold, report, misses)

    gold_people = {key(p) for p in gold.people_other}
    pred_people = {key(p.name) for p in report.people}
    s["people"].add(len(gold_people & pred_people), len(pred_people), len(gold_people))
    misses["people_missed"] = sorted(gold_people - pred_people)
    misses["people_spurious"] = sorted(pred_people - gold_people)

    gold_docs = {}
    for d in gold.documents:
        # a gold number decides which document a mention naming several is (`Luật sửa đổi … Luật thuế A và
        # Luật thuế B số 57/2005/QH11` is the amending law 57/2005/QH11, not the first law it names)
        doc_key = reference_key(d.mention, prefer_numbered=bool(d.number)) or reference_key(d.number or d.name or "")
        if d.number and d.mention and d.number.split("/")[0] not in d.mention:
            doc_key = reference_key(d.number) or doc_key  # a text's own law named in its enacting sentence
        if not doc_key and d.kind and d.number:  # `văn bản số 63, 64`: the bare `64` is a Văn bản by its kind
            doc_key = reference_key(f"{d.kind} {d.number}")
        gold_docs[doc_key or f"unparsed: {d.mention}"] = d
    pred_docs = {d.key: d for d in report.documents}
    s["documents"].add(len(gold_docs.keys() & pred_docs.keys()), len(pred_docs), len(gold_docs))
    misses["documents_missed"] = sorted(gold_docs.keys() - pred_docs.keys())
    misses["documents_spurious"] = sorted(pred_docs.keys() - gold_docs.keys())
    dated = [k for k, d in gold_docs.items() if d.date]
    date_hits = sum(1 for k in dated if k in pred_docs and pred_docs[k].date == gold_docs[k].date)
    s["document_dates"].add(date_hits, date_hits, len(dated))
    misses["document_dates_missed"] = [
        {"document": k, "gold": gold_docs[k].date, "found": pred_docs[k].date if k in pred_docs else None}
        for k in dated
        if not (k in pred_docs and pred_docs[k].date == gold_docs[k].date)
    ]

    gold_dates = {d.value for d in gold.dates if not unresolved(d.value)}
    pred_dates = {d.value for d in report.dates if not unresolved(d.value)}
    s["dates"].add(len(gold_dates & pred_dates), len(pred_dates), len(gold_dates))
    misses["dates_missed"] = sorted(gold_dates - pred_dates)
    misses["dates_spurious"] = sorted(pred_dates - gold_dates)

    for section in ("organizations", "locations"):
        gold_entities = [_variants(e) for e in getattr(gold, section)]
        pred_entities = [
            [e.name, *([e.expanded] if getattr(e, "expanded", None) else []), *(m.text for m in e.mentions)]
            for e in getattr(report, section)
        ]
        s[section].add(match_variants(gold_entities, pred_entities), len(pred_entities), len(gold_entities))
        gold_keys = [{key(v) for v in g} for g in gold_entities]
        pred_keys = [{key(v) for v in p} for p in pred_entities]
        misses[f"{section}_missed"] = sorted(min(g) for g in gold_keys if not any(g & p for p in pred_keys))
        misses[f"{section}_spurious"] = sorted(min(p) for p in pred_keys if not any(g & p for g in gold_keys))

    if gold.figures is not None:
        gold_figures = {(f.unit, _round(f.value)) for f in gold.figures}
        pred_figures = {(f.unit, _round(f.value)) for f in report.figures}
        s["figures"].add(len(gold_figures & pred_figures), len(pred_figures), len(gold_figures))
    evaluation.errors.append(misses)


# --- the summary ----------------------------------------------------------------------------------


def _value_score(score: Score, gold: list[str] | None, predicted: str | None, same: Callable[[str, str], bool]) -> bool:
    """Score one optional value: right (tp), wrong or extra (fp), missed (fn). True when right."""
    right = bool(gold) and predicted is not None and any(same(g, predicted) for g in gold or [])
    score.add(int(right), int(predicted is not None), int(bool(gold)))
    return right


def _same_place(a: str, b: str) -> bool:
    return _lenient(key(a), key(b), min_words=1)


def _same_name(a: str, b: str) -> bool:
    return key(a) == key(b)


def _names_score(score: Score, gold: Iterable[str], predicted: Iterable[str]) -> None:
    gold_keys, pred_keys = {key(n) for n in gold}, {key(n) for n in predicted}
    score.add(len(gold_keys & pred_keys), len(pred_keys), len(gold_keys))


def _name_misses(misses: dict[str, Any], field: str, gold: list[str], found: list[str]) -> None:
    """`-v` lists the names a summary field missed or added, as the scores count them."""
    missed = [g for g in gold if not any(_same_name(g, f) for f in found)]
    added = [f for f in found if not any(_same_name(g, f) for g in gold)]
    if missed:
        misses[f"{field}_missed"] = missed
    if added:
        misses[f"{field}_spurious"] = added


def _figure_matches(gold: GoldFigure, text: str, value: float | None, unit: str | None) -> bool:
    if key(gold.mention) in key(text) or key(text) in key(gold.mention):
        return True
    return gold.value is not None and _round(gold.value) == _round(value) and (gold.unit or None) == (unit or None)


def _score_summary(evaluation: Evaluation, article: GoldArticle, report: Report) -> None:
    expected = article.gold.summary
    if expected is None:
        return
    s = evaluation.scores
    misses = evaluation.errors[-1] if evaluation.errors else {}
    gold_event = expected.event
    event = report.summary.event if report.summary else None
    s["event"].add(int((gold_event is None) == (event is None)), 1, 1)
    misses["event"] = {"gold": gold_event is not None, "found": event is not None}
    if gold_event is not None and event is not None:
        s["event_kind"].add(int(gold_event.kind == event.kind), 1, 1)
        if gold_event.kind != event.kind:
            misses["event_kind"] = {"gold": gold_event.kind, "found": event.kind}
    gold_date = [gold_event.date] if gold_event and gold_event.date else None
    found_date = event.date if event else None
    if not _value_score(s["event_date"], gold_date, found_date, lambda a, b: a == b):
        misses["event_date"] = {"gold": gold_date, "found": found_date}
    gold_place = gold_event.place if gold_event else None
    found_place = event.location if event else None
    if not _value_score(s["event_place"], gold_place, found_place, _same_place) and (gold_place or found_place):
        misses["event_place"] = {"gold": gold_place, "found": found_place}
    gold_organiser = gold_event.organiser if gold_event else None
    found_organiser = event.organizer if event else None
    right = _value_score(s["event_organiser"], gold_organiser, found_organiser, _same_place)
    if not right and (gold_organiser or found_organiser):
        misses["event_organiser"] = {"gold": gold_organiser, "found": found_organiser}
    gold_chair = gold_event.chair if gold_event else []
    found_chair = event.chaired if event else []
    _names_score(s["event_chair"], gold_chair, found_chair)
    found_people = [p.name for p in event.participants] if event else []
    gold_people = gold_event.participants if gold_event else []
    _names_score(s["participants"], gold_people, found_people)
    _name_misses(misses, "chair", gold_chair, found_chair)
    _name_misses(misses, "participants", gold_people, found_people)
    facts = report.summary.key_facts if report.summary else []
    headline = expected.headline_figures
    missed = [g for g in headline if not any(_figure_matches(g, f.text, f.value, f.unit) for f in facts)]
    found = len(headline) - len(missed)
    if missed:
        misses["headline_missed"] = [g.mention for g in missed]
    useful = sum(1 for f in facts if any(_figure_matches(g, f.text, f.value, f.unit) for g in headline))
    s["headline_figures"].add(found, found, len(expected.headline_figures))  # recall
    s["key_facts"].add(useful, len(facts), useful)  # precision: key facts that are a headline figure


def _document_only(gold: Gold) -> bool:
    """A gold file of the document set: the identity of an official document and nothing else."""
    return gold.document is not None and gold.summary is None and not (gold.officials or gold.dates)


def _same_text(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and key(a).rstrip(" .;,") == key(b).rstrip(" .;,")


def _keys(texts: list[str], *, prefer_numbered: bool = True) -> set[str]:
    """Keys of documents written by hand: a partial provision names its law last (`Điều 2 của Luật sửa
    đổi … số 57/2005/QH11`), so the numbered reference decides; a basis names its own document first."""
    return {reference_key(t, prefer_numbered=prefer_numbered) or key(t) for t in texts}


def _link_keys(links: list[DocumentLink]) -> set[str]:
    return {link.key or key(link.text) for link in links}


def _score_document(evaluation: Evaluation, article: GoldArticle, report: Report) -> None:
    """The document's own identity, field by field (accuracy: right or not)."""
    expected = article.gold.document
    if expected is None:
        return
    s, found = evaluation.scores, report.document
    misses = evaluation.errors[-1] if evaluation.errors else {}
    s["doc_detected"].add(int(found is not None), 1, 1)
    signer = found.signer if found else None
    checks = {
        "doc_kind": _same_text(expected.kind, found.kind if found else None),
        "doc_number": _same_text(expected.number, found.number if found else None),
        "doc_date": expected.date == (found.date if found else None),
        "doc_place": expected.place == (found.place if found else None)
        or _same_text(expected.place, found.place if found else None),
        "doc_issuer": _same_text(expected.issuer, found.issuer if found else None),
        "doc_title": _same_text(expected.title, found.title if found else None),
        "doc_signer": expected.signer is None
        or (
            signer is not None
            and _same_text(expected.signer.name, signer.name)
            and (expected.signer.position is None or _same_text(expected.signer.position, signer.position))
        ),
        "doc_effective": expected.effective == (found.effective if found else None),
        "doc_bases": _keys(expected.bases, prefer_numbered=False) == _link_keys(found.bases if found else []),
        "doc_repeals": _keys(expected.repeals) == _link_keys([*found.repeals, *found.replaces] if found else []),
        "doc_amends": _keys(expected.amends) == _link_keys(found.amends if found else []),
        "doc_articles": expected.articles is None or expected.articles == (found.articles if found else None),
    }
    for metric, right in checks.items():
        s[metric].add(int(right), 1, 1)
    misses["document_wrong"] = sorted(m for m, right in checks.items() if not right)


def _score_year(evaluation: Evaluation, article: GoldArticle, report: Report) -> None:
    """A real text's year as the tool found it (issue #14: how often each source decides, how often it is
    wrong): right when it is the gold's publication year; `none` decides nothing and is no error."""
    if not article.real or article.gold.year is None:
        return
    right = report.year == article.gold.year
    decided = report.year is not None
    evaluation.scores["article_year"].add(int(right), int(decided), 1)
    counts = evaluation.year_sources.setdefault(report.year_source if decided else "none", [0, 0])
    counts[0] += 1
    counts[1] += int(decided and not right)
    if not right:
        evaluation.errors[-1]["year"] = {"gold": article.gold.year, "found": report.year, "source": report.year_source}


def score_article(evaluation: Evaluation, article: GoldArticle, report: Report) -> None:
    evaluation.articles += 1
    if _document_only(article.gold):
        evaluation.errors.append({"article": article.name})
    else:
        _score_entities(evaluation, article, report)
        _score_summary(evaluation, article, report)
        _score_year(evaluation, article, report)
    _score_document(evaluation, article, report)


# --- systems ----------------------------------------------------------------------------------------

System = Callable[[GoldArticle], Report]


def evaluate(articles: list[GoldArticle], analyze: System, system: str) -> Evaluation:
    evaluation = Evaluation(system)
    for article in articles:
        score_article(evaluation, article, analyze(article))
    return evaluation


def vnreport_system(use_gold_year: bool = True) -> System:
    """vnreport as a user runs it: real texts without a year (it is read from the text), written
    articles with their gold year (unless `use_gold_year` is False)."""
    from vnreport.pipeline import analyze_text

    def run(article: GoldArticle) -> Report:
        year = article.gold.year if use_gold_year and not article.real else None
        return analyze_text(article.text, source=article.name, year=year)

    return run


def underthesea_ner_system() -> System:
    """underthesea's `ner` as the baseline: PER → officials (and people), ORG, LOC; it has no dates or documents."""
    from underthesea import ner

    from vnreport.pipeline import source_from_text, source_info
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


def other_annotator_system(folder: Path) -> System:
    """A second annotator's gold for the same texts, read as if it were a system: inter-annotator
    agreement per kind is the score of one annotator against the other."""
    others = {a.gold.text: a for a in load_set(folder)}

    def run(article: GoldArticle) -> Report:
        other = others[article.gold.text].gold
        report = Report(source=SourceInfo(path=None, sha256="", encoding="utf-8", bytes=0, characters=0))
        report.officials = [
            Official(name=o.name, titles=[OfficialTitle(text=t.text, current=t.current) for t in o.title_list()])
            for o in other.officials
        ]
        for official, gold_official in zip(report.officials, other.officials, strict=True):
            official.role = gold_official.role
        report.people = [Person(name=p) for p in other.people_other]
        report.dates = [DateMention(text=d.mention, value=d.value, start=0, end=0) for d in other.dates]
        report.documents = [
            DocumentRef(
                text=d.mention,
                kind=d.kind,
                number=d.number,
                key=reference_key(d.mention) or reference_key(d.number or d.name or "") or d.mention,
                date=d.date,
                start=0,
                end=0,
            )
            for d in other.documents
        ]
        report.organizations = [Organization(name=_variants(e)[0], mentions=_mentions(e)) for e in other.organizations]
        report.locations = [Location(name=_variants(e)[0], mentions=_mentions(e)) for e in other.locations]
        event = None
        if other.summary is not None and other.summary.event is not None:
            e = other.summary.event
            event = Event(
                kind=e.kind,
                date=e.date,
                location=e.place[0] if e.place else None,
                organizer=e.organiser[0] if e.organiser else None,
                chaired=list(e.chair),
                participants=[Participant(name=n) for n in e.participants],
            )
        figures = other.summary.headline_figures if other.summary else []
        report.summary = Summary(
            event=event,
            key_facts=[
                KeyFact(measure=None, text=f.mention, value=f.value, unit=f.unit, start=0, end=0) for f in figures
            ],
        )
        return report

    return run


def _mentions(entry: str | list[str]) -> list[Mention]:
    return [Mention(text=v, start=0, end=0) for v in _variants(entry)]


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
