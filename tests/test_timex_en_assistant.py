"""English scheduling phrases (assistant style, as in Duckling's and Recognizers-Text's
suites) next to the news forms they must not disturb. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.timex_read import values

NEWS = "2017-01-24"  # a Tuesday


@pytest.mark.parametrize(("text", "expected"), [
    # a stretch that starts on a stated day: one range
    ("We will book the cabin for 5 days from June 2.", [("5 days from June 2", "2017-06-02/2017-06-07")]),
    ("I will be away from March 6 for two weeks.", [("March 6 for two weeks", "2017-03-06/2017-03-20")]),
    ("We will mute the alerts for 3 days starting Friday.",
     [("3 days starting Friday", "2017-01-27/2017-01-30")]),
    # a clock time after the day belongs to the day: the stretch runs from that moment
    ("I will hold calls for a day starting Friday at 5 pm.",
     [("for a day starting Friday at 5 pm", "2017-01-27T17:00/2017-01-28T17:00")]),
    # news: a day, then how long something lasted; a month is no start day
    ("He was jailed Monday for 10 days.", [("Monday", "2017-01-23"), ("10 days", "P10D")]),
    ("The court adjourned on Dec. 18 for two weeks.", [("Dec. 18", "2016-12-18"), ("two weeks", "P2W")]),
    ("Prices were frozen from March for six months.", [("March", "2016-03"), ("six months", "P6M")]),
    # a quarter of an hour counted from now
    ("The bus leaves in a quarter of an hour.", [("a quarter of an hour", "2017-01-24T00:15")]),
])
def test_scheduling_forms(text, expected):
    assert values(text, "en", NEWS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the nearest occurrences either side of a day, counted by distance
    ("Which is the closest Friday to April 1st?", [("the closest Friday to April 1st", "2017-03-31")]),
    ("the 2nd closest Friday to April 1st", [("the 2nd closest Friday to April 1st", "2017-04-07")]),
    ("the closest Halloween to today", [("the closest Halloween to today", "2016-10-31")]),
    ("the second closest Halloween to today", [("the second closest Halloween to today", "2017-10-31")]),
    ("the nearest Sunday to May 4", [("the nearest Sunday to May 4", "2017-05-07")]),
    # the days left of this week run through Sunday; of a year, TimeML's year
    ("Take the rest of the week off.", [("the rest of the week", "2017-01-24/2017-01-29")]),
    ("Sales will stay flat for the rest of the year.", [("the rest of the year", "2017")]),
])
def test_nearest_and_remaining(text, expected):
    assert values(text, "en", NEWS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part of day repeated, no day said: the part of day alone (Recognizers-Text's TMO)
    ("She walks the dog every evening.", [("every evening", "TEV")]),
    ("He works nights.", [("nights", "TNI")]),
    ("We meet on Tuesday evenings.", [("Tuesday evenings", "XXXX-WXX-2TEV")]),
    ("Two nights in a row it rained.", [("Two nights", "P2D")]),
    ("The bakery delivers every weekday.", [("every weekday", "P1WD")]),
    # a work week is a week; a date spaced like a log's
    ("Ship it next work week.", [("next work week", "2017-W05")]),
    ("Logged on 2015 07 04, then lost.", [("2015 07 04", "2015-07-04")]),
    ("In 2015 12 people died.", [("2015", "2015")]),
    # British half past: alone or after "at", not "half one" of something
    ("We could meet at half four.", [("half four", "2017-01-24T04:30")]),
    ("She ate half one.", []),
])
def test_habits_and_forms(text, expected):
    assert values(text, "en", NEWS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # primes count minutes and seconds after "in/for"; a height is no time
    ("Back in 20'.", [("20'", "2017-01-24T00:20")]),
    ("Boil it for 40\".", [("40\"", "PT40S")]),
    ("He stood 6' tall.", []),
    # an approximate hhmm alone is a clock; in a clause, a year or a number
    ("Around 0945?", [("0945", "2017-01-24T09:45")]),
    ("The abbey was founded around 1030.", [("around 1030", "1030")]),
    # "lent" before a year ending the clause is Lent; before an amount, the verb
    ("Fasting during lent 2019.", [("lent 2019", "2019-03-06/2019-04-20")]),
    ("The bank lent 2000 pounds.", []),
    # a two-digit year after an ordinal day and month, ending the clause
    ("Signed on 3rd March 16.", [("3rd March 16", "2016-03-03")]),
    ("On 3rd January 16 people died.", [("3rd January", "2017-01-03")]),
])
def test_short_forms(text, expected):
    assert values(text, "en", NEWS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # minutes before noon or midnight; a range still runs from its start hour
    ("The train will leave at 25 to midnight.", [("25 to midnight", "2017-01-24T23:35")]),
    ("The desk is staffed from 14 to midnight.",
     [("from 14 to midnight", "2017-01-24T14:00/2017-01-25T00:00")]),
    # no article: the next few days from tomorrow, a few being three; with it, TimeML's PXD
    ("Let's meet up next few days.", [("next few days", "2017-01-25/2017-01-27")]),
    ("Talks will go on over the next few days.", [("the next few days", "PXD")]),
])
def test_minutes_to_and_few_days(text, expected):
    assert values(text, "en", NEWS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a stated day with a week: that day if the week holds it, else two times
    ("Is it Jan 26 this week?", [("Jan 26 this week", "2017-01-26")]),
    ("Either mar7 this week or next.", [("mar7", "2017-03-07"), ("this week", "2017-W04")]),
])
def test_day_and_week(text, expected):
    assert values(text, "en", NEWS) == expected
