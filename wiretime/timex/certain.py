"""Partial times that resolve whatever the direction: the engine keeps a match only when its
partial time resolves, and for about half of all matches the answer is certain from the
partial's fields alone (a duration, "now", "next month", "2019"), so asking `resolve` (a
tenth of tagging before) tells nothing. Each shape below follows the branch `resolve` takes
for it to a value it cannot refuse; anything else (a day that may not exist, a Hijri date, a
range, an anchor, a string amount) is left to `resolve`. tests/test_timex_certain.py checks
the claim against `resolve` itself.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from wiretime.timex.durations import DURATION_UNITS
from wiretime.timex.grains import UNIT_GRAIN

_SAID = frozenset(("mod", "type"))  # fields the shapes below may carry besides their own
_REFERENCE = frozenset(("ref",)) | _SAID
_DURATION = frozenset(("amount", "unit", "lead")) | _SAID
_SHIFT = frozenset(("shift", "shift_unit")) | _SAID
_YEAR = frozenset(("year",)) | _SAID
_SHIFT_MAX = 10  # units a shift may move ("next month", "last decade") and stay certain
_REF_YEARS = (1100, 8800)  # ten centuries either way stays inside the calendar (1-9999)


def surely_resolves(p: dict[str, Any], ref: datetime) -> bool:
    """True only when `resolve(p, ref, direction, rollover)` is not None for every direction
    and rollover (and raises nothing); False means "ask `resolve`", not "fails"."""
    keys = p.keys()
    if "ref" in p:  # PRESENT_REF, PAST_REF, FUTURE_REF: returned as written
        return keys <= _REFERENCE
    if "unit" in p:  # a duration: written out, never looked up
        amount = p.get("amount", 1)
        return keys <= _DURATION and p["unit"] in DURATION_UNITS \
            and (amount in ("X", None) or type(amount) in (int, float))
    if "shift_unit" in p:  # this/next/last unit: the reference's span moved by whole units
        shift = p.get("shift", 0)
        return keys <= _SHIFT and p["shift_unit"] in UNIT_GRAIN and type(shift) is int \
            and abs(shift) <= _SHIFT_MAX and _REF_YEARS[0] <= ref.year <= _REF_YEARS[1]
    if "year" in p:  # a year alone: that year's span
        year = p["year"]
        return keys <= _YEAR and type(year) is int and 1 <= year <= 9999
    return False
