"""The language-agnostic tagger: match a language's rules, compose, resolve.

1. Fold the text (language data) so patterns see one spelling; offsets map back.
2. Run the rules that read text; keep the longest non-overlapping matches ("parts").
3. Compose, round after round: composition rules read the text with every part replaced
   by one symbol of its kind, so "{date} at {clock}", "{clock} - {clock}", "the end of
   {date}", "{duration} after {date}" are patterns like any other. A composition is kept
   only when its partial time resolves.
4. Attach modifiers written just before ("نهاية").
5. Resolve each partial time against the reference, past or future as the clause's tense
   says (else `prefer`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from wiretime.model import TimeMention
from wiretime.timex import anaphora, tense
from wiretime.timex.certain import ignores_direction, surely_resolves
from wiretime.timex.language import KIND_CHAR, KIND_CHARS, START_CHARS, Language
from wiretime.timex.partials import build, kind_of
from wiretime.timex.recall import resolve_once
from wiretime.timex.resolve import names_day
from wiretime.timex.rules import Rule

_ROUNDS = 6
# Kinds that are never a mention on their own.
_SILENT = {"Z", "N"}


@dataclass(slots=True)
class Part:
    """A matched piece of text and the partial time it stands for (folded offsets).

    `start`/`end` is the mention; `lo`/`hi` the text it consumed (with "from", "on"...).
    """

    start: int
    end: int
    partial: dict[str, Any]
    rule: str
    priority: int = 0
    lo: int = -1
    hi: int = -1
    kind: str = ""  # kind_of(partial), read every round: computed once (only `mod` is added later)

    def __post_init__(self) -> None:
        if self.lo < 0:
            self.lo, self.hi = self.start, self.end
        if not self.kind:
            self.kind = kind_of(self.partial)


def reference_datetime(reference: str, tz: str | None = None) -> datetime:
    """The reference as a naive local wall time (at `tz` when given, else as written)."""
    ref = datetime.fromisoformat(reference.replace("Z", "+00:00"))
    if tz and ref.tzinfo is not None:
        ref = ref.astimezone(ZoneInfo(tz))
    return ref.replace(tzinfo=None)


def tag(text: str, language: Language, reference: str, *, tz: str | None = None,
        prefer: str | None = None) -> list[TimeMention]:
    """Every time expression of `text`, normalized against `reference`."""
    ref = reference_datetime(reference, tz)
    folded, back = language.fold_text(text)
    lowered = folded.lower()
    canon = language.case_canon.text(folded)
    met = language.clauses_met(folded, lowered, canon)
    parts = _compose(_match(folded, lowered, language, ref, met), folded, language, ref, met)
    mentions = []
    previous: list[tuple[int, str]] = []  # the calendar times found so far: (end, value)
    for part in parts:
        kind = part.kind
        # ("alone": a rule's part of the day that is a mention by itself, like an adverb)
        if kind in _SILENT or part.partial.get("latent") \
                or kind == "P" and ("pod" not in part.partial
                                    or not (language.bare_parts_of_day or part.partial.get("alone"))):
            continue
        partial = anaphora.anchored(part.partial, part.start, previous, folded, ref)
        if language.past_reach_days:  # (unless a rule states its own: "since December")
            partial = {"reach": language.past_reach_days, **partial}
        if ignores_direction(partial):  # ("2019", "three days", "last week": the tense changes nothing)
            direction = "nearest"
        else:
            said = tense.cue(folded, canon, part.start, part.end, language)
            direction = tense.direction(said, prefer, language)
        reading = resolve_once(partial, ref, direction, language.clock_rollover)
        if reading is None:
            continue
        if not anaphora.compared_period(partial):  # "a year ago" anchors nothing
            previous.append((part.end, reading.value))
        start, end = (back[part.start], back[part.end]) if back else (part.start, part.end)
        mentions.append(TimeMention(
            start=start, end=end, text=text[start:end], type=part.partial.get("type", reading.type),
            value=reading.value, mod=reading.mod, local=reading.local,
            stated_zone=_stated_zone(part.partial), rule=part.rule,
            day_named=names_day(part.partial)))
    return mentions


def _stated_zone(partial: dict[str, Any]) -> str | None:
    """The zone the text states for a clock time; a range's ends share it ("10 to 11 GMT")."""
    for piece in (partial, partial.get("to"), partial.get("from")):
        if isinstance(piece, dict) and piece.get("zone"):
            return piece["zone"]
    return None


def _match(folded: str, lowered: str, language: Language, ref: datetime, met: int) -> list[Part]:
    """Longest non-overlapping rule matches (ties: higher priority, then earlier rule).

    The pre-scan: only the rules whose trigger clauses the text meets (`met`, see
    Language.clauses_met) are tried, and only at word starts their first characters allow
    (see prescan.py)."""
    found: list[tuple[int, int, int, int, Rule, re.Match[str]]] = []
    unmet = ~met
    needs, rules, regex = language.rule_needs, language.text_rules, language.rule_regex
    compiled = language.compiled_rules  # (those compiled so far: `regex` compiles the others)
    starts = language.rule_starts
    for order in starts.anywhere:
        if not needs[order] & unmet:
            found.extend((m.start(), m.end(), rules[order].priority, order, rules[order], m)
                         for m in regex(order).finditer(folded) if m.end() > m.start())
    plain = starts.spaced_plainly(lowered)
    for start in language.word_start_re.finditer(folded):
        at = start.start()
        for order in starts.rules(lowered[at:at + START_CHARS] if plain
                                  else starts.head(lowered, at, START_CHARS)):
            if not needs[order] & unmet:
                m = (compiled.get(order) or regex(order)).match(folded, at)
                if m is not None and m.end() > at:
                    found.append((at, m.end(), rules[order].priority, order, rules[order], m))
    return _select(found, language, None, ref=ref)


def _select(found: list, language: Language, parts_at: dict[int, Part] | None,
            offsets: list[int] | None = None, ref: datetime | None = None) -> list[Part]:
    """Greedy choice of non-overlapping matches: longest text first, then priority, then
    rule order. In composition (`parts_at` given) match offsets index the abstract string
    and `offsets` maps them back to the folded text."""
    def span(f: tuple) -> tuple[int, int]:
        if offsets is None:
            return f[0], f[1]
        return offsets[f[0]], offsets[f[1]]

    found.sort(key=lambda f: (-f[2], -(span(f)[1] - span(f)[0]), f[3], f[0]) if parts_at is not None
               else (-(f[1] - f[0]), -f[2], f[3], f[0]))
    taken: list[tuple[int, int]] = []
    out = []
    for f in found:
        lo, hi = span(f)
        if any(lo < e and s < hi for s, e in taken):
            continue
        rule, m = f[4], f[5]
        if "each" in rule.build and parts_at is not None:
            pieces = _each(rule.build, m, language, parts_at, ref)
            if pieces:
                taken.append((lo, hi))
                out.extend(Part(p.start, p.end, partial, rule.name, rule.priority, lo=p.lo, hi=p.hi)
                           for p, partial in pieces)
            continue
        partial = build(rule.build, m, language, parts_at)
        if partial is None:
            continue
        if parts_at is not None and not rule.build.get("latent"):
            partial.pop("latent", None)
        if not _plausible_zone(partial.get("zone")):
            continue
        kind = kind_of(partial)
        if ref is not None and kind not in "NZP" and not _resolves(partial, ref, language):
            continue
        if "mention" in m.groupdict() and m.group("mention") is not None:
            start, end = span((m.start("mention"), m.end("mention")))
            if offsets is not None:
                start = _first_text(m.start("mention"), parts_at, offsets)
                end = _last_text(m.end("mention"), parts_at, offsets)
        else:
            start, end = lo, hi
            if parts_at is not None:
                start = _first_text(f[0], parts_at, offsets)
                end = _last_text(f[1], parts_at, offsets)
        taken.append((lo, hi))
        out.append(Part(start, end, partial, rule.name, rule.priority, lo=lo, hi=hi, kind=kind))
    out.sort(key=lambda p: p.lo)
    return out


def _each(spec: dict[str, Any], m: re.Match[str], language: Language, parts_at: dict[int, Part],
          ref: datetime | None) -> list[tuple[Part, dict[str, Any]]] | None:
    """A rule that shares fields among expressions that stay apart ("10 a.m. (0900 GMT) on
    Thursday": both clock times get the day, each keeps its span): `each` maps a captured
    expression to the build spec of its new partial time; None unless all resolve."""
    pieces = []
    for name, sub in spec["each"].items():
        partial = build(sub, m, language, parts_at)
        if partial is None or name not in m.re.groupindex or m.start(name) not in parts_at:
            return None
        if ref is not None and not _resolves(partial, ref, language):
            return None
        pieces.append((parts_at[m.start(name)], partial))
    return pieces


_OFFSET = re.compile(r"^([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$")


def _resolves(partial: dict[str, Any], ref: datetime, language: Language) -> bool:
    """Whether a match's partial time names a time at all (else the match is dropped): certain
    for some shapes from their fields alone (certain.py), else asked of `resolve`."""
    return surely_resolves(partial, ref) \
        or resolve_once(partial, ref, "nearest", language.clock_rollover) is not None


def _plausible_zone(zone: Any) -> bool:
    """A stated UTC offset lies within -12:00..+14:00 ("GMT - 18:00" is a range, not a zone)."""
    m = _OFFSET.match(zone) if isinstance(zone, str) else None
    return m is None or int(m.group(2)) <= (14 if m.group(1) == "+" else 12)


def _first_text(i: int, parts_at: dict[int, Part] | None, offsets: list[int]) -> int:
    """Mention start for abstract position i: a part starts at its mention, not its consumed text."""
    if parts_at and i in parts_at:
        return parts_at[i].start
    return offsets[i]


def _last_text(j: int, parts_at: dict[int, Part] | None, offsets: list[int]) -> int:
    if parts_at and j - 1 in parts_at:
        return parts_at[j - 1].end
    return offsets[j]


def _compose(parts: list[Part], folded: str, language: Language, ref: datetime, met: int) -> list[Part]:
    """Combine parts with the composition rules until nothing changes; then modifiers.
    A rule is tried only when the text holds enough found expressions of its kinds and
    meets its trigger clauses (`met`)."""
    if not parts:
        return parts
    rules, leads = language.compiled_compose, language.compose_gate[2]
    stray = not KIND_CHARS.isdisjoint(folded)  # the text itself holds a kind symbol (never, in news)
    for _ in range(_ROUNDS if _rules_to_try(language, met, None, 0) else 0):
        abstract, offsets, parts_at = _abstract(parts, folded)
        present = frozenset(abstract[i] for i in parts_at)  # the kind symbols (_abstract wrote them)
        found = []
        starts: dict[frozenset[str], list[int]] = {}  # the found expressions a rule may start at
        for order in _rules_to_try(language, met, present, len(parts)):
            rule, regex = rules[order]
            lead = None if stray else leads[order]
            if lead is None:
                matches = regex.finditer(abstract)
            else:
                if lead not in starts:
                    starts[lead] = [i for i in parts_at if abstract[i] in lead]
                matches = _matches_at(regex, abstract, starts[lead])
            for m in matches:
                inside = [parts_at[i] for i in range(m.start(), m.end()) if i in parts_at]
                if not inside or len(inside) == 1 and m.end() - m.start() == 1:
                    continue
                found.append((m.start(), m.end(), rule.priority, order, rule, m))
        if not found:
            break
        made = _select(found, language, parts_at, offsets, ref)
        if not made:
            break
        kept = [p for p in parts if not any(n.lo <= p.lo and p.hi <= n.hi for n in made)]
        for n in made:
            n.rule = _made_name(n, [p for p in parts if n.lo <= p.lo and p.hi <= n.hi])
        parts = sorted(kept + made, key=lambda p: p.lo)
    for part in parts:
        _attach_modifier(part, folded, language)
    return parts


_KEPT = 20_000  # combinations of clauses met, kinds present and parts remembered at most


def _rules_to_try(language: Language, met: int, present: frozenset[str] | None,
                  parts: int) -> tuple[int, ...]:
    """The composition rules whose trigger clauses `met` meets (see Language.clauses_met) and,
    unless `present` is None, that take one of the kind symbols `present` and at most `parts`
    found expressions. Remembered per language: the same few combinations recur from
    sentence to sentence, and a round then skips the gates of every rule."""
    chosen = language.compose_choices.get((met, present, parts))
    if chosen is None:
        if len(language.compose_choices) >= _KEPT:
            language.compose_choices.clear()
        needs, sizes, _ = language.compose_gate
        unmet = ~met
        chosen = language.compose_choices[met, present, parts] = tuple(
            order for order, triggers in enumerate(language.compose_needs) if not triggers & unmet
            and (present is None or sizes[order] <= parts and (not needs[order] or needs[order] & present)))
    return chosen


def _made_name(made: Part, inner: list[Part]) -> str:
    """The rule field of a part a composition round made: its rule over the rules of the parts
    it covers. A rule that made the same part again (an `each` rule keeps its expressions
    apart by matching them every round) is named once, not nested once a round."""
    if len(inner) == 1 and (inner[0].lo, inner[0].hi) == (made.lo, made.hi) \
            and inner[0].rule.startswith(made.rule + "("):
        return inner[0].rule
    return f"{made.rule}({'+'.join(p.rule for p in inner)})"


def _matches_at(regex: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What `regex.finditer(text)` finds when no match can start elsewhere than at `starts`
    (ascending) and none is empty: a rule led by a found expression is tried at the found
    expressions only, not at every character of the text around them."""
    end = 0
    for at in starts:
        if at >= end:
            m = regex.match(text, at)
            if m is not None:
                end = m.end()
                yield m


# Composition looks this far around each part; longer stretches of plain text between
# parts are cut (a barrier no pattern crosses), so its cost follows the parts, not the text.
_REACH = 48
_BARRIER = "\x00"


def _abstract(parts: list[Part], folded: str) -> tuple[str, list[int], dict[int, Part]]:
    """The text near the parts with each part as one symbol; the folded offset of every
    abstract position (and of the end); the part at each symbol's position."""
    chunks: list[str] = []
    offsets: list[int] = []
    parts_at: dict[int, Part] = {}

    def keep(lo: int, hi: int) -> None:
        chunks.append(folded[lo:hi])
        offsets.extend(range(lo, hi))

    def cut(where: int) -> None:
        chunks.append(_BARRIER)
        offsets.append(where)

    at = 0
    for i, p in enumerate(parts):
        if i == 0 and p.lo - at > _REACH:
            cut(p.lo - _REACH)
            keep(p.lo - _REACH, p.lo)
        elif p.lo - at > 2 * _REACH:
            keep(at, at + _REACH)
            cut(at + _REACH)
            keep(p.lo - _REACH, p.lo)
        else:
            keep(at, p.lo)
        parts_at[len(offsets)] = p
        chunks.append(KIND_CHAR[p.kind])
        offsets.append(p.lo)
        at = p.hi
    keep(at, min(len(folded), at + _REACH))
    offsets.append(min(len(folded), at + _REACH))
    return "".join(chunks), offsets, parts_at


def _attach_modifier(part: Part, folded: str, language: Language) -> None:
    window = folded[max(0, part.start - 40):part.start]
    if not language.any_modifier_re.search(window):
        return
    for modifier, regex in language.compiled_modifiers:
        m = regex.search(window)
        if m:
            part.partial.setdefault("mod", modifier.mod)
            if modifier.in_span:
                part.start -= len(window) - m.start()
            return
