"""English forms that Recognizers-Text style requests use and news reads the same way: a day
of the year after "this", dates written month-year-day, "last evening", ranges ending at
the reference, weekends as a habit. Each with a sentence where the form must not fire."""

from __future__ import annotations

import pytest

from tests.timex_read import values


@pytest.mark.parametrize(("reference", "text", "expected"), [
    # "this" + a day of the year: this year's, even when it is past
    ("2021-08-10", "The invoices were due this 7/30.", [("this 7/30", "2021-07-30")]),
    ("2021-08-10", "Renewals close this 11/2.", [("this 11/2", "2021-11-02")]),
    # the year between the month and the day
    ("2021-08-10", "Filed on April-2019-08 by the clerk.", [("April-2019-08", "2019-04-08")]),
    ("2021-08-10", "Filed 08-2019-April by the clerk.", [("08-2019-April", "2019-04-08")]),
    # month.day after "on"; a decimal amount is not a date
    ("2021-08-10", "The council votes on 9.14 again.", [("9.14", "2021-09-14")]),
    ("2021-08-10", "Shares closed on 9.14 percent gains.", []),
    ("2021-08-10", "Bets on 2.5 million tickets.", []),
    # "last" + a part of day: yesterday's; "the last evening of" is no day
    ("2021-08-10", "Crews cleared the road last afternoon.", [("last afternoon", "2021-08-09TAF")]),
    ("2021-08-10", "Pumps ran between 6 and 8 last evening.",
     [("6 and 8 last evening", "2021-08-09T18:00/2021-08-09T20:00")]),
    ("2021-08-10", "It was the last evening of the fair.", [("evening", "2021-08-10TEV")]),
    # a range that ends at the reference: day grain at both ends
    ("2021-08-10", "Claims filed from May to date total 40.", [("May to date", "2021-05-01/2021-08-10")]),
    ("2021-08-10", "Prices rose from 2019 until now.", [("2019 until now", "2019-01-01/2021-08-10")]),
    ("2021-08-10", "Rainfall between February and now was low.",
     [("February and now", "2021-02-01/2021-08-10")]),
    # weekends alone are a habit, counted or described they are not
    ("2021-08-10", "The ferry only runs weekends.", [("weekends", "P1WE")]),
    ("2021-08-10", "He spent two weekends there.", [("two weekends", "P2WE")]),
    ("2021-08-10", "They ruined our weekends.", []),
    # "to date" before a number is a field's name; a count before an adjectival part of day
    ("2021-08-10", "Filter rows equal to date 3 in the sheet.", []),
    ("2021-08-10", "She spoke at 3 evening rallies.", [("evening", "2021-08-10TEV")]),
    # a unit skipped each time; a season repeated
    ("2021-08-10", "The board meets every other month.", [("every other month", "P2M")]),
    ("2021-08-10", "The river floods each spring.", [("each spring", "XXXX-SP")]),
    # "this" + a day of the month: this month's, past or not
    ("2021-08-10", "Rent was due this 2nd.", [("this 2nd", "2021-08-02")]),
    # hours before a clock time are hours, not minutes (it was read "2 minutes to noon")
    ("2021-08-10", "Gates open 2 hours before noon.", [("2 hours before noon", "2021-08-10T10:00")]),
    ("2021-08-10", "Doors shut ten minutes before 9pm.", [("ten minutes before 9pm", "2021-08-10T20:50")]),
    # a month's abbreviation after "the nth week of"; a skipped weekend
    ("2021-08-10", "Classes resume the 2nd week of sep, they said.", [("the 2nd week of sep", "2021-W37")]),
    ("2021-08-10", "She visits every other weekend.", [("every other weekend", "P2WE")]),
])
def test_recognizers_forms(reference, text, expected):
    assert values(text, "en", reference) == expected
