"""Lunisolar calendars for movable feasts: the Chinese new year and the Hebrew calendar.

Both are arithmetic, so no table and no download: the Chinese new year is the day (China
time, UTC+8) of the second new moon after the one that opens the winter solstice's month (a
leap month there, as in 2033-34, is not modelled); new moons come from Meeus's series (Astronomical
Algorithms, ch. 49: a few minutes off at most, enough for a day). The Hebrew calendar is the
fixed arithmetic one of Reingold & Dershowitz (Calendrical Calculations). Dates are the
civil day of the feast, not the evening before when it begins at sundown: news says "on Yom
Kippur" for the day.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from math import radians, sin

_UNIX_JD = 2440587.5  # Julian day of 1970-01-01T00:00 UTC
# (coefficient, power of E, multiples of M, M', F, Ω) of Meeus's new-moon correction
_NEW_MOON_TERMS = (
    (-0.40720, 0, 0, 1, 0, 0), (0.17241, 1, 1, 0, 0, 0), (0.01608, 0, 0, 2, 0, 0),
    (0.01039, 0, 0, 0, 2, 0), (0.00739, 1, -1, 1, 0, 0), (-0.00514, 1, 1, 1, 0, 0),
    (0.00208, 2, 2, 0, 0, 0), (-0.00111, 0, 0, 1, -2, 0), (-0.00057, 0, 0, 1, 2, 0),
    (0.00056, 1, 1, 2, 0, 0), (-0.00042, 0, 0, 3, 0, 0), (0.00042, 1, 1, 0, 2, 0),
    (0.00038, 1, 1, 0, -2, 0), (-0.00024, 1, -1, 2, 0, 0), (-0.00017, 0, 0, 0, 0, 1),
    (-0.00007, 0, 2, 1, 0, 0), (0.00004, 0, 0, 2, -2, 0), (0.00004, 0, 3, 0, 0, 0),
    (0.00003, 0, 1, 1, -2, 0), (0.00003, 0, 0, 2, 2, 0), (-0.00003, 0, 1, 1, 2, 0),
    (0.00003, 0, -1, 1, 2, 0), (-0.00002, 0, -1, 1, -2, 0), (-0.00002, 0, 1, 3, 0, 0),
    (0.00002, 0, 0, 4, 0, 0),
)


def new_moon(k: int) -> datetime:
    """The instant (UTC, naive) of lunation k, counted from the new moon of 2000-01-06."""
    t = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t * t - 0.00000015 * t ** 3
    e = 1 - 0.002516 * t - 0.0000074 * t * t
    m = radians(2.5534 + 29.1053567 * k - 0.0000014 * t * t)
    mp = radians(201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t ** 3)
    f = radians(160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t ** 3)
    om = radians(124.7746 - 1.56375588 * k + 0.0020672 * t * t)
    jde += sum(c * e ** pe * sin(a * m + b * mp + g * f + h * om) for c, pe, a, b, g, h in _NEW_MOON_TERMS)
    return datetime(1970, 1, 1) + timedelta(days=jde - _UNIX_JD)


def _december_solstice(year: int) -> datetime:
    """The December solstice (UTC, naive), Meeus's mean formula: within an hour or so."""
    y = (year - 2000) / 1000
    jde = 2451900.05952 + 365242.74049 * y - 0.06223 * y * y - 0.00823 * y ** 3 + 0.00032 * y ** 4
    return datetime(1970, 1, 1) + timedelta(days=jde - _UNIX_JD)


def chinese_new_year(year: int) -> date:
    """The first day of the Chinese lunar year that begins in Gregorian `year`: the second
    new moon after the one that opens the month of the winter solstice (China time).

    >>> [str(chinese_new_year(y)) for y in (1985, 2013, 2014, 2018)]
    ['1985-02-20', '2013-02-10', '2014-01-31', '2018-02-16']
    """
    china = timedelta(hours=8)
    solstice = (_december_solstice(year - 1) + china).date()
    k = round((year - 1 + 355 / 365.25 - 2000) * 12.3685) + 1
    while (new_moon(k) + china).date() > solstice:
        k -= 1
    return (new_moon(k + 2) + china).date()


_HEBREW_EPOCH = -1373427  # R.D. (proleptic Gregorian ordinal) of 1 Tishri, year 1


def _leap(year: int) -> bool:
    return (7 * year + 1) % 19 < 7


def _elapsed_days(year: int) -> int:
    months = (235 * year - 234) // 19
    days = 29 * months + (12084 + 13753 * months) // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _new_year(year: int) -> int:
    before, this, after = (_elapsed_days(y) for y in (year - 1, year, year + 1))
    correction = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return _HEBREW_EPOCH + this + correction


def _month_days(month: int, year: int) -> int:
    length = _new_year(year + 1) - _new_year(year)
    short = month in (2, 4, 6, 10, 13) or (month == 12 and not _leap(year)) \
        or (month == 8 and length % 10 != 5) or (month == 9 and length % 10 == 3)
    return 29 if short else 30


def hebrew_to_gregorian(year: int, month: int, day: int) -> date:
    """A day of the Hebrew calendar (months from Nisan = 1; Tishri = 7 starts the year;
    12 = Adar, which is Adar II in a leap year; 13 = Adar II) as a Gregorian date.

    >>> str(hebrew_to_gregorian(5779, 7, 10)), str(hebrew_to_gregorian(5778, 1, 15))
    ('2018-09-19', '2018-03-31')
    """
    if month == 12 and _leap(year):
        month = 13
    fixed = _new_year(year) + day - 1
    last = 13 if _leap(year) else 12
    months = list(range(7, month)) if month >= 7 else list(range(7, last + 1)) + list(range(1, month))
    fixed += sum(_month_days(m, year) for m in months)
    return date.fromordinal(fixed)


def hebrew_in_year(gregorian_year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hebrew month-day that falls in `gregorian_year`."""
    for year in (gregorian_year + 3760, gregorian_year + 3761):
        found = hebrew_to_gregorian(year, month, day)
        if found.year == gregorian_year:
            return found
    return None
