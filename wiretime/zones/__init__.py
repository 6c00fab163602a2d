"""Local time versus UTC: give every clock time its zone, its UTC instant and the reason.

Zone knowledge, strongest first (recorded in `tz_source`):
  explicit  the text states the zone ("0800 بتوقيت غرينتش", "1100 GMT");
  paired    a local time glossed by its stated-zone equivalent ("14:00 (0800 GMT)");
  place     the place the time belongs to (the dateline city) -> IANA zone;
  source    the zone the article's metadata gives;
  none      unknown: no UTC is given rather than a guess.
Offsets come from tzdata for the date in question, so historical changes are honoured.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wiretime.model import TimeMention
from wiretime.zones.places import zone_for_place

# Between a local time and its gloss: an opening bracket, a dash or "i.e." words.
_GLOSS_GAP = re.compile(r"^\s*(?:[(\[]|[-–—,،]\s*(?:أي|اي|i\.e\.|or)?|(?:أي|اي|i\.e\.|or))\s*$",
                        re.IGNORECASE)
_OFFSET = re.compile(r"^([+-])(\d{1,2}):?(\d{2})?$")

__all__ = ["assign", "tzinfo_for", "zone_for_place"]


def tzinfo_for(zone: str) -> timezone | ZoneInfo | None:
    """A tzinfo for an IANA name, "UTC", or a "+03:00"-style offset; None if unknown."""
    m = _OFFSET.match(zone)
    if m:
        sign = -1 if m.group(1) == "-" else 1
        return timezone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0)))
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _utc(local: str, zone: str) -> str | None:
    info = tzinfo_for(zone)
    if info is None:
        return None
    moment = datetime.fromisoformat(local).replace(tzinfo=info).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M") + "Z"


def _offset_text(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def assign(mentions: list[TimeMention], text: str, *, source_tz: str | None = None,
           place_tz: str | None = None) -> None:
    """Fill tz, utc, tz_source, paired_with and conflict on the clock-time mentions, in place.

    `place_tz` is the zone of the place the article reports from (its dateline);
    `source_tz` the zone its metadata gives. Offsets in `text` are the mentions' own.
    """
    for i, m in enumerate(mentions):
        if m.local is None:
            continue
        if m.stated_zone:
            m.tz, m.tz_source = m.stated_zone, "explicit"
            m.utc = _utc(m.local, m.stated_zone)
            continue
        gloss = _gloss_of(mentions, i, text)
        if gloss is not None:
            _pair(m, mentions[gloss], gloss, place_tz or source_tz)
        elif place_tz:
            m.tz, m.tz_source, m.utc = place_tz, "place", _utc(m.local, place_tz)
        elif source_tz:
            m.tz, m.tz_source, m.utc = source_tz, "source", _utc(m.local, source_tz)
        else:
            m.tz_source = "none"


def _gloss_of(mentions: list[TimeMention], i: int, text: str) -> int | None:
    """Index of the stated-zone clock time right after mention i that glosses it."""
    if i + 1 >= len(mentions):
        return None
    nxt = mentions[i + 1]
    if nxt.local is None or not nxt.stated_zone:
        return None
    return i + 1 if _GLOSS_GAP.match(text[mentions[i].end:nxt.start]) else None


def _pair(m: TimeMention, gloss: TimeMention, gloss_index: int, known_zone: str | None) -> None:
    """A local time from its gloss: the offset is local minus the gloss's UTC instant."""
    gloss_utc = _utc(gloss.local, gloss.stated_zone) if gloss.local else None
    if gloss_utc is None:
        return
    instant = datetime.fromisoformat(gloss_utc.replace("Z", "+00:00"))
    local = datetime.fromisoformat(m.local)
    delta = local - instant.replace(tzinfo=None)
    if abs(delta) > timedelta(hours=14):  # the gloss is on the other side of midnight
        instant += timedelta(days=1 if delta > timedelta(0) else -1)
        delta = local - instant.replace(tzinfo=None)
    m.utc, m.tz_source, m.paired_with = instant.strftime("%Y-%m-%dT%H:%MZ"), "paired", gloss_index
    m.tz = _offset_text(delta)
    if known_zone:
        expected = _utc(m.local, known_zone)
        if expected == m.utc:
            m.tz = known_zone
        else:
            m.conflict = f"{known_zone} gives {expected}; the stated gloss gives {m.utc}"
