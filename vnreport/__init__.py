"""vnreport: read Vietnamese news and government articles and report what is in them.

    >>> from vnreport import analyze_text
    >>> report = analyze_text(open("article.txt", encoding="utf-8").read())
    >>> report.to_dict()["officials"]

Imports are lazy so that `vnreport --help` never loads the NLP models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Report", "__version__", "analyze_file", "analyze_text"]

if TYPE_CHECKING:
    from vnreport.pipeline import analyze_file, analyze_text
    from vnreport.report.model import Report


def __getattr__(name: str) -> Any:
    if name in {"analyze_text", "analyze_file"}:
        from vnreport import pipeline

        return getattr(pipeline, name)
    if name == "Report":
        from vnreport.report.model import Report

        return Report
    raise AttributeError(name)
