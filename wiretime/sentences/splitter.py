"""The language-agnostic splitter: the separator expressions of pattern.py applied to a text.

`re.split` with groups cuts the text into sentences and separators; the offsets are the
running sums of those pieces' lengths (itertools, in C), and a sentence ends where the
whitespace of its separator begins, so a sentence costs a few C calls whatever its length.

Two ways, the same spans. The regex engine scans for a single literal first character about
ten times faster than for a set of them (0.5 against 6 ns a character, measured here), and
that scan was a third of the time on English. So, in a long ASCII text (`_LONG`), where it
gives the same spans, each end mark found in the text gets its own expression (a literal
first character; two groups, the end and its whitespace) and line breaks their own literal
scan, and the boundaries of those passes are merged. They never disagree: a run of end marks
is an end only from its first mark, and a boundary found both after an end mark and at the
line break in its whitespace is the same one. Every other first character (a valediction's
comma, a URL's colon, a bullet, a carriage return) is looked for with its own expression,
and where one ends something, or where spaces stand before a line break, the text goes the
general way: one expression with every first character (`separator`), its sentences and
separators in one group.
"""

from __future__ import annotations

import re
from itertools import accumulate
from operator import add

from wiretime.sentences.lang import common
from wiretime.sentences.pattern import ends_after, separator
from wiretime.sentences.rules import SentenceRules

_END_MARKS = frozenset(common.END_MARK[1:-1])
_MASK = str.maketrans(dict.fromkeys(map(ord, common.END_MARK[1:-1]), "\x1a"))
_QUOTATION = re.compile(common.QUOTATION)
_BULLETS = common.BULLET[1:-1]
_LINE_BREAKS = common.LINE_BREAK[1:-1]
_LAYOUT_CHARS = frozenset(_LINE_BREAKS + _BULLETS)
_BULLETS_SET = frozenset(_BULLETS)
_NEWLINE = {"\n"}
# Spaces before a line break (the first pattern scans for "\n" alone, in a much faster loop).
_SPACE_BEFORE_NEWLINE = re.compile(rf"\n(?<=[^\S{_LINE_BREAKS}]\n)")
_SPACE_BEFORE_BREAK = re.compile(rf"{common.LINE_BREAK}(?<=[^\S{_LINE_BREAKS}].)")
# A line break and the whitespace after it (the only line break of the mark-by-mark way).
_NEWLINE_SEPARATOR = re.compile(r"(\n\s*)")

# From this length on, an ASCII text is split mark by mark: below it, the tests that choose
# the way cost more than the faster scan saves (measured: even at about 500 characters).
_LONG = 1000


class Splitter:
    """Sentence spans of one language's texts."""

    def __init__(self, rules: SentenceRules) -> None:
        self.rules = rules
        ends = ends_after(rules)
        self._separator = re.compile(separator(ends))
        # ASCII ones only: an ASCII text (str.isascii costs nothing) holds no other, and a
        # test for a character that is not ASCII costs more than the scan it would save
        self._marks = tuple((mark, re.compile(rf"({re.escape(mark)}(?:{rest}))(\s*)"))
                            for mark, rest in ends.items() if mark in _END_MARKS and mark.isascii())
        self._others = tuple((char, re.compile(f"{re.escape(char)}(?:{rest})"))
                             for char, rest in ends.items()
                             if char not in _END_MARKS and char != "\n" and char.isascii())

    def split(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each sentence of `text`: whitespace-trimmed, end exclusive."""
        offset = 0
        body = text
        if text[:1].isspace() or text[-1:].isspace():
            body = text.strip()
            if not body:
                return []
            offset = len(text) - len(text.lstrip())
        elif not text:
            return []
        if self.rules.quotes_hold and ('"' in body or "\u00ab" in body or "\u201c" in body):
            body = _QUOTATION.sub(_mask_inside, body)
        if len(body) >= _LONG and body.isascii():
            return self._mark_by_mark(body, offset) or self._at_once(body, offset)
        return self._at_once(body, offset)

    def _mark_by_mark(self, body: str, offset: int) -> list[tuple[int, int]] | None:
        """The spans from one pass per end mark and one for line breaks, or None where they
        might differ from `_at_once`'s (see the module docstring)."""
        for char, pattern in self._others:
            if char in body and pattern.search(body):
                return None
        newline = "\n" in body
        if newline and _SPACE_BEFORE_NEWLINE.search(body):
            return None
        ends: list[int] = []
        starts: list[int] = [offset]
        whitespace = ""  # of the ends found, where line breaks may stand
        for mark, pattern in self._marks:
            if mark in body:
                parts = pattern.split(body)  # [sentence, end, whitespace, sentence, ...]
                if len(parts) > 1:
                    edges = list(accumulate(map(len, parts), initial=offset))
                    if ends:  # a second mark: its ends fall between the first one's
                        ends = sorted(ends + edges[2::3])
                        starts = sorted(starts + edges[3::3])
                    else:
                        ends, starts = edges[2::3], edges[0::3]
                    whitespace += "".join(parts[2::3])
        if newline and body.count("\n") != whitespace.count("\n"):
            # a line break after no end mark: a boundary of its own (the others found again)
            parts = _NEWLINE_SEPARATOR.split(body)  # [sentence, line break and whitespace, ...]
            edges = list(accumulate(map(len, parts), initial=offset))
            by_end = dict(zip(edges[1:-1:2], edges[2::2], strict=True))
            new = by_end.keys() - ends
            ends = sorted(ends + list(new))
            starts = sorted(starts + [by_end[end] for end in new])
        ends.append(offset + len(body))
        return list(zip(starts, ends, strict=True))

    def _at_once(self, body: str, offset: int) -> list[tuple[int, int]]:
        """The spans from one expression with every first character."""
        parts = self._separator.split(body)
        if len(parts) == 1:
            return [(offset, offset + len(body))]
        edges = list(accumulate(map(len, parts), initial=offset))
        separators = parts[1::2]
        layout = _LAYOUT_CHARS.intersection("".join(separators))
        if layout and (
            not _BULLETS_SET.isdisjoint(layout)
            # spaces before a line break, left at the end of the line's sentence
            or (_SPACE_BEFORE_NEWLINE if layout == _NEWLINE else _SPACE_BEFORE_BREAK).search(body)
        ):
            return _laid_out(parts, offset)
        # a sentence ends where its separator's whitespace begins (a line break is whitespace)
        ends = list(map(add, edges[1::2], map(len, map(str.rstrip, separators))))
        ends.append(edges[-1])
        return list(zip(edges[0::2], ends, strict=True))


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
