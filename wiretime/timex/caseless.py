"""Case-insensitive patterns matched as case-sensitive ones over a case-canonical text.

Python's regex engine matches an IGNORECASE pattern by lower-casing each text character
at every test, and cannot skip ahead to the characters a pattern may start with when
those are cased; the trigger scan and the tense cues, alternations of words tried at
every position, spent most of their time so (English: ~3x slower than the same patterns
case-sensitive). So the text is mapped once, character for character (offsets stay), to
one representative of each class of characters `re` treats as equal ignoring case
(`canon_table`), and the patterns are compiled case-sensitively with each literal and
character set mapped the same way (`compile`): a match there is exactly a match of the
IGNORECASE pattern on the text, at the same offsets.

The classes are `re`'s own (its lower-case mapping and its table of extra equivalences,
e.g. "ſ" with "s", the Kelvin sign with "k"). A class whose members differ for `\\w`,
`\\d`, `\\s` or line ends keeps those members apart (mapped to themselves) so that
categories and word boundaries read the same; a literal of such a class becomes the set
of its members' representatives.
"""

from __future__ import annotations

import _sre
import re
import sys
import unicodedata
from re import _casefix, _compiler, _parser
from re import _constants as _c

from wiretime.timex import branches
from wiretime.timex.diskcache import DiskCache

_LINE_ENDS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _signature(ch: int) -> tuple[bool, bool, bool, bool]:
    """What categories and word boundaries see of a character (Unicode mode)."""
    c = chr(ch)
    return c.isalnum() or c == "_", c.isdecimal(), c.isspace(), c in _LINE_ENDS


def _compute_classes() -> dict[int, tuple[int, ...]]:
    """For each cased character, the characters `re` matches it with under IGNORECASE
    (itself included): those of equal lower case, and the extra equivalences."""
    lower = _sre.unicode_tolower
    members: dict[int, set[int]] = {}
    for ch in range(sys.maxunicode + 1):
        if _sre.unicode_iscased(ch):
            low = lower(ch)
            members.setdefault(low, {low}).add(ch)
    for low, extras in _casefix._EXTRA_CASES.items():  # symmetric: each lists the others
        members.setdefault(low, {low}).update(x for e in extras for x in members.get(e, {e}))
    return {ch: tuple(sorted(group)) for group in members.values() for ch in group}


class CaseCanon:
    """The case-canonical mapping of text and the case-sensitive compilation of patterns."""

    def __init__(self, cache: DiskCache) -> None:
        inputs = (sys.version, unicodedata.unidata_version, _sre.MAGIC)
        self.classes: dict[int, tuple[int, ...]] = cache.value("case classes", inputs, _compute_classes)
        self.canon: dict[int, int] = {}
        for ch, group in self.classes.items():
            same = [m for m in group if _signature(m) == _signature(ch)]
            self.canon[ch] = min(same)
        self.table = {ch: chr(rep) for ch, rep in self.canon.items() if rep != ch}
        # A text with none of them (most Arabic) is its own canonical text: one scan for them
        # costs less than translating it character by character. Characters past U+FFFF all
        # count as changed (a set within U+FFFF is a bitmap, fast).
        bmp = "".join(re.escape(chr(ch)) for ch in sorted(self.table) if ch < 0x10000)
        self._changed = re.compile(f"[{bmp}\U00010000-\U0010ffff]")
        self.cache = cache

    def text(self, text: str) -> str:
        """`text` with each character replaced by its class's representative (same length)."""
        if text.isascii() or self._changed.search(text):
            return text.translate(self.table)
        return text

    def compile(self, pattern: str) -> re.Pattern[str]:
        """`pattern`, whose meaning is that of re.IGNORECASE, for matching over `text(...)`.
        Patterns with case-sensitive parts (`(?-i:...)`) or backreferences cannot be mapped:
        ValueError (language data must write these patterns without them)."""
        entry = self.cache.value("caseless", (_SOURCE_KEY, pattern), lambda: self._code(pattern))
        if entry is None:
            raise ValueError(f"pattern cannot be matched case-canonically: {pattern!r}")
        return _sre.compile(pattern, *entry)

    def _code(self, pattern: str) -> tuple | None:
        tree = _parser.parse(pattern, re.IGNORECASE)
        try:
            self._map(tree)
        except _Unmappable:
            return None
        flags = tree.state.flags & ~re.IGNORECASE
        tree.state.flags = flags
        branches.factor(tree, flags)
        code = _compiler._code(tree, flags)
        groupindex = dict(tree.state.groupdict)
        indexgroup = [None] * tree.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return int(flags), [int(c) for c in code], tree.state.groups - 1, groupindex, tuple(indexgroup)

    def _reps(self, ch: int) -> set[int]:
        return {self.canon.get(m, m) for m in self.classes.get(ch, (ch,))}

    def _map(self, items: _parser.SubPattern | list) -> None:
        """Rewrite a parse tree in place: literals and sets by their classes' representatives."""
        data = items.data if isinstance(items, _parser.SubPattern) else items
        for i, (op, av) in enumerate(data):
            if op is _c.LITERAL or op is _c.NOT_LITERAL:
                reps = self._reps(av)
                if len(reps) == 1:
                    data[i] = (op, reps.pop())
                else:
                    data[i] = (_c.IN, ([(_c.NEGATE, None)] if op is _c.NOT_LITERAL else [])
                               + [(_c.LITERAL, r) for r in sorted(reps)])
            elif op is _c.IN:
                data[i] = (_c.IN, self._set(av))
            elif op is _c.SUBPATTERN:
                group, add_flags, del_flags, sub = av
                if del_flags & re.IGNORECASE:
                    raise _Unmappable
                self._map(sub)
                data[i] = (op, (group, add_flags & ~re.IGNORECASE, del_flags, sub))
            elif op is _c.BRANCH:
                for branch in av[1]:
                    self._map(branch)
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
                self._map(av[2])
            elif op in (_c.ASSERT, _c.ASSERT_NOT):
                self._map(av[1])
            elif op is _c.ATOMIC_GROUP:
                self._map(av)
            elif op not in (_c.ANY, _c.AT):
                raise _Unmappable  # backreferences, conditionals: compared otherwise ignoring case

    def _set(self, items: list) -> list:
        out: list = []
        chars: set[int] = set()
        for op, av in items:
            if op is _c.LITERAL:
                chars |= self._reps(av)
            elif op is _c.RANGE:
                lo, hi = av
                if any(ch in self.classes for ch in range(lo, hi + 1)):
                    for ch in range(lo, hi + 1):
                        chars |= self._reps(ch)
                else:
                    out.append((op, av))
            else:  # NEGATE (first), CATEGORY: what case does not change
                out.append((op, av))
        return out + [(_c.LITERAL, ch) for ch in sorted(chars)]


class _Unmappable(Exception):
    pass


_SOURCE_KEY = "caseless-3"  # bump when the mapping of patterns changes (disk-cached code)
