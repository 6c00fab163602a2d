"""`surely_resolves` may only say "resolves" when `resolve` really resolves: every shape it
knows, at the edges of its bounds and just past them, from references across the calendar,
in every direction and rollover."""

import itertools
import random
from datetime import datetime

from wiretime.timex.certain import ignores_direction, surely_resolves
from wiretime.timex.durations import DURATION_UNITS
from wiretime.timex.grains import UNIT_GRAIN
from wiretime.timex.resolve import resolve

_REFS = [datetime(y, m, d, h, 30) for y, m, d, h in ((1, 1, 1, 0), (2, 6, 15, 12), (1099, 12, 31, 23),
                                                     (1100, 1, 1, 0), (2024, 2, 29, 4), (2026, 11, 29, 23),
                                                     (8800, 12, 31, 23), (8801, 1, 1, 0), (9999, 12, 31, 23))]
_DIRECTIONS = ("past", "future", "nearest", "past~", "future~", "recent")
_SAID = ({}, {"mod": "START"}, {"type": "TIME"}, {"mod": "APPROX", "type": "DATE"})


def _partials(rng: random.Random) -> list[dict]:
    out: list[dict] = [{"ref": r} for r in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")]
    amounts = [1, 0, -2, 3, 0.5, 1.25, 2.0, "X", None, float("inf"), "3", True]
    out += [{"amount": a, "unit": u} for a in amounts for u in [*DURATION_UNITS, "SEASON", "XX"]]
    out += [{"unit": "D", "lead": "in"}, {"unit": "W"}]
    out += [{"shift": s, "shift_unit": u} for s in (-11, -10, -1, 0, 1, 10, 11, "1", 1.0)
            for u in [*UNIT_GRAIN, "XX"]]
    out += [{"shift_unit": "M"}]
    out += [{"year": y} for y in (0, 1, 2, 1999, 9998, 9999, 10000, "2019", -5)]
    out += [{"year": y, "month": m, "day": d} for y, m, d in (
        (2019, 2, 28), (2019, 2, 29), (2020, 2, 29), (1, 1, 1), (9999, 12, 31), (2019, 13, 1), (2019, 0, 1),
        ("2019", 1, 1), (2019, 1.0, 1), (10000, 1, 1))]
    out += [{"offset": n, "offset_unit": u} for n in (-11, -10, -3, 0, 1, 10, 11, "1", 1.5, "X")
            for u in [*UNIT_GRAIN, "XX"]]
    pods = [None, "MO", "AF", "EV", "NI", "MI", "DT", "NO", "MN", "XX"]
    out += [{"weekday": w, **({"pod": pod} if pod else {})} for w in (0, 1, 7, 8, "2", True) for pod in pods]
    clocks = [{"hour": h, "minute": m} for h in (-1, 0, 1, 11, 12, 13, 23, 24, 25, "7")
              for m in (0, 30, 59, 60)]
    clocks += [{"hhmm": t} for t in ("0000", "0830", "2400", "2401", "0960", "830", 830, -5, "12a", "١٢٣٠")]
    clocks += [{"hour": 12, "second": s} for s in (0, 59, 60)]
    out += [{**c, **extra} for c in clocks for extra in (
        {}, {"ampm": "am"}, {"ampm": "pm"}, {"pod": "AF"}, {"pod": "NI"}, {"pod": "MN"}, {"pod": "NO"},
        {"pod": "XX"}, {"zone": "UTC"}, {"ampm": "pm", "zone": "+03:00"})]
    # neighbours that must be left to `resolve`
    out += [{"year": 2019, "month": 2, "day": 30}, {"ref": "PRESENT_REF", "dir": "past"},
            {"unit": "D", "otherwise": {"year": 1}}, {"year": 2019, "calendar": "hijri"}]
    out += [{**p, **rng.choice(_SAID)} for p in list(out)]
    return out


def test_surely_resolves_only_what_resolves():
    rng = random.Random(4)
    claimed = 0
    for p, ref in itertools.product(_partials(rng), _REFS):
        if not surely_resolves(p, ref):
            continue
        claimed += 1
        for direction, rollover in itertools.product(_DIRECTIONS, (True, False)):
            assert resolve(p, ref, direction, rollover) is not None, (p, ref, direction, rollover)
    assert claimed > 2000  # the shapes were exercised, not all refused


def test_left_to_resolve():
    ref = datetime(2026, 11, 29, 12)
    for p in ({"year": 2019, "month": 2, "day": 30}, {"weekday": 2, "rel": 1},
              {"from": {"year": 1}, "to": {"year": 2}},
              {"ref": "PRESENT_REF", "dir": "past"}, {"shift": 1, "shift_unit": "M", "day": 3},
              {"year": 2019, "calendar": "hijri"}, {"amount": "3", "unit": "D"}, {"hour": 25},
              {"weekday": 2, "day": 3}, {"hhmm": "12a"}, {"weekday": 1, "pod": "XX"}):
        assert not surely_resolves(p, ref)


def _outcome(p: dict, ref: datetime, direction: str, rollover: bool) -> object:
    try:
        return resolve(p, ref, direction, rollover)
    except Exception as e:  # an error counts as an outcome: it must be the same every way too
        return type(e)


def test_ignores_direction_only_where_every_direction_agrees():
    rng = random.Random(5)
    partials = _partials(rng)
    partials += [{"year": y, "month": m} for y, m in ((2019, 2), (2019, 13), ("2019", 1))]
    partials += [{"year": 2019, "day": 31}, {"year": 2019, "month": 2, "day": 29, "reach": 300}]
    partials += [{**p, "reach": 300} for p in partials if rng.random() < 0.5]
    claimed = 0
    for p, ref in itertools.product(partials, _REFS):
        if not ignores_direction(p):
            continue
        claimed += 1
        outcomes = {_outcome(p, ref, d, r) for d, r in itertools.product(_DIRECTIONS, (True, False))}
        assert len(outcomes) == 1, (p, ref, outcomes)
    assert claimed > 2000
    for p in ({"weekday": 2}, {"month": 3}, {"hour": 10}, {"year": 2019, "weekday": 1},
              {"ref": "PRESENT_REF", "dir": "past"}, {"year": 2019, "calendar": "hijri"}):
        assert not ignores_direction(p)
