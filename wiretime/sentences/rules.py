"""How a language's sentence knowledge is written down (the splitter in splitter.py knows none).

A language is data: three abbreviation tables that differ in what may follow them (never
final, before a number, may end), the letters of its initials and dotted acronyms, what very
likely starts a sentence (needed after an abbreviation or an initial, where a full stop is
usually not an end), whether the script has letter case (which tells a quoted question or an
ellipsis that goes on from one that ends), and a few conventions (quotations, glued ends,
footnotes, ends without an end mark). Adding a language means adding such a table, not code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


def after_any(words: Iterable[str], then: str = "") -> str:
    """A look-behind: one of `words` (whole words) and the literal `then` end here.

    For patterns in the tables; Python's look-behinds need a fixed width, so there is one
    per word length.
    """
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(re.escape(word))
    suffix = re.escape(then)
    return "(?:" + "|".join(rf"(?<=\b(?:{'|'.join(group)}){suffix})" for group in by_length.values()) + ")"


@dataclass(frozen=True)
class SentenceRules:
    """All that the splitter needs to know about one language.

    Table words are written lowercase, without their final full stop ("mr", "ص.ب"); the
    usual casings (Mr, MR) are derived. A single letter before a full stop is an initial
    ("J. R. R.", "أحمد ز. أمين") or the end of a dotted acronym ("U.S.", "ج.م.ع.") and is
    treated as an abbreviation by rule, so the tables list only the exceptions among those
    (a letter that is never final or stands before a number: "د.", "p. 12", "ص.ب. 1234").
    Patterns are regular-expression fragments matched at the first character after the
    whitespace that follows a candidate end (an opening quote or bracket is skipped first).
    """

    code: str
    # always introduce what follows: titles ("Mr.", "Dr.", "د."), "e.g.", "vs.", "P.S."; never
    # the end of a sentence
    never_final: frozenset[str]
    # precede a number ("No. 5", "ص. 12"): not an end when a digit follows
    before_numbers: frozenset[str]
    # may end a sentence ("etc.", "Inc.", "إلخ."): an end only before a likely sentence start
    abbreviations: frozenset[str]
    # a character class of the letters of initials and dotted acronyms
    letters: str
    # words that very likely start a sentence (English "The", "He"; Arabic "كما")
    starters: frozenset[str]
    # more that very likely starts a sentence, as a pattern (Arabic: a word fused with و/ف)
    likely_start: str = "(?!)"
    # a character class that continues a sentence after an end mark closed by a quotation
    # mark (English lowercase: `He asked "Why?" and left.`); a caseless script has none, and
    # there only a likely start ends such a sentence (`caseless`)
    continuation: str = ""
    caseless: bool = False
    # a footnote number after an end mark and a space, kept with its sentence when a word in
    # `capitals` follows ("... minority rights. 4 Even though ..."), or ""
    footnote: str = ""
    capitals: str = ""
    # a quotation of several sentences stays one sentence (Arabic news convention of PUD)
    quotes_hold: bool = False
    # a look-around at the character after an end mark with no space after it, where that
    # mark still ends a sentence ("انتهى.وقال"), or ""
    glued_end: str = ""
    # a character class of one-letter words written fused to the next one (Arabic و and ف,
    # "and"): a lone letter after one is still an initial or a title ("ود. أحمد": and Dr.), or ""
    clitics: str = ""
    # ends without an end mark, as (first characters, pattern): the pattern is matched right
    # after one of the first characters (best begin it with a cheap test) and may take more;
    # the sentence ends where it stops (English web text: a valediction's comma, an emoticon,
    # an e-mail address or a URL before a capitalized word, an e-mail header's timestamp);
    # "{starts}" in a pattern stands for a likely start
    other_ends: tuple[tuple[str, str], ...] = ()
