"""Case-canonical matching (timex/caseless.py) finds what re.IGNORECASE finds, at the same offsets."""

import random
import re

import pytest

from wiretime.timex.caseless import CaseCanon
from wiretime.timex.diskcache import DiskCache
from wiretime.timex.lang import load

CANON = CaseCanon(DiskCache("test", None))
# letters whose case `re` reads specially: long s, Kelvin and Angstrom signs, dotted and dotless
# i, Greek iota with its combining form (not a word character), final sigma, German sharp s
TRICKY = "sSſkKKåÅÅiIİıιΙͅῙσςΣßẞ"
ALPHABET = TRICKY + "abdeyz xAZ_09.\n،وفي-"


def spans(regex: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [m.regs for m in regex.finditer(text)]  # the match's and every group's offsets


@pytest.mark.parametrize("pattern", [
    r"s|k|i|ι", r"\bsis\b", r"(?<!\w)[a-z]+(?!\w)", r"[^a-k]+", r"[ſKı]\w", r"(?=(ks|kı|is))",
    r"\b(?:said|was|\w{3,}ed)\b", r"[ς-ω]+", r"(?<![\s.]\w)[.!?](?!\d)", r"x\s+y|(?i:ab)",
])
def test_matches_as_ignorecase(pattern):
    expected, mapped = re.compile(pattern, re.IGNORECASE), CANON.compile(pattern)
    rng = random.Random(pattern)
    texts = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30))) for _ in range(400)]
    texts += [TRICKY, TRICKY.upper(), "He SAID it was Kelvin's ſign"]
    for text in texts:
        canon = CANON.text(text)
        assert len(canon) == len(text)
        assert spans(mapped, canon) == spans(expected, text), text


@pytest.mark.parametrize("code", ["en", "ar"])
def test_language_cues_match_as_ignorecase(code):
    language = load(code)
    texts = ["He SAID Tuesday that it Will END", "They had been due to expire Friday", "سيعقد الاجتماع غدا",
             "وقال المسؤول أمس إن", "EXPECTED to open NEXT week; it Closed"]
    for cues, regex in ((language.past_cues, language.past_re), (language.future_cues, language.future_re)):
        expected = re.compile(language.fold_pattern(cues), re.IGNORECASE)
        for text in texts:
            assert spans(regex, CANON.text(text)) == spans(expected, text)


def test_case_sensitive_parts_are_refused():
    with pytest.raises(ValueError):
        CANON.compile(r"a(?-i:May)")
    with pytest.raises(ValueError):
        CANON.compile(r"(a)\1")
