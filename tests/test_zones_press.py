"""The press batch of zone cases (tests/zones_press_cases.py and its second and third parts,
zones_press2_cases.py and zones_press3_cases.py, whose docstrings have their own figures),
scored like the adversarial set.

Written before running wiretime on it: 55 cases, 63 clock times (43 Arabic, 20 English). Before
the fixes, 57 of 63 had the expected utc (ar 40/43, en 17/20), 62 the expected tz_source, 62
the expected local time. The disagreements, and what was made of them:
  * our gaps (fixed with general rules, tested below): a namesake read as the best-known
    place whatever the story (طرابلس/Tripoli as Libya's in a Beirut story, three clock
    times), an Arabic dateline with its country in brackets ("طرابلس (لبنان) (رويترز) -"), and
    an abbreviation several zones go by read as the zone table's ("IST" as India's in a
    Jerusalem and a Dublin story);
  * not the zones stage's: "إن هدنة ... تبدأ عند الساعة السادسة صباح الثلاثاء" on a Monday was
    read as the past Tuesday (the zone of that local time was right); timex-ar made the
    imperfect of a scheduled event a future cue (tests/test_timex_ar_reported_plan.py).
After the fixes: 62 of 63 utc, 63 tz_source, 62 local; the second part 22 of 22 (it was 18);
with the timex fix, 63 of 63. The third part's one miss, "was due to take effect ... on
Saturday" read as the past Saturday, went with a tense cue (tests/test_timex_en_plan_in_past.py).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests import zones_press2_cases, zones_press3_cases, zones_press_cases
from tests.test_zones_adversarial import _instant, _predict, _score, _tzdata_zone

CASES = zones_press_cases.CASES + zones_press2_cases.CASES + zones_press3_cases.CASES

def test_press_batch_meets_the_goals():
    counts, misses = _score(CASES)
    utc_ok, source_ok, _, total = (sum(c[k] for c in counts.values()) for k in range(4))
    assert utc_ok / total >= 0.97, misses
    assert source_ok / total >= 0.95, misses


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0])
def test_press_case(case):
    _case_id, lang, reference, tz, text, expected, non_times = case
    predicted = _predict(lang, reference, tz, text)
    for span, local, _zone, utc, source in expected:
        start = text.index(span)
        match = next(m for m in predicted if m.start < start + len(span) and start < m.end)
        assert match.tz_source == source, (span, match)
        assert (match.local[:16], _instant(match.utc)) == (local, _instant(utc)), (span, match)
    clock = [m for m in predicted if m.local]
    for span in non_times:
        start = text.index(span)
        assert not [m for m in clock if m.start < start + len(span) and start < m.end], span


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0])
def test_press_expectations_follow_tzdata(case):
    for span, local, zone, utc, source in case[5]:
        assert (zone is None) == (utc is None) == (source == "none")
        if zone is not None:
            wall = datetime.fromisoformat(local).replace(tzinfo=_tzdata_zone(zone))
            assert wall.astimezone(UTC) == _instant(utc), (span, local, zone, utc)


# The rules the batch asked for, each on sentences of its own: (lang, reference, text, utc, tz).
RULE_CASES = [
    # a namesake is the one in a country the sentence names, else the dateline's, else the best known
    ("ar", "2024-07-13", "القاهرة (رويترز) - اندلعت اشتباكات في طرابلس شمال لبنان الساعة العاشرة مساء.",
     "2024-07-13T19:00Z", "Asia/Beirut"),
    ("en", "2024-07-13", "BEIRUT (Reuters) - Gunfire was heard in Tripoli, Libya, at 10 p.m.",
     "2024-07-13T20:00Z", "Africa/Tripoli"),
    ("en", "2024-07-13", "BEIRUT (Reuters) - Gunfire was heard in Tripoli at 10 p.m.", "2024-07-13T19:00Z", "Asia/Beirut"),
    ("en", "2024-07-13", "Gunfire was heard in Tripoli at 10 p.m.", "2024-07-13T20:00Z", "Africa/Tripoli"),
    # ... or by an adjective of nationality (CLDR names rewritten by the language's NATIONALITY rules)
    ("ar", "2024-07-13", "بيروت (رويترز) - اشتباكات في العاصمة الليبية طرابلس الساعة العاشرة مساء.",
     "2024-07-13T20:00Z", "Africa/Tripoli"),
    ("ar", "2024-07-13", "اندلعت اشتباكات في طرابلس اللبنانية الساعة العاشرة مساء.", "2024-07-13T19:00Z",
     "Asia/Beirut"),
    ("en", "2024-07-13", "Clashes erupted in the Lebanese port city of Tripoli at 10 p.m.", "2024-07-13T19:00Z",
     "Asia/Beirut"),
    # an Arabic dateline with its country in brackets before the agency
    ("ar", "2024-07-13", "طرابلس (لبنان) (رويترز) - بدأ الإضراب الساعة الثامنة صباحا.", "2024-07-13T05:00Z",
     "Asia/Beirut"),
    # an abbreviation the place's zone goes by that day (tzdata) is the place's
    ("en", "2024-01-15", "JERUSALEM (Reuters) - The vote is expected at 11 p.m. IST.", "2024-01-15T21:00Z",
     "Asia/Jerusalem"),
    ("en", "2024-07-13", "BEIJING (Reuters) - The ministry will brief reporters at 3 p.m. CST.", "2024-07-13T07:00Z",
     "Asia/Shanghai"),
    ("en", "2024-01-13", "The vote is expected at 11 p.m. IST.", "2024-01-13T17:30Z", "+05:30"),
    ("en", "2024-01-13", "CHICAGO (Reuters) - Trading opens at 8:30 a.m. CST.", "2024-01-13T14:30Z", "America/Chicago"),
]


@pytest.mark.parametrize(("lang", "reference", "text", "utc", "tz"), RULE_CASES)
def test_rules_behind_the_batch(lang, reference, text, utc, tz):
    clock = [m for m in _predict(lang, reference, None, text) if m.local]
    assert clock and (_instant(clock[0].utc), clock[0].tz) == (_instant(utc), tz), clock


def test_a_day_after_a_stated_times_gloss_is_both_times():
    """"9 a.m. Tehran time (0530 GMT) on Thursday": Thursday's 9 a.m. and Thursday's 0530 GMT."""
    text = "Iran will hold the funeral at 9 a.m. Tehran time (0530 GMT) on Thursday."
    tehran, gmt = [m for m in _predict("en", "2024-05-21", None, text) if m.local][:2]
    assert (tehran.utc, gmt.utc) == ("2024-05-23T05:30Z", "2024-05-23T05:30Z")
