"""English wire sentences of the kinds TempEval-3 annotates, with the TimeML value a
TimeBank annotator gives them: records measured over a stretch of time, long stretches
counted in hundreds, words that look like times or tense cues and are not. Written for
these rules, not copied from a dev text."""

from __future__ import annotations

import pytest

from tests.timex_read import values, values_and_mods

WED = "2012-10-17"  # a Wednesday
SAT = "1998-08-08"  # a Saturday

CASES = [
    # a record is measured over a stretch of time, whatever the tense
    (WED, "Unemployment is at its lowest level in more than four years.",
     [("more than four years", "P4Y", "MORE_THAN")]),
    (WED, "For the first time in a decade, the ruling party lost the capital.", [("a decade", "P1DE", None)]),
    (WED, "The yen posted its biggest gain in 18 months on Friday.",
     [("18 months", "P18M", None), ("Friday", "2012-10-12", None)]),
    (WED, "It was the worst flooding in a century.", [("a century", "P1CE", None)]),
    # ... but an event named with a noun in -est is a date ahead
    (WED, "The protest in two weeks will be the largest yet.", [("two weeks", "2012-10-31", None)]),
    # long stretches counted in hundreds and thousands
    (WED, "The monarchy has ruled for almost a hundred years.",
     [("almost a hundred years", "P100Y", "APPROX")]),
    (WED, "Glass has been blown here for more than two thousand years.",
     [("more than two thousand years", "P2000Y", "MORE_THAN")]),
    (WED, "The dynasty lasted three hundred years.", [("three hundred years", "P300Y", None)]),
    # a comparison, not a year
    (WED, "Year-on-year growth slowed to 7.4%, and prices rose year-over-year.", []),
    # a stated year and "this month" are two times
    (WED, "The peso hit its weakest level since 2009 earlier this month.",
     [("2009", "2009", "AFTER"), ("earlier this month", "2012-10", "START")]),
    (WED, "This year 2012 has been hard.", [("This year 2012", "2012", None)]),
    # a season or fiscal year across two years is no month ("2010-11" is not November)
    (WED, "He scored more goals than in the 2010-11 season.", [("2010", "2010", None)]),
    (WED, "The 2011-12 budget was cut.", [("2011", "2011", None)]),
    # "first-half" like "third-quarter": the adjective is the mention
    (WED, "The bank's first-half profit fell.", [("first-half", "2012-H1", None)]),
    # the year an end date places is a stretch, not a year ahead ("in the year" is no "in a year")
    (WED, "Exports rose 4% in the year to March.", [("the year", "P1Y", None), ("March", "2012-03", None)]),
    (WED, "In the 12 months to June, prices rose.",
     [("the 12 months", "P12M", None), ("June", "2012-06", None)]),
    # a visit, a match or a report on the calendar, told in the present, is ahead
    (WED, "The team faces Arsenal on Saturday.", [("Saturday", "2012-10-20", None)]),
    (WED, "Shares of the bank, which reports earnings Thursday, rose 2 percent.",
     [("Thursday", "2012-10-18", None)]),
    (WED, "The bank reported earnings Thursday.", [("Thursday", "2012-10-11", None)]),
    # a state that will last is no past tense: the banks reopen on the coming Thursday
    (WED, "Banks have been shut since Saturday and will remain closed until Thursday.",
     [("Saturday", "2012-10-13", "AFTER"), ("Thursday", "2012-10-18", "BEFORE")]),
    # "last" the verb stays out of the span
    (WED, "The talks are expected to last two days.", [("two days", "P2D", None)]),
    (WED, "Prices rose in the last two days.", [("the last two days", "P2D", None)]),
    # a decade with its century left out after an apostrophe (curly or straight)
    (WED, "Junk bonds boomed in the '80s and crashed in the early ’90s.",
     [("the '80s", "198", None), ("the early ’90s", "199", "START")]),
    # a holiday's week is the calendar week it falls in
    (WED, "Pilgrims filled the city as Easter week began.", [("Easter week", "2012-W14", None)]),
    (WED, "Retailers expect record sales in Christmas week.", [("Christmas week", "2012-W52", None)]),
    # wire shorthand for the end of a period, the modifier in the span (TimeML)
    (WED, "Reserves stood at $3 billion at end-June.", [("end-June", "2012-06", "END")]),
    # a round spelled number before what it counts is a count (radio transcripts spell them)
    (WED, "Some two thousand protesters gathered, and two thousand more watched.", []),
    (WED, "The approach of the year two thousand worried them.", [("the year two thousand", "2000", None)]),
    (WED, "In two thousand five, two thousand troops left.", [("two thousand five", "2005", None)]),
    # a quarter named by its first and last months is that quarter
    (WED, "Toyota's profit fell in the April-June quarter.", [("the April-June quarter", "2012-Q2", None)]),
    # "next to" is a place: the blast on Friday is past
    (SAT, "More than 100 people have been killed in the blasts next to the embassies on Friday.",
     [("Friday", "1998-08-07", None)]),
    (SAT, "He lives next door and will testify Monday.", [("Monday", "1998-08-10", None)]),
]


@pytest.mark.parametrize(("reference", "text", "expected"), CASES)
def test_wire_sentence(reference, text, expected):
    assert values_and_mods(text, "en", reference) == expected


def test_a_hundred_people_is_no_time():
    assert values("A hundred people marched for an hour.", "en", WED) == [("an hour", "PT1H")]
