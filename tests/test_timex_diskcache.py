"""The on-disk cache gives the very patterns re.compile gives, and values as computed."""

import re

from wiretime.timex import diskcache
from wiretime.timex.diskcache import DiskCache

PATTERN = r"(?<!\w)(?P<day>\d{1,2})\s+(?P<month>mar(?:ch)?|آذار)(?!\w)"


def test_a_cached_pattern_is_the_compiled_one(tmp_path, monkeypatch):
    first = DiskCache("xx", tmp_path)
    fresh = first.compile(PATTERN, re.IGNORECASE)
    assert fresh == re.compile(PATTERN, re.IGNORECASE)
    first.save()

    def not_parsed(*args):  # the second run must take the code from the file, not parse again
        raise AssertionError("parsed again")

    monkeypatch.setattr(diskcache._parser, "parse", not_parsed)
    cached = DiskCache("xx", tmp_path).compile(PATTERN, re.IGNORECASE)
    assert cached == fresh and cached.groupindex == fresh.groupindex
    assert cached.search("on 15 MARCH").groupdict() == {"day": "15", "month": "MARCH"}


def test_a_damaged_cache_is_compiled_again(tmp_path):
    cache = DiskCache("xx", tmp_path)
    cache.path.write_bytes(b"not marshal")
    assert cache.compile(PATTERN) == re.compile(PATTERN)


def test_no_folder_compiles_in_memory():
    assert DiskCache("xx", None).compile(PATTERN).match("5 mar")


def test_a_value_is_computed_once_for_equal_inputs(tmp_path):
    calls = []

    def compute():
        calls.append(1)
        return {"ab": (1, 2)}, (frozenset({"l:x"}),)

    first = DiskCache("xx", tmp_path)
    assert first.value("starts", ("p", 1), compute) == ({"ab": (1, 2)}, (frozenset({"l:x"}),))
    first.save()
    again = DiskCache("xx", tmp_path)
    assert again.value("starts", ("p", 1), compute) == ({"ab": (1, 2)}, (frozenset({"l:x"}),))
    assert len(calls) == 1
    again.value("starts", ("p", 2), compute)
    assert len(calls) == 2
