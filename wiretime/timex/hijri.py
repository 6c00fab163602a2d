"""Hijri (Umm al-Qura) dates as Gregorian ones, for any language that writes them.

A partial time with `calendar: "hijri"` carries Hijri year/month/day. A year of 1600 or more
cannot be Hijri in news: it is the Gregorian year in which the Hijri month or day falls
("رمضان 2019"). Without a year, the occurrence nearest the reference in the asked direction
is taken. Spans longer than a day (a month, a year) become a Gregorian interval START/END.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hijridate import Gregorian, Hijri

from wiretime.timex.occurrence import HORIZON

GREGORIAN_YEARS_FROM = 1600
_SUPPORTED = range(1343, 1501)  # hijridate's Umm al-Qura table


def gregorian_span(p: dict, ref: datetime, direction: str) -> tuple[date, date] | None:
    """First and last Gregorian day of what the Hijri fields of `p` name, or None."""
    month, day, year = p.get("month"), p.get("day"), p.get("year")
    try:
        month = int(month) if month is not None else None
        day = int(day) if day is not None else None
        year = int(year) if year is not None else None
    except (TypeError, ValueError):
        return None
    if month is None:
        if year is None or year >= GREGORIAN_YEARS_FROM:
            return None
        return _span(year, 1, None, year, 12, None)
    if year is not None and year < GREGORIAN_YEARS_FROM:
        return _span(year, month, day, year, month, day)
    today = ref.date()
    anchor = today if year is None else date(year, 7, 1)
    here = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
    spans = [s for y in (here - 2, here - 1, here, here + 1, here + 2)
             if (s := _span(y, month, day, y, month, day)) is not None]
    if year is not None:  # a Gregorian year: the occurrence starting in it
        spans = [s for s in spans if s[0].year == year]
        return spans[0] if spans else None
    return _choose(spans, today, direction, current=not p.get("dir"), reach=p.get("reach"))


def _span(y1: int, m1: int, d1: int | None, y2: int, m2: int, d2: int | None) -> tuple[date, date] | None:
    if y1 not in _SUPPORTED or y2 not in _SUPPORTED or not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None
    try:
        start = Hijri(y1, m1, d1 or 1).to_gregorian()
        last = d2 or Hijri(y2, m2, 1).month_length()
        end = Hijri(y2, m2, last).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(start.year, start.month, start.day), date(end.year, end.month, end.day)


def _choose(spans: list[tuple[date, date]], today: date, direction: str,
            current: bool = True, reach: int | None = None) -> tuple[date, date] | None:
    """The span in `direction`; the one under way first unless `current` is False (the words
    said "last" or "next": "رمضان الماضي" in Ramadan is the one before). A soft direction (a
    tense cue: "past~", "future~") gives way to the nearest span when its own is further off
    than a Gregorian date without a year may be (occurrence.HORIZON; back: `reach` days when the
    language gives one): "أعلنت أن غرة ذي الحجة ستكون الجمعة" is the coming one."""
    if not spans:
        return None
    for start, end in spans:
        if current and start <= today <= end:
            return start, end
    soft, direction = direction.endswith("~"), direction.rstrip("~")
    nearest = min(spans, key=lambda s: min(abs((s[0] - today).days), abs((s[1] - today).days)))
    if direction == "future":
        ahead = [s for s in spans if s[0] > today]
        chosen = ahead[0] if ahead else spans[-1]
        return nearest if soft and chosen[0] - today > HORIZON else chosen
    if direction == "past":
        behind = [s for s in spans if s[1] < today]
        chosen = behind[-1] if behind else spans[0]
        back = timedelta(days=reach) if reach else HORIZON
        return nearest if soft and today - chosen[1] > back else chosen
    return nearest


def as_gregorian(p: dict, ref: datetime, direction: str) -> dict | tuple[dict, dict] | None:
    """`p` with its Hijri fields replaced by Gregorian ones: one partial for a day, two
    (the ends of an interval) for a longer span."""
    span = gregorian_span(p, ref, direction)
    if span is None:
        return None
    rest = {k: v for k, v in p.items() if k not in ("calendar", "year", "month", "day")}
    start, end = span
    first = {**rest, "year": start.year, "month": start.month, "day": start.day}
    if end - start < timedelta(days=1):
        return first
    return first, {"year": end.year, "month": end.month, "day": end.day}
