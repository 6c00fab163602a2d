"""The Hindu lunisolar calendar (amanta months, tithis) and the sidereal solar one, for feasts.

Computed, never listed: the Sun's longitude from Meeus's low-precision series (ch. 25, about
0.01°), the Moon's from the main terms of ch. 47 (a few hundredths of a degree), sidereal by
the Lahiri ayanamsa. A tithi is a 12° step of the Moon's elongation (1-15 waxing, 16-30
waning, 30 = new moon); a lunar month runs new moon to new moon (amanta) and is named by the
sign the Sun is in when it starts (Chaitra = 1 when in Pisces); a month with no solar ingress
is a leap (adhika) month, which feasts skip. A feast is the first civil day (India time) whose
tithi at the feast's hour (sunrise 6, noon 12, dusk 18, midnight 24) is the feast's, or the
first day past it when that tithi spans no such hour. Observances differ by region and
almanac by a day now and then; these are the common all-India dates.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from math import floor, radians, sin

from wiretime.timex.lunisolar import new_moon

IST = timedelta(hours=5, minutes=30)
_J2000 = datetime(2000, 1, 1, 12)
# (D, M, M', F, coefficient in 1e-6 degrees) of the Moon's longitude (Meeus table 47.A)
_MOON_TERMS = (
    (0, 0, 1, 0, 6288774), (2, 0, -1, 0, 1274027), (2, 0, 0, 0, 658314), (0, 0, 2, 0, 213618),
    (0, 1, 0, 0, -185116), (0, 0, 0, 2, -114332), (2, 0, -2, 0, 58793), (2, -1, -1, 0, 57066),
    (2, 0, 1, 0, 53322), (2, -1, 0, 0, 45758), (0, 1, -1, 0, -40923), (1, 0, 0, 0, -34720),
    (0, 1, 1, 0, -30383), (2, 0, 0, -2, 15327), (0, 0, 1, 2, -12528), (0, 0, 1, -2, 10980),
    (4, 0, -1, 0, 10675), (0, 0, 3, 0, 10034), (4, 0, -2, 0, 8548), (2, 1, -1, 0, -7888),
    (2, 1, 0, 0, -6766), (1, 0, -1, 0, -5163), (1, 1, 0, 0, 4987), (2, -1, 1, 0, 4036),
    (2, 0, 2, 0, 3994), (4, 0, 0, 0, 3861), (2, 0, -3, 0, 3665), (0, 1, -2, 0, -2689),
    (2, 0, -1, 2, -2602), (2, -1, -2, 0, 2390), (1, 0, 1, 0, -2348), (2, -2, 0, 0, 2236),
    (0, 1, 2, 0, -2120), (0, 2, 0, 0, -2069), (2, -2, -1, 0, 2048), (2, 0, 1, -2, -1773),
    (2, 0, 0, 2, -1595), (4, -1, -1, 0, 1215), (0, 0, 2, 2, -1110), (3, 0, -1, 0, -892),
)


def _centuries(t: datetime) -> float:
    return (t - _J2000).total_seconds() / 86400 / 36525


def sun_longitude(t: datetime) -> float:
    """The Sun's apparent tropical longitude in degrees at `t` (UTC, naive)."""
    c = _centuries(t)
    m = radians(357.52911 + 35999.05029 * c - 0.0001537 * c * c)
    centre = (1.914602 - 0.004817 * c) * sin(m) + (0.019993 - 0.000101 * c) * sin(2 * m) \
        + 0.000289 * sin(3 * m)
    omega = radians(125.04 - 1934.136 * c)
    return (280.46646 + 36000.76983 * c + 0.0003032 * c * c + centre - 0.00569 - 0.00478 * sin(omega)) % 360


def moon_longitude(t: datetime) -> float:
    """The Moon's tropical longitude in degrees at `t` (UTC, naive)."""
    c = _centuries(t)
    lp = 218.3164477 + 481267.88123421 * c - 0.0015786 * c * c
    d = radians(297.8501921 + 445267.1114034 * c - 0.0018819 * c * c)
    m = radians(357.5291092 + 35999.0502909 * c - 0.0001536 * c * c)
    mp = radians(134.9633964 + 477198.8675055 * c + 0.0087414 * c * c)
    f = radians(93.272095 + 483202.0175233 * c - 0.0036539 * c * c)
    e = 1 - 0.002516 * c - 0.0000074 * c * c
    total = sum(k * e ** abs(b) * sin(a * d + b * m + g * mp + h * f) for a, b, g, h, k in _MOON_TERMS)
    total += 3958 * sin(radians(119.75 + 131.849 * c)) + 1962 * sin(radians(lp) - f) \
        + 318 * sin(radians(53.09 + 479264.29 * c))
    omega = radians(125.04 - 1934.136 * c)
    return (lp + total / 1e6 - 0.00478 * sin(omega)) % 360


def ayanamsa(t: datetime) -> float:
    """Lahiri's ayanamsa in degrees: the sidereal zodiac's lag behind the tropical one."""
    return 23.853 + 0.013969 * (t - _J2000).days / 365.25


def sidereal_sign(t: datetime) -> int:
    """The sign (0 = Aries ... 11 = Pisces) the Sun is in, sidereally, at `t`."""
    return int(((sun_longitude(t) - ayanamsa(t)) % 360) // 30)


def tithi(t: datetime) -> int:
    """The lunar day (1-30) at `t`: 1-15 waxing, 16-30 waning, 30 ends at the new moon."""
    return floor(((moon_longitude(t) - sun_longitude(t)) % 360) / 12) + 1


def _ist_day(t: datetime) -> date:
    return (t + IST).date()


@lru_cache(maxsize=512)
def lunar_feast(year: int, month: int, day: int, hour: int = 6) -> date | None:
    """The civil day in `year` of tithi `day` of amanta month `month` (1 = Chaitra),
    judged at `hour` o'clock India time."""
    k = round((year - 2000) * 12.3685) - 2
    for lunation in range(k, k + 16):
        start, end = new_moon(lunation), new_moon(lunation + 1)
        first, last = sidereal_sign(start), sidereal_sign(end)
        if first == last or (first + 1) % 12 + 1 != month:  # a leap month, or another month
            continue
        d = _ist_day(start + timedelta(days=(day - 2) * 29.53 / 30)) - timedelta(days=1)  # a day early
        while d <= _ist_day(end):
            t = datetime(d.year, d.month, d.day) + timedelta(hours=hour) - IST
            if start <= t < end and tithi(t) >= day:
                if d.year == year:
                    return d
                break
            d += timedelta(days=1)
    return None


_STEP = timedelta(hours=6)  # the Sun stays about 30 days in a sign: a 6-hour scan finds each entry


def _ingress_step(year: int, sign: int) -> datetime | None:
    """The first of `year`'s 6-hourly instants (UTC, from January 1 00:00) with the Sun just
    in sidereal `sign` (it was not 6 hours before): the entry lies in the 6 hours before it."""
    t = datetime(year, 1, 1)
    while t.year == year:
        if sidereal_sign(t) == sign and sidereal_sign(t - _STEP) != sign:
            return t
        t += _STEP
    return None


def ingress_moment(year: int, sign: int) -> datetime | None:
    """The moment (UTC, naive, to the minute) the Sun enters sidereal `sign` in `year`."""
    t = _ingress_step(year, sign)
    if t is None:
        return None
    lo, hi = t - _STEP, t
    while hi - lo > timedelta(minutes=1):
        mid = lo + (hi - lo) / 2
        lo, hi = (lo, mid) if sidereal_sign(mid) == sign else (mid, hi)
    return hi


@lru_cache(maxsize=128)
def solar_month_day(year: int, sign: int, day: int) -> date | None:
    """Day `day` of the solar month the Sun's entry into sidereal `sign` begins, in the
    Bengali reckoning (Boishakh = sign 0): the month's first day is the one after the
    sunrise-to-sunrise day (India time) of the entry."""
    moment = ingress_moment(year, sign)
    if moment is None:
        return None
    return (moment + IST - timedelta(hours=6)).date() + timedelta(days=day)


@lru_cache(maxsize=128)
def solar_ingress(year: int, sign: int) -> date | None:
    """The civil day the Sun enters sidereal `sign` in `year` (after dusk: the next day), read
    at the 6-hour step just past the entry (not the bisected moment)."""
    t = _ingress_step(year, sign)
    if t is None:
        return None
    local = t + IST
    return local.date() + timedelta(days=1 if local.hour >= 18 else 0)
