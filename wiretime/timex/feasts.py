"""Feasts whose dates follow a rule rather than a fixed day: computed, never listed.

A language table names a feast with a spec string (the words are the language's, the
calendar is not):
  "easter", "easter+49"        Western Easter Sunday, plus or minus days (Pentecost)
  "orthodox_easter-48"         Orthodox Easter (Julian computus), plus or minus days
  "easter:46-46"               46 days from 46 days before Easter (Lent)
  "nth:11:4:4"                 the 4th Thursday (weekday 4) of November; "nth:5:1:last"
  "hijri:10:01"                a day of the Islamic calendar (Umm al-Qura, via hijridate)
  "hijri:09"                   a whole Islamic month (Ramadan), as a span of days
  "weekday:10:16"              October 16, or the nearest weekday when it falls on a weekend
  "notsunday:04:27"            April 27, or the Saturday before when it falls on a Sunday
  "hijri_last_weekday:09:5"    the last Friday (weekday 5) of Islamic month 9 (Jumu'atul-Wida)
  "chinese_new_year"           the first day of the Chinese lunar year (lunisolar.py)
  "hebrew:07:10", "hebrew:01:15:8"  a day of the Hebrew calendar (Nisan = 1, Tishri = 7;
                               12 = Adar, Adar II in a leap year), optionally lasting N days
  "hindu:07:30:18", "hindu:07:01:06:10"  tithi 30 of amanta month 7 (Ashvin) judged at 18:00
                               India time (panchanga.py), optionally lasting N days
  "sankranti:9"                the day the Sun enters sidereal sign 9 (Capricorn)
  "bengali:01:25"              day 25 of Bengali solar month 1 (Boishakh), Indian reckoning
  "vague_year:2018:08:17"        the same day of a 365-day "vague" year (Parsi Shahenshahi)
Each spec may end in "+N"/"-N" days. Returns the feast's span in a Gregorian year.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from wiretime.timex import lunisolar, panchanga
from wiretime.timex.grains import When

_SPEC = re.compile(r"^(?P<base>[a-z_]+)(?::(?P<arg>[\w:]+?))?(?P<shift>[+-]\d+)?$")


def feast(spec: str, year: int) -> When | None:
    """The span of feast `spec` in Gregorian `year` (None when it cannot be computed)."""
    return _feast(spec, year)


@lru_cache(maxsize=4096)
def _feast(spec: str, year: int) -> When | None:
    m = _SPEC.match(spec)
    if m is None:
        raise ValueError(f"bad feast spec {spec!r}")
    base, arg, shift = m.group("base"), m.group("arg") or "", int(m.group("shift") or 0)
    found: When | None
    if base == "easter":
        found = _days(easter(year), int(arg or 1))
    elif base == "orthodox_easter":
        found = _days(orthodox_easter(year), int(arg or 1))
    elif base == "nth":
        month, weekday, n = arg.split(":")
        found = _day(nth_weekday(year, int(month), int(weekday), -1 if n == "last" else int(n)))
    elif base == "hijri":
        found = _hijri(year, arg)
    elif base == "chinese_new_year":
        found = _day(lunisolar.chinese_new_year(year))
    elif base == "hindu":
        month, tithi, hour, *days = (int(x) for x in arg.split(":"))
        found = _days(panchanga.lunar_feast(year, month, tithi, hour), days[0] if days else 1)
    elif base == "sankranti":
        found = _day(panchanga.solar_ingress(year, int(arg)))
    elif base == "bengali":
        month, day = (int(x) for x in arg.split(":"))
        found = _day(panchanga.solar_month_day(year, month - 1, day))
    elif base == "vague_year":
        known = date(*(int(x) for x in arg.split(":")))
        day = known + timedelta(days=365 * (year - known.year))
        found = _day(day if day.year == year else day + timedelta(days=365 if day.year < year else -365))
    elif base == "hebrew":
        month, day, *days = (int(x) for x in arg.split(":"))
        found = _days(lunisolar.hebrew_in_year(year, month, day), days[0] if days else 1)
    elif base in ("weekday", "notsunday"):
        month, day = (int(x) for x in arg.split(":"))
        d = date(year, month, day)
        # weekday: Saturday -> the Friday before, Sunday -> the Monday after; notsunday:
        # only a Sunday moves, to the Saturday before
        moves = {6: -1, 7: 1} if base == "weekday" else {7: -1}
        found = _day(d + timedelta(days=moves.get(d.isoweekday(), 0)))
    elif base == "hijri_last_weekday":
        month, weekday = (int(x) for x in arg.split(":"))
        found = _last_weekday(_hijri(year, f"{month:02d}"), weekday)
    else:
        raise ValueError(f"unknown feast {base!r}")
    if found is None or not shift:
        return found
    return When(found.start + timedelta(days=shift), found.grain, found.label,
                None if found.stop is None else found.stop + timedelta(days=shift))


def _last_weekday(span: When | None, weekday: int) -> When | None:
    """The last `weekday` (1 = Monday) inside a span of days (a month of another calendar)."""
    if span is None or span.stop is None:
        return None
    last = span.stop - timedelta(days=1)
    return _day((last - timedelta(days=(last.isoweekday() - weekday) % 7)).date())


def _day(d: date | None) -> When | None:
    return None if d is None else When(datetime(d.year, d.month, d.day), "day")


def _days(d: date | None, days: int) -> When | None:
    """A feast of several days (Passover, Hanukkah) as a span of days."""
    if d is None or days == 1:
        return _day(d)
    start = datetime(d.year, d.month, d.day)
    return When(start, "day", stop=start + timedelta(days=days))


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday: the Julian computus, as a Gregorian date."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian = date(year, month, day + 1)
    return julian + timedelta(days=year // 100 - year // 400 - 2)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The nth `weekday` (1 = Monday) of a month; n = -1 is the last one."""
    if n > 0:
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    else:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        day = last - timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-n - 1))
    return day if day.month == month else None


def _hijri(year: int, arg: str) -> When | None:
    from hijridate import Hijri
    from hijridate.ummalqura import HIJRI_RANGE

    parts = [int(x) for x in arg.split(":")]
    month, day = parts[0], parts[1] if len(parts) > 1 else 1
    approx = int((year - 622) * 33 / 32)
    for hy in range(approx - 1, approx + 3):
        if not HIJRI_RANGE[0][0] <= hy <= HIJRI_RANGE[1][0] - 1:
            continue
        start = Hijri(hy, month, day).to_gregorian()
        if start.year != year:
            continue
        if len(parts) > 1:
            return _day(start)
        following = Hijri(hy + (month == 12), month % 12 + 1, 1).to_gregorian()
        return When(datetime(start.year, start.month, start.day), "day",
                    stop=datetime(following.year, following.month, following.day))
    return None
