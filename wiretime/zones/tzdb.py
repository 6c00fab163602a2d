"""Zone rules from the `tzdata` package, never the host's zoneinfo, so results do not depend
on the machine (a host with old tzdata would still put Almaty at +06:00 in 2025).

Also the documented rule for wall times that a zone skips or repeats:
  gap   (clocks jump forward: the wall time never happened there) -> read with the offset in
        force just before the change (PEP 495 fold=0); the instant is the one the wall time
        would have had if the clocks had not moved yet. Flagged "gap".
  fold  (clocks go back: the wall time happened twice) -> the first occurrence (fold=0, the
        earlier instant). Flagged "fold".
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

# "+3", "+03", "+0300", "+03:00", "-5", "3+" (written right to left), with a Unicode minus.
_OFFSET = re.compile(r"^(?:(?P<sign>[+\-−])\s*(?P<h>\d{1,2})(?:[:.]?(?P<m>\d{2}))?"
                     r"|(?P<h2>\d{1,2})(?:[:.]?(?P<m2>\d{2}))?\s*(?P<sign2>[+\-−]))$")
_UTC_NAMES = {"utc", "gmt", "z", "etc/utc", "etc/gmt", "zulu", "universal"}


@cache
def iana_names() -> frozenset[str]:
    """Every zone name the tzdata package ships."""
    listing = resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in listing.splitlines() if line.strip())


@cache
def iana(name: str) -> ZoneInfo | None:
    """The zone `name` read from the tzdata package (None when it ships no such zone)."""
    if name not in iana_names():
        return None
    with resources.files("tzdata.zoneinfo").joinpath(*name.split("/")).open("rb") as f:
        return ZoneInfo.from_file(f, key=name)


def parse_offset(text: str) -> timedelta | None:
    """"+3", "+03:00", "-0530", "3+" -> the offset; None when `text` is not an offset."""
    m = _OFFSET.match(text.strip())
    if not m:
        return None
    sign = m.group("sign") or m.group("sign2")
    hours, minutes = int(m.group("h") or m.group("h2")), int(m.group("m") or m.group("m2") or 0)
    if hours > 14 or minutes >= 60:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return -delta if sign in "-−" else delta


def offset_text(delta: timedelta) -> str:
    """timedelta(hours=5) -> "+05:00"."""
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def canonical(zone: str) -> str | None:
    """A zone as the tables write it: "UTC", an IANA name, or "±HH:MM"; None if unknown."""
    zone = zone.strip()
    if zone.lower() in _UTC_NAMES:
        return "UTC"
    delta = parse_offset(zone)
    if delta is not None:
        return "UTC" if not delta else offset_text(delta)
    lowered = zone.lower()
    for prefix in ("utc", "gmt"):  # "GMT+3", "UTC-05:00"
        if lowered.startswith(prefix) and (delta := parse_offset(zone[3:])) is not None:
            return "UTC" if not delta else offset_text(delta)
    return zone if iana(zone) is not None else None


def tzinfo_for(zone: str) -> tzinfo | None:
    """A tzinfo for anything `canonical` accepts."""
    name = canonical(zone)
    if name is None:
        return None
    if name == "UTC":
        return UTC
    delta = parse_offset(name)
    return timezone(delta) if delta is not None else iana(name)


def to_utc(local: datetime, zone: str) -> tuple[datetime, str | None] | None:
    """The UTC instant of naive wall time `local` in `zone`, and "gap"/"fold" when the wall
    time is skipped or repeated there (see the module docstring); None for an unknown zone."""
    info = tzinfo_for(zone)
    if info is None:
        return None
    first = local.replace(tzinfo=info, fold=0)
    second = local.replace(tzinfo=info, fold=1)
    flag = None
    if first.utcoffset() != second.utcoffset():
        back = first.astimezone(UTC).astimezone(info).replace(tzinfo=None)
        flag = "gap" if back != local else "fold"
    return first.astimezone(UTC), flag


def utc_offset(local: datetime, zone: str) -> timedelta | None:
    """The offset of `zone` at naive wall time `local` (the first reading in a fold)."""
    info = tzinfo_for(zone)
    return None if info is None else local.replace(tzinfo=info, fold=0).utcoffset()


def abbreviation(local: datetime, zone: str) -> str | None:
    """What tzdata calls `zone` at naive wall time `local` ("IST" for Asia/Jerusalem in winter
    and for Europe/Dublin in summer; "+03" where it has no abbreviation)."""
    info = tzinfo_for(zone)
    return None if info is None else local.replace(tzinfo=info, fold=0).tzname()


def iso_utc(moment: datetime) -> str:
    """An aware datetime as the contract writes instants: "2017-01-24T08:00Z"."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M" + (":%S" if moment.second else "")) + "Z"
