"""English ranges and dated clock times in scheduling sentences (Recognizers-Text style):
a date given before or after a range applies to both its ends, a weekday in a counted week,
hyphenated numbers that are not years."""

from __future__ import annotations

import pytest

from tests.timex_read import values

REF = "2018-05-31"  # a Thursday


@pytest.mark.parametrize(("text", "expected"), [
    # the date dates the anchor of a range counted from a clock time
    ("Book a room on 14th Feb for 7 hours from 9:30am",
     [("14th Feb for 7 hours from 9:30am", "2018-02-14T09:30/2018-02-14T16:30")]),
    # a range's end earlier than its start on a stated day is the afternoon's
    ("It will happen from 10:30 to 3 on 1/1/2015",
     [("10:30 to 3 on 1/1/2015", "2015-01-01T10:30/2015-01-01T15:00")]),
    ("It will happen on the 17 between 2 and 4pm",
     [("the 17 between 2 and 4pm", "2018-06-17T14:00/2018-06-17T16:00")]),
    # numeric dates joined by a hyphen: the second is a date too, the year is shared
    ("My vacation is from 10/1/2018-10/7/2018", [("10/1/2018-10/7/2018", "2018-10-01/2018-10-07")]),
    ("I will leave from 5/1-5/7/2020", [("5/1-5/7/2020", "2020-05-01/2020-05-07")]),
    ("i am off between ninth and seventeenth of april", [("between ninth and seventeenth of april",
                                                          "2018-04-09/2018-04-17")]),
    ("We meet the week starting on February 4", [("the week starting on February 4", "2018-W05")]),
    ("I'll go back Monday two weeks from now.", [("Monday two weeks from now", "2018-06-11")]),
    ("I'll go back tonight around 7", [("tonight around 7", "2018-05-31T19:00")]),
    ("The sun will set tomorrow at thirty-six minutes past eight",
     [("tomorrow at thirty-six minutes past eight", "2018-06-01T08:36")]),
    # a relative weekday before a stated date: the date says which day
    ("set up a call sometime this Friday-Jun-15 with Jim", [("this Friday-Jun-15", "2018-06-15")]),
    ("set up a call sometime this friday (jun-15) with Jim", [("this friday (jun-15)", "2018-06-15")]),
    # a clock time after a spelled day of the month
    ("I'll go back on monday the eleventh six pm", [("monday the eleventh six pm", "2018-06-11T18:00")]),
    # years with the hundreds said, a spelled day before the month
    ("On fifteen August nineteen hundred ninety three, the plant opened",
     [("fifteen August nineteen hundred ninety three", "1993-08-15")]),
    ("The ship set sail on 6 April seventeen hundred and thirty three",
     [("6 April seventeen hundred and thirty three", "1733-04-06")]),
])
def test_dated_ranges_and_times(text, expected):
    assert values(text, "en", REF) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # numbers in a phone number or an id are no years, no dates
    ("Tel: +86 138-2010-2015", []),
    ("requestid=410c74a8-1687-4ea7-8418", []),
    ("the code of this object is 133-03-03-2020", []),
    # but years joined by a hyphen are a range, and a season's two-digit end stays
    ("Prices doubled in 1990-1995.", [("1990-1995", "1990/1995")]),
    ("the 1998-99 season", [("1998", "1998")]),
    # "around 7" alone (not ending the clause) stays a count
    ("Tonight around 7 people gathered.", [("Tonight", "2018-05-31TNI")]),
    # a spelled count before a month is no day ("two March rallies")
    ("They held two March rallies.", [("March", "2018-03")]),
    ("He left on Friday, 13 people died.", [("Friday", "2018-05-25")]),
])
def test_numbers_that_are_not_times(text, expected):
    assert values(text, "en", REF) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a range from or to the moment of speaking: that end is PRESENT_REF
    ("help me book a meeting between now and eight o'clock",
     [("between now and eight o'clock", "PRESENT_REF/2016-11-07T20:00")]),
    ("How many calls between eight o'clock and now?",
     [("between eight o'clock and now", "2016-11-07T08:00/PRESENT_REF")]),
    ("I'll be back from now until 3 min later",
     [("from now until 3 min later", "PRESENT_REF/2016-11-07T10:23")]),
    # without an article "next 3 days" are the days from tomorrow; "the next three days" the TimeML duration
    ("I'll be out next 3 days", [("next 3 days", "2016-11-08/2016-11-10")]),
    ("Rain is expected over the next three days", [("the next three days", "P3D")]),
    ("It will happen next evening between 10:30 and 11:45",
     [("next evening between 10:30 and 11:45", "2016-11-08T22:30/2016-11-08T23:45")]),
    # "the dawn of" a new era is no time of day
    ("What we have witnessed is the dawn of a second wave", []),
])
def test_ranges_from_now(text, expected):
    assert values(text, "en", "2016-11-07T10:20:00") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # whole weekends stay weekends (TimeML P3WE, not six days)
    ("the course lasts three weekends", [("three weekends", "P3WE")]),
    # a clock time alone does not run to a date: two times
    ("Race - 3pm - this week", [("3pm", "2020-06-16T15:00"), ("this week", "2020-W25")]),
    # a time, then how long; a bare ordinal day after "on"
    ("Starbucks on 29th - meet at 2pm for 1 hr",
     [("29th", "2020-05-29"), ("2pm", "2020-06-16T14:00"), ("1 hr", "PT1H")]),
    ("4pm for 30 mins", [("4pm for 30 mins", "2020-06-16T16:00/2020-06-16T16:30")]),
    ("for 1 hour and 30 minutes from 2pm",
     [("for 1 hour and 30 minutes from 2pm", "2020-06-16T14:00/2020-06-16T15:30")]),
    # ISO basic dates in file names; a count glued to Y is years (not W: a 100W bulb)
    ("www.example.com/data/report-20170302.html", [("20170302", "2017-03-02")]),
    ("the plants were grown for 3Y under a 100W lamp", [("3Y", "P3Y")]),
    # an abbreviated month glued to its day, any case ("mar" alone stays the verb)
    ("I drank a cup of coffee on mar4 night.", [("mar4 night", "2020-03-04TNI")]),
    ("Critics mar his record.", []),
    # hours on a weekday: the end is that day's first reading after the start
    ("Where were you Monday 3-8", [("Monday 3-8", "2020-06-15T03:00/2020-06-15T08:00")]),
])
def test_times_apart_and_together(text, expected):
    assert values(text, "en", "2020-06-16T12:00:00") == expected
