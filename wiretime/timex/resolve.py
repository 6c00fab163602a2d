"""From a partial time (what the words said) to a TIMEX3 value (what they mean).

Language-agnostic: rules in `lang/*.py` build a *partial time*, a plain dict of the fields
below; this module anchors it on the reference (the article's publication time, local
wall clock) in the direction the sentence's tense, or else `prefer`, asks for.

Fields of a partial time:
  type        DATE | TIME | DURATION | SET, when the rule knows better than the fields
  year month day weekday(1=Mon) hour minute second   calendar and clock fields
  week quarter half season(SP SU FA WI) decade century   coarser calendar fields
  feast       a movable or fixed feast computed by feasts.py ("easter", "hijri:10-01"...)
  hhmm        "0800": military clock (hour and minute);  year2  a two-digit year ("'17")
  ampm        "am" | "pm";  pod  part of day: MO AF EV NI (and NO=noon, MN=midnight)
  day_end     true on a midnight: with a named day (weekday, date, feast) it is the midnight
              ending that day, valued that day's T24:00 ("midnight Friday"), a clock past it
              on the next day ("Friday night at 12:30": Saturday's 00:30); bare, the hour 0;
              counted after ("past midnight Friday"), the start of the day
  bc          true: a year before the common era
  rel         -1 | 0 | +1: last / this / next occurrence of what the other fields name
  shift, shift_unit    this/next/last unit at that unit's grain: (+1, "M") -> next month
  offset, offset_unit  N units from the reference: (-3, "D") -> three days ago;
              grain: the unit whose grain the result has (default: offset_unit);
              fine_grain: a finer grain the result keeps (an offset in years, to the day)
  anchor      a partial time the offset counts from instead ("3 days after Easter")
  into_year   a partial time naming a year: the day, week, month, quarter or half the other
              fields name, at the same place in that year ("this day in 1948": the
              reference's month and day in 1948; "the same month last year")
  widen       the unit whose span the found day is widened to ("the weekend": WE)
  anaphora    the offset may count from the time the sentence last named (see engine)
  within      a partial time whose span the other fields are looked for in
              ("Wednesday of next week"); a shift or offset with finer fields acts so too
  nth, nth_unit  the nth (negative: from the end) weekday, or unit (D W WE M Q), inside
              `within`, or inside the month (and year) the fields give
  occurrence  the nth occurrence after the reference's day (negative: before it), or
              after the day of `anchor` when there is one and no offset
  closest     n: the nth nearest occurrence to the reference, or to `anchor` when there is one,
              either side ("the second closest Monday to Oct 5th")
  calendar    "hijri": year, month and day are Hijri (converted to Gregorian by hijri.py)
  written     the calendar a day paired with its day in another calendar was written in (the
              pair stays two mentions: their differing `written` keeps merges from joining them)
  easter      days from Western Easter Sunday (holidays: Good Friday = -2); a feast spec
  era         "BC": the year, decade or century is before the Common Era (BC0049)
  reach       days a past tense cue may reach back for a date naming no year (the language's)
  dir         "past" | "future": the words say which occurrence ("last Tuesday"), strictly
              before or after the reference's day/month; this overrides tense and `prefer`
  amount, unit        a duration: (3, "D") -> P3D; amount "X" -> PXD
  units       a duration of several parts: [(1, "Y"), (2, "M")] -> P1Y2M
  past_reading  the partial time to read instead when the tense is past ("rose 5% in two
              years": a duration; else "in two years" is a date ahead)
  otherwise   the partial time to read instead when the tense is not future ("in two
              years": a date ahead, else a duration)
  ref         PRESENT_REF | PAST_REF | FUTURE_REF
  set         a SET value as written (P1D);  every: a partial time or unit repeated (one
              moved from the reference, "this day every year", repeats the reference's
              month and day, or month)
  zone        a zone the text states for a clock time (IANA, "UTC", "+03:00")
  mod         TIMEX3 mod (START MID END APPROX MORE_THAN LESS_THAN BEFORE AFTER ...)
  from, to    the two ends of a range (each a partial time)
Units: Y M W D H MIN S Q (quarter) HALF DE (decade) CE (century) WE (weekend) SEASON.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from wiretime.timex import hijri
from wiretime.timex.durations import duration_value, set_value
from wiretime.timex.fields import normalized
from wiretime.timex.grains import CLOCK_GRAINS, GRAINS, UNIT_GRAIN, When, advance, end_of_day, span_of
from wiretime.timex.occurrence import calendar_span, free_unit

DATE_FIELDS = ("century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "weekday",
               "feast", "easter")
CLOCK_FIELDS = ("hour", "minute", "second", "hhmm", "pod")
RELATIVE_FIELDS = ("shift_unit", "offset_unit", "within", "anchor", "rel", "nth")
# The fields that name a time (rather than only move one): a set, asked in C.
_NAMING = frozenset(DATE_FIELDS + CLOCK_FIELDS + ("nth",))


def names_day(p: dict[str, Any]) -> bool:
    """Whether the partial states its day (a date, weekday, feast or a move from the
    reference) rather than leaving a clock time on the reference's day."""
    return any(k in p for k in DATE_FIELDS + RELATIVE_FIELDS)


@dataclass(frozen=True, slots=True)
class Resolved:
    """A TIMEX3 reading: type, value, mod, and for clock times the local wall time."""

    type: str
    value: str
    mod: str | None = None
    local: str | None = None


def resolve(p: dict[str, Any], ref: datetime, direction: str, rollover: bool = True) -> Resolved | None:
    """The TIMEX3 reading of partial time `p` seen from local reference `ref`.

    `direction` is past | future | nearest: which occurrence an underspecified
    expression (a weekday, a month without a year, a clock time) refers to; "past~" and
    "future~" (a tense cue, a habit) give way to the nearest occurrence when theirs is
    more than a few months off (see occurrence.HORIZON); "recent" (the habit of news) is "past~"
    except that a day at most two days ahead is meant ("Thursday" on a Tuesday). `rollover`:
    looking ahead, a clock time already past on the reference day is the next day's
    (assistant convention); without it, it stays on the reference day.
    """
    mod = p.get("mod")
    direction = p.get("dir", direction)
    if p.get("calendar") == "hijri":
        gregorian = _gregorian(p, ref, "past~" if direction == "recent" else direction)
        if gregorian is None:
            return None
        if isinstance(gregorian, tuple):
            return resolve({"from": gregorian[0], "to": gregorian[1], **({"mod": mod} if mod else {})}, ref,
                           direction, rollover)
        p = gregorian
    if "otherwise" in p and direction.rstrip("~") != "future" \
            or "past_reading" in p and direction.rstrip("~") == "past":
        instead = p.get("otherwise", p.get("past_reading"))
        return resolve({**instead, **({"mod": mod} if mod else {})}, ref, direction, rollover)
    if "from" in p and "to" in p:
        return _resolve_range(p, ref, direction, mod, rollover)
    if "ref" in p:
        kind = "TIME" if p["ref"] == "PRESENT_REF" and p.get("type") == "TIME" else "DATE"
        return Resolved(kind, p["ref"], mod)
    if "set" in p or "every" in p:
        value = str(p["set"]) if "set" in p else _set_value(p["every"], ref, direction)
        return None if value is None else Resolved("SET", value, mod)
    if "unit" in p or "units" in p:
        parts = p.get("units") or [[p.get("amount", 1), p["unit"]]]
        return Resolved(p.get("type", "DURATION"), duration_value(parts), mod)
    try:
        found = when(p, ref, direction, rollover=rollover)
    except (ValueError, OverflowError, KeyError, TypeError):
        return None
    if found is None:
        return None
    return _reading(found, p, mod)


def _set_value(every: Any, ref: datetime, direction: str) -> str | None:
    """The SET value of what `every` repeats: a time moved from the reference ("this day every
    year") repeats the reference's day or month it names, since a SET value writes no reference."""
    if not isinstance(every, dict) or "offset_unit" not in every:
        return set_value(every)
    found = when(every, ref, direction)
    if found is None or found.grain not in ("day", "month"):
        return None
    day = found.day
    return set_value({"month": day.month, "day": day.day} if found.grain == "day" else {"month": day.month})


def _gregorian(p: dict, ref: datetime, direction: str) -> dict | tuple[dict, dict] | None:
    """`hijri.as_gregorian`, except that a clock time names no one time of a Hijri month or
    year, as of a Gregorian one ("في رمضان من 10 صباحا إلى 2 ظهرا": the hours of each day)."""
    gregorian = hijri.as_gregorian(p, ref, direction)
    return None if isinstance(gregorian, tuple) and not p.keys().isdisjoint(CLOCK_FIELDS) else gregorian


def _reading(found: When, p: dict, mod: str | None) -> Resolved:
    clock = found.grain in ("hour", "minute", "second")
    kind = p.get("type") or ("TIME" if found.grain in CLOCK_GRAINS else "DATE")
    value = found.value()
    if (p.get("bc") or p.get("era") == "BC") and found.grain in ("year", "decade", "century"):
        value = "BC" + value
    local = None
    if clock:
        local = found.start.isoformat(timespec="seconds" if found.grain == "second" else "minutes")
    return Resolved(kind, value, mod, local)


# -- ranges ---------------------------------------------------------------------------------
def _resolve_range(p: dict, ref: datetime, direction: str, mod: str | None,
                   rollover: bool) -> Resolved | None:
    a, b = dict(p["from"]), dict(p["to"])
    if a.get("ref") == "PRESENT_REF" or b.get("ref") == "PRESENT_REF":
        return _range_with_now(p, a, b, ref, mod, rollover)
    hijri_dir = "past" if direction == "recent" else direction.rstrip("~")
    for end, piece in ((0, a), (1, b)):  # "من 1 إلى 10 شوال": each end a Gregorian day
        if piece.get("calendar") == "hijri":
            gregorian = _gregorian(piece, ref, hijri_dir)
            if gregorian is None:
                return None
            piece.clear()
            piece.update(gregorian[end] if isinstance(gregorian, tuple) else gregorian)
    for key in ("reach", "dir"):  # the language's reach and a stated direction hold for both ends
        if key in p:  # ("rose from January to September", «من 5 إلى 7 مايو المقبل»)
            a.setdefault(key, p[key])
            b.setdefault(key, p[key])
    for key in ("century", "decade", "year", "month", "day", "ampm", "pod", "zone", "weekday", "quarter"):
        if key in b and key not in a and _coarser_than_finest(key, a) \
                and (key not in ("ampm", "pod") or int(a.get("hour", 0)) <= int(b.get("hour", 0))):
            a[key] = b[key]
        if key in a and key not in b and _coarser_than_finest(key, b) and key not in ("ampm", "pod"):
            b[key] = a[key]
    try:
        start = when(a, ref, direction, rollover=rollover)
        end = when(b, ref, direction, after=start.start if start else None, rollover=rollover)
    except (ValueError, OverflowError, KeyError, TypeError):
        return None
    if start is not None and end is not None and end.end <= start.start and "year" in a \
            and "year" in b and a["year"] == b["year"] and "year" not in p["from"]:
        a["year"] = int(a["year"]) - 1  # "Nov-Feb 2017": the year is the end's
        start = when(a, ref, direction, rollover=rollover)
    if start is None or end is None or end.end <= start.start:
        return None
    if _bare_weekday(a) and GRAINS.index(end.grain) < GRAINS.index("week") \
            or _bare_weekday(b) and GRAINS.index(start.grain) < GRAINS.index("week"):
        return None  # "moved from Friday to December": two times, a day never starts a month's range
    start, end = _same_grain(start, end)
    if start.grain == end.grain == "week":  # weeks as the days they span: ISO week numbers name no range
        start, end = span_of(start.start, "day"), span_of(end.end - timedelta(days=1), "day")
    reading = _reading(start, a, mod)
    return Resolved(p.get("type") or reading.type, f"{reading.value}/{end.value()}", mod, reading.local)


def _bare_weekday(p: dict) -> bool:
    """A weekday that only the reference places (no day, month, year or relative span)."""
    return "weekday" in p and not any(k in p for k in DATE_FIELDS + RELATIVE_FIELDS if k != "weekday")


def _range_with_now(p: dict, a: dict, b: dict, ref: datetime, mod: str | None,
                    rollover: bool) -> Resolved | None:
    """A range from or to the moment of speaking ("between now and eight o'clock"): that end
    is PRESENT_REF, the other is looked for on its side of the reference."""
    now_first = a.get("ref") == "PRESENT_REF"
    other = b if now_first else a
    if other.get("ref") is not None:
        return None
    try:
        found = when(other, ref, "future" if now_first else "past", rollover=rollover)
    except (ValueError, OverflowError, KeyError, TypeError):
        return None
    if found is None or (found.end <= ref if now_first else found.start >= ref):
        return None
    reading = _reading(found, other, mod)
    value = f"PRESENT_REF/{reading.value}" if now_first else f"{reading.value}/PRESENT_REF"
    return Resolved(p.get("type") or reading.type, value, mod, reading.local)


def _same_grain(a: When, b: When) -> tuple[When, When]:
    """Both ends at the finer of their grains (the end as its last unit); but a year that
    holds the end stays as said ("this year through August": 2017/2017-08, TimeML's two
    times, "this year" and "August"; a week or month start is written as its first day, as
    Recognizers-Text does: "this week through Friday" = 2017-01-23/2017-01-27)."""
    if a.grain == b.grain or "pod" in (a.grain, b.grain) or "season" in (a.grain, b.grain) \
            or a.grain == "year" and a.start <= b.start and b.end <= a.end:
        return a, b
    if GRAINS.index(a.grain) > GRAINS.index(b.grain):
        return a, span_of(advance(b.end, a.grain, -1), a.grain)
    return span_of(a.start, b.grain), b


def _coarser_than_finest(key: str, p: dict) -> bool:
    if key in ("ampm", "pod", "zone"):
        return ("hour" in p or "hhmm" in p) and "ampm" not in p and "pod" not in p
    if key == "weekday":
        return False
    if any(k in p for k in RELATIVE_FIELDS + ("feast",)):
        return False
    if key == "quarter":
        return False
    order = ("century", "decade", "year", "quarter", "month", "day", "hour", "minute", "second")
    finest = max((order.index(k) for k in p if k in order), default=-1)
    if "hhmm" in p:
        finest = max(finest, order.index("minute"))
    return finest >= 0 and order.index(key) < finest


# -- the span a partial time names ------------------------------------------------------------
def when(p: dict, ref: datetime, direction: str, after: datetime | None = None,
         rollover: bool = True) -> When | None:
    """The span partial time `p` names, seen from `ref`; `after`: the end of a range looks
    for its occurrence from there on; `rollover` as in `resolve`."""
    if "into_year" in p:
        return _into_year(p, ref, direction, after, rollover)
    f = normalized(p)
    if f is None:
        return None
    if f.get("shift_unit") == "W" and "month" in f and "day" in f and "weekday" not in f:
        return _day_in_week(f, ref, direction, after, rollover)  # "March 3 this week": only if it is
    stated = {"Y": ("year",), "M": ("year", "month")}.get(f.get("shift_unit"), ("year", "month", "day"))
    if "shift_unit" in f and f["shift_unit"] in ("Y", "M", "W", "D") and any(k in f for k in stated):
        f.pop("shift_unit")  # what the words state wins over the relative default ("summer 2016")
        f.pop("shift", None)
    if "nth" in f and "within" not in f and ("month" in f or "year" in f):  # the nth Monday of March
        f["within"] = {k: f.pop(k) for k in ("month", "year") if k in f}
        f.setdefault("nth_unit", None if "weekday" in f else "D")
    within = f.get("within")
    if "nth" in f and f.get("shift_unit") == "Y" and isinstance(within, dict) and "month" in within \
            and not any(k in within for k in ("year", "shift_unit")):  # "the last Tuesday of March next year"
        f["within"] = {**within, "shift": f.pop("shift", 0), "shift_unit": f.pop("shift_unit")}
    # "the third Tuesday after Christmas", "the closest Monday to Oct 5th": from the anchor's day
    if ("occurrence" in f or "closest" in f) and "anchor" in f and "offset_unit" not in f:
        origin = when(f.pop("anchor"), ref, direction, rollover=rollover)
        if origin is None:
            return None
        ref = origin.start
    if f.get("dir") in ("past", "future") and "rel" not in f and "occurrence" not in f:
        a_weekday = "weekday" in f and "day" not in f and "month" not in f
        if a_weekday:  # the first one strictly after (before) the reference's day
            f["occurrence"] = 1 if f["dir"] == "future" else -1
        else:
            f["rel"] = -1 if f["dir"] == "past" else 1
    outer = _relative_base(f, ref, direction, rollover)
    if outer is False:
        return None
    if outer is not None and f.keys().isdisjoint(_NAMING):
        return outer
    if f.keys().isdisjoint(_NAMING):
        return None
    if "weekday" in f and "day" not in f and outer is None and free_unit(f) in (None, "year", "month"):
        return None  # "Monday" + "March" names no day unless an nth or a span says which
    found = calendar_span(f, ref, direction, outer, after, rollover)
    if found is not None and f.get("day_end") and (free_unit(f) != "day" or outer is not None) \
            and found.grain == "minute" and found.start.hour == 0:
        # "midnight Friday", "midnight tonight" end that day, "Friday night at 12:30" is past
        # that midnight: the next day's 00:30; a bare midnight stays as read
        if found.start.time() == time(0):
            return end_of_day(found)
        return found._replace(start=found.start + timedelta(days=1))
    if found is not None and "widen" in f:
        day = found.start
        if f["widen"] == "WE" and day.weekday() < 2:  # a Monday's or Tuesday's weekend is the one before
            day -= timedelta(days=2)
        return span_of(day, UNIT_GRAIN[f["widen"]])
    return found


_CARRIED = ("half", "quarter", "month", "week", "day")  # the grains a year's place is kept at


def _into_year(p: dict, ref: datetime, direction: str, after: datetime | None,
               rollover: bool) -> When | None:
    """The span the fields other than `into_year` name, moved to the same place in the year
    `into_year` names (the same ISO week number for a week); None when that year has no such
    day (February 29) or the fields name no span of a year's grains."""
    found = when({k: v for k, v in p.items() if k != "into_year"}, ref, direction, after, rollover)
    year = when(p["into_year"], ref, direction, rollover=rollover)
    if found is None or year is None or year.grain != "year" or found.grain not in _CARRIED:
        return None
    try:
        if found.grain == "week":
            return When(datetime.fromisocalendar(year.start.year, found.start.isocalendar().week, 1), "week")
        return When(found.start.replace(year=year.start.year), found.grain)
    except ValueError:
        return None


def _day_in_week(f: dict, ref: datetime, direction: str, after: datetime | None,
                 rollover: bool) -> When | None:
    """A stated month and day with a week ("March 3 this week"): that day when the week holds it,
    else nothing (the two are two times: "mar3 this week or next")."""
    week = span_of(ref, "week").shift(int(f.get("shift", 0)))
    days = (week.start + timedelta(days=i) for i in range(7))
    inside = [d for d in days if (d.month, d.day) == (f["month"], f["day"])
              and f.get("year", d.year) == d.year]
    if not inside:
        return None
    rest = {k: v for k, v in f.items() if k not in ("shift", "shift_unit")}
    return when({**rest, "year": inside[0].year}, ref, direction, after, rollover)


def _relative_base(f: dict, ref: datetime, direction: str, rollover: bool) -> When | None | bool:
    """The span a shift, offset or `within` names (None when there is none, False if it fails)."""
    if "within" in f:
        return when(f["within"], ref, direction, rollover=rollover) or False
    if "shift_unit" in f:
        grain = UNIT_GRAIN[f["shift_unit"]]
        return span_of(ref, grain).shift(int(f.get("shift", 0)))
    if "offset_unit" in f:
        n, unit = f.get("offset", 0), f["offset_unit"]
        if "anchor" in f:
            anchor = f["anchor"]
            if isinstance(n, (int, float)) and n > 0 and isinstance(anchor, dict) and anchor.get("day_end"):
                # "two hours after midnight Friday" is early Friday, not early Saturday
                anchor = {k: v for k, v in anchor.items() if k != "day_end"}
            origin = when(anchor, ref, direction, rollover=rollover)
            if origin is None:
                return False
            moved = _move(origin.start, unit, n)
            if "grain" in f:
                return span_of(moved, UNIT_GRAIN[f["grain"]])
            return When(moved, origin.grain, origin.label)
        grain = UNIT_GRAIN[f.get("grain", {"W": "D", "H": "MIN"}.get(unit, unit))]
        if "fine_grain" in f and GRAINS.index(UNIT_GRAIN[f["fine_grain"]]) > GRAINS.index(grain):
            grain = UNIT_GRAIN[f["fine_grain"]]
        return span_of(_move(ref, unit, n), grain)
    return None


def _move(moment: datetime, unit: str, n: Any) -> datetime:
    if n == "X":
        raise ValueError("no amount")
    grain = UNIT_GRAIN[unit]
    if isinstance(n, float) and not n.is_integer():
        if grain in ("hour", "minute", "second", "day", "week"):
            seconds = {"hour": 3600, "minute": 60, "second": 1, "day": 86400, "week": 604800}[grain]
            return moment + timedelta(seconds=n * seconds)
        return advance(moment, "month", round(n * {"year": 12}.get(grain, 1)))
    return advance(moment, grain, int(n))
