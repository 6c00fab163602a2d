"""Reported speech after a past verb ("قال ... إن", "أعلنت ... أن") whose own verb is an
imperfect of a scheduled event (تبدأ، يعقد، تنطلق، تجتمع) is ahead: the imperfect is the
nearer cue (wiretime/timex/lang/ar.py _IMPERFECT). Written on a Monday."""

from __future__ import annotations

import pytest

from tests.timex_read import values

MON = "2024-06-10"

CASES = [
    ("قال الجيش إن هدنة لمدة 72 ساعة تبدأ عند الساعة السادسة صباح الثلاثاء.",
     [("72 ساعة", "PT72H"), ("الساعة السادسة صباح الثلاثاء", "2024-06-11T06:00")]),
    ("وأعلنت الحكومة أن المحادثات تنطلق صباح الخميس.", [("صباح الخميس", "2024-06-13TMO")]),
    ("قال المتحدث إن الاجتماع يعقد يوم الأربعاء في جنيف.", [("يوم الأربعاء", "2024-06-12")]),
    # the past verb alone: the day just past
    ("قال المتحدث إن الاجتماع عقد يوم الأربعاء في جنيف.", [("يوم الأربعاء", "2024-06-05")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_imperfect_after_reported_speech_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, "ar", MON) == expected
