"""English news gaps the wire batches had left alone (tests/test_timex_en_wire3.py), each fixed
by a general rule, with a sentence beside it where the rule must not fire: a quarter its end
day places, the part of a decade as its mod, numbers that label things, days the calendar
lacks, a rate and the day it starts from, a year not merged into a month after "in"."""

from __future__ import annotations

import pytest

from tests.timex_read import values_and_mods

TUE = "2024-03-12"  # a Tuesday


@pytest.mark.parametrize(("text", "expected"), [
    # an unnumbered quarter its end day places: the calendar quarter it mostly covers
    ("The company said revenue rose 5% in the quarter ended Sept. 30.",
     [("the quarter", "2023-Q3", None), ("Sept. 30", "2023-09-30", None)]),
    ("In the quarter that ended July 31, the retailer lost money.",
     [("the quarter", "2023-Q2", None), ("July 31", "2023-07-31", None)]),
    # ... unless the report named the quarter before: that one (TimeML anaphora)
    ("Sun earned $5 million in the fiscal first quarter of 2023. Sales for the quarter ended Sept. 29 rose.",
     [("the fiscal first quarter of 2023", "2023-Q1", None), ("the quarter", "2023-Q1", None),
      ("Sept. 29", "2023-09-29", None)]),
    # a numbered quarter keeps its number; a quarter alone is the one just past
    ("Profit rose in the third quarter ended Sept. 30.",
     [("the third quarter", "2023-Q3", None), ("Sept. 30", "2023-09-30", None)]),
    ("Profit rose in the quarter.", [("the quarter", "2023-Q4", None)]),
    # the part of a decade is its mod
    ("The style was popular in the mid-1990s.", [("the mid-1990s", "199", "MID")]),
    ("Prices peaked in the late 1980s and fell in the early 2000s.",
     [("the late 1980s", "198", "END"), ("the early 2000s", "200", "START")]),
    ("He grew up in the late nineties.", [("the late nineties", "199", "END")]),
    ("It happened in the 1990s.", [("the 1990s", "199", None)]),
    # a number that labels a room, a flight, a road is no year nor clock
    ("The talks were held in Room 1030.", []),
    ("Flight 1030 was diverted to Denver.", []),
    ("The crash closed Highway 1030 near Gate 12 at 10:30 a.m.", [("10:30 a.m.", "2024-03-12T10:30", None)]),
    ("The bus left at 1030.", [("1030", "2024-03-12T10:30", None)]),
    ("The plant opened in 2020.", [("2020", "2020", None)]),
    # a day the calendar lacks is no date, nor its year alone
    ("The filing was dated Feb. 30, 2024.", []),
    ("The form was dated 30 February 2023.", []),
    ("The ruling cited April 31 as the deadline.", []),
    ("He left on February 29, 2023, not Feb. 29, 2024.", [("Feb. 29, 2024", "2024-02-29", None)]),
    ("It was signed on Feb. 28, 2023.", [("Feb. 28, 2023", "2023-02-28", None)]),
    # a rate and the day it runs from are two times; "a week from now" is one day
    ("The airline will operate 20 flights a week from June.",
     [("a week", "P1W", None), ("June", "2024-06", "AFTER")]),
    ("The airline has flown 20 flights a week since June.",
     [("a week", "P1W", None), ("June", "2023-06", "AFTER")]),
    ("The bonus pays $5 a year from now.", [("a year from now", "2025-03-12", None)]),
    # a year is never in the month after it: two times
    ("The firm, in Ohio since 2011 in July last year opened a plant.",
     [("2011", "2011", "AFTER"), ("July last year", "2023-07", None)]),
    ("Christmas in 2016 was quiet.", [("Christmas in 2016", "2016-12-25", None)]),
])
def test_known_gap(text, expected):
    assert values_and_mods(text, "en", TUE) == expected
