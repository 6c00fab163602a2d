"""English forms that once went wrong: ranges whose ends are of different kinds, a weekday
and a clock time with a part of day between them, feasts moved by a weekday rule."""

from __future__ import annotations

import pytest

from tests.timex_read import values
from wiretime.timex.feasts import feast

NEWS = "2017-01-24"  # a Tuesday
ASSISTANT = {"reference": "2013-02-12T04:30:00-02:00", "tz": "Etc/GMT+2", "prefer": "future"}


@pytest.mark.parametrize(("reference", "text", "expected"), [
    # a weekday ending a range is the one on or after its start
    ("2016-12-28", "The sale runs from Jan. 3 through Sunday.",
     [("Jan. 3 through Sunday", "2017-01-03/2017-01-08")]),
    # both ends of a numeric range month first, the year written once at the end
    (NEWS, "Voting runs 5/1-5/7/2020.", [("5/1-5/7/2020", "2020-05-01/2020-05-07")]),
    # a day and a month are two times, not a range ("moved from Friday to December")
    (NEWS, "The vote was moved from Friday to December.",
     [("Friday", "2017-01-20"), ("December", "2016-12")]),
    (NEWS, "Friday to 2018", [("Friday", "2017-01-20"), ("2018", "2018")]),
    (NEWS, "The shop is open from Monday to Friday.", [("Monday to Friday", "2017-01-23/2017-01-27")]),
    # a part of day between a weekday and a clock time keeps them one time
    ("2019-08-05", "The event starts on Sunday late evening at 10:00",
     [("Sunday late evening at 10:00", "2019-08-11T22:00")]),
    ("2019-08-05", "The event starts on Sunday early morning at 8:00",
     [("Sunday early morning at 8:00", "2019-08-11T08:00")]),
    # a comma or "shortly/just" between a weekday and a clock time: still the weekday's clock
    (NEWS, "It started Sunday, at about 10 p.m.", [("Sunday, at about 10 p.m.", "2017-01-22T22:00")]),
    (NEWS, "It exploded Sunday shortly after 10 p.m.",
     [("Sunday shortly after 10 p.m.", "2017-01-22T22:00")]),
    (NEWS, "On Friday, after 10 p.m., the police came.", [("Friday, after 10 p.m.", "2017-01-20T22:00")]),
    # "around N" after a part of day, where nothing follows, is its hour; before a noun, a count
    (NEWS, "They met Sunday afternoon around 3.", [("Sunday afternoon around 3", "2017-01-22T15:00")]),
    (NEWS, "Friday evening about 12 men were arrested.", [("Friday evening", "2017-01-20TEV")]),
    # digits and a half: one amount ("2 and a half hours" was "a half hours")
    (NEWS, "The strike lasted 3 and a half years.", [("3 and a half years", "P42M")]),
    (NEWS, "He scored 2 and a half points.", []),
    # the nth weekday after (before) a date is counted from that date's day
    (NEWS, "Elections fall on the first Tuesday after the first Monday in November.",
     [("the first Tuesday after the first Monday in November", "2016-11-08")]),
    (NEWS, "The ceremony was held the second Sunday before Christmas 2016.",
     [("the second Sunday before Christmas 2016", "2016-12-11")]),
    ("2016-12-20", "The party is on Christmas eve at 6 p.m.",
     [("Christmas eve at 6 p.m.", "2016-12-24T18:00")]),
])
def test_news_forms(reference, text, expected):
    assert values(text, "en", reference) == expected


@pytest.mark.parametrize("text", [
    "Article 4a of the treaty was cited.",  # one letter after a bare number: no am/pm
    "The index closed at 1045 points.",  # a number after "at" is a clock only when nothing follows
    "The men appeared in the store at 469 Vermont St.",
])
def test_not_clock_times(text):
    assert values(text, "en", NEWS) == []


@pytest.mark.parametrize(("text", "expected"), [
    # looking ahead, a range may start far off: a weekday ending it is the one after its start
    ("from Jan. 3 through Sunday", [("Jan. 3 through Sunday", "2014-01-03/2014-01-05")]),
    ("Sunday late evening at 10:00", [("Sunday late evening at 10:00", "2013-02-17T22:00")]),
    ("Jamat-ul-Vida 2018", [("Jamat-ul-Vida 2018", "2018-06-08")]),
    ("rakhi 2018", [("rakhi 2018", "2018-08-26")]),
    # an assistant's "upcoming N units" is the Nth unit ahead; with an article, a duration
    ("upcoming two weeks", [("upcoming two weeks", "2013-W09")]),
    ("2 upcoming quarters", [("2 upcoming quarters", "2013-Q3")]),
    ("plans for the upcoming two weeks", [("the upcoming two weeks", "P2W")]),
    ("tomorrow at 150ish", [("tomorrow at 150ish", "2013-02-13T01:50")]),
    ("in 2 and a half hours", [("2 and a half hours", "2013-02-12T07:00")]),
    ("4a", []),
    ("Thursday from 9a to 11a", [("Thursday from 9a to 11a", "2013-02-14T09:00/2013-02-14T11:00")]),
    ("at 650.650.6500", []),  # a phone number
    # the "h" notation counts 24 hours; a weekday with a date: the nearest year it falls so
    ("3h18", [("3h18", "2013-02-13T03:18")]),
    ("Sunday, Feb 10", [("Sunday, Feb 10", "2013-02-10")]),
    # looking ahead, a feast or date that is today is today's; a weekday is next week's; with a
    # clock already past, next year's
    ("mardi gras", [("mardi gras", "2013-02-12")]),
    ("tuesday", [("tuesday", "2013-02-19")]),
    ("Feb 12 at 3am", [("Feb 12 at 3am", "2014-02-12T03:00")]),
    ("Feb 12 at 3pm", [("Feb 12 at 3pm", "2013-02-12T15:00")]),
    ("4:23am", [("4:23am", "2013-02-12T04:23")]),  # in the reference's hour (04:30): not past yet
    ("at 3:18am", [("3:18am", "2013-02-13T03:18")]),
    ("Fri, Jul 18", [("Fri, Jul 18", "2014-07-18")]),
])
def test_assistant_forms(text, expected):
    assert values(text, "en", **ASSISTANT) == expected


@pytest.mark.parametrize(("spec", "year", "day"), [
    # King's Day: April 27; only a Sunday moves, to the Saturday before
    ("notsunday:04:27", 2019, "2019-04-27"),  # a Saturday: kept
    ("notsunday:04:27", 2014, "2014-04-26"),  # a Sunday: the Saturday before
    ("notsunday:04:27", 2020, "2020-04-27"),  # a Monday
    # Boss's Day: October 16, a Saturday to the Friday before, a Sunday to the Monday after
    ("weekday:10:16", 2021, "2021-10-15"),
    ("weekday:10:16", 2022, "2022-10-17"),
    ("weekday:10:16", 2020, "2020-10-16"),
    # Jumu'atul-Wida: the last Friday of Ramadan
    ("hijri_last_weekday:09:5", 2018, "2018-06-08"),
    ("hijri_last_weekday:09:5", 2024, "2024-04-05"),
    # Rabindra Jayanti: 25 Boishakh, the month begun the day after the Sun's entry into Aries
    ("bengali:01:25", 2018, "2018-05-09"),
    ("bengali:01:25", 2019, "2019-05-09"),
])
def test_feasts_moved_by_a_weekday_rule(spec, year, day):
    assert str(feast(spec, year).start.date()) == day
