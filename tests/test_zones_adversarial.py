"""The adversarial wire-style zone set (tests/zones_adversarial_cases.py and its later batches,
zones_adversarial_b2_cases.py to _b8_) meets the issue's goals
through the public API, scored as the evaluation kit scores them: a gold clock time is matched
by an overlapping predicted mention; its utc must be the same instant (none where the gold has
none) and its tz_source the same value. Non-times must not come out as clock times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from importlib import resources
from zoneinfo import ZoneInfo

import pytest

from tests import (
    zones_adversarial_b2_cases,
    zones_adversarial_b3_cases,
    zones_adversarial_b4_cases,
    zones_adversarial_b5_cases,
    zones_adversarial_b6_cases,
    zones_adversarial_b7_cases,
    zones_adversarial_b8_cases,
    zones_adversarial_cases,
)
from tests.zones_read import read

BATCHES = (zones_adversarial_cases, zones_adversarial_b2_cases, zones_adversarial_b3_cases,
           zones_adversarial_b4_cases, zones_adversarial_b5_cases, zones_adversarial_b6_cases,
           zones_adversarial_b7_cases, zones_adversarial_b8_cases)
CASES = [case for batch in BATCHES for case in batch.CASES]


def _instant(value: str | None) -> datetime | None:
    """An instant; a range's (START/END) is its start's, as the kit splits one-mention ranges."""
    if not value:
        return None
    return datetime.fromisoformat(value.split("/")[0].replace("Z", "+00:00")).astimezone(UTC)


def _tzdata_zone(name: str):
    """The zone as the tzdata package ships it, read without wiretime (the expectations' source)."""
    if name == "UTC":
        return UTC
    if name[0] in "+-":
        sign = -1 if name[0] == "-" else 1
        return timezone(sign * timedelta(hours=int(name[1:3]), minutes=int(name[4:6])))
    with resources.files("tzdata.zoneinfo").joinpath(*name.split("/")).open("rb") as f:
        return ZoneInfo.from_file(f, key=name)


def _predict(lang: str, reference: str, tz: str | None, text: str):
    return read(text, lang, reference, tz=tz)


def _score(cases=CASES):
    """Counts (utc right, tz_source right, local right, total) per language, and the misses."""
    counts = {lang: [0, 0, 0, 0] for lang in ("ar", "en")}
    misses = []
    for case_id, lang, reference, tz, text, expected, _ in cases:
        predicted = _predict(lang, reference, tz, text)
        for span, local, _tz, utc, source in expected:
            start = text.index(span)
            end = start + len(span)
            match = next((m for m in predicted if m.start < end and start < m.end), None)
            right = (match is not None and _instant(match.utc) == _instant(utc),
                     match is not None and match.tz_source == source,
                     match is not None and (match.local or "")[:16] == local)
            for k, ok in enumerate(right):
                counts[lang][k] += ok
            counts[lang][3] += 1
            if not all(right):
                misses.append((case_id, span, match and (match.local, match.utc, match.tz_source)))
    return counts, misses


def test_adversarial_set_meets_the_goals():
    counts, misses = _score()
    utc_ok, source_ok, _, total = (sum(c[k] for c in counts.values()) for k in range(4))
    assert utc_ok / total >= 0.97, misses
    assert source_ok / total >= 0.95, misses


@pytest.mark.parametrize("case", [c for c in CASES if c[6]], ids=lambda c: c[0])
def test_non_times_carry_no_clock_time(case):
    _, lang, reference, tz, text, _, non_times = case
    predicted = [m for m in _predict(lang, reference, tz, text) if m.local]
    for span in non_times:
        start = text.index(span)
        assert not [m for m in predicted if m.start < start + len(span) and start < m.end], span


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0])
def test_expectations_follow_tzdata(case):
    """Each expected utc is the local wall time read in the expected zone with tzdata's rules."""
    _, _, _, _, text, expected, non_times = case
    for span, local, tz, utc, source in expected:
        assert span in text and all(s in text for s in non_times)
        assert (tz is None) == (utc is None) == (source == "none")
        if tz is not None:
            wall = datetime.fromisoformat(local).replace(tzinfo=_tzdata_zone(tz))
            assert wall.astimezone(UTC) == _instant(utc), (span, local, tz, utc)


# The rules the set above asked for, each on sentences of its own.
# (lang, reference, text, the clock time's utc)
RULE_CASES = [
    # a day named after the zone phrase or the gloss is the clock time's (and the gloss's)
    ("en", "2024-05-21", "The vote closes at 6 p.m. Kabul time on Thursday.", "2024-05-23T13:30Z"),
    ("en", "2024-03-19", "The talks will open at 10 a.m. local time (0700 GMT) on Friday in Ankara.", "2024-03-22T07:00Z"),
    ("en", "2024-05-14", "The launch is set for 1:30 a.m. local time (2230 GMT) on Thursday.", "2024-05-15T22:30Z"),
    ("ar", "2024-03-19", "تبدأ القمة الساعة العاشرة صباحا (07:00 ت غ) يوم الجمعة.", "2024-03-22T07:00Z"),
    ("ar", "2024-03-19", "تنطلق المسيرة الساعة التاسعة صباحا بتوقيت القدس غدا.", "2024-03-20T07:00Z"),
    ("en", "2024-03-19", "The meeting ended at 10 a.m. GMT and on Friday the talks resume.", "2024-03-19T10:00Z"),
    # "عند" joins a day before the clock time
    ("ar", "2024-03-19", "ويصل الوفد غدا عند الساعة الثامنة مساء بتوقيت الرياض.", "2024-03-20T17:00Z"),
    # abbreviations and names of zones
    ("en", "2024-01-10", "Grain futures closed at 1:20 p.m. CT.", "2024-01-10T19:20Z"),
    ("en", "2024-01-10", "Parliament sits at 9 a.m. NZDT.", "2024-01-09T20:00Z"),
    ("en", "2024-01-10", "The count resumes at 10 a.m. NPT.", "2024-01-10T04:15Z"),
    ("en", "2024-01-10", "Gates open at 7 p.m. ACDT.", "2024-01-10T08:30Z"),
    ("en", "2024-07-10", "Trading halts at 4 p.m. Pacific Daylight Time.", "2024-07-10T23:00Z"),
    ("en", "2024-07-10", "The webcast starts at 11 a.m. Pacific.", "2024-07-10T18:00Z"),
    ("en", "2024-01-10", "Results are due at 6 p.m. Eastern.", "2024-01-10T23:00Z"),
    # an offset in brackets after the clock time, and a space after the sign
    ("en", "2024-01-10", "The count starts at 9 a.m. (UTC+05:45) in all districts.", "2024-01-10T03:15Z"),
    ("en", "2024-01-10", "Trading resumes at 10:00 (GMT -3).", "2024-01-10T13:00Z"),
    ("ar", "2024-01-10", "وتبدأ الجلسة الساعة العاشرة صباحا (غرينتش+4).", "2024-01-10T06:00Z"),
    ("ar", "2024-01-10", "وتبدأ الجلسة الساعة 18:00 بتوقيت غرينتش - 3.", "2024-01-10T21:00Z"),
    ("en", "2024-01-10", "Bids close at 5 p.m. Arabian Standard Time.", "2024-01-10T14:00Z"),
    ("en", "2024-01-10", "The strike began at 0600 Moscow time.", "2024-01-10T03:00Z"),
    ("en", "2024-01-10", "Shops reopen at 0900 local, officials said, in Lahore.", "2024-01-10T04:00Z"),
    ("ar", "2024-07-10", "ويبدأ الخطاب الساعة الثامنة مساء بالتوقيت الشرقي للولايات المتحدة.", "2024-07-11T00:00Z"),
    ("ar", "2024-07-10", "ويبدأ الحفل الساعة التاسعة صباحا (السادسة بتوقيت غرينتش).", "2024-07-10T06:00Z"),
    # a bare four-digit start of a range whose end states the zone
    ("en", "2024-01-10", "A curfew will run from 1800 to 0600 GMT.", "2024-01-10T18:00Z"),
    ("en", "2024-01-10", "Traffic will stop between 2200 and 0400 GMT.", "2024-01-10T22:00Z"),
    # English datelines without brackets around the agency
    ("en", "2024-01-10", "JEDDAH, Jan 10, 2024, SPA -- The forum opens at 9 a.m.", "2024-01-10T06:00Z"),
    ("en", "2024-01-10", "ASTANA, January 10. /TASS/. The talks start at 11:00.", "2024-01-10T05:00Z"),
    ("en", "2024-01-10", "Aleppo, SANA - The road reopened at 2 p.m.", "2024-01-10T11:00Z"),
    # compound Arabic city names written in one word or two
    ("ar", "2024-07-10", "كوالا لمبور (رويترز) - افتتحت البورصة الساعة التاسعة صباحا.", "2024-07-10T01:00Z"),
    ("ar", "2024-01-10", "نيو يورك (أ ف ب) - يصوت مجلس الأمن الساعة العاشرة صباحا.", "2024-01-10T15:00Z"),
    # an agency after a slash ends an Arabic dateline
    ("ar", "2024-03-22", "أنقرة/ الأناضول أعلن البرلمان أن الجلسة تبدأ الساعة 14:00.", "2024-03-22T11:00Z"),
]


@pytest.mark.parametrize(("lang", "reference", "text", "utc"), RULE_CASES)
def test_rules_behind_the_set(lang, reference, text, utc):
    clock = [m for m in _predict(lang, reference, None, text) if m.local]
    assert clock and _instant(clock[0].utc) == _instant(utc), [(m.text, m.local, m.utc) for m in clock]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "About 1400 local residents were evacuated on Monday."),
    ("en", "The plant employs 1400 people at a time of crisis."),
    ("ar", "وصل الرابع بعد ساعة من انطلاق السباق."),
])
def test_four_digit_numbers_and_ordinals_stay_no_clock_time(lang, text):
    assert not [m for m in _predict(lang, "2024-01-10", None, text) if m.local]


@pytest.mark.parametrize(("lang", "text", "gmt_utc", "local", "local_utc"), [
    ("en", "The deadline expires at 2200 GMT (0100 local) on Friday in Moscow.",
     "2024-03-08T22:00Z", "2024-03-09T01:00", "2024-03-08T22:00Z"),
    ("ar", "وستنتهي المهلة الساعة 2200 بتوقيت غرينتش (الواحدة فجرا بالتوقيت المحلي) يوم الجمعة في موسكو.",
     "2024-03-08T22:00Z", "2024-03-09T01:00", "2024-03-08T22:00Z"),
])
def test_a_day_after_a_gmt_first_pair_is_the_gmt_times(lang, text, gmt_utc, local, local_utc):
    """"at 2200 GMT (0100 local) on Friday": Friday's 2200 GMT, and the local time nearest it."""
    gmt, wall = [m for m in _predict(lang, "2024-03-04", None, text) if m.local][:2]
    assert (gmt.utc, wall.local[:16], wall.utc, wall.tz_source) == (gmt_utc, local, local_utc, "paired")


def test_aliases_put_bethlehem_in_the_west_bank():
    clock = [m for m in _predict("ar", "2024-12-24", None, "بيت لحم (وفا) - يبدأ القداس الساعة 11 ليلا.") if m.local]
    assert clock[0].utc == "2024-12-24T21:00Z" and clock[0].tz == "Asia/Hebron"


def test_a_gloss_takes_the_day_the_local_time_names():
    """"10 p.m. on Thursday (1300 GMT)": the gloss is Thursday's too, however far the reference."""
    local, gloss = [m for m in _predict("en", "2024-06-03", None,
                                        "SEOUL (Reuters) - The window opens at 10 p.m. on Thursday (1300 GMT).")
                    if m.local][:2]
    assert (local.utc, local.tz_source, gloss.utc) == ("2024-06-06T13:00Z", "paired", "2024-06-06T13:00Z")


def test_common_arabic_words_are_no_cities():
    clock = [m for m in _predict("ar", "2024-06-10", "Asia/Riyadh", "يتجمع الناس في ميدان التحرير الساعة الثامنة مساء.")
             if m.local]
    assert (clock[0].utc, clock[0].tz_source) == ("2024-06-10T17:00Z", "source")
