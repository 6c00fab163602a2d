"""Local time versus UTC: give every clock time its zone, its UTC instant and the reason.

Zone knowledge, strongest first (recorded in `tz_source`):
  explicit  the text states the zone: "0800 بتوقيت غرينتش", "1100 GMT", "GMT+3", "EST",
            "بتوقيت دمشق", "Moscow time";
  paired    a local time glossed by its stated-zone equivalent ("14:00 (0800 GMT)"): the UTC
            instant is the gloss's, the offset is derived, and the place's zone (when known) is
            checked; a disagreement is kept in `conflict` with both readings (the gloss wins);
  place     the place the time happens in: a place in the sentence after a locative word
            ("in Cairo", "في دمشق", "بدمشق"), else the dateline ("CAIRO (Reuters) -"), else the
            metadata's dateline place; offsets from tzdata for that date;
  source    the zone of the place of publication the metadata gives (`tz` of an article or of
            a `wiretime tag` record) when the text names no place;
  none      unknown (also: a place in a country whose zones disagree that day): no UTC.
Wall times a zone skips or repeats are resolved by the rule in tzdb.py and flagged in `tz_flag`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from wiretime.model import TimeMention
from wiretime.zones import context, places, tzdb
from wiretime.zones.places import zone_for_place

__all__ = ["assign", "local_reference", "publication_zone", "published_at", "zone_for_place"]

_MAX_OFFSET = timedelta(hours=14)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NEXT = 12  # "from Tabriz at 5 a.m.": how close a time must follow a place that only it takes
# A zone abbreviation in a clock time ("11 p.m. IST on Friday"): the place's zone may read it.
_ABBREVIATION = re.compile(r"\b[A-Z]{2,5}\b")
# A city named in a sentence counts from this size (countries, CLDR zone cities and aliases
# always count): below it, gazetteer names are too often ordinary words ("سنة", "Castro").
SENTENCE_PLACE_MIN_POPULATION = 100_000


@dataclass(frozen=True, slots=True)
class _Reading:
    """A zone for a clock time and where it came from."""

    zone: str
    source: str


def publication_zone(text: str, lang: str, *, tz: str | None = None, place: str | None = None) -> str | None:
    """The zone of the place of publication: the metadata's `tz`, else the dateline's (the
    text's, then the metadata place's). Day-grain words ("today") are read in this zone."""
    if tz and tzdb.iana(tz):
        return tz
    found = context.dateline(text, lang) or (places.lookup(place) if place else ())
    return places.zone_on(found[0], None) if found else None


def local_reference(reference: str, zone: str | None) -> str:
    """The reference (an article's publication time) as naive wall time where it was
    published, read with tzdata's rules: "2024-02-29T23:30:00Z" in Asia/Almaty is
    "2024-03-01T04:30:00". A bare date, a naive time or an unknown zone stays as written."""
    moment = datetime.fromisoformat(reference.replace("Z", "+00:00"))
    info = tzdb.tzinfo_for(zone) if zone else None
    if moment.tzinfo is None or info is None:
        return reference
    return moment.astimezone(info).replace(tzinfo=None).isoformat()


def published_at(published: str, zone: str | None) -> str | None:
    """The publication time as local wall time with its offset at the place of publication
    ("2017-01-24T08:00:00Z" in Asia/Almaty -> "2017-01-24T14:00:00+06:00"); a naive time is
    wall time there already. None for a bare date or when the zone of a naive time is unknown."""
    if len(published) <= 10:
        return None
    moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
    info = tzdb.tzinfo_for(zone) if zone else None
    if info is not None:
        moment = moment.astimezone(info) if moment.tzinfo else moment.replace(tzinfo=info)
    return moment.isoformat() if moment.tzinfo else None


def assign(mentions: list[TimeMention], text: str, *, lang: str = "ar", source_tz: str | None = None,
           place: str | None = None) -> None:
    """Fill tz, utc, tz_source, paired_with, conflict and tz_flag of the clock-time mentions,
    in place (a zone phrase after a mention, "بتوقيت دمشق", joins its span).

    `source_tz` is the metadata's zone of the place of publication; `place` the metadata's
    dateline place as written. Offsets are the mentions' own, into `text`.
    """
    if not any(m.local for m in mentions):
        return
    dateline = context.dateline(text, lang) or (places.lookup(place) if place else ())
    stated = [_stated_zone(m, i, mentions, text, lang) for i, m in enumerate(mentions)]
    for i in range(len(mentions) - 2, -1, -1):  # "from 10 p.m. to 5 a.m. GMT": both ends GMT
        if mentions[i].local and not stated[i] and stated[i + 1] and \
                context.is_range_gap(text[mentions[i].end:mentions[i + 1].start], lang):
            stated[i] = stated[i + 1]
    _day_after(mentions, stated, text, lang)
    for m, zone in zip(mentions, stated, strict=True):
        if zone:
            _set(m, _abbreviation_zone(m, zone, text, lang, dateline, source_tz), "explicit")
    for i, m in enumerate(mentions):
        if m.local is None or stated[i]:
            continue
        fallback = _place_reading(m, text, lang, dateline, source_tz)
        gloss = _gloss_of(mentions, stated, i, text, lang)
        if gloss is not None:
            _pair(m, mentions[gloss], gloss, fallback)
        elif fallback:
            _set(m, fallback.zone, fallback.source)
        else:
            m.tz_source = "none"


def _stated_zone(m: TimeMention, i: int, mentions: list[TimeMention], text: str, lang: str) -> str | None:
    """The zone the text attaches to mention m (joining a place-named zone to its span)."""
    if m.local is None:
        return None
    if m.stated_zone:
        return tzdb.canonical(m.stated_zone)
    limit = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
    bracketed = context.utc_after(text, m.end, lang)
    if bracketed is not None and bracketed[0] <= limit:
        m.end, m.text = bracketed[0], text[m.start:bracketed[0]]
        return tzdb.canonical(bracketed[1])
    found = context.place_zone_after(text, m.end, lang)
    if found is None:
        return None
    end, place = found
    zone = places.zone_on(place, datetime.fromisoformat(m.local))
    if zone is None or end > limit:
        return None
    m.end, m.text = end, text[m.start:end]
    return zone


def _day_after(mentions: list[TimeMention], stated: list[str | None], text: str, lang: str) -> None:
    """Put a clock time on the day named right after its zone phrase or gloss ("at 9 a.m. Tehran
    time on Wednesday", "2 p.m. (1100 GMT) on Thursday", "الساعة 14:00 (11:00 ت.غ) يوم الخميس"),
    and its gloss with it: the time tables cannot join a day across zone words they do not know
    (a gloss on the other side of midnight is moved back by _pair). When the stated time comes
    first ("at 2300 GMT (0200 local) on Saturday") the day is its own, and the local time is
    the wall time nearest to its instant; so is a stated time's gloss in another stated zone
    ("9 a.m. Tehran time (0530 GMT) on Thursday")."""
    second_of_pair = set()
    for i, m in enumerate(mentions):
        if m.local is None or i in second_of_pair:
            continue
        last, end = i, context.local_time_after(text, m.end, lang) or m.end
        if i + 1 < len(mentions) and mentions[i + 1].local and (stated[i] or stated[i + 1]) \
                and context.is_gloss_gap(text[m.end:mentions[i + 1].start], lang):
            last = i + 1
            end = context.local_time_after(text, mentions[last].end, lang) or mentions[last].end
            second_of_pair.add(last)
        day = mentions[last + 1] if last + 1 < len(mentions) else None
        if day is None or day.local is not None or day.type != "DATE" or not _DAY.fullmatch(day.value) \
                or not context.is_day_gap(text[end:day.start], lang):
            continue
        shift = date.fromisoformat(day.value) - datetime.fromisoformat(m.local).date()
        if shift:
            _shift_day(m, shift)
        if last == i:
            continue
        if stated[i]:
            _nearest_wall_time(mentions[last], m, stated[i])
        elif shift:
            _shift_day(mentions[last], shift)


def _nearest_wall_time(local: TimeMention, stated: TimeMention, zone: str) -> None:
    """Move a local time glossing a stated one onto the day that puts it nearest its instant."""
    converted = tzdb.to_utc(datetime.fromisoformat(stated.local), zone)
    if converted is None:
        return
    wall = datetime.fromisoformat(local.local)
    shift = _nearest_day(wall, converted[0].replace(tzinfo=None)) - wall
    if shift:
        _shift_day(local, shift)


def _nearest_day(clock: datetime, to: datetime) -> datetime:
    """`clock`'s time of day on the day before, of or after `to` that lies nearest `to`."""
    same_day = datetime.combine(to.date(), clock.time())
    return min((same_day + timedelta(days=k) for k in (-1, 0, 1)), key=lambda t: abs(t - to))


def _abbreviation_zone(m: TimeMention, zone: str, text: str, lang: str, dateline: tuple[places.Place, ...],
                       source_tz: str | None) -> str:
    """The zone of a stated abbreviation, read as the place's zone when tzdata says that zone
    goes by it then: "IST" is India's +05:30 in the zone table, but Israel's in a Jerusalem
    story ("IST" +02:00 there in winter) and Ireland's summer time in a Dublin one (+01:00)."""
    said = _ABBREVIATION.findall(m.text)
    if not said or tzdb.parse_offset(zone) is None:
        return zone
    place = _place_reading(m, text, lang, dateline, source_tz)
    if place and tzdb.abbreviation(datetime.fromisoformat(m.local), place.zone) in said:
        return place.zone
    return zone


def _place_reading(m: TimeMention, text: str, lang: str, dateline: tuple[places.Place, ...],
                   source_tz: str | None) -> _Reading | None:
    """The zone of the place mention m happens in (sentence place, dateline), else the source's."""
    local = datetime.fromisoformat(m.local)
    named = _sentence_places(text, *context.sentence_bounds(text, m.start, m.end), lang)
    hits = [h for h in named if h.locative and not (h.next_only and not 0 <= m.start - h.end <= _NEXT)]
    if not hits and context.local_time_after(text, m.end, lang):
        hits = list(named)  # "opens at 11 a.m. local time": local to the place the sentence is about
    fallbacks = []
    if dateline and (zone := places.zone_on(dateline[0], local)):
        fallbacks.append(_Reading(zone, "place"))
    if source_tz and tzdb.canonical(source_tz):
        fallbacks.append(_Reading(source_tz, "source"))
    if hits:
        nearest = min(hits, key=lambda h: m.start - h.end if h.end <= m.start else h.start - m.end)
        place = _namesake(nearest, named, dateline, source_tz, text, lang)
        zone = places.zone_on(place, local)
        if zone:
            return _Reading(zone, "place")
        # a country whose zones disagree: only a fallback inside that country may say which
        inside = [r for r in fallbacks if places.in_country(r.zone, place.country)]
        return inside[0] if inside else None
    return fallbacks[0] if fallbacks else None


def _namesake(hit: context.PlaceHit, named: tuple[context.PlaceHit, ...], dateline: tuple[places.Place, ...],
              source_tz: str | None, text: str, lang: str) -> places.Place:
    """Of the places a name may stand for, the one in a country the sentence names (by name or
    adjective, the nearest first), else in the dateline's country, else in the source zone's,
    else the best known: Tripoli is Lebanon's in a Beirut story or beside "Lebanon" or
    "اللبنانية", Libya's otherwise."""
    if len({p.country for p in hit.candidates}) < 2:
        return hit.place
    said = [(h.start, h.place.country) for h in named if h.place.is_country]
    said += context.nationalities_in(text, *context.sentence_bounds(text, hit.start, hit.end), lang)
    countries = [code for _, code in sorted(said, key=lambda s: abs(s[0] - hit.start))]
    countries += [dateline[0].country] if dateline else []
    for country in countries:
        for place in hit.candidates:
            if place.country == country:
                return place
    inside = [p for p in hit.candidates if source_tz and places.in_country(source_tz, p.country)]
    return inside[0] if inside else hit.place


@lru_cache(maxsize=64)
def _sentence_places(text: str, start: int, end: int, lang: str) -> tuple[context.PlaceHit, ...]:
    """The places a sentence names (cached: its clock times share them)."""
    return tuple(context.places_in(text, start, end, lang, min_population=SENTENCE_PLACE_MIN_POPULATION))


def _gloss_of(mentions: list[TimeMention], stated: list[str | None], i: int, text: str,
              lang: str) -> int | None:
    """Index of the stated-zone clock time that glosses mention i (right after it, or right
    before it with i in brackets), else None."""
    for j, first, second in ((i + 1, i, i + 1), (i - 1, i - 1, i)):
        if 0 <= j < len(mentions) and stated[j] and mentions[j].local and \
                context.is_gloss_gap(text[mentions[first].end:mentions[second].start], lang):
            return j
    return None


def _set(m: TimeMention, zone: str, source: str) -> None:
    converted = tzdb.to_utc(datetime.fromisoformat(m.local), zone)
    if converted is None:
        m.tz_source = "none"
        return
    instant, flag = converted
    m.tz, m.tz_source, m.utc, m.tz_flag = tzdb.canonical(zone), source, tzdb.iso_utc(instant), flag
    m.utc_end = _range_end_utc(m, zone)


def _range_end_utc(m: TimeMention, zone: str) -> str | None:
    """For a range of clock times ("10 a.m. to 2 p.m. GMT"), the end's instant."""
    if "/" not in m.value:
        return None
    end_text = m.value.split("/", 1)[1]
    try:
        end_local = datetime.fromisoformat(end_text)
    except ValueError:
        return None
    if "T" not in end_text:
        return None
    if end_local <= datetime.fromisoformat(m.local):  # "10 p.m. to 5 a.m.": the end is the next day
        end_local += timedelta(days=1)
    converted = tzdb.to_utc(end_local, zone)
    return tzdb.iso_utc(converted[0]) if converted else None


def _pair(m: TimeMention, gloss: TimeMention, gloss_index: int, expected: _Reading | None) -> None:
    """A local time from its gloss: the instant is the gloss's, the offset local minus it.

    The local time's day is the one the sentence speaks of: a gloss on the other side of
    midnight ("1 a.m. (2200 GMT)"), or without the day the local time names ("10 p.m. on
    Thursday (1300 GMT)"), is moved to the day nearest the local time, and so is its own value;
    unless only the gloss names its day ("4 in the morning (4 a.m. EDT Thursday)"): then the
    local time moves to the day nearest the gloss's instant.
    """
    instant = datetime.fromisoformat(gloss.utc.replace("Z", "+00:00")).replace(tzinfo=None)
    local = datetime.fromisoformat(m.local)
    if gloss.day_named and not m.day_named:  # the day is the gloss's to give
        moved = _nearest_day(local, instant)
        if moved != local:
            _shift_day(m, moved - local)
            local = moved
    if abs(local - instant) > _MAX_OFFSET:
        nearest = _nearest_day(instant, local)
        shift = nearest - instant
        instant = nearest
        _shift_day(gloss, shift)
    delta = local - instant
    if abs(delta) > _MAX_OFFSET or delta % timedelta(minutes=15):  # not a gloss after all
        if expected:
            _set(m, expected.zone, expected.source)
        else:
            m.tz_source = "none"
        return
    m.utc = tzdb.iso_utc(instant.replace(tzinfo=tzdb.tzinfo_for("UTC")))
    m.tz_source, m.paired_with, m.tz = "paired", gloss_index, tzdb.offset_text(delta)
    if expected is None:
        return
    offset = tzdb.utc_offset(local, expected.zone)
    if offset == delta:
        m.tz = tzdb.canonical(expected.zone)
    else:
        said = tzdb.to_utc(local, expected.zone)
        m.conflict = (f"{expected.source} zone {expected.zone} ({tzdb.offset_text(offset)}) gives "
                      f"{tzdb.iso_utc(said[0])}; the stated gloss gives {m.utc} ({m.tz})")


def _shift_day(m: TimeMention, shift: timedelta) -> None:
    """Move a clock-time mention by whole days (value, local and utc)."""
    moved = datetime.fromisoformat(m.local) + shift
    old_day, new_day = m.local[:10], moved.date().isoformat()
    m.local = moved.isoformat(timespec="minutes")
    m.value = m.value.replace(old_day, new_day, 1)
    if m.tz:
        _set(m, m.tz, m.tz_source or "explicit")
