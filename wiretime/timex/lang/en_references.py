"""English vague references: the present, the past and the future as TimeML names them
(PRESENT_REF, PAST_REF, FUTURE_REF), not a point or stretch of the calendar.

Each rule as in en_rules.py (which lists these among its RULES); examples resolve against
Tuesday 2017-01-24 (tests/test_timex_rules.py).
"""

from wiretime.timex.rules import Rule

REFERENCES = [
    # "to date" before a number names a field ("equal to date 2"), not the present
    Rule("present", r"{present}(?!(?<=date)\s*\d)", {"ref": "$present"}, examples=(("now", "PRESENT_REF"), ("currently", "PRESENT_REF"))),
    # "the past" before a count is the start of a stretch, not the past ("the past three summers")
    Rule("past", r"{past}(?!(?<=past)\s+(?:\d|(?:(?:a\s+)?few|several|many|couple|one|two|three|four|"
         r"five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b))",
         {"ref": "$past"}, examples=(("recently", "PAST_REF"), ("in the past", "PAST_REF", "the past"))),
    Rule("future", r"{future}", {"ref": "$future"}, examples=(("the future", "FUTURE_REF"),)),
    # after a modal, "one day" is some day ahead, not a day's length ("Islam will one day be")
    Rule("one day ahead", r"(?:will|would|could|might|may|can|shall|'ll|hopes?\s+to|wants?\s+to)\s+(?P<mention>one\s+day|someday|some\s+day)"
         r"(?=\s+[a-z])", {"ref": "FUTURE_REF"}, priority=1,
         examples=(("it will one day be", "FUTURE_REF", "one day"),)),
]
