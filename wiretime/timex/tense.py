"""The tense of the clause around a time expression: which occurrence an underspecified
time ("Tuesday", "March 3", "at 10") names, the past one or the coming one. Part of the
engine's work (engine.py), apart for size; language-agnostic (the cues are the language's).
"""

from __future__ import annotations

import re

from wiretime.timex import anaphora
from wiretime.timex.language import Language


def direction(tense: str | None, prefer: str | None, language: Language) -> str:
    """Which occurrence to look for: a caller's `prefer` is kept to the letter when the
    sentence has no tense cue; a tense cue or the language's default is soft ("past~"): an
    occurrence in that direction farther than a few months gives way to the nearest one
    ("said Feb. 10" in January is next month's, not last year's)."""
    if tense is None and prefer is not None:
        return prefer
    chosen = tense or language.default_prefer
    return chosen if chosen in ("nearest", "recent") else chosen + "~"


def cue(folded: str, canon: str, start: int, end: int, language: Language) -> str | None:
    """past | future from the cues of the clause around the expression at `start`..`end` of
    `folded`: the nearest cue before it (the verb a time adverbial follows: "said Tuesday
    that he will..."), else the nearest after.
    The cues ignore case: they read the case-canonical text (`canon`, see caseless.py)."""
    left = max((m.end() for m in anaphora.CLAUSE_END.finditer(folded, 0, start)), default=0)
    right_m = anaphora.CLAUSE_END.search(folded, end)
    right = right_m.start() if right_m else len(folded)
    clause = canon[left:right]
    at = start - left
    future = _distance(language.future_re, clause, at, at + end - start)
    past = _distance(language.past_re, clause, at, at + end - start)
    if future is None and past is None:
        return None
    return "future" if past is None or future is not None and future <= past else "past"  # ties: future


def _distance(cues: re.Pattern[str], clause: str, at: int, end: int) -> int | None:
    """How far the nearest cue is from the expression at `at`..`end` of the clause: a cue before
    it counts its distance, any cue before beats every cue after (which counts the clause's
    length more). Cues are read left to right, so the scan stops at the first cue after the
    part (the rest of the clause cannot come nearer)."""
    before = None
    for m in cues.finditer(clause):
        if m.start() < at:
            before = at - m.start()
        elif before is not None:
            return before
        elif m.start() >= end:
            return len(clause) + m.start() - at
    return before
