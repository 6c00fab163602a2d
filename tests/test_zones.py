"""Zone provenance on the sample sentence: paired and consistent in 2017, in conflict in 2025."""

from __future__ import annotations

from wiretime import timex, zones

SENTENCE = "أن تنتهي جولة المباحثات نحو الساعة الثانية بعد الظهر (0800 بتوقيت غرينتش)، على أن"


def _tagged(reference: str, place: str | None = "Asia/Almaty", source: str | None = None):
    mentions = timex.tag(SENTENCE, "ar", reference)
    zones.assign(mentions, SENTENCE, place_tz=place, source_tz=source)
    return mentions


def test_paired_and_consistent_2017():
    local, gmt = _tagged("2017-01-24")
    assert (local.local, local.tz, local.utc, local.tz_source) == ("2017-01-24T14:00", "Asia/Almaty",
                                                                 "2017-01-24T08:00Z", "paired")
    assert local.paired_with == 1 and local.conflict is None
    assert (gmt.utc, gmt.tz_source) == ("2017-01-24T08:00Z", "explicit")


def test_kazakhstan_moved_to_plus_five_in_2024():
    local, _ = _tagged("2025-01-24")
    assert local.utc == "2025-01-24T08:00Z" and local.tz == "+06:00"
    assert local.conflict and "Asia/Almaty" in local.conflict


def test_place_source_and_none():
    text = "الساعة العاشرة صباحا"
    for place, source, want in (("Asia/Damascus", None, ("place", "2017-01-24T08:00Z")),
                                (None, "Asia/Riyadh", ("source", "2017-01-24T07:00Z")),
                                (None, None, ("none", None))):
        [m] = timex.tag(text, "ar", "2017-01-24")
        zones.assign([m], text, place_tz=place, source_tz=source)
        assert (m.tz_source, m.utc) == want


def test_place_names_in_arabic_and_english():
    assert zones.zone_for_place("أستانة") == zones.zone_for_place("Astana") == "Asia/Almaty"
    assert zones.zone_for_place("دمشق") == "Asia/Damascus"
    assert zones.zone_for_place("Nowhere-at-all") is None
