"""From a partial time (what the words said) to a TIMEX3 value (what they mean).

Language-agnostic: rules in `lang/*.py` build a *partial time*, a plain dict of the fields
below; this module anchors it on the reference (the article's publication time, local
wall clock) in the direction the sentence's tense, or else `prefer`, asks for.

Fields of a partial time:
  type        DATE | TIME | DURATION | SET, when the rule knows better than the fields
  year month day weekday(1=Mon) hour minute second   calendar and clock fields
  hhmm        "0800": military clock (hour and minute)
  ampm        "am" | "pm";  pod  part of day: MO AF EV NI (and NO=noon, MN=midnight)
  year2       a two-digit year ("'17")
  shift, shift_unit   this/next/last unit at that unit's grain: (+1, "M") -> next month
  offset, offset_unit N units from the reference: (-3, "D") -> three days ago
  amount, unit        a duration: (3, "D") -> P3D; amount "X" -> PXD
  units       a duration of several parts: [(1, "Y"), (2, "M")] -> P1Y2M
  ref         PRESENT_REF | PAST_REF | FUTURE_REF
  set         a SET value as written (P1D, XXXX-WXX-2); freq/quant pass through to extra
  quarter half season decade century   coarse periods (with year when known)
  nth, nth_unit       the nth weekday / week ("W") / day ("D") of the month (-1 = last)
  calendar    "hijri": year, month and day are Hijri (converted to Gregorian here)
  easter      days from Western Easter Sunday (holidays: Good Friday = -2)
  era         "BC": the year, decade or century is before the Common Era (BC0049)
  zone        a zone the text states for a clock time (IANA, "UTC", "+03:00")
  dir         "past" | "future": the words say which occurrence ("last Tuesday"), strictly
              before or after the reference's day/month; this overrides tense and `prefer`
  mod         TIMEX3 mod (START MID END APPROX MORE_THAN LESS_THAN ...)
  from, to    the two ends of a range (each a partial time)
Units: Y M W D H MIN S Q (quarter) HALF DE (decade) CE (century).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from wiretime.timex import hijri

DATE_FIELDS = ("century", "decade", "year", "half", "quarter", "season", "month", "day", "weekday", "easter")
CLOCK_FIELDS = ("hour", "minute", "second", "hhmm", "pod")
GRAIN_ORDER = ("century", "decade", "year", "half", "quarter", "season", "month", "week", "day",
               "pod", "hour", "minute", "second")
DURATION_UNITS = {"CE": "CE", "DE": "DE", "Y": "Y", "HALF": "H", "Q": "Q", "M": "M", "W": "W", "D": "D",
                  "H": "TH", "MIN": "TM", "S": "TS"}  # largest first
_DAY_KEYS = ("year", "month", "day", "weekday", "shift", "shift_unit", "offset", "offset_unit", "nth",
             "nth_unit", "calendar", "dir")
POD_HOURS = {"MO": 9, "AF": 15, "EV": 19, "NI": 22, "NO": 12, "MN": 0}


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
    expression (a weekday, a month without a year, a clock time) refers to. `rollover`:
    looking ahead, a clock time already past on the reference day is the next day's
    (assistant convention); without it, it stays on the reference day.
    """
    mod = p.get("mod")
    direction = p.get("dir", direction)
    if "from" in p and "to" in p:
        return _resolve_range(p["from"], p["to"], ref, direction, mod, rollover)
    if "ref" in p:
        return Resolved("TIME" if p["ref"] == "PRESENT_REF" and p.get("type") == "TIME" else "DATE",
                        p["ref"], mod)
    if "set" in p:
        return Resolved("SET", str(p["set"]), mod)
    if "units" in p:
        return Resolved("DURATION", compound_duration(p["units"]), mod)
    if "unit" in p:
        return Resolved("DURATION", duration_value(p.get("amount", 1), p["unit"]), mod)
    if p.get("calendar") == "hijri":
        gregorian = hijri.as_gregorian(p, ref, direction)
        if gregorian is None:
            return None
        if isinstance(gregorian, tuple):
            return _resolve_range(*gregorian, ref, direction, mod, rollover)
        p = gregorian
    if "shift_unit" in p or "offset_unit" in p:
        anchored = _anchor(p, ref)
        if anchored is not None:
            return _resolve_calendar(anchored, ref, direction, mod, rollover)
        if "shift_unit" in p:
            return _resolve_shift(p, ref, mod)
        return _resolve_offset(p, ref, mod)
    return _resolve_calendar(p, ref, direction, mod, rollover)


def _anchor(p: dict, ref: datetime) -> dict | None:
    """A relative period that finer fields narrow ("Friday of next week", "June next year",
    "tomorrow at 3") as absolute calendar fields; None when nothing finer is given."""
    unit = p.get("shift_unit") or p.get("offset_unit")
    n = p.get("shift", p.get("offset", 0))
    if unit not in ("D", "W", "M", "Y") or not isinstance(n, int):
        return None
    finer = {"Y": ("half", "quarter", "season", "month", "day", "weekday", "nth", "hour", "pod"),
             "M": ("day", "weekday", "nth", "hour", "pod"), "W": ("weekday", "hour", "pod"),
             "D": ("hour", "pod")}[unit]
    if not any(k in p for k in finer) or (unit == "W" and "weekday" not in p):
        return None
    out = {k: v for k, v in p.items() if k not in ("shift", "shift_unit", "offset", "offset_unit")}
    if any(k in out for k in {"Y": ("year",), "M": ("year", "month")}.get(unit, ("year", "month", "day"))):
        return out  # what the words state wins over the relative default ("صيف 2016")
    if unit == "Y":
        out["year"] = ref.year + n
    elif unit == "M":
        out["year"], out["month"] = _add_months(ref.year, ref.month, n)
    else:
        day = ref.date() + timedelta(days=n) if unit == "D" else \
            ref.date() - timedelta(days=ref.weekday()) + timedelta(weeks=n, days=out.pop("weekday") - 1)
        out.update(year=day.year, month=day.month, day=day.day)
        out.pop("weekday", None)
    return out


def duration_value(amount: Any, unit: str) -> str:
    """ISO-8601 duration; fractions of a unit go down to the next unit (half an hour = PT30M)."""
    code = DURATION_UNITS[unit]
    if isinstance(amount, float) and not amount.is_integer():
        smaller = {"Y": (12, "M"), "M": (None, None), "D": (24, "H"), "H": (60, "MIN"),
                   "MIN": (60, "S"), "W": (7, "D")}.get(unit, (None, None))
        if smaller[0]:
            return duration_value(round(amount * smaller[0]), smaller[1])
    number = "X" if amount in ("X", None) else str(int(amount)) if float(amount).is_integer() else str(amount)
    if code.startswith("T"):
        return f"PT{number}{code[1:]}"
    return f"P{number}{code}"


def compound_duration(units: list[tuple[Any, str]]) -> str:
    """One ISO-8601 duration of several (amount, unit) parts: a year and a month = P1Y1M."""
    order = list(DURATION_UNITS)
    date, clock = [], []
    for amount, unit in sorted(units, key=lambda u: order.index(u[1])):
        number = "X" if amount in ("X", None) else f"{amount:g}"
        code = DURATION_UNITS[unit]
        (clock if code.startswith("T") else date).append(number + code.removeprefix("T"))
    return "P" + "".join(date) + ("T" + "".join(clock) if clock else "")


# -- ranges -------------------------------------------------------------------------------
def _resolve_range(a: dict, b: dict, ref: datetime, direction: str, mod: str | None,
                   rollover: bool = True) -> Resolved | None:
    a, b = dict(a), dict(b)
    if "calendar" in a or "calendar" in b:
        a["calendar"] = b["calendar"] = a.get("calendar") or b.get("calendar")
    for key in ("year", "month", "day", "ampm", "pod", "zone", "weekday"):
        if key in b and key not in a and _coarser_than_finest(key, a):
            a[key] = b[key]
        if key in a and key not in b and _coarser_than_finest(key, b):
            b[key] = a[key]
    for x, y in ((a, b), (b, a)):  # "Thursday from 9 to 11": the clock-only end takes the day
        if "hour" in y and not any(k in y for k in _DAY_KEYS):
            y.update({k: v for k, v in x.items() if k in _DAY_KEYS})
    start = resolve(a, ref, direction, rollover)
    end = resolve(b, ref, direction, rollover)
    if start is None or end is None:
        return None
    return Resolved(start.type, f"{start.value}/{end.value}", mod or start.mod, start.local)


def _coarser_than_finest(key: str, p: dict) -> bool:
    if key in ("ampm", "pod", "zone"):
        return "hour" in p or "hhmm" in p
    if key == "weekday":
        return False
    finest = max((GRAIN_ORDER.index(k) for k in p if k in GRAIN_ORDER), default=-1)
    return finest >= 0 and GRAIN_ORDER.index(key) < finest


# -- relative: this/next/last unit ---------------------------------------------------------
def _resolve_shift(p: dict, ref: datetime, mod: str | None) -> Resolved | None:
    n, unit = int(p.get("shift", 0)), p["shift_unit"]
    if unit == "D":
        return Resolved("DATE", (ref.date() + timedelta(days=n)).isoformat(), mod)
    if unit == "W":
        y, w, _ = (ref.date() + timedelta(weeks=n)).isocalendar()
        return Resolved("DATE", f"{y}-W{w:02d}", mod)
    if unit == "M":
        y, m = _add_months(ref.year, ref.month, n)
        return Resolved("DATE", f"{y:04d}-{m:02d}", mod)
    if unit == "Q":
        q = (ref.year * 4 + (ref.month - 1) // 3) + n
        return Resolved("DATE", f"{q // 4:04d}-Q{q % 4 + 1}", mod)
    if unit == "HALF":
        h = ref.year * 2 + (ref.month - 1) // 6 + n
        return Resolved("DATE", f"{h // 2:04d}-H{h % 2 + 1}", mod)
    if unit == "Y":
        return Resolved("DATE", f"{ref.year + n:04d}", mod)
    if unit == "DE":
        return Resolved("DATE", f"{(ref.year // 10 + n):03d}", mod)
    if unit == "CE":
        return Resolved("DATE", f"{(ref.year // 100 + n):02d}", mod)
    if unit in ("H", "MIN", "S"):
        return _resolve_offset({"offset": n, "offset_unit": unit}, ref, mod)
    return None


def _resolve_offset(p: dict, ref: datetime, mod: str | None) -> Resolved | None:
    n, unit = p.get("offset", 0), p["offset_unit"]
    if unit in ("H", "MIN", "S"):
        seconds = {"H": 3600, "MIN": 60, "S": 1}[unit] * float(n)
        moment = ref + timedelta(seconds=seconds)
        local = moment.isoformat(timespec="minutes")
        return Resolved("TIME", local, mod, local)
    if unit in ("D", "W"):
        day = ref.date() + timedelta(days=int(n) * (7 if unit == "W" else 1))
        return Resolved("DATE", day.isoformat(), mod)
    if unit == "M":
        y, m = _add_months(ref.year, ref.month, int(n))
        return Resolved("DATE", f"{y:04d}-{m:02d}", mod)
    if unit == "Y":
        return Resolved("DATE", f"{ref.year + int(n):04d}", mod)
    if unit in ("Q", "HALF", "DE", "CE") and isinstance(n, int):
        return _resolve_shift({"shift": n, "shift_unit": unit}, ref, mod)
    return None


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + month - 1 + n
    return k // 12, k % 12 + 1


# -- calendar and clock fields -------------------------------------------------------------
def _resolve_calendar(p: dict, ref: datetime, direction: str, mod: str | None,
                      rollover: bool = True) -> Resolved | None:
    p = _normalize_fields(p)
    if p is None:
        return None
    has_clock = "hour" in p or "pod" in p
    has_date = any(k in p for k in DATE_FIELDS)
    if not has_clock and not has_date:
        return None
    if not has_clock:
        value = _date_value(p, ref, direction)
        if value is not None and p.get("era") == "BC":
            value = "BC" + value
        return None if value is None else Resolved(p.get("type", "DATE"), value, mod)
    if has_date:
        day_value = _date_value(p, ref, direction)
        if day_value is None or len(day_value) != 10:
            return None
        day = date.fromisoformat(day_value)
        return _clock(p, day, mod)
    return _clock_near(p, ref, direction, mod, rollover)


def _normalize_fields(p: dict) -> dict | None:
    p = dict(p)
    if "hhmm" in p:
        raw = str(p.pop("hhmm")).zfill(4)
        p["hour"], p["minute"] = int(raw[:2]), int(raw[2:])
    if "year2" in p:
        y = int(p.pop("year2"))
        p["year"] = 2000 + y if y < 50 else 1900 + y
    for key in ("year", "month", "day", "hour", "minute", "second", "weekday", "quarter", "half"):
        if key in p:
            try:
                p[key] = int(p[key])
            except (TypeError, ValueError):
                return None
    hour = p.get("hour")
    if hour is not None:
        ampm, pod = p.get("ampm"), p.get("pod")
        if ampm == "pm" and hour < 12 or pod in ("AF", "EV") and hour < 12 or pod == "NI" and 6 <= hour < 12 \
                or pod == "NO" and 0 < hour <= 7:  # "at 1 at noon" is 13:00
            hour += 12
        elif (ampm == "am" or pod in ("MO", "MN", "NI")) and hour == 12:
            hour = 0
        p["hour"] = hour
        if not (0 <= hour <= 24 and 0 <= p.get("minute", 0) < 60):
            return None
    if "month" in p and not 1 <= p["month"] <= 12:
        return None
    if "day" in p and not 1 <= p["day"] <= 31:
        return None
    return p


def _date_value(p: dict, ref: datetime, direction: str) -> str | None:
    """Date part as a TIMEX3 value at the grain of its finest field."""
    if "century" in p:
        return f"{int(p['century']):02d}"
    if "decade" in p:
        return f"{int(p['decade']):03d}"
    year = p.get("year")
    if "easter" in p:  # a day counted from (Western) Easter Sunday
        years = [year] if year is not None else [ref.year - 1, ref.year, ref.year + 1]
        days = [easter(y) + timedelta(days=int(p["easter"])) for y in years]
        return _pick(days, ref.date(), direction).isoformat()
    if p.get("nth_unit") == "W" and "month" not in p and year is not None:  # "the 2nd week of 2015"
        n = int(p["nth"])
        return f"{year:04d}-W{n:02d}" if 1 <= n <= 52 else None
    if "nth" in p and "month" in p:
        return _nth_of_month(p, year, ref, direction)
    if "month" in p:
        month, day = p["month"], p.get("day")
        if year is None:
            year = _pick_year(month, day, ref, direction, strict="dir" in p)
        if day is None:
            return f"{year:04d}-{month:02d}"
        if day > calendar.monthrange(year, month)[1]:
            return None
        return f"{year:04d}-{month:02d}-{day:02d}"
    if "day" in p:
        y, m = (year, ref.month) if year else (ref.year, ref.month)
        candidates = [_add_months(y, m, k) for k in (-1, 0, 1)]
        dates = [date(cy, cm, p["day"]) for cy, cm in candidates
                 if p["day"] <= calendar.monthrange(cy, cm)[1]]
        return _pick(dates, ref.date(), direction).isoformat() if dates else None
    if "weekday" in p:
        today = ref.date()
        back = (today.weekday() + 1 - p["weekday"]) % 7
        fwd = (p["weekday"] - 1 - today.weekday()) % 7
        if direction == "future":
            return (today + timedelta(days=fwd or 7)).isoformat()
        if direction == "past" and "dir" in p:
            return (today - timedelta(days=back or 7)).isoformat()
        if direction == "past" or back <= fwd:
            return (today - timedelta(days=back)).isoformat()
        return (today + timedelta(days=fwd)).isoformat()
    if year is None:
        return None
    for key, fmt in (("quarter", "Q{}"), ("half", "H{}"), ("season", "{}")):
        if key in p:
            return f"{year:04d}-" + fmt.format(p[key])
    return f"{year:04d}"


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the computus' own names)
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _nth_of_month(p: dict, year: int | None, ref: datetime, direction: str) -> str | None:
    """The nth (or, counting from the end, -nth) weekday, full week or day of a month."""
    month, n, unit = p["month"], int(p["nth"]), p.get("nth_unit", "weekday" if "weekday" in p else "D")
    if year is None:
        year = _pick_year(month, None, ref, direction)
    last = calendar.monthrange(year, month)[1]
    if unit == "D":
        day = n if n > 0 else last + 1 + n
        return date(year, month, day).isoformat() if 1 <= day <= last else None
    weekday = p.get("weekday", 1) if unit == "weekday" else 1
    days = [date(year, month, d) for d in range(1, last + 1) if date(year, month, d).isoweekday() == weekday]
    if unit == "W":  # a week of the month is a Monday-to-Sunday week wholly inside it
        days = [d for d in days if d.day + 6 <= last]
    if not -len(days) <= (n - 1 if n > 0 else n) < len(days):
        return None
    chosen = days[n - 1 if n > 0 else n]
    if unit == "W":
        y, w, _ = chosen.isocalendar()
        return f"{y}-W{w:02d}"
    return chosen.isoformat()


def _pick_year(month: int, day: int | None, ref: datetime, direction: str, strict: bool = False) -> int:
    dates = [date(ref.year + k, month, min(day or 1, 28)) for k in (-1, 0, 1)]
    today = date(ref.year, ref.month, 1) if day is None else ref.date()  # a month: this one is "now"
    if strict:
        dates = [d for d in dates if d != today]
    return _pick(dates, today, direction).year


def _pick(candidates: list[date], today: date, direction: str) -> date:
    if direction == "future":
        ahead = [d for d in candidates if d >= today]
        return min(ahead) if ahead else max(candidates)
    if direction == "past":
        behind = [d for d in candidates if d <= today]
        return max(behind) if behind else min(candidates)
    return min(candidates, key=lambda d: (abs((d - today).days), d < today))


def _clock(p: dict, day: date, mod: str | None) -> Resolved:
    if "hour" not in p and p["pod"] not in ("NO", "MN"):
        return Resolved("TIME", f"{day.isoformat()}T{p['pod']}", mod)
    if "hour" not in p:  # noon and midnight are clock times
        p = {**p, "hour": POD_HOURS[p["pod"]]}
    hour = p["hour"]
    if hour == 24:
        day, hour = day + timedelta(days=1), 0
    moment = datetime(day.year, day.month, day.day, hour, p.get("minute", 0), p.get("second", 0))
    local = moment.isoformat(timespec="seconds" if p.get("second") else "minutes")
    return Resolved("TIME", local, mod, local)


def _clock_near(p: dict, ref: datetime, direction: str, mod: str | None, rollover: bool = True) -> Resolved:
    """A clock time with no date: the reference day, or the next occurrence looking ahead."""
    day = ref.date()
    if "hour" in p and direction == "future":
        ambiguous = p["hour"] <= 12 and "ampm" not in p and "pod" not in p and p["hour"] != 0
        clock = (p["hour"], p.get("minute", 0))
        now = (ref.hour, ref.minute)
        if clock < now:
            if ambiguous and (clock[0] + 12, clock[1]) >= now and clock[0] < 12:
                p = {**p, "hour": clock[0] + 12}
            elif rollover:
                day += timedelta(days=1)
    return _clock(p, day, mod)
