"""The records every stage speaks: an article, a sentence span, a time mention.

Every annotation is a span with offsets into the untouched original text (Python `str`
indices, end exclusive), so any stage's output can be laid back over the source.
Stages import this module and their own data only; nothing here imports a stage.
"""

from __future__ import annotations

from dataclasses import dataclass

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
TZ_SOURCES = ("explicit", "paired", "place", "source", "none")


@dataclass(slots=True)
class Article:
    """One news article as ingested, with the metadata the later stages need.

    `published` is an ISO date or datetime (local wall time at `tz` when that is known);
    `tz` is the IANA zone of the place of publication (dateline or source default);
    `place` is the dateline place as written (e.g. "Astana", "أستانة").
    The zones stage fills `published_tz` (the zone of the place of publication it used: `tz`,
    else the dateline's) and `published_at` (the publication time as local wall time with
    its offset, "2017-01-24T14:00:00+06:00"; None when only a date is known).
    """

    doc_id: str
    text: str
    lang: str
    published: str
    source: str = ""
    tz: str | None = None
    place: str | None = None
    title: str | None = None
    url: str | None = None
    origin: str = ""
    content_hash: str = ""
    published_tz: str | None = None
    published_at: str | None = None


@dataclass(slots=True)
class TimeMention:
    """A time expression found in a text, normalized TIMEX3-style.

    `value` is the TIMEX3 value (an ISO-8601 interval "START/END" for ranges). For clock
    times the zone fields say where the wall time `local` lives: `tz` (IANA or ±HH:MM),
    `utc` (ISO instant with Z) and `tz_source`, how the zone was known (see TZ_SOURCES).
    `stated_zone` is a zone the text itself attaches to this mention ("GMT", "+03:00",
    an IANA name); `paired_with` is the index, in the same mention list, of the mention this
    one glosses ("14:00 (0800 GMT)"); `conflict` describes a disagreement between readings;
    `tz_flag` is "gap" or "fold" when `local` is skipped or repeated in its zone (DST);
    `utc_end` is the end's instant of a range of clock times (`utc` is its start);
    `day_named` says the text names the day of this mention (a date, weekday or relative
    day) rather than leaving it to the reference, so pairing a clock time with its gloss
    moves the other one onto this day ("at 4 in the morning (4 a.m. EDT Thursday)").
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    local: str | None = None
    tz: str | None = None
    utc: str | None = None
    tz_source: str | None = None
    stated_zone: str | None = None
    paired_with: int | None = None
    conflict: str | None = None
    tz_flag: str | None = None
    utc_end: str | None = None
    rule: str = ""
    day_named: bool = False

    def to_contract(self) -> dict:
        """The mention as the `wiretime tag` JSONL contract spells it (no empty fields)."""
        out = {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
               "value": self.value}
        for key in ("mod", "local", "utc", "tz", "tz_source"):
            val = getattr(self, key)
            if val is not None:
                out[key] = val
        if self.utc and self.utc_end:
            out["utc"] = f"{self.utc}/{self.utc_end}"
        return out


#: a batch's sentence spans by doc_id (what the split stage hands on)
Spans = dict[str, list[tuple[int, int]]]
#: a batch's time mentions by doc_id, each with the index of its sentence (what the tag stage hands on)
Mentions = dict[str, list[tuple[int, TimeMention]]]
