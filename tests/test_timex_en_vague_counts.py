"""Two neighbouring counts are one vague count ("a year or two", "one or two years", "two or
three days": TimeML's PXY, PXD, as "several years"; en_words.NUMBERS, en_durations), and a year
before a part of it is that part's adjective, the "the" before it the part's own ("the 1988
second quarter", the mention from "the"; en_rules.YEAR_ADJECTIVE)."""

from __future__ import annotations

import pytest

from tests.timex_read import values

TUE = "2013-02-12"  # a Tuesday

CASES = [
    ("Repairs could take a year or two, the ministry said.", [("a year or two", "PXY")]),
    ("The talks were put off for a day or two.", [("a day or two", "PXD")]),
    ("Officials expect a decision in a month or two.", [("a month or two", "PXM")]),
    ("The storm will pass within an hour or two.", [("an hour or two", "PTXH")]),
    ("The plant closed one or two years ago.", [("one or two years ago", "PAST_REF")]),
    ("Prices rose for two or three weeks.", [("two or three weeks", "PXW")]),
    ("Voting could be delayed by 3 or 4 days.", [("3 or 4 days", "PXD")]),
    # neither a count of time nor neighbouring counts: left alone
    ("He scored one or two goals.", []),
    ("The 1990 or 1991 budget was never passed.", [("1990", "1990"), ("1991", "1991")]),
    # the year's part, with its "the"
    ("Earnings fell in the 1988 second quarter.", [("the 1988 second quarter", "1988-Q2")]),
    ("The company lost money in the 1990 first half.", [("the 1990 first half", "1990-H1")]),
    ("Sales in the 2011 fiscal fourth quarter rose.", [("the 2011 fiscal fourth quarter", "2011-Q4")]),
    # before an adjectival "third-quarter" the "the" is the noun's ("the ... loss")
    ("The 1988 third-quarter loss was large.", [("1988 third-quarter", "1988-Q3")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_vague_counts_and_a_years_part(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, "en", TUE) == expected
