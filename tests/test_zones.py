"""Zone provenance of clock times: explicit, paired, place, source, none (table-driven)."""

from __future__ import annotations

import pytest

from tests.zones_read import read
from wiretime import timex, zones

SEED = "أن تنتهي جولة المباحثات نحو الساعة الثانية بعد الظهر (0800 بتوقيت غرينتش)، على أن"


def tagged(text: str, lang: str, reference: str, *, tz: str | None = None, place: str | None = None):
    return [m for m in read(text, lang, reference, tz=tz, place=place) if m.local]


def test_seed_paired_and_consistent_2017():
    local, gmt = tagged(SEED, "ar", "2017-01-24", tz="Asia/Almaty", place="Astana")
    assert (local.local, local.tz, local.utc, local.tz_source) == ("2017-01-24T14:00", "Asia/Almaty",
                                                                 "2017-01-24T08:00Z", "paired")
    assert local.paired_with == 1 and local.conflict is None
    assert (gmt.utc, gmt.tz, gmt.tz_source) == ("2017-01-24T08:00Z", "UTC", "explicit")


def test_seed_dated_2025_keeps_the_gloss_and_flags_kazakhstan_at_plus_five():
    local, _ = tagged(SEED, "ar", "2025-01-24", tz="Asia/Almaty", place="Astana")
    assert (local.utc, local.tz, local.tz_source) == ("2025-01-24T08:00Z", "+06:00", "paired")
    assert "Asia/Almaty (+05:00) gives 2025-01-24T09:00Z" in local.conflict
    assert "2025-01-24T08:00Z" in local.conflict.split(";")[1]


# (lang, reference, text, zone, utc) - the zone the text states
EXPLICIT = [
    ("ar", "2017-01-24", "الساعة 0800 بتوقيت غرينتش", "UTC", "2017-01-24T08:00Z"),
    ("ar", "2017-01-24", "الساعة 0800 بتوقيت غرينيتش", "UTC", "2017-01-24T08:00Z"),
    ("ar", "2017-01-24", "الساعة 0800 بتوقيت جرينتش", "UTC", "2017-01-24T08:00Z"),
    ("ar", "2017-01-24", "عند 0800 ت.غ", "UTC", "2017-01-24T08:00Z"),
    ("ar", "2017-01-24", "عند 0800 ت غ", "UTC", "2017-01-24T08:00Z"),
    ("ar", "2017-01-24", "الساعة 10:00 بتوقيت غرينتش+3", "+03:00", "2017-01-24T07:00Z"),
    ("ar", "2024-05-02", "الساعة السادسة مساء بتوقيت مكة المكرمة", "Asia/Riyadh", "2024-05-02T15:00Z"),
    ("ar", "2023-11-20", "الساعة السابعة صباحا بتوقيت القدس", "Asia/Jerusalem", "2023-11-20T05:00Z"),
    ("ar", "2021-01-20", "الساعة السابعة صباحا بتوقيت دمشق", "Asia/Damascus", "2021-01-20T05:00Z"),
    ("ar", "2023-01-20", "الساعة السابعة صباحا بتوقيت دمشق", "Asia/Damascus", "2023-01-20T04:00Z"),
    ("ar", "2022-08-01", "الساعة الثامنة مساء بتوقيت بيروت", "Asia/Beirut", "2022-08-01T17:00Z"),
    ("ar", "2022-08-01", "الساعة 1400 بتوقيت بيروت", "Asia/Beirut", "2022-08-01T11:00Z"),
    ("ar", "2024-01-24", "الساعة 18:00 وفق توقيت غرينتش", "UTC", "2024-01-24T18:00Z"),
    ("ar", "2024-01-24", "الساعة 18:00 وفقا لتوقيت غرينتش+2", "+02:00", "2024-01-24T16:00Z"),
    ("ar", "2024-01-24", "الساعة الثامنة مساء بحسب توقيت دمشق", "Asia/Damascus", "2024-01-24T17:00Z"),
    ("en", "2017-01-24", "at 1100 GMT", "UTC", "2017-01-24T11:00Z"),
    ("en", "2017-01-24", "at 11:00 UTC", "UTC", "2017-01-24T11:00Z"),
    ("en", "2017-01-24", "at 1100Z", "UTC", "2017-01-24T11:00Z"),
    ("en", "2017-01-24", "at 3 p.m. GMT+3", "+03:00", "2017-01-24T12:00Z"),
    ("en", "2017-01-24", "at 10 a.m. UTC-5", "-05:00", "2017-01-24T15:00Z"),
    ("en", "2024-07-04", "at 9 a.m. Eastern Time", "America/New_York", "2024-07-04T13:00Z"),
    ("en", "2024-01-04", "at 9 a.m. Eastern Time", "America/New_York", "2024-01-04T14:00Z"),
    ("en", "2024-01-04", "at 9 a.m. EST", "-05:00", "2024-01-04T14:00Z"),
    ("en", "2024-07-04", "at 9 a.m. EDT", "-04:00", "2024-07-04T13:00Z"),
    ("en", "2024-02-01", "at 4 p.m. CET", "+01:00", "2024-02-01T15:00Z"),
    ("en", "2024-08-10", "at 3 a.m. Moscow time", "Europe/Moscow", "2024-08-10T00:00Z"),
    ("en", "2024-01-24", "The vote starts at 08:00 (GMT) on Monday.", "UTC", "2024-01-29T08:00Z"),
    ("ar", "2024-01-24", "وقع الانفجار في الساعة 08:00 صباحا (بتوقيت غرينتش)", "UTC", "2024-01-24T08:00Z"),
]


@pytest.mark.parametrize(("lang", "reference", "text", "zone", "utc"), EXPLICIT, ids=[c[2] for c in EXPLICIT])
def test_explicit(lang, reference, text, zone, utc):
    [m] = tagged(text, lang, reference, tz="Asia/Tokyo")  # a source zone must not win
    assert (m.tz, m.utc, m.tz_source) == (zone, utc, "explicit")


@pytest.mark.parametrize(("lang", "text", "utcs"), [
    ("en", "The curfew runs from 10 p.m. to 5 a.m. GMT", {"2024-01-24T22:00Z/2024-01-25T05:00Z"}),
    ("ar", "يسري حظر التجول من الساعة العاشرة مساء حتى الساعة الخامسة صباحا بتوقيت غرينتش",
     {"2024-01-24T22:00Z/2024-01-25T05:00Z"}),
])
def test_a_zone_after_a_range_is_both_ends(lang, text, utcs):
    """Split or one mention, both ends of the range are in the stated zone; a one-mention
    range says START/END in UTC (the end past midnight is the next day)."""
    found = tagged(text, lang, "2024-01-24")
    assert {m.to_contract()["utc"] for m in found} == utcs
    assert {m.tz_source for m in found} == {"explicit"}


@pytest.mark.parametrize(("text", "span"), [
    ("تنطلق المباراة الساعة التاسعة مساء بتوقيت دمشق غدا", "الساعة التاسعة مساء بتوقيت دمشق"),
    ("يستقبل ضيوفه الساعة الحادية عشرة صباحا بتوقيت الإمارات.", "الساعة الحادية عشرة صباحا بتوقيت الإمارات"),
])
def test_a_place_named_zone_joins_the_span(text, span):
    m = tagged(text, "ar", "2024-07-08")[0]
    assert m.text == span and text[m.start:m.end] == m.text


# (lang, reference, text, local utc, gloss utc, local tz)
PAIRED = [
    ("ar", "2024-02-15", "في الساعة الرابعة عصرا (1300 ت.غ)", "2024-02-15T13:00Z", "2024-02-15T13:00Z", "+03:00"),
    ("ar", "2024-04-02", "عند الساعة العاشرة صباحا، أي الساعة 0700 ت غ", "2024-04-02T07:00Z", "2024-04-02T07:00Z", "+03:00"),
    ("en", "2017-01-24", "at 2 p.m. (1100 GMT)", "2017-01-24T11:00Z", "2017-01-24T11:00Z", "+03:00"),
    ("en", "2017-01-24", "at 2:30 p.m. local time (0900 GMT)", "2017-01-24T09:00Z", "2017-01-24T09:00Z", "+05:30"),
    # day rollovers: the gloss is on the other side of midnight
    ("en", "2024-05-14", "at 1 a.m. (2200 GMT)", "2024-05-13T22:00Z", "2024-05-13T22:00Z", "+03:00"),
    ("en", "2024-05-14", "at 1:30 a.m. on Thursday (2230 GMT on Wednesday)", "2024-05-15T22:30Z",
     "2024-05-15T22:30Z", "+03:00"),
    ("ar", "2023-02-06", "عند الساعة 1:20 صباحا بالتوقيت المحلي (2220 بتوقيت غرينتش)", "2023-02-05T22:20Z",
     "2023-02-05T22:20Z", "+03:00"),
    ("en", "2024-05-14", "at 11 p.m. (0500 GMT)", "2024-05-15T05:00Z", "2024-05-15T05:00Z", "-06:00"),
    # only the gloss names the day: the local time moves onto it, not the gloss onto today
    ("en", "2000-04-05", "He will leave at 4 in the morning (4 a.m. EDT Thursday).", "2000-04-06T08:00Z",
     "2000-04-06T08:00Z", "-04:00"),
    ("en", "2024-02-13", "The leaders will meet at 4 p.m. (1300 GMT Thursday).", "2024-02-15T13:00Z",
     "2024-02-15T13:00Z", "+03:00"),
    ("ar", "2024-02-13", "سيصل الوفد في الساعة الرابعة عصرا (1300 ت.غ يوم الخميس)", "2024-02-15T13:00Z",
     "2024-02-15T13:00Z", "+03:00"),
    # published at 10:00, future tense: a military "0800" gloss is still 08:00, not 20:00
    ("ar", "2017-12-03T10:00:00", "ومن المتوقع أن يبدأ الاجتماع الساعة الثانية مساء (0800 بتوقيت غرينتش).",
     "2017-12-03T08:00Z", "2017-12-03T08:00Z", "+06:00"),
    ("en", "2017-12-03T10:00:00", "The meeting will start at 2 p.m. (0800 GMT).", "2017-12-03T08:00Z",
     "2017-12-03T08:00Z", "+06:00"),
]


@pytest.mark.parametrize(("lang", "reference", "text", "utc", "gloss_utc", "tz"), PAIRED, ids=[c[2] for c in PAIRED])
def test_paired(lang, reference, text, utc, gloss_utc, tz):
    local, gloss = tagged(text, lang, reference)
    assert (local.utc, local.tz, local.tz_source, local.paired_with) == (utc, tz, "paired", 1)
    assert (gloss.utc, gloss.tz_source) == (gloss_utc, "explicit")
    assert gloss.local[:10] == gloss_utc[:10]


def test_paired_consistent_with_the_place_takes_its_zone_else_flags_both_readings():
    text = "CAIRO (Reuters) - The talks begin at 11 a.m. (0800 GMT)."
    [local, _] = tagged(text, "en", "2023-07-20")
    assert (local.tz, local.conflict) == ("Africa/Cairo", None)
    [local, _] = tagged(text, "en", "2022-07-20")  # no DST in Egypt in 2022: +02:00
    assert (local.utc, local.tz, local.tz_source) == ("2022-07-20T08:00Z", "+03:00", "paired")
    assert "Africa/Cairo (+02:00) gives 2022-07-20T09:00Z" in local.conflict


# (lang, reference, tz, text, utc, tz_source) - the place the time happens in
PLACE = [
    ("ar", "2024-03-05", None, "أستانة (رويترز) - ستبدأ المحادثات الساعة العاشرة صباحا", "2024-03-05T05:00Z", "place"),
    ("ar", "2023-03-05", None, "أستانة (رويترز) - ستبدأ المحادثات الساعة العاشرة صباحا", "2023-03-05T04:00Z", "place"),
    ("ar", "2023-01-10", None, "دمشق-سانا انفجرت عبوة الساعة 8:15 صباحا", "2023-01-10T05:15Z", "place"),
    ("ar", "2021-12-05", None, "دمشق (سانا) - تبدأ الامتحانات الساعة التاسعة صباحا", "2021-12-05T07:00Z", "place"),
    ("ar", "2023-01-15", None, "عمان (بترا) - تبدأ الامتحانات الساعة التاسعة صباحا", "2023-01-15T06:00Z", "place"),
    ("ar", "2021-01-15", None, "عمان (بترا) - تبدأ الامتحانات الساعة التاسعة صباحا", "2021-01-15T07:00Z", "place"),
    ("ar", "2023-07-20", None, "القاهرة (رويترز) - يبدأ الاجتماع الساعة الحادية عشرة صباحا", "2023-07-20T08:00Z", "place"),
    ("ar", "2022-07-20", None, "القاهرة (رويترز) - يبدأ الاجتماع الساعة الحادية عشرة صباحا", "2022-07-20T09:00Z", "place"),
    ("ar", "2024-03-10", None, "أبوظبي في 10 مارس / وام / تنطلق القمة الساعة 10:30 صباحا", "2024-03-10T06:30Z", "place"),
    ("ar", "2024-01-24", None, "بغداد/ 24 يناير/ وقع الانفجار الساعة العاشرة صباحا", "2024-01-24T07:00Z", "place"),
    ("ar", "2024-01-24", None, "القدس المحتلة - قالت الشرطة إن الحادث وقع الساعة العاشرة صباحا", "2024-01-24T08:00Z", "place"),
    ("en", "2024-01-24", None, "BRUSSELS/LONDON (Reuters) - Talks resume at 9 a.m.", "2024-01-24T08:00Z", "place"),
    ("en", "2024-01-24", None, "ABU DHABI, United Arab Emirates, Jan 24 (Reuters) - Talks resume at 9 a.m.", "2024-01-24T05:00Z", "place"),
    ("en", "2024-01-24", None, "RAMALLAH, West Bank (Reuters) - Clashes began at 10 a.m.", "2024-01-24T08:00Z", "place"),
    ("en", "2024-01-24", None, "UNITED NATIONS (Reuters) - The Security Council will meet at 10 a.m.", None, "none"),
    ("en", "1998-08-10", None, "WELLINGTON, New Zealand (AP) _ The vote was held at 10 a.m.", "1998-08-09T22:00Z", "place"),
    ("en", "1998-08-10", None, "WASHINGTON _ The report was released at 8:30 a.m.", "1998-08-10T12:30Z", "place"),
    ("ar", "2024-03-20", None, "وقال إن الاجتماع سيعقد في الدوحة الساعة الخامسة مساء", "2024-03-20T14:00Z", "place"),
    ("ar", "2024-03-20", None, "وقال إن الاجتماع سيعقد بالدوحة الساعة الخامسة مساء", "2024-03-20T14:00Z", "place"),
    ("en", "2022-07-15", None, "TEHRAN (Reuters) - Parliament will convene at 9 a.m.", "2022-07-15T04:30Z", "place"),
    ("en", "2024-07-15", None, "TEHRAN (Reuters) - Parliament will convene at 9 a.m.", "2024-07-15T05:30Z", "place"),
    ("en", "2016-12-01", None, "ISTANBUL (Reuters) - The bank decides at 2 p.m.", "2016-12-01T11:00Z", "place"),
    ("en", "2015-12-01", None, "ISTANBUL (Reuters) - The bank decides at 2 p.m.", "2015-12-01T12:00Z", "place"),
    ("en", "2024-03-04", None, "ALMATY, Kazakhstan (Reuters) - Trading opens at 11:30 a.m.", "2024-03-04T06:30Z", "place"),
    ("en", "2024-01-10", None, "Officials will meet in Riyadh at 4 p.m.", "2024-01-10T13:00Z", "place"),
    ("en", "2024-01-10", None, "The talks in the Swiss city of Geneva begin at 3 p.m.", "2024-01-10T14:00Z", "place"),
    ("en", "2024-10-06", None, "Polls in Kazakhstan close at 8 p.m.", "2024-10-06T15:00Z", "place"),
    # the place in the sentence beats the dateline and the source: where the time happens
    ("ar", "2023-01-10", None, "بيروت (رويترز) - قالت وسائل إعلام سورية إن غارة استهدفت مطارا في دمشق الساعة الثانية فجرا",
     "2023-01-09T23:00Z", "place"),
    ("en", "2022-01-13", None, "DUBAI (Reuters) - Iran said talks in Vienna would resume at 10 a.m.", "2022-01-13T09:00Z", "place"),
    ("en", "2024-06-10", "America/New_York", "The summit in Brussels will open at 9 a.m.", "2024-06-10T07:00Z", "place"),
    ("ar", "2024-01-15", "Asia/Riyadh", "دبي (رويترز) - يبدأ التداول الساعة العاشرة صباحا", "2024-01-15T06:00Z", "place"),
    ("ar", "2024-01-24", None, "قال الجيش إن الطائرات قصفت دمشق الساعة الثالثة فجرا", "2024-01-24T00:00Z", "place"),
    ("ar", "2024-01-24", None, "سقطت قذائف على بغداد الساعة 11 ليلا", "2024-01-24T20:00Z", "place"),
    ("en", "2024-01-24", None, "Russian missiles struck Kyiv at 4 a.m., officials said.", "2024-01-24T02:00Z", "place"),
    # "local time": local to the place the sentence is about, even when no locative says so
    ("en", "2023-10-07", None, "Kazakhstan's Astana International Exchange opens at 11 a.m. local time.", "2023-10-07T05:00Z", "place"),
    ("en", "2023-10-07", None, "Kazakhstan's Astana International Exchange opens at 11 a.m.", None, "none"),
    # an event named with its place; "from" only for a time right after the place
    ("en", "2024-04-19", None, "DUBAI (Reuters) - The Vienna talks resume at 3 p.m.", "2024-04-19T13:00Z", "place"),
    ("ar", "2024-04-19", None, "دبي (رويترز) - استؤنفت محادثات فيينا الساعة الثالثة بعد الظهر", "2024-04-19T13:00Z", "place"),
    ("en", "2024-04-19", None, "DUBAI (Reuters) - State TV said the missile was fired from Tabriz at 5 a.m.", "2024-04-19T01:30Z", "place"),
    ("ar", "2024-04-19", None, "دبي (رويترز) - قال التلفزيون إن الصاروخ أطلق من تبريز الساعة الخامسة فجرا", "2024-04-19T01:30Z", "place"),
    ("ar", "2024-04-19", None, "دبي (رويترز) - قال مسؤول قادم من طهران إن الاجتماع بدأ الساعة العاشرة صباحا", "2024-04-19T06:00Z", "place"),
    ("en", "2024-04-19", None, "DUBAI (Reuters) - Tehran said talks would resume at 3 p.m.", "2024-04-19T11:00Z", "place"),
    # traps: a place named, but not where the time happens
    ("ar", "2024-02-01", None, "الرياض (واس) - غادر الوزير متوجها إلى موسكو الساعة العاشرة صباحا", "2024-02-01T07:00Z", "place"),
    ("en", "2024-02-01", None, "RIYADH (Reuters) - Iran's envoy, who flew in from Tehran, met officials at 10 a.m.",
     "2024-02-01T07:00Z", "place"),
    ("en", "2024-02-01", None, "CAIRO (Reuters) - The Paris-based agency said at 10 a.m. that it had left.",
     "2024-02-01T08:00Z", "place"),
    # a country whose zones disagree that day: no guess
    ("en", "2022-11-20", None, "Polls in Kazakhstan close at 8 p.m.", None, "none"),
    ("en", "2024-03-17", None, "Voting in Russia ends at 8 p.m.", None, "none"),
    ("ar", "2024-11-05", "Asia/Dubai", "وقال إن التصويت في الولايات المتحدة يبدأ الساعة السابعة صباحا", None, "none"),
    # ... unless the dateline is in that country
    ("en", "2024-11-05", None, "WASHINGTON (Reuters) - Polls in the United States open at 7 a.m.", "2024-11-05T12:00Z",
     "place"),
    # source: the metadata's zone; none: nothing known
    ("ar", "2024-01-10", "Asia/Riyadh", "قالت الوزارة إن الرحلات ستستأنف الساعة السابعة صباحا", "2024-01-10T04:00Z", "source"),
    ("en", "2024-07-01", "Europe/London", "The minister will speak at 3 p.m.", "2024-07-01T14:00Z", "source"),
    ("ar", "2024-01-10", None, "قال المتحدث إن المؤتمر سيبدأ الساعة الحادية عشرة صباحا", None, "none"),
    ("en", "2024-07-01", None, "The statement is due at 3 p.m.", None, "none"),
]


@pytest.mark.parametrize(("lang", "reference", "tz", "text", "utc", "source"), PLACE, ids=[c[3][:60] for c in PLACE])
def test_place_source_none(lang, reference, tz, text, utc, source):
    [m] = tagged(text, lang, reference, tz=tz)
    assert (m.utc, m.tz_source) == (utc, source)
    assert (m.tz is None) == (utc is None)


def test_each_time_takes_its_nearest_place():
    dubai, cairo = tagged("The plane left Dubai at 8 a.m. and landed in Cairo at 10 a.m.", "en", "2024-01-24")
    assert (dubai.tz, dubai.utc, cairo.tz, cairo.utc) == ("Asia/Dubai", "2024-01-24T04:00Z",
                                                        "Africa/Cairo", "2024-01-24T08:00Z")


def test_metadata_place_is_a_dateline():
    [m] = tagged("الساعة العاشرة صباحا", "ar", "2024-03-05", place="Astana")
    assert (m.tz, m.utc, m.tz_source) == ("Asia/Almaty", "2024-03-05T05:00Z", "place")


def test_today_is_the_local_day_at_the_place_of_publication():
    """23:30Z on the 29th is already the 1st of March in Almaty (+05:00 from that day)."""
    home = zones.publication_zone("ALMATY (Reuters) -", "en")
    assert zones.local_reference("2024-02-29T23:30:00Z", home) == "2024-03-01T04:30:00"
    [m] = timex.tag("قال اليوم", "ar", zones.local_reference("2024-02-29T23:30:00Z", home))
    assert m.value == "2024-03-01"
    assert zones.local_reference("2024-02-29", home) == "2024-02-29"


def test_dst_gap_is_resolved_and_flagged():
    [m] = tagged("NEW YORK (Reuters) - The vote is at 2:30 a.m. on March 10.", "en", "2024-03-08")
    assert (m.utc, m.tz_flag) == ("2024-03-10T07:30Z", "gap")


@pytest.mark.parametrize(("name", "zone"), [
    ("أستانة", "Asia/Almaty"), ("Astana", "Asia/Almaty"), ("دمشق", "Asia/Damascus"), ("بيروت", "Asia/Beirut"),
    ("القاهرة", "Africa/Cairo"), ("CAIRO", "Africa/Cairo"), ("سول", "Asia/Seoul"), ("مكة المكرمة", "Asia/Riyadh"),
    ("عمان", "Asia/Amman"), ("سلطنة عمان", "Asia/Muscat"), ("Tripoli", "Africa/Tripoli"), ("Spain", "Europe/Madrid"),
    ("China", "Asia/Shanghai"), ("United States", None), ("Nowhere-at-all", None), ("سنة", None),
])
def test_place_names(name, zone):
    assert zones.zone_for_place(name) == zone


@pytest.mark.parametrize(("lang", "gap", "is_gloss"), [
    ("ar", " (", True), ("ar", "، أي الساعة ", True), ("ar", " (أي الساعة ", True), ("ar", " بالتوقيت المحلي (", True),
    ("ar", " ", False), ("ar", " و", False), ("ar", " قبل أن يبدأ ", False),
    ("en", " (", True), ("en", " local time (", True), ("en", ", or ", True), ("en", " (i.e. at ", True),
    ("en", " ", False), ("en", " and ", False), ("en", " before the vote at ", False),
])
def test_what_may_stand_between_a_time_and_its_gloss(lang, gap, is_gloss):
    from wiretime.zones import context

    assert context.is_gloss_gap(gap, lang) is is_gloss


def test_a_gloss_may_come_first():
    gmt, local = tagged("The vote starts at 0800 GMT (2 p.m. local time) in Almaty.", "en", "2024-06-01")
    assert (local.utc, local.tz_source, local.paired_with, local.tz) == ("2024-06-01T08:00Z", "paired", 0, "+06:00")
    assert "Asia/Almaty (+05:00)" in local.conflict and gmt.tz_source == "explicit"
