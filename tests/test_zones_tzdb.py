"""Zone rules come from the tzdata package and honour every zone change the news needs."""

from __future__ import annotations

import zoneinfo
from datetime import datetime, timedelta

import pytest

from wiretime.zones import tzdb

H = timedelta(hours=1)

# (zone, local wall time, offset then): each change the issue lists, on both sides of it.
ZONE_CHANGES = [
    ("Asia/Almaty", "2024-02-29T12:00", 6 * H),       # Kazakhstan: +06:00 ...
    ("Asia/Almaty", "2024-03-01T12:00", 5 * H),       # ... -> +05:00 on 2024-03-01
    ("Asia/Damascus", "2021-12-15T12:00", 2 * H),     # Syria: winter +02:00 ...
    ("Asia/Damascus", "2022-12-15T12:00", 3 * H),     # ... permanent +03:00 since late 2022
    ("Asia/Amman", "2021-12-15T12:00", 2 * H),        # Jordan likewise
    ("Asia/Amman", "2022-12-15T12:00", 3 * H),
    ("Africa/Cairo", "2022-07-15T12:00", 2 * H),      # Egypt: no DST in 2022 ...
    ("Africa/Cairo", "2023-07-15T12:00", 3 * H),      # ... DST back from 2023
    ("Africa/Cairo", "2023-12-15T12:00", 2 * H),
    ("Asia/Tehran", "2022-07-15T12:00", 4.5 * H),     # Iran: last DST summer 2022 ...
    ("Asia/Tehran", "2023-07-15T12:00", 3.5 * H),     # ... abolished
    ("Europe/Istanbul", "2015-12-15T12:00", 2 * H),   # Turkey: +02:00 winter ...
    ("Europe/Istanbul", "2016-12-15T12:00", 3 * H),   # ... +03:00 all year since 2016
    ("Europe/Istanbul", "2017-07-15T12:00", 3 * H),
]


@pytest.mark.parametrize(("zone", "local", "offset"), ZONE_CHANGES)
def test_zone_changes(zone, local, offset):
    assert tzdb.utc_offset(datetime.fromisoformat(local), zone) == offset


def test_rules_come_from_the_tzdata_package_not_the_host(monkeypatch):
    """With the host's zoneinfo out of reach, zones still load (from the package)."""
    tzdb.iana.cache_clear()
    try:
        zoneinfo.reset_tzpath(["/nonexistent-zoneinfo"])
        zone = tzdb.iana("Asia/Almaty")
        assert zone is not None and zone.key == "Asia/Almaty"
        assert tzdb.utc_offset(datetime(2025, 1, 24, 14), "Asia/Almaty") == 5 * H
    finally:
        zoneinfo.reset_tzpath()
        tzdb.iana.cache_clear()


@pytest.mark.parametrize(("text", "canonical"), [
    ("UTC", "UTC"), ("GMT", "UTC"), ("Z", "UTC"), ("+3", "+03:00"), ("3+", "+03:00"), ("-0530", "-05:30"),
    ("−5", "-05:00"), ("+03:00", "+03:00"), ("GMT+3", "+03:00"), ("UTC-05:00", "-05:00"), ("+0", "UTC"),
    ("Asia/Damascus", "Asia/Damascus"), ("Mars/Olympus", None), ("+15", None), ("../etc/passwd", None),
])
def test_canonical_zone_names(text, canonical):
    assert tzdb.canonical(text) == canonical


# Documented rule: a skipped wall time takes the offset before the change, a repeated one its
# first occurrence; both are flagged.
@pytest.mark.parametrize(("zone", "local", "utc", "flag"), [
    ("America/New_York", "2024-03-10T02:30", "2024-03-10T07:30Z", "gap"),
    ("America/New_York", "2024-11-03T01:30", "2024-11-03T05:30Z", "fold"),
    ("Europe/Berlin", "2024-03-31T02:15", "2024-03-31T01:15Z", "gap"),
    ("Asia/Almaty", "2024-02-29T23:30", "2024-02-29T17:30Z", "fold"),  # clocks back at the change
    ("Asia/Almaty", "2024-03-01T00:30", "2024-02-29T19:30Z", None),
    ("America/New_York", "2024-07-01T12:00", "2024-07-01T16:00Z", None),
])
def test_gap_and_fold(zone, local, utc, flag):
    instant, got_flag = tzdb.to_utc(datetime.fromisoformat(local), zone)
    assert (tzdb.iso_utc(instant), got_flag) == (utc, flag)
