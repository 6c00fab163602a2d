"""Times counted from the time the text last named (TimeML anaphora). Language-agnostic.

A rule marks an offset `anaphora` when its words count from another time rather than from
the reference: "the following year", "the same day", "two days later" ("relative"), or
when news uses a deictic offset for the period a comparison is about: "net rose in the
third quarter from a year ago" is that quarter a year before ("deictic"). The anchor is a
time already found (its resolved value, so a later clause's tense cannot move it):

1. the same sentence's last calendar time, if it is at least as fine as the unit counted
   (deictic offsets: only a month, quarter or half, one year back or ahead);
2. for one year, the text's last quarter or half (company results: "... a year earlier");
3. for relative offsets, the text's last calendar time, if it is at least as fine as the unit;
4. else none: the offset counts from the reference.

A rule may instead mark a calendar period `anaphora: "named"` ("the quarter", "the latest
period" in a company report): it is the latest period of its unit the text named that began
before the reference's own ("net rose 5% in the fiscal first quarter ... in the quarter,
sales ..."), with what the rule states ("the 1988 period": that quarter of 1988);
else the rule's own reading (the quarter just past) stands.

A rule may also say how its period reads `counted` from a month, quarter or half its own
clause named: "the same period last year" is a year before that one ("capacity will rise in
the fourth quarter from the same period last year"), else its own reading stands (the year-ago
quarter of the one just past: a period named sentences before is often another, "After a flat
second quarter ... charges taken in the year-earlier period").

A compared period ("a year ago", "a year earlier", "year-earlier") anchors nothing: the next
"year-earlier results" is the same year-ago period, not one a year before it.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from wiretime.timex.grains import GRAINS, UNIT_GRAIN, span_of

# Where a clause ends (also the engine's bound for tense cues): not the point of "1.2" nor of
# "a.m.", "U.S."
CLAUSE_END = re.compile(r"(?<![\s.]\w)[.!?؟](?!\d)|[\n;؛]")
_VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)|W(?P<week>\d\d)(?P<we>-WE)?"
    r"|(?P<month>\d\d)(?:-(?P<day>\d\d)(?:T(?:(?P<pod>MO|AF|EV|NI|DT)|(?P<hour>\d\d)(?::(?P<minute>\d\d))?))?)?))?$")
_GRAIN_OF = (("minute", "minute"), ("hour", "hour"), ("pod", "pod"), ("day", "day"), ("we", "weekend"),
             ("week", "week"), ("month", "month"), ("season", "season"), ("quarter", "quarter"),
             ("half", "half"))


def calendar(value: str) -> tuple[dict[str, Any], str] | None:
    """The partial time a resolved TIMEX3 value names, and its grain ("2016-Q4" ->
    ({year: 2016, quarter: 4}, "quarter")); None for durations, sets, references, ranges."""
    m = _VALUE.match(value)
    if m is None:
        return None
    fields = {k: v for k, v in m.groupdict().items() if v is not None and k != "we"}
    partial: dict[str, Any] = {k: (v if k in ("season", "pod") else int(v)) for k, v in fields.items()}
    if m.group("we"):
        partial["widen"] = "WE"
    grain = next((g for key, g in _GRAIN_OF if m.group(key)), "year")
    return partial, grain


def compared_period(p: dict[str, Any]) -> bool:
    """Whether the partial time names the period a comparison is about: a deictic offset, or
    one year back counted from the time the text last named ("a year earlier")."""
    mode = p.get("anaphora")
    return mode == "deictic" or mode == "relative" and p.get("offset_unit") == "Y" and p.get("offset") == -1


def anchored(p: dict[str, Any], start: int, previous: list[tuple[int, str]], folded: str,
             ref: datetime | None = None) -> dict[str, Any]:
    """`p` with the anchor its `anaphora` asks for (see the module doc); `previous` holds
    (end offset, value) of the calendar times found before `start`, in text order."""
    mode, unit = p.get("anaphora"), p.get("offset_unit")
    if mode == "named":
        return _named(p, previous, ref)
    readings = [(end, r) for end, value in previous if (r := calendar(value)) is not None]
    if "counted" in p:
        return _counted(p, [r for end, r in readings if not CLAUSE_END.search(folded, end, start)])
    if not mode or unit not in UNIT_GRAIN or "anchor" in p:
        return p
    fine = GRAINS.index(UNIT_GRAIN[unit])
    fitting = [(end, r) for end, r in readings if GRAINS.index(r[1]) >= fine]
    idiom = unit == "Y" and abs(p.get("offset", 0)) == 1  # "a year ago/earlier": the compared period
    if idiom and ref is not None:
        fitting = _reported(fitting, datetime(ref.year - 1, ref.month, 1))
    same = [r for end, r in fitting if not CLAUSE_END.search(folded, end, start)]
    if same and (mode == "relative" or idiom and same[-1][1] in ("month", "quarter", "half")):
        return {**p, "anchor": same[-1][0]}
    periods = [r for _, r in fitting if r[1] in ("quarter", "half")]
    if idiom and periods:
        return {**p, "anchor": periods[-1][0]}
    if mode == "relative" and readings and GRAINS.index(readings[-1][1][1]) >= fine:
        return {**p, "anchor": readings[-1][1][0]}
    return p


def _counted(p: dict[str, Any], same: list[tuple[dict[str, Any], str]]) -> dict[str, Any]:
    """`p` read as `counted` from the last month, quarter or half its own clause named, else as
    it stands (see the module doc)."""
    own = {k: v for k, v in p.items() if k != "counted"}
    if not same or same[-1][1] not in ("month", "quarter", "half"):
        return own
    return {**{k: v for k, v in own.items() if k not in _OWN_PLACING}, **p["counted"], "anchor": same[-1][0]}


def _reported(fitting: list[tuple[int, Any]], year_before: datetime) -> list[tuple[int, Any]]:
    """The times a year-ago comparison may count from: once the text has named a quarter or
    half begun within the year before the reference (the one reported), an older one is itself
    a compared period ("in the 1988 period. The year-ago results...": 1988's, not 1987's)."""
    def old(r: Any) -> bool:
        return r[1] in ("quarter", "half") and _first_day(r[0]) < year_before
    if not any(r[1] in ("quarter", "half") and not old(r) for _, r in fitting):
        return fitting
    return [(end, r) for end, r in fitting if not old(r)]


_NAMED_GRAINS = ("year", "half", "quarter", "month")


def _named(p: dict[str, Any], previous: list[tuple[int, str]], ref: datetime | None) -> dict[str, Any]:
    """The latest period of the rule's unit (`named_unit`, else `shift_unit`) the text named
    that began before the reference's own (a report compares its period with earlier ones:
    "the 1988 period" is not the one reported), with the fields the rule states ("the 1988
    period": that quarter in 1988); else `p` without the mark (see the module doc)."""
    own = {k: v for k, v in p.items() if k not in ("anaphora", "named_unit")}
    grain = UNIT_GRAIN.get(p.get("named_unit", p.get("shift_unit", "")))
    if grain not in _NAMED_GRAINS or ref is None:
        return own
    before = span_of(ref, grain).start
    readings = [calendar(value) for _, value in previous]
    named = [r[0] for r in readings if r is not None and r[1] == grain and _first_day(r[0]) < before]
    if not named:
        return own
    fields = max(named, key=_first_day)
    return {**fields, **{k: v for k, v in own.items() if k not in _OWN_PLACING}}


# The fields by which a rule places its own reading ("the quarter": the one just past; "the
# quarter ended Sept. 30": the one that day ends), which a named period replaces.
_OWN_PLACING = ("shift", "shift_unit", "offset", "offset_unit", "grain", "anchor")


def _first_day(fields: dict[str, Any]) -> datetime:
    """Where a named year, half, quarter or month begins."""
    month = fields.get("month") or 3 * fields.get("quarter", 1) - 2 + 6 * (fields.get("half", 1) - 1)
    return datetime(fields["year"], month, 1)
