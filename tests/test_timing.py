"""The growth tests' timing helper: a linear cost blurred by a busy machine passes, a quadratic one never does."""

from __future__ import annotations

import time
from collections.abc import Callable

from tests.timing import LONG_SECONDS, MAX_GROWTH, MIN_SECONDS, best_cpu_seconds, doubling_ratio

_QUADRATIC_CPU_CAP = 4.0  # seconds of processor time the quadratic test may spend: growth to 50 ms and one measure


def _blurred(per_unit: float, power: int, blur: float) -> Callable[[int], float]:
    """A clock of a cost `per_unit`·size**power whose every other measure (the larger of each pair first) is blurred
    by `blur` seconds, as a shared machine blurs short runs by a fixed few milliseconds."""
    calls = [0]

    def seconds_at(size: int) -> float:
        calls[0] += 1
        return per_unit * size**power + (blur if calls[0] % 2 == 0 else 0.0)

    return seconds_at


def test_a_linear_cost_blurred_by_a_few_milliseconds_is_read_as_linear() -> None:
    # one millisecond a run at the size asked, three more on every other measure: read at that size, ×5, ×3.5, ×2.75
    assert doubling_ratio(_blurred(1e-5, 1, 0.003), 100) <= 2.5


def test_a_quadratic_cost_is_caught_whatever_the_blur() -> None:
    assert doubling_ratio(_blurred(1e-7, 2, 0.003), 100) > 3.5
    assert doubling_ratio(_blurred(1e-7, 2, 0.0), 100) > 3.5


def test_the_size_grows_until_a_run_is_long_enough_and_no_further_than_allowed() -> None:
    sizes: list[int] = []

    def seconds_at(size: int) -> float:
        sizes.append(size)
        return size * 1e-6

    doubling_ratio(seconds_at, 100)
    assert max(sizes) == 100 * MAX_GROWTH * 2  # grown as far as allowed, and its double
    sizes.clear()
    assert MIN_SECONDS <= 60_000 * 1e-6
    doubling_ratio(seconds_at, 60_000)
    assert sizes == [60_000, 120_000]  # long enough already (60 ms ≥ MIN_SECONDS): measured as asked


def _quadratic(size: int) -> int:
    total = 0
    for i in range(size):
        for j in range(size):
            total += i ^ j
    return total


def _linear(size: int) -> int:
    total = 0
    for i in range(size * 40):
        total += i ^ 7
    return total


def test_a_real_quadratic_scan_is_caught_at_once() -> None:
    # the default retries (`scales=(2, 4)`): a ratio near ×4 from runs of MIN_SECONDS is returned with none of
    # them, which at two and four times the size of a quadratic scan would spend tens of seconds (the size asked
    # is one whose grown run reaches MIN_SECONDS)
    started = time.process_time()
    assert doubling_ratio(lambda n: best_cpu_seconds(lambda: _quadratic(n), 1), 400) > 2.5
    assert time.process_time() - started < _QUADRATIC_CPU_CAP


def test_a_quadratic_ratio_from_short_runs_is_still_measured_again() -> None:
    # runs shorter than MIN_SECONDS (the size may grow no further) are blurred: a ×4 there is retried
    calls = [0]

    def seconds_at(size: int) -> float:
        calls[0] += 1
        return 1e-4 * size if calls[0] > 2 else (1e-4 * size if calls[0] == 1 else 4e-4 * size)

    assert doubling_ratio(seconds_at, 10, max_growth=1) <= 2.5


def test_a_real_linear_scan_passes() -> None:
    assert doubling_ratio(lambda n: best_cpu_seconds(lambda: _linear(n)), 100) <= 2.5


def _spin(seconds: float) -> None:
    started = time.process_time()
    while time.process_time() - started < seconds:
        pass


def test_a_long_run_is_timed_once_and_a_short_one_keeps_its_repeats() -> None:
    calls = [0]

    def run(seconds: float) -> None:
        calls[0] += 1
        _spin(seconds)

    assert best_cpu_seconds(lambda: run(LONG_SECONDS), 3) >= LONG_SECONDS
    assert calls[0] == 1  # a blur of milliseconds is a percent of it: no repeat
    calls[0] = 0
    assert best_cpu_seconds(lambda: run(0.001), 3) < LONG_SECONDS
    assert calls[0] == 3


def test_a_quadratic_scan_of_long_runs_timed_once_is_still_caught() -> None:
    # runs near LONG_SECONDS (the larger one past it) are timed once each; a ×4 from them still fails a growth test
    assert doubling_ratio(lambda n: best_cpu_seconds(lambda: _quadratic(n), 3), 1200) > 2.5
