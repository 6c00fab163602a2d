"""How a language's time knowledge is written down, and how it is compiled for matching.

A language is data (HeidelTime-style): word tables (surface form -> value), rules (a
pattern over those tables -> a partial time, with examples beside it), text folding for
matching, and tense cues. The engine in `engine.py` knows no language.

The rules, modifiers and range forms a language writes, and their pattern syntax: rules.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from re import _parser
from typing import Any

from wiretime.timex import prescan
from wiretime.timex.caseless import CaseCanon
from wiretime.timex.diskcache import DiskCache, cache_dir
from wiretime.timex.prescan import PLACEHOLDER as _PLACEHOLDER
from wiretime.timex.prescan import Gate, StartIndex, TriggerScan, fewest_parts, trigger_clauses
from wiretime.timex.rules import Modifier, RangeForm, Rule
from wiretime.timex.wordset import words_regex

_PART_PLACEHOLDER = re.compile(r"\{@([A-Z]+):(\w+)\}")
# Kinds of found expressions, each written as one private-use character in composition:
# D date, C clock time, T date and clock, R range, P part of day / am-pm alone, Z zone alone,
# S set, U duration, F vague reference (PRESENT_REF...), N a number or word that only
# composition uses (never a mention alone).
PART_KINDS = "DCTRPZSUFN"
KIND_CHAR = {kind: chr(0xE000 + i) for i, kind in enumerate(PART_KINDS)}
KIND_CHARS = frozenset(KIND_CHAR.values())  # every kind symbol
_SPACES = re.compile(r"\s+")
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
# How many first characters of a rule's matches the pre-scan tells apart.
START_CHARS = 3
_KEYS_KEPT = 200_000  # surface forms whose table key is remembered (a bound on memory)


def _kind_class(m: re.Match[str]) -> str:  # a `{@KINDS:name}` as what it matches
    return f"(?P<{m.group(2)}>[{''.join(KIND_CHAR[k] for k in m.group(1))}])"


# Arabic-Indic and Persian digits fold to ASCII for every language: news mixes them.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass
class Language:
    """All that the engine needs to know about one language."""

    code: str
    tables: dict[str, dict[str, Any]]
    rules: list[Rule]
    fold: dict[str, str] = field(default_factory=dict)
    strip: str = ""
    # Where the script leaves out a letter the patterns spell, and that letter: a regex of the
    # empty places to restore it at (Arabic: the article's alif after the clitic "ل", "للعام"
    # is ل + العام). A restored letter maps back to the character after it.
    elided: tuple[str, str] | None = None
    modifiers: list[Modifier] = field(default_factory=list)
    joiners: str = r"\s+"
    past_cues: str = r"(?!)"
    future_cues: str = r"(?!)"
    range_forms: list[RangeForm] = field(default_factory=list)
    # One-letter clitics that may stand apart from the word they start ("و عشرين" for
    # "وعشرين"): tables list the glued form only.
    loose_clitics: str = ""
    # What joins the parts of one duration ("a year and two months").
    and_joiner: str = r"(?!)"
    # Looking ahead, is a clock time already past on the reference day the next day's?
    clock_rollover: bool = True
    # How many days back a past tense cue may send a date that names no year ("ended Jan. 31"
    # in October); None: as far as the other directions (occurrence.HORIZON).
    past_reach_days: int | None = None
    # Which occurrence an unmarked time is when the caller does not say (tense cues first).
    default_prefer: str = "nearest"
    # Is a part of day alone ("the morning") a mention (TimeML), or only with a day or hour?
    bare_parts_of_day: bool = False
    cased: tuple[str, ...] = ()  # table words that match only as written ("May", not "may")
    word_boundary_left: str = r"(?<!\w)"
    word_boundary_right: str = r"(?!\w)"
    example_reference: str = "2017-01-24"
    _regex_tables: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _alternations: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _rule_regexes: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _keys: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    # which composition rules a round tries, remembered by the engine (engine._rules_to_try)
    compose_choices: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    # -- text folding -------------------------------------------------------------------
    def fold_text(self, text: str) -> tuple[str, list[int] | None]:
        """Text as the patterns see it, and a map back to original offsets.

        Folding is one character to one character (so offsets stay), except for the
        characters in `strip` (diacritics, tatweel, bidi controls), which are removed; then
        the returned list maps each folded index (and the end) to its original index.
        """
        folded = text.translate(self._fold_table)
        back = None
        if self.strip and self._strip_re.search(folded):
            back = [i for i, ch in enumerate(folded) if ch not in self._strip_set]
            back.append(len(folded))
            folded = "".join(folded[i] for i in back[:-1])
        places = [m.start() for m in self._elided_re.finditer(folded)] if self.elided else None
        if not places:
            return folded, back
        return self._restored(folded, back, places)

    def _restored(self, folded: str, back: list[int] | None, places: list[int]) -> tuple[str, list[int]]:
        """`folded` with the elided letter put back at `places`, and the map back extended (a
        restored letter maps to the character after it)."""
        old = back if back is not None else range(len(folded) + 1)
        letter = self.elided[1] if self.elided else ""
        pieces: list[str] = []
        restored: list[int] = []
        last = 0
        for at in places:
            pieces += [folded[last:at], letter]
            restored += [*old[last:at], old[at]]
            last = at
        pieces.append(folded[last:])
        restored += old[last:]
        return "".join(pieces), restored

    @cached_property
    def _elided_re(self) -> re.Pattern[str]:
        return re.compile(self.elided[0] if self.elided else r"(?!)")

    @cached_property
    def _fold_table(self) -> dict[int, str]:
        table = {ord(k): v for k, v in self.fold.items()}
        table.update({k: chr(v) for k, v in DIGITS.items()})
        return table

    @cached_property
    def _strip_set(self) -> frozenset[str]:
        return frozenset(self.strip)

    @cached_property
    def _strip_re(self) -> re.Pattern[str]:
        return re.compile("[" + re.escape(self.strip) + "]")

    def fold_word(self, word: str) -> str:
        folded, _ = self.fold_text(word)
        return folded.lower()

    # -- tables -------------------------------------------------------------------------
    @cached_property
    def lookup(self) -> dict[str, dict[str, Any]]:
        """Each table keyed by folded, lower-cased, space-normalized surface form."""
        return {name: {self._key(k): v for k, v in table.items()} for name, table in self.tables.items()}

    def _key(self, word: str) -> str:
        """The table key of a surface form (remembered: every match looks its words up)."""
        key = self._keys.get(word)
        if key is None:
            key = _SPACES.sub(" ", self.fold_word(word)).strip()
            if self._loose_clitic_re is not None:  # "ثلاثة و عشرين" is the word "ثلاثة وعشرين"
                key = self._loose_clitic_re.sub(r"\1", key)
            if len(self._keys) < _KEYS_KEPT:
                self._keys[word] = key
        return key

    @cached_property
    def _loose_clitic_re(self) -> re.Pattern[str] | None:
        if not self.loose_clitics:
            return None
        return re.compile(rf"(?:^|(?<= ))([{re.escape(self.loose_clitics)}]) ")

    def table_value(self, table: str, surface: str) -> Any:
        return self.lookup[table].get(self._key(surface))

    def alternation(self, table: str) -> str:
        """A regex matching any word of a table, spaces flexible, longer words first.

        Written as a trie (common prefixes factored out) so that tables of thousands of
        forms (spelled-out numbers) cost one branch per character, not one per word.
        Words listed in `cased` match only as written.
        """
        if table not in self._alternations:
            plain = [w for w in self.lookup[table] if w not in self._cased]
            cased = [self._cased[w] for w in self.lookup[table] if w in self._cased]
            trie = words_regex(plain, self.loose_clitics) if plain else None
            self._alternations[table] = "|".join(cased + ([trie] if trie else [])) or "(?!)"
        return self._alternations[table]

    @cached_property
    def _cased(self) -> dict[str, str]:
        """Folded key -> a case-sensitive pattern for the words listed in `cased`."""
        out: dict[str, list[str]] = {}
        for word in self.cased:
            out.setdefault(self._key(word), []).append(re.escape(word))
        return {k: "(?-i:" + "|".join(v) + ")" for k, v in out.items()}

    # -- patterns -----------------------------------------------------------------------
    def expand(self, pattern: str) -> str:
        """A rule pattern with its `{table}` placeholders turned into named groups."""

        def sub(m: re.Match[str]) -> str:
            table, name = m.group(1), m.group(2) or m.group(1)
            if table not in self.tables:
                raise KeyError(f"{self.code}: pattern uses unknown table {table!r}: {pattern}")
            return f"(?P<{name}>{self.alternation(table)})"

        def part(m: re.Match[str]) -> str:
            if set(m.group(1)) - set(PART_KINDS):
                raise KeyError(f"{self.code}: unknown kind in {m.group(0)}: {pattern}")
            return _kind_class(m)

        return _PLACEHOLDER.sub(sub, _PART_PLACEHOLDER.sub(part, self.fold_pattern(pattern)))

    def fold_pattern(self, pattern: str) -> str:
        """A pattern written in the language's own spelling, folded like the text."""
        return pattern.translate(self._fold_table)

    @cached_property
    def text_rules(self) -> list[Rule]:
        """The rules that read the text itself (the pre-scan and `rule_regex` index these)."""
        return [rule for rule in self.rules if not rule.composes]

    @cached_property
    def compose_rules(self) -> list[Rule]:
        """The rules that combine already found expressions (the language's own, else the
        default ones its joiners, range forms and `and_joiner` make)."""
        return [rule for rule in self.rules if rule.composes] or self.neighbour_rules()

    @cached_property
    def compiled_compose(self) -> list[tuple[Rule, re.Pattern[str]]]:
        return [(rule, self._compile(rule.pattern, self._regex_of(rule))) for rule in self.compose_rules]

    @cached_property
    def compose_gate(self) -> tuple[list[frozenset[str]], list[int], list[frozenset[str] | None]]:
        """For each composition rule: the kind symbols it takes (a text with none cannot match it),
        the fewest found expressions a match holds, the symbols its matches start with (or None)."""
        rules, symbols = self.compose_rules, KIND_CHARS
        patterns = [self.fold_pattern(_PART_PLACEHOLDER.sub(_kind_class, r.pattern)) for r in rules]
        return ([frozenset(KIND_CHAR[k] for m in _PART_PLACEHOLDER.finditer(r.pattern) for k in m.group(1))
                 for r in rules], [fewest_parts(r.pattern, _PART_PLACEHOLDER) for r in rules],
                self.disk_cache.value("leads", (prescan.code_digest(), patterns),
                                      lambda: [prescan.leading_symbols(p, symbols) for p in patterns]))

    def _regex_of(self, rule: Rule) -> str:
        return f"{self.word_boundary_left}(?:{self.expand(rule.pattern)}){self.word_boundary_right}"

    def neighbour_rules(self) -> list[Rule]:
        """Default composition: neighbours a joiner separates make one expression (a date
        and a clock time, a clock time and a part of day or a zone, a weekday and a relative
        week...), two dates or two clock times a range form joins make one range (its
        opener in the span), durations the `and_joiner` joins make one ("a year and two
        months"). Ranges first, then durations, then merges."""
        joiner = f"(?:{self.joiners})"
        pairs = ("DC", "CD", "CP", "PC", "CZ", "TZ", "TP", "DP", "PD", "DD", "DR", "RD", "RZ", "RP")
        merges = [Rule(f"join {a}{b}", f"{{@{a}:a}}{joiner}{{@{b}:b}}", {"*": ["$a", "$b"]}, priority=1)
                  for a, b in pairs]
        merges.append(Rule("join durations", f"{{@U:a}}(?:{self.and_joiner}){{@U:b}}", {"*": ["$a", "$b"]},
                           priority=2))
        ranges = []
        for i, form in enumerate(self.range_forms):
            opener = f"(?:{form.opener})\\s*" if form.opener_required else f"(?:(?:{form.opener})\\s*)?"
            ranges.append(Rule(f"range form {i}", f"{opener}{{@DCT:a}}(?:{form.infix}){{@DCT:b}}",
                               {"from": "$a", "to": "$b"}, priority=3))
        return ranges + merges

    @property
    def compiled_rules(self) -> dict[int, re.Pattern[str]]:
        """The text rules compiled so far, by index (`rule_regex` compiles the others)."""
        return self._rule_regexes

    def rule_regex(self, index: int) -> re.Pattern[str]:
        """Rule `index` compiled, on first use (a text whose pre-scan lacks a rule's
        trigger never pays for compiling it)."""
        compiled = self._rule_regexes.get(index)
        if compiled is None:
            rule = self.text_rules[index]
            compiled = self._rule_regexes[index] = self._compile(rule.pattern, self._regex_of(rule))
        return compiled

    @cached_property
    def rule_triggers(self) -> list[tuple[frozenset[str], ...]]:
        """For each text rule, then each composition rule, what a text must contain for the
        rule to match there: clauses that must all hold, each satisfied by any of its atoms
        ("t:table" a word of that table, "l:text" that literal text, "d" a digit). A
        composition rule reads the text near found expressions, so a text lacking its clauses
        lacks them there too. The pre-scan lets a text skip every rule whose clauses it does
        not meet."""
        patterns = [rule.pattern for rule in self.text_rules] \
            + [_PART_PLACEHOLDER.sub(_kind_class, rule.pattern) for rule in self.compose_rules]
        patterns = [self.fold_pattern(pattern) for pattern in patterns]
        return self.disk_cache.value("triggers", (prescan.code_digest(), patterns),
                                     lambda: [trigger_clauses(p) for p in patterns])

    def clauses_met(self, folded: str, lowered: str, canon: str) -> int:
        """The trigger clauses `folded` (`lowered`: it lower-cased, `canon`: it case-canonical)
        meets, as a bitmask: text
        rule `i` may match only where `rule_needs[i] & ~met` is 0, composition rule `j` where
        `compose_needs[j] & ~met` is."""
        return self._trigger_scan.met(folded, lowered, canon, self._key, self._gate.atom_clauses)

    @cached_property
    def rule_needs(self) -> list[int]:
        """For each text rule, the bitmask of the trigger clauses it needs (see `clauses_met`)."""
        return self._gate.needs[:len(self.text_rules)]

    @cached_property
    def compose_needs(self) -> list[int]:
        """For each composition rule, the bitmask of the trigger clauses it needs."""
        return self._gate.needs[len(self.text_rules):]

    @cached_property
    def _gate(self) -> Gate:
        return Gate(self.rule_triggers)

    @cached_property
    def rule_starts(self) -> StartIndex:
        """Where the text rules can start (see prescan.StartIndex)."""
        words = {name: frozenset(table) for name, table in self.lookup.items()}
        patterns = [self.fold_pattern(rule.pattern) for rule in self.text_rules]
        tables = sorted((name, sorted(table)) for name, table in words.items())
        inputs = (prescan.code_digest(), patterns, tables, START_CHARS)
        return StartIndex(*self.disk_cache.value(
            "starts", inputs, lambda: StartIndex.build(patterns, words, START_CHARS)))

    @cached_property
    def word_start_re(self) -> re.Pattern[str]:
        """Where a mention may start: the language's left word boundary, before a word character.
        Written as the word character with the boundary looked behind it when the boundary
        reads no text (it is then found by the regex engine's skip to word characters, not
        tried at every position); the matches start at the same places."""
        if _parser.parse(self.word_boundary_left).getwidth() == (0, 0):
            return re.compile(f"\\w(?<=(?:{self.word_boundary_left})\\w)")
        return re.compile(f"(?:{self.word_boundary_left})(?=\\w)")

    @cached_property
    def _trigger_scan(self) -> TriggerScan:
        literals = {atom[2:] for clauses in self.rule_triggers for clause in clauses for atom in clause
                    if atom.startswith("l:")}
        return TriggerScan(self.lookup, literals, self.disk_cache.compile, self.case_canon.compile)

    @cached_property
    def compiled_modifiers(self) -> list[tuple[Modifier, re.Pattern[str]]]:
        return [(m, self._compile(m.pattern, f"{self.word_boundary_left}(?:{self.expand(m.pattern)})\\s*$"))
                for m in self.modifiers]

    @cached_property
    def any_modifier_re(self) -> re.Pattern[str]:
        """Whether any modifier ends a text (one search instead of one per modifier)."""
        if not self.modifiers:
            return re.compile("(?!)")
        either = "|".join(f"(?:{_NAMED_GROUP.sub('(?:', self.expand(m.pattern))})" for m in self.modifiers)
        return re.compile(f"{self.word_boundary_left}(?:{either})\\s*$", re.IGNORECASE)

    @cached_property
    def case_canon(self) -> CaseCanon:
        """Case-insensitive patterns as case-sensitive ones over `case_canon.text(folded)`."""
        return CaseCanon(self.disk_cache)

    @cached_property
    def past_re(self) -> re.Pattern[str]:
        """The past tense cues (ignoring case), to match over the case-canonical text."""
        return self.case_canon.compile(self.fold_pattern(self.past_cues))

    @cached_property
    def future_re(self) -> re.Pattern[str]:
        """The future tense cues (ignoring case), to match over the case-canonical text."""
        return self.case_canon.compile(self.fold_pattern(self.future_cues))

    def capture_value(self, name: str, text: str, regex: re.Pattern[str] | None = None) -> Any:
        """The value of a named capture of `regex`: its table's value, else its text as written."""
        table = name if name in self.lookup else self._regex_tables.get(regex, {}).get(name)
        if table is not None:
            value = self.table_value(table, text)
            if value is not None:
                return value
        return text.translate(DIGITS)

    def is_table_capture(self, name: str, regex: re.Pattern[str] | None = None) -> bool:
        """Whether a capture of that name (in `regex`) holds a table word."""
        return name in self.lookup or name in self._regex_tables.get(regex, {})

    @cached_property
    def disk_cache(self) -> DiskCache:
        """Compiled patterns and pre-scan data kept between runs (start-up; see diskcache.py)."""
        return DiskCache(self.code, cache_dir())

    def _compile(self, pattern: str, regex: str) -> re.Pattern[str]:
        """Compile, remembering which table each renamed capture (`{table:name}`) reads."""
        compiled = self.disk_cache.compile(regex, re.IGNORECASE)
        renamed = (m for m in _PLACEHOLDER.finditer(pattern) if m.group(2))
        self._regex_tables[compiled] = {m.group(2): m.group(1) for m in renamed}
        return compiled

