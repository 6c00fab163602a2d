"""Alternations factored by their first character before they are compiled, so the regex
engine picks the few alternatives that can match at a position instead of trying each.

Why: Python's regex engine tries an alternation's alternatives one by one at every
position it gets to (a quick look at each one's first character, still one step each):
the tense cues ("said|says|told|added|was|...", 200 verbs) and the rules' word lists are
long alternations read at every word of every sentence. Grouping the alternatives that
start with the same character behind that character ("s(?:aid|ays)") makes the choice
one step per distinct first character, and again inside each group.

The rewrite keeps what matches, and which alternative wins: the engine takes the first
alternative, in written order, with which the rest of the pattern matches. Only a run of
consecutive alternatives led by a literal is regrouped; at one position all alternatives
whose literal cannot match the text's character fail, so within a run only those of one
group can match, and the group keeps their written order. Ignoring case, the group is
that of the characters the literal matches (`_compiler`'s own case table): literals of one
group match the same characters, literals of two groups never the same one. An
alternative left empty by the grouping ("s|said" -> "s(?:|aid)") is the empty pattern,
which matches where the alternative's literal alone did.
"""

from __future__ import annotations

import _sre
import re
from re import _compiler, _parser
from re import _constants as _c
from typing import Any

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


def factor(tree: _parser.SubPattern, flags: int) -> None:
    """Rewrite a parse tree in place (`flags`: the pattern's, as the compiler reads them)."""
    _walk(tree.data, tree.state, flags)


def _walk(data: list, state: Any, flags: int) -> None:
    _guard(data, state)
    for i, (op, av) in enumerate(data):
        if op is _c.BRANCH:
            for alternative in av[1]:
                _walk(alternative.data, state, flags)
            data[i] = (op, (av[0], _grouped(av[1], state, flags)))
        elif op is _c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            _walk(sub.data, state, (flags | add_flags) & ~del_flags)
        elif op in _REPEATS:
            _walk(av[2].data, state, flags)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _walk(av[1].data, state, flags)
        elif op is _c.ATOMIC_GROUP:
            _walk(av.data, state, flags)


def _grouped(alternatives: list, state: Any, flags: int) -> list:
    out: list = []
    run: list = []
    for alternative in [*alternatives, None]:
        if alternative is not None and alternative.data and alternative.data[0][0] is _c.LITERAL:
            run.append(alternative)
            continue
        groups: dict[int, list] = {}
        for member in run:
            groups.setdefault(_key(member.data[0][1], flags), []).append(member)
        for members in groups.values():
            if len(members) == 1:
                out.append(members[0])
                continue
            rests = [_parser.SubPattern(state, m.data[1:]) for m in members]
            inner = [(_c.BRANCH, (None, _grouped(rests, state, flags)))]
            out.append(_parser.SubPattern(state, [members[0].data[0], *inner]))
        run = []
        if alternative is not None:
            out.append(alternative)
    return out


def _key(ch: int, flags: int) -> int:
    """The class of characters a literal matches: itself, or ignoring case what the
    compiler matches it with (its lower case and the extra cases of that)."""
    if not flags & re.IGNORECASE or flags & re.LOCALE:
        return ch
    if not flags & re.UNICODE:
        return _sre.ascii_tolower(ch) if _sre.ascii_iscased(ch) else ch
    if not _sre.unicode_iscased(ch):
        return ch
    lower = _sre.unicode_tolower(ch)
    return min((lower, *_compiler._EXTRA_CASES.get(lower, ())))


def _guard(data: list, state: Any) -> None:
    r"""Before a run of look-arounds that opens a sequence (`(?<!be\s)(?<!will\s)...said`,
    `(?:(?<=january\s)|(?<=may\.\s)...)(?:peak|high)`), a look-ahead for the characters the
    sequence's first consuming element starts with: the engine tries such a sequence at every
    position it reaches, and the look-behinds are asked first. The look-ahead asks only what
    that element needs anyway, so the sequence matches where it did, with the same groups."""
    lead = asked = 0
    while lead < len(data) and _zero_width(*data[lead]):
        asked += _lookarounds(data[lead])
        lead += 1
    if asked < 2 or lead == len(data):
        return
    firsts = _firsts(data[lead:])
    if firsts:
        data.insert(0, (_c.ASSERT, (1, _parser.SubPattern(state, [(_c.IN, firsts)]))))


def _zero_width(op: Any, av: Any) -> bool:
    """An element that consumes nothing and sets no group."""
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return True
    if op is _c.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        return group is None and not add_flags and not del_flags and bool(sub.data) \
            and all(_zero_width(*item) for item in sub.data)
    if op is _c.BRANCH:
        return all(alternative.data and all(_zero_width(*item) for item in alternative.data)
                   for alternative in av[1])
    return False


def _lookarounds(item: tuple) -> int:
    op, av = item
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return 1
    if op is _c.SUBPATTERN:
        return sum(_lookarounds(x) for x in av[3].data)
    if op is _c.BRANCH:
        return sum(_lookarounds(x) for alternative in av[1] for x in alternative.data)
    return 0


def _firsts(data: list) -> list | None:
    """The character-set items (as an IN op holds them) every match of the sequence `data`
    starts with; None when not known that simply (a look-around, an optional element, a
    negated set, flags changed inside)."""
    if not data:
        return None
    op, av = data[0]
    if op is _c.LITERAL:
        return [(_c.LITERAL, av)]
    if op is _c.IN:
        return None if av and av[0][0] is _c.NEGATE else list(av)
    if op is _c.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _firsts(sub.data)
    if op is _c.BRANCH:
        out: list = []
        for alternative in av[1]:
            firsts = _firsts(alternative.data)
            if firsts is None:
                return None
            out += firsts
        return out
    if op in _REPEATS and av[0] >= 1:
        return _firsts(av[2].data)
    return None
