"""The entries a language's tables are written in: rules, modifiers and range forms.

Pattern syntax: a regular expression in which `{table}` stands for "any word of that
table" and captures it under the table's name; `{table:name}` captures it under another
name (to use one table twice). A capture's value is looked up in its table; a capture
that is not a table (a plain named group) keeps its text, digits folded to ASCII.

Composition rules (Duckling-style, but regular): `{@KINDS:name}` stands for one already
found expression of one of the kinds (letters of language.PART_KINDS) and captures its
partial time under `name`. The engine runs them over the text with each found expression replaced by
one symbol, round after round, so "9:30 - 11:00" + "on Thursday" becomes one range.
A group named `mention` narrows the mention to that group (the rest is consumed but left
out of the span: TimeML leaves "from", "on", "since" out). A language that writes no
composition rules gets the default ones of `Language.neighbour_rules` (joiners, range
forms).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Rule:
    """A pattern and the partial time it stands for.

    `build` maps partial-time fields (see resolve.py) to constants or to "$capture"
    (the capture's table value; "-$capture" negates a number; see partials.build). Nested
    dicts under "from"/"to" build the two ends of an interval. `examples` are (text,
    expected value) pairs, or (text, value, mention) when the mention is only part of the
    text, resolved against the language's example reference; they are the rule's tests.
    """

    name: str
    pattern: str
    build: dict[str, Any]
    examples: tuple[tuple[str, ...], ...] = ()
    priority: int = 0

    @property
    def composes(self) -> bool:
        """True for a composition rule (its pattern names already found expressions)."""
        return "{@" in self.pattern


@dataclass(frozen=True)
class Modifier:
    """A word before a time expression that qualifies it (TIMEX3 `mod`)."""

    pattern: str
    mod: str
    in_span: bool = True


@dataclass(frozen=True)
class RangeForm:
    """How a language writes a range of two time expressions: the infix between the ends
    ("to", "-", "إلى") and an opener before the first ("from", "between"), in the span;
    `opener_required` for infixes that are a range only after their opener ("between X
    and Y", not "X and Y")."""

    infix: str
    opener: str = r"(?!)"
    opener_required: bool = False
