"""A plan told in the past tense ("was due to", "was scheduled to", "was set to", "was
expected to" + a verb) is future in the past: against a reference in the present it points
ahead, as TimeML annotators read wire copy ("a ceasefire was due to take effect on Saturday"
written on a Friday: the coming Saturday). A plan that had been (then changed: "had been due to
expire Friday") and one without its verb ("was scheduled for Monday") stay past
(wiretime/timex/lang/en.py FUTURE_CUES)."""

from __future__ import annotations

import pytest

from tests.timex_read import values

WED = "2024-06-12"  # a Wednesday

CASES = [
    ("The truce was due to begin on Friday.", [("Friday", "2024-06-14")]),
    ("Talks were scheduled to resume Monday in Geneva.", [("Monday", "2024-06-17")]),
    ("The new tariffs were set to kick in on Saturday, officials said.", [("Saturday", "2024-06-15")]),
    ("The minister was expected to arrive in Cairo on Sunday.", [("Sunday", "2024-06-16")]),
    ("The court was slated to rule at 10 a.m. Thursday.", [("10 a.m. Thursday", "2024-06-13T10:00")]),
    # a plan since changed, a plan with no verb, and a plain past: the day just past
    ("The offer had been due to expire Monday.", [("Monday", "2024-06-10")]),
    ("The vote was scheduled for Monday.", [("Monday", "2024-06-10")]),
    ("The minister arrived in Cairo on Sunday.", [("Sunday", "2024-06-09")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_plan_told_in_the_past_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, "en", WED) == expected
