"""The language-agnostic splitter: the separator expressions of pattern.py applied to a text.

`re.split` with groups cuts the text into sentences and separators; the offsets are the
running sums of those pieces' lengths, and a sentence ends where the whitespace of its
separator begins, so a sentence costs a few operations whatever its length.

Two ways, the same spans. The regex engine scans for a single literal first character about
ten times faster than for a set of them (0.5 against 6 ns a character, measured here), and
that scan was a third of the time on English. So a long ASCII text (`_LONG`; str.isascii
costs nothing), or a short one that is not ASCII, in which nothing but full stops and line
breaks ends a sentence is split by the full stop's expression alone (a literal first
character; two groups, the end and its whitespace), and a sentence it leaves with a line
break inside is cut there (a line break is always an end, and one in a full stop's
whitespace is already one). Whether anything else
ends a sentence is asked of each other first character the text holds (a question mark, a
valediction's comma, a URL's colon, a carriage return), each alone, so scanned fast too;
where one does, or where spaces stand before a line break, the text goes the general way:
one expression with every first character (`separator`), its sentences and separators in one
group. An ASCII text gets that expression without its other first characters: the engine
then tests each character against a one-byte bitmap instead of a two-level table (EWT: 8%
fewer instructions). A long text of two-byte characters stays on the general way: there
`char in body` searches the character's low byte with memchr and checks every hit, and
Arabic letters (U+06xx) share their low bytes with "!", U+2028 or U+2048, so the membership
tests alone can cost more than the one scan.
"""

from __future__ import annotations

import re

from wiretime.sentences.lang import common
from wiretime.sentences.pattern import ends_after, separator
from wiretime.sentences.rules import SentenceRules

_MASK = str.maketrans(dict.fromkeys(map(ord, common.END_MARK[1:-1]), "\x1a"))
_QUOTATION = re.compile(common.QUOTATION)
# each kind of quotation alone, by its opening mark: a text that holds one kind (most) is
# scanned for a literal, not for a set of first characters (see the module docstring)
_QUOTATION_KINDS = tuple((kind[0], re.compile(kind)) for kind in common.QUOTATION_KINDS)
_BULLETS = common.BULLET[1:-1]
_LINE_BREAKS = common.LINE_BREAK[1:-1]
_LAYOUT_CHARS = frozenset(_LINE_BREAKS + _BULLETS)
_BULLETS_SET = frozenset(_BULLETS)
_NEWLINE = {"\n"}
# Spaces before a line break (the first pattern scans for "\n" alone, in a much faster loop).
_SPACE_BEFORE_NEWLINE = re.compile(rf"\n(?<=[^\S{_LINE_BREAKS}]\n)")
_SPACE_BEFORE_BREAK = re.compile(rf"{common.LINE_BREAK}(?<=[^\S{_LINE_BREAKS}].)")
# A line break and the whitespace after it (where a full stop's expression found no end).
_NEWLINE_SEPARATOR = re.compile(r"(\n\s*)")


# Below this length the tests that choose the way (a dozen membership tests and searches)
# cost about what the faster scan saves on ASCII text: measured on English web text (EWT),
# always taking the full stops' way was ~10% slower there, from this length on ~4%; news gains
# at any length. Text that is not ASCII takes the full stops' way below it only (see above).
_LONG = 1000


class Splitter:
    """Sentence spans of one language's texts."""

    def __init__(self, rules: SentenceRules) -> None:
        self.rules = rules
        ends = ends_after(rules)
        self._separator = re.compile(separator(ends))
        # the same for an ASCII text: its first characters all one byte (a bitmap test per
        # character scanned instead of a two-level one), no bullet among them
        ascii_ends = {char: rest for char, rest in ends.items() if char.isascii()}
        self._ascii_separator = re.compile(separator(ascii_ends))
        # the full stop's alone (two groups: the end, its whitespace); every other first
        # character, each alone, and those an ASCII text may hold (str.isascii costs nothing)
        self._full_stop = re.compile(rf"(\.(?:{ends['.']}))(\s*)")
        self._others = tuple((char, re.compile(f"{re.escape(char)}(?:{rest})"))
                             for char, rest in ends.items() if char not in ".\n")
        self._ascii_others = tuple(other for other in self._others if other[0].isascii())

    def split(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each sentence of `text`: whitespace-trimmed, end exclusive."""
        body = text.strip()  # `text` itself where there is nothing to strip (most texts)
        if not body:
            return []
        offset = 0 if body is text else len(text) - len(text.lstrip())
        # (marks written the other way round, »...« and ”...“, hold a « or a “ too)
        if self.rules.quotes_hold and ('"' in body or "\u00ab" in body or "\u201c" in body):
            body = _hold_quotations(body)
        if (len(body) >= _LONG) == body.isascii():  # long ASCII or short other text
            return self._by_full_stops(body, offset) or self._at_once(body, offset)
        return self._at_once(body, offset)

    def _by_full_stops(self, body: str, offset: int) -> list[tuple[int, int]] | None:
        """The spans where only full stops and line breaks end sentences, from the full
        stop's expression; None where something else may end one (see the module docstring)."""
        for char, pattern in self._ascii_others if body.isascii() else self._others:
            if char in body and pattern.search(body):
                return None
        newline = "\n" in body
        if newline and _SPACE_BEFORE_NEWLINE.search(body):
            return None
        parts = self._full_stop.split(body)  # [sentence, end, whitespace, sentence, ...]
        # One Python pass over (sentence, end, whitespace) triples, as in `_at_once`: fewer
        # operations a sentence than C stages (accumulate, slices, zip) over all the parts.
        spans: list[tuple[int, int]] = []
        start = offset
        pieces = iter(parts)
        for piece, end, space in zip(pieces, pieces, pieces, strict=False):
            stop = start + len(piece) + len(end)
            if newline and "\n" in piece:  # a line break in a sentence (after no full stop) ends it too
                start = _lines(piece, start, spans)
            spans.append((start, stop))
            start = stop + len(space)
        last = parts[-1]
        stop = start + len(last)
        if newline and "\n" in last:
            start = _lines(last, start, spans)
        spans.append((start, stop))
        return spans

    def _at_once(self, body: str, offset: int) -> list[tuple[int, int]]:
        """The spans from one expression with every first character."""
        ascii_text = body.isascii()
        parts = (self._ascii_separator if ascii_text else self._separator).split(body)
        if len(parts) == 1:
            return [(offset, offset + len(body))]
        # An ASCII text holds no bullet, and every line break is in a separator (its end or its
        # whitespace): layout needs care only where a sentence's spaces stand before a line
        # break that is its end, which the pass below sees.
        if not ascii_text:
            layout = _LAYOUT_CHARS.intersection("".join(parts[1::2]))
            if layout and (
                not _BULLETS_SET.isdisjoint(layout)
                # spaces before a line break, left at the end of the line's sentence
                or (_SPACE_BEFORE_NEWLINE if layout == _NEWLINE else _SPACE_BEFORE_BREAK).search(body)
            ):
                return _laid_out(parts, offset)
        # One Python pass over (sentence, separator) pairs: a handful of sentences a document
        # costs less so than five stages in C (map, accumulate, slices, zip), each ~500-700
        # instructions an element (cachegrind, EWT: 24.9 -> 22.3 M instructions a pass).
        # A sentence ends where its separator's whitespace begins (a line break is whitespace).
        spans = []
        start = offset
        pieces = iter(parts)
        for piece, ending in zip(pieces, pieces, strict=False):
            end = start + len(piece)
            mark = ending.rstrip()
            if not mark and (not piece or piece[-1].isspace()):  # spaces before a line break
                return _laid_out(parts, offset)
            spans.append((start, end + len(mark)))
            start = end + len(ending)
        if parts[-1]:  # (an end such as an e-mail header's timestamp may close the text)
            spans.append((start, start + len(parts[-1])))
        return spans


def _lines(piece: str, start: int, spans: list[tuple[int, int]]) -> int:
    """Append the spans of the lines of `piece` (at `start`) but its last; return where that
    last line starts."""
    cut = _NEWLINE_SEPARATOR.split(piece)  # [line, break, line, ...]
    lines = iter(cut)
    for line, line_break in zip(lines, lines, strict=False):
        spans.append((start, start + len(line)))
        start += len(line) + len(line_break)
    return start


def _hold_quotations(body: str) -> str:
    """`body` with the end marks inside its quotations masked (a quotation stays one sentence)."""
    kinds = [pattern for opening, pattern in _QUOTATION_KINDS if opening in body]
    return (kinds[0] if len(kinds) == 1 else _QUOTATION).sub(_mask_inside, body)


def _mask_inside(quotation: re.Match[str]) -> str:
    """A quotation whose inner end marks (all but the last) no longer end anything."""
    q = quotation.group()
    return q[0] + q[1:-2].translate(_MASK) + q[-2:] if len(q) > 3 else q


def _laid_out(parts: list[str], offset: int) -> list[tuple[int, int]]:
    """The spans of split `parts` where layout needs care: a mid-line bullet opens the next
    sentence, and spaces before a line break end none. A Python loop: taken only then."""
    spans = []
    position = start = offset
    for index in range(0, len(parts), 2):
        piece = parts[index]
        separator = parts[index + 1] if index + 1 < len(parts) else ""
        end = separator.rstrip()
        bullet = len(end) == 1 and end in _BULLETS
        stripped = (piece if bullet else piece + end).rstrip()
        if stripped:
            spans.append((start, position + len(stripped)))
        position += len(piece) + len(separator)
        start = position - len(separator) if bullet else position
    return spans
