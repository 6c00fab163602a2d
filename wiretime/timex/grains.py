"""Calendar spans at a grain: the arithmetic under every TIMEX3 value. Language-agnostic.

A `When` is a span of time named by its first instant and its grain ("the week of
2017-01-23", "the quarter starting 2017-04-01"); its end and its TIMEX3 value follow from
the grain. Resolution (resolve.py) builds Whens, moves them and looks inside them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import NamedTuple

# Coarse to fine. "pod" is a part of day (TIMEX3 MO AF EV NI), "weekend" Saturday-Sunday.
GRAINS = ("century", "decade", "year", "half", "quarter", "season", "month", "week", "weekend",
          "day", "pod", "hour", "minute", "second")
# The grains of a clock reading: a mention at one of them is a TIMEX3 TIME, not a DATE.
CLOCK_GRAINS = ("pod", "hour", "minute", "second")
# Units of partial times (see resolve.py) and the grain each one names.
UNIT_GRAIN = {"CE": "century", "DE": "decade", "Y": "year", "HALF": "half", "Q": "quarter",
              "SEASON": "season", "M": "month", "W": "week", "WE": "weekend", "D": "day",
              "H": "hour", "MIN": "minute", "S": "second"}
# Seasons by their first month (meteorological, northern hemisphere), TIMEX3 codes.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# Parts of day as [first hour, hour after the last) for looking inside them.
POD_HOURS = {"MO": (0, 12), "MI": (11, 13), "AF": (12, 18), "EV": (18, 24), "NI": (20, 24),
             "DT": (8, 18)}
# The label of the minute that ends a named day ("midnight Friday"): TimeML writes it as
# that day's T24:00, not as the next day's T00:00, so the value keeps the day it names.
DAY_END = "T24"
_MONTHS_IN = {"century": 1200, "decade": 120, "year": 12, "half": 6, "quarter": 3, "season": 3,
              "month": 1}
_SECONDS_IN = {"week": 604800, "weekend": 172800, "day": 86400, "hour": 3600, "minute": 60, "second": 1}


def add_months(moment: datetime, n: int) -> datetime:
    """`moment` n months later, the day clipped to the month's length (Jan 31 + 1 = Feb 28)."""
    k = moment.year * 12 + moment.month - 1 + n
    year, month = divmod(k, 12)
    return moment.replace(year=year, month=month + 1, day=min(moment.day, month_length(year, month + 1)))


def month_length(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def floor(moment: datetime, grain: str) -> datetime:
    """The first instant of the `grain` span containing `moment`."""
    day = datetime(moment.year, moment.month, moment.day)
    if grain in _SECONDS_IN or grain == "pod":
        if grain in ("day", "pod"):
            return day
        if grain == "week":
            return day - timedelta(days=day.weekday())
        if grain == "weekend":  # the Saturday of the (ISO, Monday-first) week
            return day + timedelta(days=5 - day.weekday())
        if grain == "hour":
            return moment.replace(minute=0, second=0, microsecond=0)
        if grain == "minute":
            return moment.replace(second=0, microsecond=0)
        return moment.replace(microsecond=0)
    first = datetime(moment.year, moment.month, 1)
    if grain == "season":
        back = (moment.month - 3) % 3
        return add_months(first, -back)
    months = _MONTHS_IN[grain]
    index = (moment.year * 12 + moment.month - 1) // months * months
    return datetime(index // 12, index % 12 + 1, 1)


class When(NamedTuple):
    """A span of time: its first instant and its grain (plus the code of a part of day).

    A named tuple, not a frozen dataclass: as immutable, and built 2-3x faster (resolving
    one expression builds a dozen candidate spans)."""

    start: datetime
    grain: str
    label: str | None = None
    stop: datetime | None = None  # the end of a span of several days that no grain names

    @property
    def end(self) -> datetime:
        """The first instant after the span."""
        if self.stop is not None:
            return self.stop
        if self.grain == "pod":
            first, last = POD_HOURS.get(self.label or "", (0, 24))
            return self.start + timedelta(hours=last - first)
        return advance(self.start, self.grain, 1)

    @property
    def day(self) -> date:
        return self.start.date()

    def shift(self, n: int, grain: str | None = None) -> When:
        """The span n units of `grain` (default: its own) later, at its own grain."""
        stop = None if self.stop is None else advance(self.stop, grain or self.grain, n)
        start = advance(self.start, grain or self.grain, n)
        if self.grain == "season":  # three months on is the next season
            return span_of(start, "season")
        return When(start, self.grain, self.label, stop)

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end

    def value(self) -> str:
        """The TIMEX3 value of the span."""
        s, g = self.start, self.grain
        if self.stop is not None:
            return f"{s.date().isoformat()}/{(self.stop - timedelta(days=1)).date().isoformat()}"
        if g == "century":
            return f"{s.year // 100:02d}"
        if g == "decade":
            return f"{s.year // 10:03d}"
        if g == "year":
            return f"{s.year:04d}"
        if g == "half":
            return f"{s.year:04d}-H{(s.month - 1) // 6 + 1}"
        if g == "quarter":
            return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
        if g == "season":
            return f"{s.year:04d}-{self.label}"
        if g == "month":
            return f"{s.year:04d}-{s.month:02d}"
        if g in ("week", "weekend"):
            year, week, _ = s.isocalendar()
            return f"{year:04d}-W{week:02d}" + ("-WE" if g == "weekend" else "")
        if g == "day":
            return s.date().isoformat()
        if g == "pod":
            return f"{s.date().isoformat()}T{self.label}"
        if g == "second":
            return s.isoformat(timespec="seconds")
        if self.label == DAY_END and s.hour == s.minute == 0:  # not moved off it ("a quarter to" is 23:45)
            return f"{(s - timedelta(days=1)).date().isoformat()}T24:00"
        return s.isoformat(timespec="minutes")


def end_of_day(day: When) -> When:
    """The midnight that ends `day` (a span starting on that day): the instant is the next
    day's first, the value that day's T24:00."""
    return When(floor(day.start, "day") + timedelta(days=1), "minute", DAY_END)


def advance(moment: datetime, grain: str, n: int) -> datetime:
    """`moment` moved by n spans of `grain`."""
    if grain in _MONTHS_IN:
        return add_months(moment, n * _MONTHS_IN[grain])
    if grain == "weekend":
        return moment + timedelta(weeks=n)
    if grain == "pod":
        return moment + timedelta(days=n)
    return moment + timedelta(seconds=n * _SECONDS_IN[grain])


def span_of(moment: datetime, grain: str, label: str | None = None) -> When:
    """The span of `grain` containing `moment`."""
    if grain == "season":
        start = floor(moment, "season")
        label = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}[start.month]
        return When(start, grain, label)
    if grain == "pod":
        first, _ = POD_HOURS.get(label or "", (0, 24))
        return When(floor(moment, "day") + timedelta(hours=first), grain, label)
    return When(floor(moment, grain), grain, label)


def season(year: int, code: str) -> When:
    """Season `code` of `year` (winter: the one starting in December of `year`)."""
    return When(datetime(year, SEASON_START[code], 1), "season", code)


def full_units_inside(outer: When, grain: str) -> list[When]:
    """The spans of `grain` lying wholly inside `outer`, in order ("the first week of May")."""
    first = span_of(outer.start, grain)
    if first.start < outer.start:
        first = first.shift(1)
    out = []
    length = timedelta(days=2) if grain == "weekend" else None  # Saturday and Sunday, not the week on
    while (first.start + length if length else first.end) <= outer.end and len(out) < 600:
        out.append(first)
        first = first.shift(1)
    return out
