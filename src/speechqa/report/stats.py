"""Interval estimates and agreement statistics for the audit report.

An adherence rate over three calls is not a finding: every rate in the report carries a
Wilson score interval, which (unlike the normal approximation) stays inside [0, 1] and is
honest at 0 of n and n of n. Reviewer–machine agreement is Cohen's kappa, which discounts
the agreement two raters would reach by chance given how often each uses each status.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

Z_95 = 1.959963984540054  # the two-sided 95 % quantile of the standard normal


@dataclass(frozen=True)
class Rate:
    """``numerator`` of ``denominator`` with its Wilson 95 % interval; no rate when n = 0."""

    numerator: int
    denominator: int

    @property
    def rate(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    @property
    def interval(self) -> tuple[float, float] | None:
        return wilson_interval(self.numerator, self.denominator)

    @property
    def ci_low(self) -> float | None:
        interval = self.interval
        return interval[0] if interval else None

    @property
    def ci_high(self) -> float | None:
        interval = self.interval
        return interval[1] if interval else None


def wilson_interval(successes: int, trials: int, z: float = Z_95) -> tuple[float, float] | None:
    """Wilson score interval for a binomial proportion; None when there are no trials."""
    if trials <= 0:
        return None
    if not 0 <= successes <= trials:
        raise ValueError(f"{successes} successes out of {trials} trials")
    p = successes / trials
    z2 = z * z
    centre = (p + z2 / (2 * trials)) / (1 + z2 / trials)
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / (1 + z2 / trials)
    # Clamp the rounding noise at the ends: 0 of n has a lower bound of exactly 0.
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == trials else min(1.0, centre + half)
    return low, high


def cohen_kappa(pairs: Mapping[tuple[str, str], int]) -> float | None:
    """Cohen's kappa from counts of (rater A's label, rater B's label) pairs.

    None when there are no pairs or when chance agreement is total (both raters used one
    and the same label throughout), where kappa is undefined rather than 1.
    """
    total = sum(pairs.values())
    if total == 0:
        return None
    labels = {label for pair in pairs for label in pair}
    observed = sum(count for (a, b), count in pairs.items() if a == b) / total
    expected = sum(
        sum(c for (a, _), c in pairs.items() if a == label)
        * sum(c for (_, b), c in pairs.items() if b == label)
        for label in labels
    ) / (total * total)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1 - expected)
