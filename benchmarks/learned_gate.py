"""Would a learned second opinion help? A CRF over vnreport's syllable tokens, trained on the gold of some
real sets, asked about the organisations, places and people vnreport reports on another set.

    VNREPORT_CORPUS=../shared/corpus python benchmarks/learned_gate.py \\
        --train samples/real/dev samples/real/dev2 … --test samples/real/dev11

The CRF is underthesea_core's (already installed with underthesea), trained on the gold names projected onto
the tokens (B/I-ORG, LOC, PER). Two questions, each answered with counts of items that are right (they match
a gold entry under `vnreport eval`'s rules) and wrong:

- gate: of the items vnreport reports, how many right and wrong ones fall under a support threshold (the
  CRF's marginal probability that the item's tokens carry its kind)? A useful gate drops wrong items only.
- add: of the spans the CRF finds that no vnreport item covers, how many would be right if added?

Round 17 (10 sets, about 360 articles, for training; the unseen dev11 and a five-fold split of the ten for
testing): neither separated right from wrong — on dev11 the gate at 0.2 dropped 9 right and 5 wrong
organisations of 189, 6 right and 3 wrong places of 151; the CRF's own extra spans at confidence ≥ 0.9 were right
13 times in 41 on dev11 and 85 in 413 over the five folds. A benchmark, not a test: it needs the corpus and
takes about a minute per model.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import underthesea_core

from vnreport.evaluate import Evaluation, score_article
from vnreport.gold import GoldArticle, load_set
from vnreport.pipeline import analyze_text
from vnreport.report.model import Location, Mention, Organization, Person, Report
from vnreport.segment.document import Document, segment
from vnreport.segment.tokens import Token

KINDS = {"ORG": "organizations", "LOC": "locations", "PER": "people"}
THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.5)


def _shape(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "UP"
    if word[:1].isupper():
        return "Cap"
    if any(c.isdigit() for c in word):
        return "D"
    return "low" if word.isalpha() else "P" + word[:1]


def features(tokens: Sequence[Token]) -> list[list[str]]:
    """Each token's attributes: its lower case, shape and neighbours (two each side), word bigrams."""
    lowers = [t.lower for t in tokens]
    shapes = [_shape(t.text) for t in tokens]
    out = []
    for i in range(len(tokens)):
        f = ["b", "w=" + lowers[i], "s=" + shapes[i], "line=" + str(tokens[i].gap < 0)]
        for d in (-2, -1, 1, 2):
            j = i + d
            f += [f"{d}w={lowers[j]}", f"{d}s={shapes[j]}"] if 0 <= j < len(tokens) else [f"{d}pad"]
        if i > 0:
            f += ["bw-=" + lowers[i - 1] + "|" + lowers[i], "ss-=" + shapes[i - 1] + shapes[i]]
        if i + 1 < len(tokens):
            f += ["bw+=" + lowers[i] + "|" + lowers[i + 1], "ss+=" + shapes[i] + shapes[i + 1]]
        out.append(f)
    return out


def gold_names(article: GoldArticle) -> dict[str, list[str]]:
    gold = article.gold
    people = [o.name for o in gold.officials] + list(gold.people_other)
    flat = {
        section: [v for entry in getattr(gold, section) for v in ([entry] if isinstance(entry, str) else entry)]
        for section in ("organizations", "locations")
    }
    return {"LOC": flat["locations"], "ORG": flat["organizations"], "PER": people}


def labels(text: str, tokens: Sequence[Token], names: dict[str, list[str]]) -> list[str]:
    """B/I labels of every occurrence of a gold name that starts and ends on token bounds; later kinds win."""
    out = ["O"] * len(tokens)
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    for kind in ("LOC", "ORG", "PER"):
        for name in names[kind]:
            at = text.find(name)
            while at >= 0:
                first, last = starts.get(at), ends.get(at + len(name))
                if first is not None and last is not None:
                    out[first : last + 1] = ["B-" + kind] + ["I-" + kind] * (last - first)
                at = text.find(name, at + 1)
    return out


def sentences(doc: Document) -> list[list[Token]]:
    return [toks for i in range(len(doc.sentences)) if (toks := doc.sentence_tokens(i))]


def train(articles: list[GoldArticle], path: str) -> None:
    xs, ys = [], []
    for article in articles:
        doc = segment(article.text, words="dictionary")
        for toks in sentences(doc):
            xs.append(features(toks))
            ys.append(labels(article.text, toks, gold_names(article)))
    trainer = underthesea_core.CRFTrainer()
    trainer.set_l1_penalty(0.1)
    trainer.set_l2_penalty(0.01)
    trainer.set_max_iterations(150)
    with _quiet_stderr():  # the trainer prints every iteration there
        trainer.train(xs, ys)
    trainer.get_model().save(path)


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    sys.stderr.flush()
    saved = os.dup(2)
    with open(os.devnull, "w") as null:
        os.dup2(null.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def _score(article: GoldArticle, report: Report, section: str) -> int:
    evaluation = Evaluation("gate")
    score_article(evaluation, article, report)
    return evaluation.scores[section].tp


def _with(report: Report, section: str, items: list[object]) -> Report:
    changed = copy.copy(report)
    setattr(changed, section, items)
    return changed


def measure(tagger: underthesea_core.CRFTagger, article: GoldArticle, gate: dict, add: dict) -> None:
    report = analyze_text(article.text, source=article.name)
    doc = segment(article.text, words="dictionary")
    names: list[str] = tagger.labels()
    marginals: dict[int, dict[str, float]] = {}
    spans: list[tuple[str, int, int, float]] = []
    for toks in sentences(doc):
        x = features(toks)
        rows = tagger.marginals(x)
        marginals.update({t.start: dict(zip(names, row, strict=True)) for t, row in zip(toks, rows, strict=True)})
        tags = [*tagger.tag(x), "O"]
        begin = -1
        for i, tag in enumerate(tags):
            if begin >= 0 and not (tag.startswith("I-") and tag[2:] == tags[begin][2:]):
                kind = tags[begin][2:]
                conf = sum(
                    marginals[toks[k].start].get(("B-" if k == begin else "I-") + kind, 0.0) for k in range(begin, i)
                )
                spans.append((kind, toks[begin].start, toks[i - 1].end, conf / (i - begin)))
                begin = -1
            if tag.startswith("B-"):
                begin = i
    covered = [(m.start, m.end) for s in (*KINDS.values(), "officials") for e in getattr(report, s) for m in e.mentions]
    for kind, section in KINDS.items():
        items = list(getattr(report, section))
        base = _score(article, report, section)
        for index, item in enumerate(items):
            support = 0.0
            for mention in item.mentions:
                probs = [marginals[t.start] for t in doc.tokens_in(mention.start, mention.end) if t.start in marginals]
                if probs:
                    support = max(
                        support, sum(p.get("B-" + kind, 0) + p.get("I-" + kind, 0) for p in probs) / len(probs)
                    )
            right = base - _score(article, _with(report, section, items[:index] + items[index + 1 :]), section) > 0
            for threshold in THRESHOLDS:
                if support < threshold:
                    gate[(section, threshold, right)] = gate.get((section, threshold, right), 0) + 1
        seen: set[str] = set()
        make = {"ORG": Organization, "LOC": Location, "PER": Person}[kind]
        for span_kind, start, end, conf in spans:
            text = article.text[start:end]
            if span_kind != kind or text.lower() in seen or any(start < b and a < end for a, b in covered):
                continue
            seen.add(text.lower())
            new = make(name=text, mentions=[Mention(text=text, start=start, end=end)])
            right = _score(article, _with(report, section, [*items, new]), section) > base
            for threshold in (0.5, 0.9):
                if conf >= threshold:
                    add[(section, threshold, right)] = add.get((section, threshold, right), 0) + 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", nargs="+", type=Path, required=True, help="annotated sets to train on")
    parser.add_argument("--test", nargs="+", type=Path, required=True, help="annotated sets to measure on")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        model = str(Path(tmp) / "gate.crf")
        train([a for s in args.train for a in load_set(s) if a.real], model)
        tagger = underthesea_core.CRFTagger()
        tagger.load(model)
        gate: dict = {}
        add: dict = {}
        for article in (a for s in args.test for a in load_set(s) if a.real):
            measure(tagger, article, gate, add)
    for section in KINDS.values():
        for threshold in THRESHOLDS:
            print(
                f"gate {section} support < {threshold}: drops {gate.get((section, threshold, True), 0)} right, "
                f"{gate.get((section, threshold, False), 0)} wrong"
            )
        for threshold in (0.5, 0.9):
            print(
                f"add {section} conf ≥ {threshold}: {add.get((section, threshold, True), 0)} right, "
                f"{add.get((section, threshold, False), 0)} wrong"
            )


if __name__ == "__main__":
    main()
