"""The table regexes (wordset.py): the longest word first, shared endings written once."""

from __future__ import annotations

import re

from wiretime.timex.wordset import words_regex

UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBERS = UNITS + TENS + [f"{u} and {t}" for u in UNITS for t in TENS]


def longest(regex: str, text: str) -> str | None:
    m = re.match(regex, text)
    return m.group(0) if m else None


def test_every_word_matches_whole_and_longest_first():
    regex = words_regex(NUMBERS)
    for word in NUMBERS:
        assert longest(regex, word + " more") == word
    assert longest(regex, "three and") == "three"
    assert longest(regex, "threes") == "three"
    assert longest(regex, "and twenty") is None


def test_a_shared_ending_is_written_once():
    regex = words_regex(NUMBERS)
    plain = words_regex(NUMBERS, factor=False)
    assert regex.count("and") == 1 and plain.count("and") == len(UNITS)
    assert len(regex) < len(plain) / 2


def test_spaces_and_loose_clitics():
    regex = words_regex(["five and twenty", "five"], loose_clitics="a")
    assert longest(regex, "five  and twenty") == "five  and twenty"
    assert longest(regex, "five a nd twenty") == "five a nd twenty"
    assert words_regex([]) == "(?!)"
