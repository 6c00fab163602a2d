"""The pre-scan: what a rule pattern needs in a text before it is worth running.

Read once from each pattern's parse tree (Python's own regex parser; a `{table}`
placeholder stands for its table): the clauses of words/digits a match must contain
(`trigger_clauses`), and the characters a match can start with (`first_chars`). The
engine then scans a text once for the table words it contains and runs only the rules
whose clauses it meets, only where they can start.
"""

from __future__ import annotations

import re
from re import _constants as _c
from re import _parser

PLACEHOLDER = re.compile(r"\{([A-Za-z_]\w*)(?::(\w+))?\}")
DIGIT = re.compile(r"\d")


def trigger_clauses(pattern: str) -> tuple[frozenset[str], ...]:
    """The clauses (see Language.rule_triggers) a rule pattern cannot match without, read
    from its parse tree (placeholders stand for their tables). No clause when unknown."""
    tables: list[str] = []

    def placeholder(m: re.Match[str]) -> str:
        tables.append(m.group(1))
        return f"(?P<_table{len(tables) - 1}>x)"

    try:
        tree = _parser.parse(PLACEHOLDER.sub(placeholder, pattern))
    except re.error:
        return ()
    names = {gid: name for name, gid in tree.state.groupdict.items()}

    def sequence(items) -> list[frozenset[str]]:
        clauses, literal = [], ""
        for op, av in [*items, (None, None)]:
            if op is _c.LITERAL:
                literal += chr(av).lower()
                continue
            if len(literal) >= 2:
                clauses.append(frozenset({"l:" + literal}))
            literal = ""
            if op is not None:
                clauses.extend(element(op, av))
        return clauses

    def element(op, av) -> list[frozenset[str]]:
        if op is _c.SUBPATTERN:
            name = names.get(av[0]) or ""
            if name.startswith("_table"):
                return [frozenset({"t:" + tables[int(name[6:])]})]
            return sequence(av[-1])
        if op is _c.BRANCH:  # one of the branches: any atom of each branch's first clause
            firsts = [sequence(branch)[:1] for branch in av[1]]
            return [] if not all(firsts) else [frozenset().union(*(f[0] for f in firsts))]
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            return sequence(av[2]) if av[0] >= 1 else []
        if op is _c.IN and all(_is_digit(item_op, item) for item_op, item in av):
            return [frozenset({"d"})]
        return []

    return tuple(sequence(tree))



def first_chars(pattern: str, firsts: dict[str, frozenset[str]]) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with; None when any (or unknown)."""
    tables: list[str] = []

    def placeholder(m: re.Match[str]) -> str:
        tables.append(m.group(1))
        return f"(?P<_table{len(tables) - 1}>x)"

    try:
        tree = _parser.parse(PLACEHOLDER.sub(placeholder, pattern))
    except re.error:
        return None
    names = {gid: name for name, gid in tree.state.groupdict.items()}

    def sequence(items) -> tuple[frozenset[str] | None, bool]:
        found: set[str] = set()
        for op, av in items:
            chars, nullable = element(op, av)
            if chars is None:
                return None, False
            found |= chars
            if not nullable:
                return frozenset(found), False
        return frozenset(found), True

    def element(op, av) -> tuple[frozenset[str] | None, bool]:
        if op is _c.LITERAL:
            ch = chr(av)
            return frozenset({ch, ch.upper(), ch.lower()}), False
        if op is _c.SUBPATTERN:
            name = names.get(av[0]) or ""
            if name.startswith("_table"):
                return firsts[tables[int(name[6:])]], False
            return sequence(av[-1])
        if op is _c.BRANCH:
            results = [sequence(branch) for branch in av[1]]
            if any(chars is None for chars, _ in results):
                return None, False
            return frozenset().union(*(chars for chars, _ in results)), any(n for _, n in results)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            chars, nullable = sequence(av[2])
            return chars, nullable or av[0] == 0
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            return frozenset(), True
        if op is _c.IN and all(_is_digit(item_op, item) for item_op, item in av):
            return frozenset("0123456789"), False
        if op is _c.IN and all(item_op is _c.LITERAL for item_op, _ in av):
            return frozenset(chr(item) for _, item in av), False
        return None, False

    chars, nullable = sequence(tree)
    return None if chars is None or nullable else chars


def _is_digit(op, av) -> bool:
    if op is _c.CATEGORY:
        return av is _c.CATEGORY_DIGIT
    if op is _c.RANGE:
        return 48 <= av[0] <= av[1] <= 57
    return op is _c.LITERAL and 48 <= av <= 57
