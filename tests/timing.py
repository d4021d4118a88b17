"""Timing helpers of the growth tests: a ratio of times that a busy machine cannot blur into a failure."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def doubling_ratio(
    seconds_at: Callable[[int], float],
    size: int,
    *,
    factor: int = 2,
    limit: float = 2.5,
    scales: tuple[int, ...] = (2, 4),
) -> float:
    """Time at `factor`·size over time at size, the lowest of its measures (one, and one per scale when over).

    A busy machine blurs a short run (a linear ×2 has read ×2.7–3.0 on a loaded CI machine), so a ratio over
    `limit` is measured again at each of `scales` times the size (two retries by default, at twice and four times
    the size: with one, two blurs in a row failed a landing's CI; a retry only runs when the ratio is over, so a
    quiet run stays short); a cost that grows faster than linearly only grows faster with size, while a blur does
    not repeat, so the lowest ratio is the one that counts."""
    ratio = seconds_at(factor * size) / seconds_at(size)
    for scale in scales:
        if ratio <= limit:
            break
        ratio = min(ratio, seconds_at(factor * scale * size) / seconds_at(scale * size))
    return ratio


def best_cpu_seconds(run: Callable[[], object], repeats: int = 3) -> float:
    """The least processor time of `repeats` calls of `run`, the collector off while timing (a collection landing in
    one call is the blur a growth test must not read as growth)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeats):
            started = time.process_time()
            run()
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best
