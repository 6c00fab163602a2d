"""The language-agnostic tagger: match a language's rules, compose, resolve.

1. Fold the text (language data) so patterns see one spelling; offsets map back.
2. Run the compiled rules; keep the longest non-overlapping matches.
3. Compose neighbours a joiner separates: a date with a clock time, a clock time with a
   part of day or a stated zone ("3 pm" + "GMT").
4. Attach modifiers written just before ("end of", "نهاية").
5. Resolve each partial time against the reference, past or future as the clause's tense
   says (else `prefer`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from wiretime.model import TimeMention
from wiretime.timex.language import Language, Rule
from wiretime.timex.resolve import CLOCK_FIELDS, DATE_FIELDS, resolve

_CLAUSE_END = re.compile(r"[.!?؟\n;؛]")
_COMPOSE_WINDOW = 12
_CALENDAR_UNITS = ("D", "W", "M", "Y", "Q", "HALF")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass(slots=True)
class Part:
    """A matched piece of text and the partial time it stands for (folded offsets)."""

    start: int
    end: int
    partial: dict[str, Any]
    rule: str
    priority: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        p = self.partial
        if set(p) <= {"zone"}:
            return "zone"
        if set(p) <= {"pod", "ampm"}:
            return "pod"
        if "unit" in p and "amount" in p and not set(p) - {"unit", "amount", "type"} or "units" in p:
            return "duration"
        if any(k in p for k in ("from", "ref", "set", "unit")):
            return "other"
        relative = p.get("shift_unit") or p.get("offset_unit")
        if relative:  # "next week", "yesterday": a date that finer fields may narrow
            return "date" if relative in _CALENDAR_UNITS else "other"
        has_date = any(k in p for k in DATE_FIELDS)
        has_clock = any(k in p for k in CLOCK_FIELDS)
        if has_date:
            return "datetime" if has_clock else "date"
        return "clock" if has_clock else "other"


def reference_datetime(reference: str, tz: str | None = None) -> datetime:
    """The reference as a naive local wall time (at `tz` when given, else as written)."""
    ref = datetime.fromisoformat(reference.replace("Z", "+00:00"))
    if tz and ref.tzinfo is not None:
        ref = ref.astimezone(ZoneInfo(tz))
    return ref.replace(tzinfo=None)


def tag(text: str, language: Language, reference: str, *, tz: str | None = None,
        prefer: str = "nearest") -> list[TimeMention]:
    """Every time expression of `text`, normalized against `reference`."""
    ref = reference_datetime(reference, tz)
    folded, back = language.fold_text(text)
    parts = _compose(_match(folded, language), folded, language)
    mentions = []
    for part in parts:
        if part.kind in ("zone", "pod") and "hour" not in part.partial:
            continue
        direction = _tense(folded, part, language) or prefer
        reading = resolve(part.partial, ref, direction, language.clock_rollover)
        if reading is None:
            continue
        start, end = (back[part.start], back[part.end]) if back else (part.start, part.end)
        mentions.append(TimeMention(
            start=start, end=end, text=text[start:end], type=part.partial.get("type", reading.type),
            value=reading.value, mod=reading.mod, local=reading.local,
            stated_zone=_stated_zone(part.partial), rule=part.rule, extra=part.extra))
    return mentions


def _stated_zone(partial: dict[str, Any]) -> str | None:
    """The zone the text states for a clock time; a range's ends share it ("10 to 11 GMT")."""
    for piece in (partial, partial.get("to"), partial.get("from")):
        if isinstance(piece, dict) and piece.get("zone"):
            return piece["zone"]
    return None


def _match(folded: str, language: Language) -> list[Part]:
    """Longest non-overlapping rule matches (ties: higher priority, then earlier rule)."""
    found: list[tuple[int, int, int, int, Rule, re.Match[str]]] = []
    starts: dict[str, list[int]] = {}
    for m in language.word_start_re.finditer(folded):
        starts.setdefault(folded[m.start():m.start() + 1], []).append(m.start())
    firsts = language.rule_first_chars
    for order in language.rules_to_try(folded):  # the pre-scan: only rules whose words occur
        rule, regex, first = language.rules[order], language.rule_regex(order), firsts[order]
        if first is None:
            matches = list(regex.finditer(folded))
        else:  # tried only where a match can start
            matches = [m for ch in starts.keys() & first for at in starts[ch]
                       if (m := regex.match(folded, at))]
        found.extend((m.start(), m.end(), rule.priority, order, rule, m)
                     for m in matches if m.end() > m.start())
    found.sort(key=lambda f: (-(f[1] - f[0]), -f[2], f[3], f[0]))
    taken: list[tuple[int, int]] = []
    parts = []
    for start, end, _, _, rule, m in found:
        if any(start < e and s < end for s, e in taken):
            continue
        partial = _build(rule.build, m, language)
        if partial is None:
            continue
        taken.append((start, end))
        parts.append(Part(start, end, partial, rule.name, rule.priority))
    parts.sort(key=lambda p: p.start)
    return parts


def _build(spec: dict[str, Any], m: re.Match[str], language: Language) -> dict[str, Any] | None:
    out: dict[str, Any] = {}
    for key, val in spec.items():
        if isinstance(val, dict):
            sub = _build(val, m, language)
            if sub is None:
                return None
            out[key] = sub
        elif isinstance(val, list):  # alternatives: the sum of the numbers, else the first present
            captured = [_capture(m, v.lstrip("$"), language) for v in val if isinstance(v, str)]
            present = [v for v in captured if v is not None]
            constants = [v for v in val if isinstance(v, int | float)]
            if not present:  # [2000, "$units"]: the constants alone when nothing was captured
                if constants:
                    out[key] = sum(constants)
                continue
            if all(isinstance(v, int | float) for v in present):
                out[key] = sum(present) + sum(constants)
            else:
                out[key] = present[0]
        elif isinstance(val, str) and val.startswith(("$", "-$")):
            value = _capture(m, val.lstrip("-$"), language)
            if value is None:
                continue
            if isinstance(value, dict):  # a table of partial times (holidays): its fields
                out.update(value)
                continue
            if val.startswith("-"):
                if not isinstance(value, int | float):
                    return None
                value = -value
            out[key] = value
        else:
            out[key] = val
    return out


def _capture(m: re.Match[str], name: str, language: Language) -> Any:
    """A capture's value (None when it did not take part, or is not in this pattern)."""
    raw = m.group(name) if name in m.re.groupindex else None
    if raw is None:
        return None
    value = language.capture_value(_table_inside(m, name, language), raw, m.re)
    if isinstance(value, str) and _NUMBER.fullmatch(value):
        return int(value) if value.isdigit() else float(value.replace(",", "."))
    return value


def _table_inside(m: re.Match[str], name: str, language: Language) -> str:
    """A plain group that wraps exactly one table's capture takes that table's value."""
    if language.is_table_capture(name, m.re):
        return name
    span = m.span(name)
    for other, text in m.groupdict().items():
        if text is not None and other != name and m.span(other) == span \
                and language.is_table_capture(other, m.re):
            return other
    return name


_MERGES = {("date", "clock"), ("clock", "date"), ("clock", "pod"), ("clock", "zone"), ("pod", "clock"),
           ("datetime", "zone"), ("datetime", "pod"), ("date", "pod"), ("pod", "date"), ("date", "date")}
_NEEDS_DAY = {("date", "clock"), ("clock", "date"), ("date", "pod"), ("pod", "date")}
_RANGE_KINDS = {("date", "date"), ("clock", "clock"), ("datetime", "datetime"), ("datetime", "clock"),
                ("clock", "datetime")}


def _compose(parts: list[Part], folded: str, language: Language) -> list[Part]:
    """Merge neighbours that together make one expression, then join ranges ("from X to
    Y" is one interval); then attach modifiers."""
    merged: list[Part] = []
    for part in parts:
        prev = merged[-1] if merged else None
        if prev is not None and _mergeable(prev, part):
            gap = folded[prev.end:part.start]
            if len(gap) <= _COMPOSE_WINDOW and language.joiner_re.match(gap):
                merged[-1] = Part(prev.start, part.end, {**prev.partial, **part.partial},
                                  f"{prev.rule}+{part.rule}", max(prev.priority, part.priority))
                continue
        merged.append(part)
    merged = _join_durations(merged, folded, language)
    merged = _join_ranges(merged, folded, language)
    for part in merged:
        _attach_modifier(part, folded, language)
    return merged


def _mergeable(a: Part, b: Part) -> bool:
    kinds = (a.kind, b.kind)
    if kinds not in _MERGES or set(a.partial) & set(b.partial):
        return False
    if kinds == ("date", "date"):  # a weekday or a relative period narrowed by the other
        return not (_relative(a.partial) and _relative(b.partial))
    if kinds in _NEEDS_DAY:
        return _day_grain(a.partial if a.kind == "date" else b.partial)
    return True


def _relative(p: dict[str, Any]) -> bool:
    return "shift_unit" in p or "offset_unit" in p


def _day_grain(p: dict[str, Any]) -> bool:
    unit = p.get("shift_unit") or p.get("offset_unit")
    return "day" in p or "weekday" in p or unit == "D" or ("nth" in p and "month" in p)


def _join_durations(parts: list[Part], folded: str, language: Language) -> list[Part]:
    """"a year and two months" is one duration (P1Y2M): durations joined by "and"."""
    out: list[Part] = []
    for part in parts:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == part.kind == "duration" \
                and language.and_re.fullmatch(folded, prev.end, part.start):
            units = [*_units(prev.partial), *_units(part.partial)]
            if len({u for _, u in units}) == len(units):
                out[-1] = Part(prev.start, part.end, {"units": units}, f"{prev.rule}+{part.rule}",
                               prev.priority)
                continue
        out.append(part)
    return out


def _units(p: dict[str, Any]) -> list[tuple[Any, str]]:
    return list(p["units"]) if "units" in p else [(p.get("amount", 1), p["unit"])]


def _join_ranges(parts: list[Part], folded: str, language: Language) -> list[Part]:
    out: list[Part] = []
    for part in parts:
        prev = out[-1] if out else None
        start = _range_start(prev, part, folded, language) if prev is not None else None
        if start is not None:
            out[-1] = Part(start, part.end, {"from": prev.partial, "to": part.partial},
                           f"range({prev.rule},{part.rule})", max(prev.priority, part.priority))
            continue
        out.append(part)
    return out


def _range_start(a: Part, b: Part, folded: str, language: Language) -> int | None:
    """Where the range "a to b" starts (its opener included), or None if it is none."""
    if (a.kind, b.kind) not in _RANGE_KINDS or "mod" in a.partial or "mod" in b.partial:
        return None
    for form, infix, opener in language.compiled_range_forms:
        if infix.fullmatch(folded, a.end, b.start):
            m = opener.search(folded, max(0, a.start - 20), a.start)
            if m:
                return m.start()
            if not form.opener_required:
                return a.start
    return None


def _attach_modifier(part: Part, folded: str, language: Language) -> None:
    window = folded[max(0, part.start - 40):part.start]
    for modifier, regex in language.compiled_modifiers:
        m = regex.search(window)
        if m:
            part.partial.setdefault("mod", modifier.mod)
            if modifier.in_span:
                part.start -= len(window) - m.start()
            return


def _tense(folded: str, part: Part, language: Language) -> str | None:
    """past | future from the cues of the clause around the part: the nearest cue before it
    (the verb a time adverbial follows: "said Tuesday that he will..."), else the nearest after."""
    left = max((m.end() for m in _CLAUSE_END.finditer(folded, 0, part.start)), default=0)
    right_m = _CLAUSE_END.search(folded, part.end)
    right = right_m.start() if right_m else len(folded)
    clause = folded[left:right]
    at = part.start - left
    best: tuple[int, str] | None = None
    for label, regex in (("past", language.past_re), ("future", language.future_re)):
        for m in regex.finditer(clause):
            if at <= m.start() < at + (part.end - part.start):
                continue
            distance = at - m.start() if m.start() < at else len(clause) + m.start() - at
            if best is None or distance < best[0]:
                best = (distance, label)
    return best[1] if best else None
