"""English composition rules of company reports and market copy: periods their end day
places ("the quarter ended Sept. 30").

Each rule as in en_compose.py (en.py lists these among its rules); tests/test_timex_en_gaps.py
and tests/test_timex_en_press_business.py read them in sentences.
"""

from __future__ import annotations

from wiretime.timex.rules import Rule

# how a report gives a period's last day: "the quarter ended Sept. 30", "that ended", "ending"
ENDED = r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?:on\s+)?"

BUSINESS = [
    # an unnumbered quarter its end day places: the quarter the report named before ("the
    # fiscal first quarter ... for the quarter ended Sept. 29"), else the calendar quarter it
    # mostly covers, the one holding its middle 45 days before the end ("the quarter ended
    # Oct. 1", a 52-week year's, is the third; "ended July 31", a retailer's, the second).
    # Each keeps its span.
    Rule("quarter ended date", r"{@D:q}" + ENDED + r"{@D:x}",
         {"each": {"q": {"offset": -45, "offset_unit": "D", "grain": "Q", "anchor": "$x", "anaphora": "named",
                         "named_unit": "Q", "require": {"q": {"shift_unit": "Q", "anaphora": "named"}, "x": "day"}},
                   "x": {"*": ["$x"]}}},
         priority=2),  # (two mentions: no example; the test file above reads it)
]
