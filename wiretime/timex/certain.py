"""Partial times that resolve whatever the direction: the engine keeps a match only when its
partial time resolves, and for about half of all matches the answer is certain from the
partial's fields alone (a duration, "now", "next month", "2019"), so asking `resolve` (a
tenth of tagging before) tells nothing. Each shape below follows the branch `resolve` takes
for it to a value it cannot refuse; anything else (a day that may not exist, a Hijri date, a
range, an anchor, a string amount) is left to `resolve`. tests/test_timex_certain.py checks
the claim against `resolve` itself.

A weekday, a clock time and an offset from now are looked for among spans built around the
reference (weeks or days either side of it; `occurrence.calendar_span`), and every direction
picks one of them when there are any, so they are certain once their fields are in range and
the reference is far from the calendar's ends; a full date is certain when the day exists.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from wiretime.timex.durations import DURATION_UNITS
from wiretime.timex.fields import POD_HOURS, normalized
from wiretime.timex.grains import POD_HOURS as POD_SPANS
from wiretime.timex.grains import UNIT_GRAIN

_SAID = frozenset(("mod", "type"))  # fields the shapes below may carry besides their own
_REFERENCE = frozenset(("ref",)) | _SAID
_DURATION = frozenset(("amount", "unit", "lead")) | _SAID
_SHIFT = frozenset(("shift", "shift_unit")) | _SAID
_YEAR = frozenset(("year",)) | _SAID
_DATE = frozenset(("year", "month", "day")) | _SAID
_OFFSET = frozenset(("offset", "offset_unit")) | _SAID
_WEEKDAY = frozenset(("weekday", "pod")) | _SAID
_CLOCK = frozenset(("hour", "minute", "second", "hhmm", "ampm", "pod", "zone")) | _SAID
_PODS = frozenset(POD_SPANS) | frozenset(POD_HOURS)
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
    if "year" in p:  # a year alone: that year's span; a full date: that day, if it exists
        year = p["year"]
        if keys <= _YEAR:
            return type(year) is int and 1 <= year <= 9999
        return keys <= _DATE and "month" in p and "day" in p and _day_exists(year, p["month"], p["day"])
    near = _REF_YEARS[0] <= ref.year <= _REF_YEARS[1]  # spans around the reference stay in the calendar
    if "offset_unit" in p:  # N units from the reference: its span moved
        offset = p.get("offset", 0)
        return near and keys <= _OFFSET and type(p["offset_unit"]) is str and p["offset_unit"] in UNIT_GRAIN \
            and type(offset) is int and abs(offset) <= _SHIFT_MAX
    if "weekday" in p:  # the weekday (at a part of day) in the weeks around the reference
        return near and keys <= _WEEKDAY and type(p["weekday"]) is int and 1 <= p["weekday"] <= 7 \
            and _pod_known(p)
    if keys <= _CLOCK and ("hour" in p or "hhmm" in p):  # a clock time on the days around the reference
        hhmm = p.get("hhmm", 0)
        return near and (type(hhmm) is int or type(hhmm) is str and hhmm.isascii() and hhmm.isdigit()) \
            and _pod_known(p) and normalized(p) is not None
    return False


_REACH = frozenset(("reach",))  # the language's reach for past cues: read only when picking occurrences
_SAME_EVERY_WAY = (("ref", _REFERENCE | _REACH), ("unit", _DURATION | _REACH),
                   ("shift_unit", _SHIFT | _REACH),
                   ("offset_unit", _OFFSET | _REACH), ("year", _DATE | _REACH))


def ignores_direction(p: dict[str, Any]) -> bool:
    """True only when `resolve(p, ref, direction, rollover)` is the same whatever the direction
    and rollover (a value, None or an error alike): a reference, a duration, a shift or an
    offset from now, a year or a date with its year read neither (no occurrence is picked),
    so the tagger need not read the clause's tense for them."""
    keys = p.keys()
    for field, allowed in _SAME_EVERY_WAY:
        if field in p:
            return keys <= allowed
    return False


def _pod_known(p: dict[str, Any]) -> bool:
    pod = p.get("pod")
    return pod is None or type(pod) is str and pod in _PODS


def _day_exists(year: Any, month: Any, day: Any) -> bool:
    if not type(year) is type(month) is type(day) is int:
        return False
    try:
        datetime(year, month, day)
    except ValueError:
        return False
    return True
