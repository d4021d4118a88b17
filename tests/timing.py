"""Timing helpers of the growth tests: a ratio of times that a busy machine cannot blur into a failure."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

MIN_SECONDS = 0.02
"""The least time of the smaller run a ratio is read from: a run of a few milliseconds is blurred by a shared
machine (cache and core contention, a context switch landing in it) by tens of percent, one of 20 ms far less;
with repeats keeping the least (`doubling_ratio`) that is enough (50 ms with growth up to 16× more than doubled the
growth tests' CPU, 122 s → 275 s, pushing the suite past five minutes: round 36)."""

QUADRATIC_SHARE = 0.9
"""A ratio over this share of `factor`² from runs long enough is read as growth at once (`doubling_ratio`)."""

MAX_GROWTH = 4
"""How far the size may be grown (a multiple of the size the test asked for) to reach `MIN_SECONDS`: a test's
own set-up (segmenting, reading the whole report) grows with it, so the suite must stay short."""

LONG_SECONDS = 0.2
"""A run this long (ten times `MIN_SECONDS`) is not repeated by `best_cpu_seconds`: a busy machine's blur of a few
milliseconds is a percent of it, and a ratio over its limit is measured again by `doubling_ratio` all the same. The
repeats of runs of a second and more (a sentence of thousands of mentions) were a sixth of the growth tests' time."""


def doubling_ratio(
    seconds_at: Callable[[int], float],
    size: int,
    *,
    factor: int = 2,
    limit: float = 2.5,
    scales: tuple[int, ...] = (2, 4),
    repeats: int = 2,
    min_seconds: float = MIN_SECONDS,
    max_growth: int = MAX_GROWTH,
) -> float:
    """Time at `factor`·size over time at size, measured so that a noisy shared machine cannot read linear as growth.

    Three defences, for every growth test at once (the tests only say how to time one size):
    1. the size is first grown by `factor` (at most `max_growth` times the size asked) until the smaller run takes
       `min_seconds`: a short run is blurred by a busy machine far more than a long one (a linear ×2 has read
       ×2.6–3.0 on a loaded CI machine at a few milliseconds a run);
    2. a ratio over `limit` is measured again at the same sizes, `repeats` times, the larger size first, and the
       least time of each size is kept (a blur lands on one measure and does not repeat; the least is the cost);
    3. if still over, it is measured again at each of `scales` times the size, and the lowest ratio counts: a cost
       that grows faster than linearly only grows faster with size, while a blur does not repeat.
    A quadratic scan reads ×`factor`² at every size and every repeat, so none of these hides it; and a ratio over
    `QUADRATIC_SHARE`·`factor`² from runs of `min_seconds` is returned at once, with no retry (a busy machine blurs a
    50 ms run by tens of percent, never by ×`factor`: the retries at ×2 and ×4 the size of a quadratic scan would
    spend tens of seconds before the test fails)."""
    growth = 1
    small = seconds_at(size)
    large = seconds_at(factor * size)
    while small < min_seconds and growth * factor <= max_growth:
        growth *= factor
        size *= factor
        small, large = large, seconds_at(factor * size)
    ratio = large / small if small > 0 else float("inf")
    if small >= min_seconds and ratio > QUADRATIC_SHARE * factor**2:
        return ratio
    for _ in range(repeats):
        if ratio <= limit:
            return ratio
        large = min(large, seconds_at(factor * size))
        small = min(small, seconds_at(size))
        ratio = large / small if small > 0 else float("inf")
    for scale in scales:
        if ratio <= limit:
            break
        low = seconds_at(scale * size)
        ratio = min(ratio, seconds_at(factor * scale * size) / low if low > 0 else float("inf"))
    return ratio


def best_cpu_seconds(run: Callable[[], object], repeats: int = 3) -> float:
    """The least processor time of `repeats` calls of `run`, the collector off while timing (a collection landing in
    one call is the blur a growth test must not read as growth); a call of `LONG_SECONDS` or more is not repeated."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeats):
            started = time.process_time()
            run()
            best = min(best, time.process_time() - started)
            if best >= LONG_SECONDS:
                break
    finally:
        gc.enable()
    return best
