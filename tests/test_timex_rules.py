"""Every rule's examples, in every language, are tests: the tables carry their own corpus."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.timex_read import values
from wiretime import timex
from wiretime.timex.lang import SUPPORTED, load

CASES = [(code, rule.name, example)
         for code in SUPPORTED for rule in load(code).rules for example in rule.examples]


@pytest.mark.parametrize(("lang", "rule", "example"), CASES, ids=[f"{c[0]}:{c[2][0]}" for c in CASES])
def test_rule_example(lang, rule, example):
    """(text, value) or (text, value, mention): the text holds one mention with that value,
    spanning the whole text or, when given, only `mention` (a preposition left out)."""
    text, value, *mention = example
    reference = load(lang).example_reference
    assert values(text, lang, reference) == [(mention[0] if mention else text, value)], rule


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ar", "وقال المسؤول الثلاثاء إن المحادثات ستستمر", [("الثلاثاء", "2017-01-24")]),
    ("ar", "قال الخميس", [("الخميس", "2017-01-19")]),
    ("ar", "سيعقد الاجتماع الخميس", [("الخميس", "2017-01-26")]),
    ("en", "He said on Friday that", [("Friday", "2017-01-20")]),
    ("en", "They will meet on Friday", [("Friday", "2017-01-27")]),
    ("ar", "في نهاية اليوم", [("نهاية اليوم", "2017-01-24")]),
    ("ar", "بلغ عدد القتلى 2017 شخصا و15 جريحا", []),
])
def test_tense_and_spans(lang, text, expected):
    assert values(text, lang, "2017-01-24") == expected


def test_offsets_survive_diacritics_and_tatweel():
    text = "وصل الوفد يومَ الخميـــس الماضي"
    [m] = timex.tag(text, "ar", "2017-01-24")
    assert text[m.start:m.end] == m.text and m.text.startswith("يومَ الخميـــس")


def test_bad_prefer_is_a_clear_error():
    with pytest.raises(ValueError, match="prefer"):
        timex.tag("today", "en", "2017-01-24", prefer="sideways")


def test_reference_may_be_a_date_or_datetime():
    """The API takes the reference as an ISO string or as the date/datetime a caller holds."""
    text = "He left yesterday at 3 p.m."
    as_text = [m.value for m in timex.tag(text, "en", "2017-01-24T10:00")]
    assert as_text == ["2017-01-23T15:00"]
    assert [m.value for m in timex.tag(text, "en", datetime(2017, 1, 24, 10))] == as_text
    assert [m.value for m in timex.tag("قال الخميس", "ar", date(2017, 1, 24))] == ["2017-01-19"]
