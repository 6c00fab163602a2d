"""Twelve o'clock of an evening or a night is its midnight: "this evening at 12", "Friday night
at 12", «الساعة 12 من مساء الجمعة» end that day, valued its T24:00 as "midnight tonight" is
(wiretime/timex/fields.py sets day_end, resolve.py ends the named day), and minutes past that
twelve are past that midnight, on the next day ("Friday night at 12:15": Saturday's 00:15).
An am or pm does not undo the evening: "tonight at 12 pm" contradicts itself, and its later
reading, midnight, is the one meant. Twelve of a morning or an afternoon keeps its reading;
with no day named, the hour 0."""

from __future__ import annotations

import pytest

from tests.timex_read import values

TUE = "2013-02-12"  # a Tuesday

CASES = [
    ("en", "The curfew starts this evening at 12.", [("this evening at 12", "2013-02-12T24:00")]),
    ("en", "Bars must close at 12 tonight.", [("12 tonight", "2013-02-12T24:00")]),
    ("en", "The ban ends Friday night at 12.", [("Friday night at 12", "2013-02-15T24:00")]),
    ("ar", "ويبدأ حظر التجول الساعة 12 من مساء الجمعة.", [("الساعة 12 من مساء الجمعة", "2013-02-15T24:00")]),
    ("ar", "وتنتهي المهلة الساعة الثانية عشرة من ليل الخميس.",
     [("الساعة الثانية عشرة من ليل الخميس", "2013-02-14T24:00")]),
    # minutes past an evening's twelve are on the next day (a past Saturday: the 9th, so the 10th)
    ("en", "Police said the shooting began this evening at 12:30.",
     [("this evening at 12:30", "2013-02-13T00:30")]),
    ("en", "The polls on Saturday night at 12:05 showed a tie.",
     [("Saturday night at 12:05", "2013-02-10T00:05")]),
    ("en", "The blast came at 12:40 am last night.", [("12:40 am last night", "2013-02-12T00:40")]),
    ("ar", "ويبدأ حظر التجول الساعة 12:30 من مساء الجمعة.",
     [("الساعة 12:30 من مساء الجمعة", "2013-02-16T00:30")]),
    # an am or pm with a night: the midnight ending it, not the one that began the day
    ("en", "The vote closes tonight at 12 pm.", [("tonight at 12 pm", "2013-02-12T24:00")]),
    # "at night" is a part of day as "in the night": twelve at night is a midnight, ten is 22:00
    ("en", "Shops will shut 12 at night on Friday.", [("12 at night on Friday", "2013-02-15T24:00")]),
    ("en", "The trains stop 10 at night.", [("10 at night", "2013-02-12T22:00")]),
    # not a midnight: twelve of the morning or afternoon is noon, as before
    ("en", "The parade begins this afternoon at 12.", [("this afternoon at 12", "2013-02-12T12:00")]),
    ("en", "The parade begins this afternoon at 12:30.", [("this afternoon at 12:30", "2013-02-12T12:30")]),
    # no day named: the hour 0, as a bare midnight
    ("ar", "وقع الانفجار الساعة 12 ليلا.", [("الساعة 12 ليلا", "2013-02-12T00:00")]),
    ("en", "The blast was heard 12 at night.", [("12 at night", "2013-02-12T00:00")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_twelve_of_an_evening_is_its_midnight(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, lang, TUE) == expected


def test_a_morning_names_todays_morning_even_when_past() -> None:
    """"this morning at 3" at 04:30 is today's 03:00 whatever `prefer` asks (Duckling's corpus
    gives tomorrow's; "this morning" names today's)."""
    assert values("this morning at 3", "en", "2013-02-12T04:30", prefer="future") == [
        ("this morning at 3", "2013-02-12T03:00")]
