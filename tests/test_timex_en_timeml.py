"""English fixes found by classifying the TempEval-3 dev misses (session 6), each a general
rule held by sentences written for it (none is a dev sentence). TimeML keeps prepositions out
of a mention: "over" before a vague or placed stretch ("over the years", "over several
months") is one, before an amount ("over two weeks") it is "more than"; "May." ends a
sentence (May has no abbreviation); "mid" marks a part of day as it marks a month; a rate
after a round count ("hundreds of calls a day") is a SET; "the past" before a count opens a
stretch the rules cannot read ("the past three summers"), so it is no PAST_REF; "meet" in the
plural present is a fixture ahead ("the two leaders meet Monday"); "the year-ago results" after
"the 1988 period" is that period (anaphora.py: an older quarter named after the one reported
is itself the compared one), and "A year earlier they..." keeps its article; "the March for
Life" names a march, not the month, and a quoted title ("``60 Minutes''") no time
(en_not_times.py); a plural part of day is a habit or nothing, never one day's night ("the
other dark nights")."""

from __future__ import annotations

import pytest

from tests.timex_read import values_and_mods

THU = "2019-06-13"  # a Thursday

CASES = [
    ("Relations between the two parties soured over the years.",
     [("the years", "PXY", None)]),
    ("The dam was built over several decades by forced labour.",
     [("several decades", "PXDE", None)]),
    ("The reform was phased in over many months.",
     [("many months", "PXM", None)]),
    ("The strike has lasted over two weeks.",
     [("over two weeks", "P2W", "MORE_THAN")]),
    ("The accord is to be signed in Geneva next May. Talks will resume in July.",
     [("next May", "2020-05", None), ("July", "2019-07", None)]),
    ("Trading was halted at mid-afternoon on Wall Street.",
     [("mid-afternoon", "2019-06-13TAF", "MID")]),
    ("The hotline now receives thousands of calls a day.",
     [("now", "PRESENT_REF", None), ("a day", "P1D", None)]),
    ("Wildfires have scorched the region for the past three summers.",
     []),
    ("Such attacks were rare in the past.",
     [("the past", "PAST_REF", None)]),
    # a fixture in the plural present looks ahead, as "meets" does; "did not meet" looks back
    ("The two foreign ministers meet in Vienna on Tuesday.",
     [("Tuesday", "2019-06-18", None)]),
    ("The two foreign ministers did not meet on Tuesday.",
     [("Tuesday", "2019-06-11", None)]),
    # a year-ago comparison counts from the quarter reported, not from an older one named
    # since; "A year earlier" keeps its article before a subject
    ("The bank's profit rose 8% in the first quarter. In the 2018 period it lost money; "
     "year-ago results included a large charge.",
     [("the first quarter", "2019-Q1", None), ("the 2018 period", "2018-Q1", None),
      ("year-ago", "2018-Q1", None)]),
    ("Sales slipped in the first half of 2012. A year earlier they had surged.",
     [("the first half of 2012", "2012-H1", None), ("A year earlier", "2011-H1", None)]),
    ("The retailer posted a profit, compared with a year-earlier loss.",
     [("year-earlier", "2018", None)]),
    # a named march is no month; the month before a lower-case word or a feast still is
    ("Thousands of students joined the annual March for Climate Justice.",
     []),
    ("The veterans' ``March of the Forgotten'' reached the capital.",
     []),
    ("Exports rose in March for the first time in a year.",
     [("March", "2019-03", None), ("a year", "P1Y", None)]),
    # a title in quotes, every word capitalized, is a programme or a work; a quoted sentence is not
    ("The senator appeared on NBC's \"Meet the Press\" and on CBS's ``48 Hours.''",
     []),
    ("The film ``Midnight Express'' was banned.",
     []),
    ("``Tomorrow we vote,'' the senator said.",
     [("Tomorrow", "2019-06-14", None)]),
    # a plural part of day described is no day's ("sleepless nights"); one of habit is a SET
    ("The siege brought weeks of sleepless nights.",
     [("weeks", "PXW", None)]),
    ("Nurses there work nights.",
     [("nights", "TNI", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_timeml_convention(text, expected):
    assert values_and_mods(text, "en", THU) == expected
