"""How the zone tests read a text: as `wiretime tag` does (the CLI's `_tag`), one place for
the call so test_zones, test_zones_wire and test_zones_adversarial hold only cases and scoring:
the reference is taken in the publication's zone, then the zones stage resolves clock times."""

from __future__ import annotations

from wiretime import timex, zones
from wiretime.model import TimeMention


def read(text: str, lang: str, reference: str, *, tz: str | None = None,
         place: str | None = None) -> list[TimeMention]:
    """Every mention timex finds in `text`, with the zones stage's local time, UTC and tz_source."""
    home = zones.publication_zone(text, lang, tz=tz, place=place)
    mentions = timex.tag(text, lang, zones.local_reference(reference, home))
    zones.assign(mentions, text, lang=lang, source_tz=tz, place=place)
    return mentions
