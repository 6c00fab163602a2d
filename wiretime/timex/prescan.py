"""The pre-scan: what a rule pattern needs in a text before it is worth running.

Read once from each pattern's parse tree (Python's own regex parser; a `{table}`
placeholder stands for its table): the clauses of words/digits a match must contain
(`trigger_clauses`), and the strings a match can start with (`start_strings`). The
engine then scans a text once for the table words it contains and runs only the rules
whose clauses it meets, only where they can start.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from re import _constants as _c
from re import _parser

from wiretime.timex.wordset import exact_words_regex, words_regex

PLACEHOLDER = re.compile(r"\{([A-Za-z_]\w*)(?::(\w+))?\}")
DIGIT = re.compile(r"\d")
SPACES = re.compile(r"\s+")
ODD_SPACES = re.compile(r"[^\S ]|  ")


def trigger_clauses(pattern: str) -> tuple[frozenset[str], ...]:
    """The clauses (see Language.rule_triggers) a rule pattern cannot match without, read
    from its parse tree (placeholders stand for their tables). No clause when unknown."""
    parsed = _parse_with_tables(pattern)
    if parsed is None:
        return ()
    tree, tables, names = parsed

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


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of this module: what it computed and a disk cache kept (diskcache.py) is
    stale once it changes."""
    return hashlib.sha1(Path(__file__).read_bytes()).hexdigest()


class Gate:
    """The distinct trigger clauses of a list of rules, numbered: for each atom the bitmask
    of the clauses it satisfies (`atom_clauses`), for each rule the bitmask of the clauses
    it needs (`needs`). A text's atoms OR-ed give the clauses it meets; a rule is worth
    trying when `needs & ~met` is 0 (two integer operations per rule, no set algebra)."""

    def __init__(self, triggers: list[tuple[frozenset[str], ...]]) -> None:
        bits: dict[frozenset[str], int] = {}
        for clauses in triggers:
            for clause in clauses:
                bits.setdefault(clause, 1 << len(bits))
        self.atom_clauses: dict[str, int] = {}
        for clause, bit in bits.items():
            for atom in clause:
                self.atom_clauses[atom] = self.atom_clauses.get(atom, 0) | bit
        self.needs = [sum({bits[c] for c in clauses}) for clauses in triggers]


class TriggerScan:
    """Which trigger atoms a text holds, in a few regex scans instead of one per word.

    One regex finds every table word at any position (overlapping, longest first); each
    found word stands for the tables of it and of the shorter table words it begins with
    (found at the same place); it ignores case, compiled by `caseless` to match over the
    case-canonical text (see caseless.py). One regex finds the literal atoms' texts in the
    lower-cased text alike. `tables` maps table names to their (folded, lower-cased) words."""

    def __init__(self, tables: Mapping[str, Iterable[str]], literals: set[str],
                 compile: Callable[[str, int], re.Pattern[str]],
                 caseless: Callable[[str], re.Pattern[str]]) -> None:
        owners: dict[str, set[str]] = {}
        for name, words in tables.items():
            for word in words:
                owners.setdefault(word, set()).add("t:" + name)
        self.words = caseless(at_each(words_regex(owners, factor=False), {w[0] for w in owners}))
        self.closed = {word: frozenset().union(*(owners[word[:i]] for i in range(1, len(word) + 1)
                                                 if word[:i] in owners)) for word in owners}
        self.literals = compile(at_each(exact_words_regex(literals), {w[0] for w in literals})
                                if literals else "(?!)", 0)
        self.with_prefixes = {lit: frozenset("l:" + lit[:i] for i in range(1, len(lit) + 1)
                                             if lit[:i] in literals) for lit in literals}
        self._masks: dict[str, int] = {}  # a found word's (literal's: "\x00" + it) clauses
        self._clauses: Mapping[str, int] | None = None

    def met(self, folded: str, lowered: str, canon: str, key: Callable[[str], str],
            clauses: Mapping[str, int]) -> int:
        """The clauses the atoms present in `folded` satisfy, OR-ed (`clauses`: each atom's
        bitmask, see Gate; each found word's and literal's is OR-ed once and remembered, so
        a text costs one integer OR per word, not a union of atom sets). `lowered`: the text
        lower-cased, `canon`: case-canonical (the engine has both anyway); `key` is a
        surface form's table key (a found form with spaces may be spelled with other spaces
        than the table's). Words are read from `folded` at the offsets found in `canon` (the
        same: canon maps one to one)."""
        met = 0
        if clauses is not self._clauses:  # (the masks remembered are those of one mapping)
            self._masks, self._clauses = {}, clauses
        masks = self._masks
        for word in {folded[m.start(1):m.end(1)] for m in self.words.finditer(canon)}:
            word = key(word) if " " in word else word.lower()
            mask = masks.get(word)
            if mask is None:
                mask = masks[word] = _or(self.closed.get(word, ()), clauses)
            met |= mask
        if DIGIT.search(folded):
            met |= clauses.get("d", 0)
        for literal in set(self.literals.findall(lowered)):
            mask = masks.get("\x00" + literal)
            if mask is None:
                mask = masks["\x00" + literal] = _or(self.with_prefixes[literal], clauses)
            met |= mask
        return met


def _or(atoms: Iterable[str], clauses: Mapping[str, int]) -> int:
    mask = 0
    for atom in atoms:
        mask |= clauses.get(atom, 0)
    return mask


def at_each(body: str, firsts: set[str]) -> str:
    """A pattern whose matches' group 1 is `body`'s match at each position where it matches
    (overlapping), as `(?=(body))` finds them, when every match of `body` starts with one of
    the characters `firsts`. Written as that character followed by a look-behind holding
    the look-ahead: a pattern opening with a character set lets the regex engine skip to the
    next such character in C; one opening with a look-ahead is tried at every position."""
    if not firsts or any(c.isspace() for c in firsts):
        return f"(?=({body}))"
    return "[" + "".join(re.escape(c) for c in sorted(firsts)) + rf"](?<=(?=({body}))[\s\S])"


class StartIndex:
    """Which rules can start where: each start string (see `start_strings`) with the rules
    that can start with it, and the rules that can start anywhere (or with a non-word
    character: the engine tries those with a scan of the whole text). Whitespace counts
    as one space in both the start strings and the text's `head`, so a rule is told apart
    by what follows "the " or "في " too, not only by the article."""

    KEPT = 200_000  # text beginnings remembered (a bound on memory)

    def __init__(self, index: dict[str, tuple[int, ...]], anywhere: tuple[int, ...]) -> None:
        self.index, self.anywhere = index, anywhere
        self._heads: dict[str, tuple[int, ...]] = {}

    @staticmethod
    def build(patterns: list[str], words: dict[str, frozenset[str]],
              k: int) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
        """The index and the rules that start anywhere, from the rule patterns."""
        index: dict[str, list[int]] = {}
        anywhere = []
        for order, pattern in enumerate(patterns):
            starts = start_strings(pattern, words, k)
            if starts is None or not all(s[0].isalnum() or s[0] == "_" for s in starts):
                anywhere.append(order)
                continue
            for start in starts:
                index.setdefault(start, []).append(order)
        return {start: tuple(orders) for start, orders in index.items()}, tuple(anywhere)

    @staticmethod
    def spaced_plainly(text: str) -> bool:
        """Whether every whitespace of `text` is a lone space: its heads are then its slices."""
        return ODD_SPACES.search(text) is None

    @staticmethod
    def head(text: str, at: int, k: int) -> str:
        """The first `k` characters of `text` from `at`, each run of whitespace as one space
        (what `rules` is asked about when the text has runs or other whitespace than spaces)."""
        size = k
        while True:
            head = SPACES.sub(" ", text[at:at + size])
            if len(head) >= k or at + size >= len(text):
                return head[:k]
            size *= 2

    def rules(self, head: str) -> tuple[int, ...]:
        """The rules that can start where the lower-cased text begins with `head` (its next
        START_CHARS characters, whitespace runs as one space, see `head`): one lookup per word
        instead of one per prefix length; remembered per `head` (a bounded set: the texts'
        k-letter word beginnings)."""
        orders = self._heads.get(head)
        if orders is None:
            orders = tuple(sorted({order for size in range(1, len(head) + 1)
                                   for order in self.index.get(head[:size], ())}))
            if len(self._heads) < self.KEPT:
                self._heads[head] = orders
        return orders


def start_strings(pattern: str, words: dict[str, frozenset[str]], k: int = 2) -> frozenset[str] | None:
    """What a match of `pattern` can start with: strings of up to `k` characters, lower-cased,
    each run of whitespace as one space (a shorter one where the match may continue with
    anything or end); None when a match can start anywhere. `words` gives each table's words."""
    parsed = _parse_with_tables(pattern)
    if parsed is None:
        return None
    tree, tables, names = parsed
    done, wild = ("", True), ("", False)  # (string so far, whether the element ended there)

    def concat(heads: set, tails: set) -> set:
        out = set()
        for head, ended in heads:
            if head == "" and ended:  # every tail is already cut to k characters
                out |= tails
            elif not ended or len(head) >= k:
                out.add((head[:k], False))
            else:
                for tail, tail_ended in tails:
                    joined = head + tail[1:] if head[-1] == " " and tail[:1] == " " else head + tail
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
            return {(_lower(av), True)}
        if op is _c.SUBPATTERN:
            name = names.get(av[0]) or ""
            if name.startswith("_table"):
                return _table_starts(words[tables[int(name[6:])]], k)
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
        if op is _c.IN and av == [(_c.CATEGORY, _c.CATEGORY_SPACE)]:
            return {(" ", True)}
        if op is _c.IN and all(_is_digit(item_op, item) or item_op is _c.LITERAL for item_op, item in av):
            return {(_lower(item), True) for item_op, item in av if item_op is _c.LITERAL} \
                | ({(d, True) for d in "0123456789"} if any(_is_digit(o, i) for o, i in av) else set())
        return {wild}

    starts = {text for text, _ in sequence(tree)}
    return None if "" in starts else frozenset(starts)


def _lower(code: int) -> str:
    """A pattern's literal as start strings write it: lower-cased, whitespace as a space."""
    return " " if SPACES.fullmatch(chr(code)) else chr(code).lower()


@lru_cache(maxsize=256)
def _table_starts(words: frozenset[str], k: int) -> frozenset[tuple[str, bool]]:
    """What a table's words start with (see start_strings): a big table (spelled-out
    numbers) is read once, not once per rule that names it. A table word's space matches
    any whitespace, and a loose clitic after it may be followed by some: the string stops
    after that space."""
    return frozenset((w[:w.index(" ") + 1], False) if " " in w[:k] else (w[:k], len(w) <= k) for w in words)


def leading_symbols(pattern: str, symbols: frozenset[str]) -> frozenset[str] | None:
    """The symbols every match of `pattern` starts with, when each match must start with one
    of `symbols` (a composition pattern that opens with a found expression); else None.
    `{table}` placeholders count as word characters, so a pattern a table word may open
    is never led (whatever the table holds)."""
    starts = start_strings(PLACEHOLDER.sub("x", pattern), {}, 1)
    return starts if starts and starts <= symbols else None


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


def _parse_with_tables(pattern: str) -> tuple[_parser.SubPattern, list[str], dict[int, str]] | None:
    """A rule pattern's parse tree with each table placeholder standing as a named group
    `_tableN` (N indexes the returned table names), and the group names by group number;
    None when the pattern does not parse."""
    tables: list[str] = []

    def placeholder(m: re.Match[str]) -> str:
        tables.append(m.group(1))
        return f"(?P<_table{len(tables) - 1}>x)"

    try:
        tree = _parser.parse(PLACEHOLDER.sub(placeholder, pattern))
    except re.error:
        return None
    return tree, tables, {gid: name for name, gid in tree.state.groupdict.items()}
