"""Partial times: the kind of one, the one a rule's `build` spec makes of a match, and two
merged into one. Part of the engine's work (engine.py), apart for size; language-agnostic.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING, Any

from wiretime.timex.language import KIND_CHAR, Language
from wiretime.timex.resolve import CLOCK_FIELDS, DATE_FIELDS

if TYPE_CHECKING:
    from wiretime.timex.engine import Part

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_CHAR_KIND = {c: k for k, c in KIND_CHAR.items()}
# (sets: `not p.keys().isdisjoint(S)` asks "any of S in p" in C; every candidate asks it)
_CLOCK_NOT_POD = frozenset(CLOCK_FIELDS) - {"pod"}
_DAY_FIELDS = frozenset(DATE_FIELDS) | {"shift_unit", "within", "anchor"}


def kind_of(p: dict[str, Any]) -> str:
    """The kind letter (language.PART_KINDS) of a partial time."""
    if "kind" in p:
        return p["kind"]
    if "from" in p and "to" in p:
        return "R"
    if "set" in p or "every" in p:
        return "S"
    if "unit" in p or "units" in p:
        return "U"
    if "ref" in p:
        return "F"
    keys = set(p) - {"mod", "type", "zone", "alone"}
    if not keys:
        return "Z" if "zone" in p else "N"
    if keys <= {"pod", "ampm"}:
        return "P"
    clock = not p.keys().isdisjoint(_CLOCK_NOT_POD) or p.get("offset_unit") in ("H", "MIN", "S")
    day = not p.keys().isdisjoint(_DAY_FIELDS) \
        or p.get("offset_unit") not in (None, "H", "MIN", "S")
    if clock and (day or "hour" not in p and "hhmm" not in p and "offset_unit" in p):
        return "T"
    return "C" if clock else "D"


def _has(p: dict[str, Any], unwanted: str | dict[str, Any]) -> bool:
    """Whether a partial time has a field (a str) or one of the given field values (a dict)."""
    if isinstance(unwanted, str):
        return unwanted in p
    return any(p.get(k) in (v if isinstance(v, list) else [v]) for k, v in unwanted.items())


def build(spec: dict[str, Any], m: re.Match[str], language: Language,
           parts_at: dict[int, Part] | None) -> dict[str, Any] | None:
    """The partial time a rule's `build` spec makes of a match.

    Values: constants; "$name" (a table capture's value, or a found expression's partial
    time, "$name.field" one of its fields; "-$name" negates a number); a list of such (the
    sum of the numbers present and the list's number constants, else the first present);
    a dict (built alike). A table whose values are partial times (holidays) gives its
    fields. "*": [names] merges those partial times in; "require": {name: field} rejects
    the match unless that found expression has that field ({name: {field: value}}: that value,
    {name: {field: [values]}}: one of them);
    "forbid": {name: field} rejects it if it has that field ({name: {field: value}}: that
    value; {name: [...]}: any of those).
    """
    for name, unwanted in spec.get("forbid", {}).items():
        got = _capture("$" + name, m, language, parts_at)
        wanted_not = unwanted if isinstance(unwanted, list) else [unwanted]
        if isinstance(got, dict) and any(_has(got, u) for u in wanted_not):
            return None
    for name, needed in spec.get("require", {}).items():
        got = _capture("$" + name, m, language, parts_at)
        if not isinstance(got, dict):
            return None
        if isinstance(needed, dict) and any(got.get(k) not in (v if isinstance(v, list) else [v])
                                            for k, v in needed.items()) \
                or isinstance(needed, str) and needed not in got:
            return None
    out: dict[str, Any] = {}
    for key, val in spec.items():
        if key in ("require", "forbid"):
            continue
        if key == "*":
            for name in val:
                sub = _capture(name, m, language, parts_at)
                if sub is None:
                    continue
                merged = merge(out, sub) if isinstance(sub, dict) else None
                if merged is None:
                    return None
                out = merged
            continue
        value = _value(val, m, language, parts_at)
        if value is _FAIL:
            return None
        if value is None:
            continue
        if isinstance(value, dict) and isinstance(val, str) and not _is_part(val, m, parts_at):
            out.update(value)  # a table of partial times (holidays): its fields
            continue
        if key in out and isinstance(out[key], dict) and isinstance(value, dict):
            value = merge(out[key], value)
            if value is None:
                return None
        out[key] = value
    return out


_FAIL = object()


def _value(val: Any, m: re.Match[str], language: Language, parts_at: dict[int, Part] | None) -> Any:
    if isinstance(val, dict):
        sub = build(val, m, language, parts_at)
        return _FAIL if sub is None else sub
    if isinstance(val, list):  # the sum of the numbers present, else the first present
        captured = (_value(x, m, language, parts_at) for x in val if isinstance(x, str))
        present = [v for v in captured if v is not None and v is not _FAIL]
        constants = [x for x in val if isinstance(x, int | float)]
        if not present:  # [2000, "$units"]: the constants alone when nothing was captured
            return sum(constants) if constants else None
        if all(isinstance(v, int | float) for v in present):
            return sum(present) + sum(constants)
        return present[0]
    if isinstance(val, str) and val.startswith(("$", "-$")):
        got = _capture(val, m, language, parts_at)
        if got is not None and val.startswith("-"):
            return -got if isinstance(got, int | float) else _FAIL
        return got
    return val


def _capture(ref: str, m: re.Match[str], language: Language, parts_at: dict[int, Part] | None) -> Any:
    """The value of "$name" or "$name.field": a found expression's partial time (or one of
    its fields), else the capture's table value or text (None when it took no part)."""
    name, _, attr = ref.lstrip("-$").partition(".")
    raw = m.group(name) if name in m.re.groupindex else None
    if raw is None:
        return None
    if _is_part(ref, m, parts_at):
        partial = copy.deepcopy(parts_at[m.start(name)].partial)
        return partial.get(attr) if attr else partial
    value = language.capture_value(_table_inside(m, name, language), raw, m.re)
    if isinstance(value, str) and _NUMBER.fullmatch(value):
        return int(value) if value.isdigit() else float(value.replace(",", "."))
    return value


def _is_part(ref: str, m: re.Match[str], parts_at: dict[int, Part] | None) -> bool:
    """Whether "$name" captured a found expression (in composition)."""
    if parts_at is None:
        return False
    name = ref.lstrip("-$").partition(".")[0]
    raw = m.group(name) if name in m.re.groupindex else None
    return raw is not None and len(raw) == 1 and raw in _CHAR_KIND and m.start(name) in parts_at


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


def merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any] | None:
    """Two partial times that name one time together ("Thursday" + "3pm"); None if they
    disagree. A range takes the other's fields at both ends ("9-11" + "on Thursday")."""
    for x, y in ((a, b), (b, a)):
        if "from" in x and "to" in x and "from" not in y:
            ends = [_merge_end(x[end], {k: v for k, v in y.items() if k != "mod"}) for end in ("from", "to")]
            if None in ends:
                return None
            out = {**x, "from": ends[0], "to": ends[1]}
            if "mod" in y:
                out.setdefault("mod", y["mod"])
            return out
    if _relative(a) and _relative(b):  # "yesterday" and "last week" are two times
        return None
    if _stated_year_and_shift(a, b) or _stated_year_and_shift(b, a):  # "2023-2024" and "next week": two times
        return None
    if kind_of(a) == kind_of(b) == "U" and not set(a) - _DURATION_KEYS and not set(b) - _DURATION_KEYS:
        units = _units(a) + _units(b)  # "a year and two months": one duration of two units
        return {"units": units} if len({u for _, u in units}) == len(units) else None
    out = dict(a)
    for key, val in b.items():
        if key in out and out[key] != val:
            if key in ("mod", "type"):
                continue
            return None
        else:
            out[key] = val
    out.pop("latent", None)
    return out


_DURATION_KEYS = {"amount", "unit", "units", "type"}


def _merge_end(end: dict[str, Any], other: dict[str, Any]) -> dict[str, Any] | None:
    """A range end counted from an anchor ("for 7 hours from 9:30am") takes the other's
    fields on its anchor: "on 14th Feb" dates the 9:30am, the seven hours follow it."""
    anchor = end.get("anchor")
    if isinstance(anchor, dict) and not any(k in end for k in DATE_FIELDS + CLOCK_FIELDS):
        moved = merge(anchor, other)
        return None if moved is None else {**end, "anchor": moved}
    return merge(end, other)


def _units(p: dict[str, Any]) -> list:
    return [list(u) for u in p["units"]] if "units" in p else [[p.get("amount", 1), p["unit"]]]


def _relative(p: dict[str, Any]) -> bool:
    return "shift_unit" in p or "offset_unit" in p


def _stated_year_and_shift(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A stated year and a unit counted from now ("next week", "this month") are not one
    time: the year is written where the shift would not reach, or says it already ("since
    2009 earlier this month"); only the current year may repeat it ("this year 2017")."""
    return "year" in a and "shift_unit" in b and (b.get("shift") not in (0, None) or b["shift_unit"] != "Y")
