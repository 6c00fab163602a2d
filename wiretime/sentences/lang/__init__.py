"""One data module per language; `rules_for` finds it by ISO 639-1 code.

Text in an unknown or mixed language gets both languages' knowledge at once: every
abbreviation table, English's case rule for Latin words, either language's likely starts.
"""

from __future__ import annotations

from wiretime.sentences.lang import ar, en
from wiretime.sentences.rules import SentenceRules

LANGUAGES: dict[str, SentenceRules] = {"ar": ar.RULES, "en": en.RULES}

DEFAULT = SentenceRules(
    code="und",
    never_final=en.RULES.never_final | ar.RULES.never_final,
    before_numbers=en.RULES.before_numbers | ar.RULES.before_numbers,
    abbreviations=en.RULES.abbreviations | ar.RULES.abbreviations,
    letters=ar.RULES.letters,  # Arabic and Latin letters
    starters=en.RULES.starters | ar.RULES.starters,
    likely_start=f"(?:{en.RULES.likely_start}|{ar.RULES.likely_start})",
    continuation=en.RULES.continuation,
)


def rules_for(lang: object) -> SentenceRules:
    """The rules of `lang` ("ar", "en", "ar-EG", "EN"...); anything else gets DEFAULT."""
    code = str(lang or "").strip().lower().replace("_", "-").split("-")[0]
    return LANGUAGES.get(code, DEFAULT)
