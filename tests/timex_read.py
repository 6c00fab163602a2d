"""How the timex tests read a sentence: one place for the tagging call and the shape compared,
so the sentence tables (test_timex_{ar,en}*.py, test_timex_rules.py) hold only cases."""

from __future__ import annotations

from wiretime import timex, zones
from wiretime.model import TimeMention


def tagged(text: str, lang: str, reference: str, *, zoned: bool = False, **kw) -> list[TimeMention]:
    """The mentions timex finds; `zoned` reads as `wiretime tag` does (the CLI's `_tag`): the
    reference is taken in the publication's zone, then the zones stage joins named zones."""
    if not zoned:
        return timex.tag(text, lang, reference, **kw)
    home = zones.publication_zone(text, lang)
    mentions = timex.tag(text, lang, zones.local_reference(reference, home), **kw)
    zones.assign(mentions, text, lang=lang)
    return mentions


def values(text: str, lang: str, reference: str, **kw) -> list[tuple[str, str]]:
    """(mention text, TimeML value) of every mention, in order."""
    return [(m.text, m.value) for m in tagged(text, lang, reference, **kw)]


def values_and_mods(text: str, lang: str, reference: str, **kw) -> list[tuple[str, str, str | None]]:
    """(mention text, value, mod) of every mention, in order."""
    return [(m.text, m.value, m.mod) for m in tagged(text, lang, reference, **kw)]
