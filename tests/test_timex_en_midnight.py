"""Midnight attached to a named day is the one ENDING that day (AP style: "midnight Friday"
is the night between Friday and Saturday); TimeML writes it that day's T24:00 (TempEval's
wsj_0542: "midnight Friday" = 1989-10-27T24). Bare midnight, or a clock moved off midnight,
keeps its plain reading."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.timex_read import tagged, values, values_and_mods
from wiretime.timex.grains import When, end_of_day

MON = "1989-10-30"  # a Monday; the Friday before is 1989-10-27

CASES = [
    # midnight with a weekday, a date, a holiday eve: the end of that day
    ("The offer had been scheduled to expire at midnight Friday.", [("midnight Friday", "1989-10-27T24:00")]),
    ("The offer expired Friday midnight.", [("Friday midnight", "1989-10-27T24:00")]),
    ("The offer expired at midnight on Friday.", [("midnight on Friday", "1989-10-27T24:00")]),
    ("The offer expired at 12 midnight Friday.", [("12 midnight Friday", "1989-10-27T24:00")]),
    ("The deadline is midnight on March 3.", [("midnight on March 3", "1989-03-03T24:00")]),
    ("Crowds gathered on New Year's Eve at midnight.", [("New Year's Eve at midnight", "1989-12-31T24:00")]),
    # a day named by a relative word: tonight's midnight ends today, tomorrow's ends tomorrow
    ("Polls close at midnight tonight.", [("midnight tonight", "1989-10-30T24:00")]),
    ("The strike ends tomorrow at midnight.", [("tomorrow at midnight", "1989-10-31T24:00")]),
    ("Police were called at midnight last night.", [("midnight last night", "1989-10-29T24:00")]),
    # moved off midnight: "before" is late in the named day, "after"/"past" early in it
    ("It began a quarter to midnight Friday.", [("a quarter to midnight Friday", "1989-10-27T23:45")]),
    ("It began a quarter past midnight on Friday.",
     [("a quarter past midnight on Friday", "1989-10-27T00:15")]),
    ("It began two hours after midnight Friday.", [("two hours after midnight Friday", "1989-10-27T02:00")]),
    # no day named: midnight as before (the reference day's)
    ("The talks ended at midnight.", [("midnight", "1989-10-30T00:00")]),
    ("Trading halted at 24:00 Friday.", [("24:00 Friday", "1989-10-28T00:00")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_midnight_of_a_named_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, "en", MON) == expected


def test_a_mod_stays_on_the_end_of_the_day() -> None:
    assert values_and_mods("He was killed Sunday, shortly before midnight.", "en", MON) == [
        ("Sunday, shortly before midnight", "1989-10-29T24:00", "BEFORE")]


def test_the_instant_is_the_next_days_first() -> None:
    (expired,) = tagged("The offer expired at midnight Friday.", "en", MON)
    (expires,) = tagged("The offer expires at midnight Friday.", "en", MON)  # the coming Friday
    assert (expired.local, expires.value, expires.local) == ("1989-10-28T00:00", "1989-11-03T24:00",
                                                             "1989-11-04T00:00")


@pytest.mark.parametrize(("day", "value", "instant"), [
    (When(datetime(1998, 2, 20), "day"), "1998-02-20T24:00", datetime(1998, 2, 21)),
    (When(datetime(1998, 2, 28), "day"), "1998-02-28T24:00", datetime(1998, 3, 1)),  # across a month end
    (When(datetime(1998, 12, 31), "minute"), "1998-12-31T24:00", datetime(1999, 1, 1)),  # a year end
])
def test_end_of_day(day: When, value: str, instant: datetime) -> None:
    end = end_of_day(day)
    assert (end.value(), end.start) == (value, instant)
    assert end.shift(-15, "minute").value() == f"{day.start.date()}T23:45"  # moved off it: a plain clock
