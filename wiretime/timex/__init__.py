"""Time expressions: find them and normalize them TIMEX3-style.

    >>> [m.value for m in tag("قال الثلاثاء", "ar", "2017-01-24")]
    ['2017-01-24']
"""

from __future__ import annotations

from datetime import date

from wiretime.model import TimeMention
from wiretime.timex import engine
from wiretime.timex.lang import load

PREFER = ("past", "future", "nearest")


def tag(text: str, lang: str, reference: str | date, *, tz: str | None = None,
        prefer: str | None = None) -> list[TimeMention]:
    """Every time expression in `text`, resolved against `reference` (ISO date or datetime,
    as a string or a `date`/`datetime`).

    `tz` is the IANA zone of the place of publication: a reference with an offset is read
    as wall time there. `prefer` (past|future|nearest) breaks ties the sentence's tense
    leaves open; None: the language's own habit for unmarked times (news: the past).
    """
    if prefer is not None and prefer not in PREFER:
        raise ValueError(f"prefer must be one of {PREFER}, not {prefer!r}")
    if isinstance(reference, date):
        reference = reference.isoformat()
    return engine.tag(text, load(lang), reference, tz=tz, prefer=prefer)


def tag_sentences(text: str, spans: list[tuple[int, int]], lang: str, reference: str | date, *,
                  tz: str | None = None, prefer: str | None = None) -> list[tuple[int, TimeMention]]:
    """Tag each sentence span of `text` on its own (tense is a sentence's), with offsets
    into `text`; returns (sentence index, mention) pairs in text order."""
    out = []
    for index, (start, end) in enumerate(spans):
        for m in tag(text[start:end], lang, reference, tz=tz, prefer=prefer):
            m.start, m.end = m.start + start, m.end + start
            out.append((index, m))
    return out


__all__ = ["PREFER", "TimeMention", "tag", "tag_sentences"]
