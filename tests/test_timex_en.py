"""English time expressions in news sentences: tense, TimeML spans and values, non-times."""

from __future__ import annotations

import pytest

from tests.timex_read import values
from wiretime import timex

REF = "2017-01-24"  # a Tuesday


def found(text: str, reference: str = REF, **kw) -> list[tuple[str, str]]:
    return values(text, "en", reference, **kw)


@pytest.mark.parametrize(("text", "expected"), [
    # the tense of the clause picks the occurrence; news leaves the unmarked one in the past
    ("The minister said Friday that talks had failed.", [("Friday", "2017-01-20")]),
    ("The ministers will meet on Friday in Geneva.", [("Friday", "2017-01-27")]),
    ("Protesters gathered on Thursday outside the embassy.", [("Thursday", "2017-01-19")]),
    ("The vote starts Monday.", [("Monday", "2017-01-30")]),
    ("Police said the attack occurred Tuesday.", [("Tuesday", "2017-01-24")]),
    # a date without a year is the nearest unless the tense and distance agree
    ("The court ruled that he must leave by Feb. 10.", [("Feb. 10", "2017-02-10")]),
    ("The deal, signed on Dec. 28, was praised.", [("Dec. 28", "2016-12-28")]),
    ("Three countries are expected to join in April.", [("April", "2017-04")]),
])
def test_tense(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He arrived on Monday, Oct. 26, 1998.", [("Monday, Oct. 26, 1998", "1998-10-26")]),
    ("The talks lasted from 1990 to 1995.", [("1990 to 1995", "1990/1995")]),
    ("Net income rose in the third quarter.", [("the third quarter", "2016-Q3")]),
    ("Third-quarter profit fell 5% from $1.2 million a year earlier.",
     [("Third-quarter", "2016-Q3"), ("a year earlier", "2015-Q3")]),
    ("Sales fell in the first nine months.", [("the first nine months", "P9M")]),
    ("The index fell over the past two years.", [("the past two years", "P2Y")]),
    ("The war ended three years ago.", [("three years ago", "2014")]),
    ("It was his first visit in recent years.", [("recent years", "PAST_REF")]),
    ("Prices are rising now.", [("now", "PRESENT_REF")]),
    ("The paper is published daily.", [("daily", "P1D")]),
    ("He visits every Monday at 4 p.m.", [("every Monday at 4 p.m.", "XXXX-WXX-1T16:00")]),
    ("Markets rallied late last week.", [("late last week", "2017-W03")]),
    ("Elections are due early next year.", [("early next year", "2018")]),
    ("The rebels struck on the night of Friday, Oct. 23.",
     [("the night of Friday, Oct. 23", "2015-10-23TNI")]),
    ("It happened in the 1990s, during the Gulf War.", [("the 1990s", "199")]),
    ("Shares closed Wednesday at a record.", [("Wednesday", "2017-01-18")]),
    ("Christmas was quiet this year.", [("Christmas", "2016-12-25"), ("this year", "2017")]),
    # 'around' after 'get' is no approximation; 'two days later': the duration (TimeML signal)
    ("Lawyers tried to get around Wednesday's ruling.", [("Wednesday", "2017-01-18")]),
    ("Two days later, the rebels seized the airport.", [("Two days", "P2D")]),
    ("Indians celebrated Diwali.", [("Diwali", "2016-10-30")]),
    ("Travel peaks before Chinese New Year.", [("Chinese New Year", "2017-01-28")]),
    # an adjectival duration leaves "the" to its noun; a present 'ends' schedules ahead
    ("The two-day meeting ends on Wednesday.", [("two-day", "P2D"), ("Wednesday", "2017-01-25")]),
    ("They called the 14-day waiting period unfair.", [("14-day", "P14D")]),
])
def test_values_and_spans(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "The company earned $2,017 million on 1,995 employees.",
    "Unemployment rose to 6.5 percent, up 5/8 point.",
    "The 6-year-old boy and his 44-year-old father survived.",
    "Sun Microsystems rose 3 1/2 to 25.",
    "May I ask a question?",
    "The team won 3-1 in front of 2000 fans.",
])
def test_not_times(text):
    assert found(text) == []


def test_prefer_future_is_kept_to_the_letter():
    """An assistant's caller asks for the coming occurrence (Duckling's convention)."""
    assert found("tuesday", "2013-02-12T04:30:00-02:00", tz="Etc/GMT+2", prefer="future") == \
        [("tuesday", "2013-02-19")]
    assert found("at 3am", "2013-02-12T04:30:00-02:00", tz="Etc/GMT+2", prefer="future") == \
        [("3am", "2013-02-13T03:00")]
    # a weekday with a day of the month: the next such day, months ahead if need be
    assert found("Thu 15th", "2013-02-12T04:30:00-02:00", tz="Etc/GMT+2", prefer="future") == \
        [("Thu 15th", "2013-08-15")]


def test_offsets_map_back_through_folding():
    text = "The talks ended Friday \u2013 two days early."
    m = timex.tag(text, "en", REF)[0]
    assert text[m.start:m.end] == m.text == "Friday"
