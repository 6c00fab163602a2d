"""Sentence splitting for Arabic and English news, as spans of the untouched text.

    >>> split("Dr. Smith arrived in the U.S. on Jan. 5. He spoke.", "en")
    [(0, 40), (41, 50)]

The splitter (splitter.py, with the expressions of pattern.py) knows no language; what it
knows of Arabic and English is data in lang/ar.py and lang/en.py (abbreviations, initials,
what starts a sentence), written as rules.py describes. Any other `lang` gets both
languages' knowledge (never an exception).
"""

from __future__ import annotations

from wiretime.sentences.lang import rules_for
from wiretime.sentences.splitter import Splitter

__all__ = ["split"]

_BY_CODE: dict[str, Splitter] = {}
_SPLITTERS: dict[object, Splitter] = {}  # by the `lang` values callers pass (bounded)


def split(text: str, lang: str | None = "en") -> list[tuple[int, int]]:
    """Sentence spans (start, end) of `text`, whitespace-trimmed, end exclusive.

    Offsets are Python `str` indices into `text` itself: nothing is normalized first, so
    `text[start:end]` is the sentence as written (direction marks and tatweel included).
    """
    try:
        splitter = _SPLITTERS.get(lang) or _splitter_for(lang)
    except TypeError:  # an unhashable `lang`: the default rules
        splitter = _splitter_for(None)
    return splitter.split(text)


def _splitter_for(lang: object) -> Splitter:
    rules = rules_for(lang)
    splitter = _BY_CODE.get(rules.code) or _BY_CODE.setdefault(rules.code, Splitter(rules))
    if len(_SPLITTERS) < 64:
        _SPLITTERS[lang] = splitter
    return splitter
