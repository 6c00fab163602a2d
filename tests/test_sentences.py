"""Sentence spans index the untouched text."""

from __future__ import annotations

from tests.conftest import SEEDS
from wiretime.sentences import split


def test_seed_lines_are_sentences():
    text = (SEEDS / "astana-talks-2017-01-24.ar.txt").read_text(encoding="utf-8")
    spans = split(text, "ar")
    assert len(spans) == len([line for line in text.splitlines() if line.strip()])
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)


def test_english_abbreviation_is_not_an_end():
    assert split("Dr. Smith arrived. He spoke.", "en") == [(0, 18), (19, 28)]
