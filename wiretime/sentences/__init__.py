"""Sentence splitting for Arabic and English news, as spans of the untouched text.

    >>> split("Hello there. How are you?", "en")
    [(0, 12), (13, 26)]
"""

from __future__ import annotations

import re

# A sentence ends after an end mark (and any closing quotes or brackets) followed by space,
# or at a line break. Abbreviations are per language data.
_END = re.compile(r"""[.!?؟…]+["'»”’)\]]*(?=\s)|\n""")
_ABBREVIATIONS = {
    "en": {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "u.s", "u.n", "u.k", "a.m", "p.m", "jan",
           "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
           "etc", "e.g", "i.e", "inc", "co", "corp", "ltd", "gen", "gov", "sen", "rep", "lt", "col"},
    "ar": {"د", "م", "أ", "ص.ب", "ق.م", "ج.م.ع", "هـ"},
}
_LAST_WORD = re.compile(r"(\S+?)\.+$")


def split(text: str, lang: str = "en") -> list[tuple[int, int]]:
    """Sentence spans (start, end) of `text`, whitespace-trimmed, end exclusive."""
    abbreviations = _ABBREVIATIONS.get(lang, _ABBREVIATIONS["en"])
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group() != "\n" and _is_abbreviation(text, start, m.start(), m.end(), abbreviations):
            continue
        _add(spans, text, start, m.end())
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


def _is_abbreviation(text: str, start: int, mark: int, end: int, abbreviations: set[str]) -> bool:
    if text[mark:end] != ".":
        return False
    word = _LAST_WORD.search(text[max(start, mark - 12):end])
    if word is None:
        return False
    token = word.group(1).lstrip("(\"'«“")
    return token.lower() in abbreviations or (len(token) == 1 and token.isupper())


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))
