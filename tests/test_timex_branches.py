"""Alternations factored by their first character (timex/branches.py) match what the written
pattern matches: the same spans, the same groups, the same winning alternative."""

import random
import re
from re import _constants as _c
from re import _parser

import pytest

from wiretime.timex.branches import factor
from wiretime.timex.diskcache import DiskCache
from wiretime.timex.lang import load

TRICKY = "sSſkKKåÅÅiIİıιΙͅσςΣßẞ"  # letters `re` equates in odd ways ignoring case
ALPHABET = TRICKY + "abdehty xAZ_09.\n،وفي-"


def factored(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return DiskCache("test", None).compile(pattern, flags)  # (compiles through factor)


def spans(regex: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [m.regs for m in regex.finditer(text)]  # the match's and every group's offsets


@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.IGNORECASE | re.ASCII])
@pytest.mark.parametrize("pattern", [
    r"said|says|s|set|sat", r"\b(?:said|was|\w{3,}ed|saw|wasn't)\b", r"s|ſ|S|k|K|K",
    r"(s)(a)|(s)b|s(?P<c>c)|ſd", r"(?:ab|ac|a)(?:b|c)", r"x(?:ab|ac|)y|xa", r"(?<!\w)(?:ka|Ka|kb|ıa|ia|İa)",
    r"(?:sa|sb|(?=s)\w+|sc)+", r"(?:σa|Σb|ςc|sa)", r"(a)|a\1|ab", r"(?i:sa|Sb)|(?-i:sa|Sb)",
    r"\b(?<!\bs\s)(?<!k\s)(?:said|Kb|\w{2}ed)\b|(?:(?<=sa\s)|(?<=\d\s))(?:hi|ſk)s?\b",
    r"(?<!a)(?<!b)(?!si)(?:s(?!x)\w|[k-n]\d+|(?:ıa|İb))", r"(?<=s)(?<!ks)(?P<g>a|b)?k",
    r"(?<!a)(?<!b)(?i:sa)",
])
def test_matches_as_written(pattern, flags):
    expected, mapped = re.compile(pattern, flags), factored(pattern, flags)
    rng = random.Random(pattern)
    texts = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30))) for _ in range(400)]
    texts += [TRICKY, TRICKY.upper(), "He SAID it was Kelvin's ſign", "sa sb sc ſa said sat"]
    for text in texts:
        assert spans(mapped, text) == spans(expected, text), text


def test_alternatives_grouped_behind_their_first_character():
    tree = _parser.parse("said|says|told|s")
    factor(tree, tree.state.flags)
    (op, (_, alternatives)), = tree.data
    assert op is _c.BRANCH and len(alternatives) == 2  # "s(?:a(?:id|ys)|)" and "told"
    s, (inner_op, (_, after_s)) = alternatives[0].data
    assert s == (_c.LITERAL, ord("s")) and inner_op is _c.BRANCH
    assert [list(a.data[:1]) for a in after_s] == [[(_c.LITERAL, ord("a"))], []]  # "a(?:id|ys)", ""


def test_look_behinds_guarded_by_what_follows_them():
    tree = _parser.parse(r"(?<!be\s)(?<!to\s)(?:said|told)|(?:(?<=may\s)|(?<=june\s))peak")
    factor(tree, tree.state.flags)
    (_, (_, alternatives)), = tree.data
    guards = [alternative.data[0] for alternative in alternatives]
    assert [op for op, _ in guards] == [_c.ASSERT, _c.ASSERT]
    assert [sorted(chr(c) for _, c in av[1].data[0][1]) for _, av in guards] == [["s", "t"], ["p"]]


@pytest.mark.parametrize("code", ["en", "ar"])
def test_rules_match_as_written(code):
    """Each text rule, as the tagger compiles it, against `re.compile` of its regex, at every
    position of its examples."""
    language = load(code)
    for index, rule in enumerate(language.text_rules):
        regex = language.rule_regex(index)
        written = re.compile(regex.pattern, regex.flags)
        for text, *_ in rule.examples:
            folded = language.fold_text(text)[0]
            for at in range(len(folded)):
                got, want = regex.match(folded, at), written.match(folded, at)
                assert (got and got.regs) == (want and want.regs), (rule.name, text, at)
