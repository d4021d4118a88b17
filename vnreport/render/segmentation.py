"""Plain-text segmentation: one sentence per line, words joined by spaces, syllables by `_`."""

from __future__ import annotations

from collections.abc import Iterator

from vnreport.report.model import Segmentation


def segmentation_lines(seg: Segmentation) -> Iterator[str]:
    for paragraph in seg.paragraphs:
        for sentence in paragraph.sentences:
            yield " ".join("_".join(word.text.split()) for word in sentence.words)
