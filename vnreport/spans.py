"""Questions about character spans answered by one bisection, not by a scan of every span (a scan per question
made an article of many mentions quadratic, issue #11): whether a range or a position lies inside one."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate

_END = 1 << 62  # past any character offset: sorts after every span that starts at the same place


class Spans:
    """Spans, overlapping or not, sorted by start with the furthest end reached so far."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(accumulate((b for _, b in ordered), max))

    def reach_before(self, index: int) -> int:
        """The furthest end of the spans before `index` (in start order); -1 when there are none."""
        return self.reach[index - 1] if index > 0 else -1

    def holds(self, start: int, end: int) -> bool:
        """Some span holds start..end (a <= start and end <= b)."""
        return self.reach_before(bisect_right(self.starts, start)) >= end


def covers(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """`pos` lies inside one of `spans` (sorted, not overlapping one another): a <= pos < b."""
    k = bisect_right(spans, (pos, _END)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]
