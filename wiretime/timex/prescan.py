"""The pre-scan: what a rule pattern needs in a text before it is worth running.

Read once from each pattern's parse tree (Python's own regex parser; a `{table}`
placeholder stands for its table): the clauses of words/digits a match must contain
(`trigger_clauses`), and the strings a match can start with (`start_strings`). The
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



def start_strings(pattern: str, words: dict[str, frozenset[str]], k: int = 2) -> frozenset[str] | None:
    """What a match of `pattern` can start with: strings of up to `k` characters, lower-cased
    (a shorter one where the match may continue with anything or end); None when a match
    can start anywhere. `words` gives each table's words."""
    tables: list[str] = []

    def placeholder(m: re.Match[str]) -> str:
        tables.append(m.group(1))
        return f"(?P<_table{len(tables) - 1}>x)"

    try:
        tree = _parser.parse(PLACEHOLDER.sub(placeholder, pattern))
    except re.error:
        return None
    names = {gid: name for name, gid in tree.state.groupdict.items()}
    done, wild = ("", True), ("", False)  # (string so far, whether the element ended there)

    def concat(heads: set, tails: set) -> set:
        out = set()
        for head, ended in heads:
            if not ended or len(head) >= k:
                out.add((head[:k], False))
                continue
            for tail, tail_ended in tails:
                joined = head + tail
                out.add((joined[:k], tail_ended and len(joined) <= k))
        return out

    def sequence(items) -> set:
        found = {done}
        for op, av in items:
            if all(not ended or len(text) >= k for text, ended in found):
                break
            found = concat(found, element(op, av))
        return found

    def element(op, av) -> set:
        if op is _c.LITERAL:
            return {(chr(av).lower(), True)}
        if op is _c.SUBPATTERN:
            name = names.get(av[0]) or ""
            if name.startswith("_table"):
                return {(w[:w.index(" ")], False) if " " in w[:k] else (w[:k], len(w) <= k)
                        for w in words[tables[int(name[6:])]]}
            return sequence(av[-1])
        if op is _c.BRANCH:
            return set().union(*(sequence(branch) for branch in av[1]))
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, high, body = av
            once, found, repeated = sequence(body), ({done} if low == 0 else set()), {done}
            for count in range(1, min(high, max(low, 1) + k) + 1):
                repeated = concat(repeated, once)
                if count >= low:
                    found |= repeated
            return found
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            return {done}
        if op is _c.IN and all(_is_digit(item_op, item) or item_op is _c.LITERAL for item_op, item in av):
            return {(chr(item).lower(), True) for item_op, item in av if item_op is _c.LITERAL} \
                | ({(d, True) for d in "0123456789"} if any(_is_digit(o, i) for o, i in av) else set())
        return {wild}

    starts = {text for text, _ in sequence(tree)}
    return None if "" in starts else frozenset(starts)


def fewest_parts(pattern: str, placeholder: re.Pattern[str]) -> int:
    """How many found expressions (`placeholder`s) a match of a composition pattern holds
    at the least: a text with fewer found expressions cannot match it."""
    count = 0

    def mark(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"(?P<_part{count}>x)"

    try:
        tree = _parser.parse(PLACEHOLDER.sub("x", placeholder.sub(mark, pattern)))
    except re.error:
        return 0
    names = {gid: name for name, gid in tree.state.groupdict.items()}

    def sequence(items) -> int:
        return sum(element(op, av) for op, av in items)

    def element(op, av) -> int:
        if op is _c.SUBPATTERN:
            return 1 if (names.get(av[0]) or "").startswith("_part") else sequence(av[-1])
        if op is _c.BRANCH:
            return min(sequence(branch) for branch in av[1])
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            return av[0] * sequence(av[2])
        return 0

    return sequence(tree)


def _is_digit(op, av) -> bool:
    if op is _c.CATEGORY:
        return av is _c.CATEGORY_DIGIT
    if op is _c.RANGE:
        return 48 <= av[0] <= av[1] <= 57
    return op is _c.LITERAL and 48 <= av <= 57
