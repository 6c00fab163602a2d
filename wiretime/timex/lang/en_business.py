"""English rules of company reports and market copy: the periods a report names and compares
("the quarter", "the year-earlier period": TimeML anaphora, see timex/anaphora.py) and the
periods their end day places ("the quarter ended Sept. 30").

Text rules as in en_rules.py (which lists REPORT_PERIODS among its rules), composition rules
as in en_compose.py (en.py lists BUSINESS); tests/test_timex_en_known_gaps.py and
tests/test_timex_en_press_business.py read them in sentences.
"""

from __future__ import annotations

from wiretime.timex.rules import Rule

# the period a report compares with: a year before the period its clause named ("the fourth
# quarter ... from the same period last year"), else the year-ago one of the quarter just past
YEAR_AGO_PERIOD = {"shift": -5, "shift_unit": "Q", "anaphora": "deictic", "counted": {"offset": -1, "offset_unit": "Y"}}

# In a report, the periods it names and compares (text rules: en_rules.py lists them among its
# DECADES_QUARTERS, in this order)
REPORT_PERIODS = [
    # in a report, the quarter the text last named ("In the fiscal first quarter ... During the
    # quarter, ..."), else the one just past (anaphora.py)
    Rule("the quarter", r"the\s+(?:(?:latest|last|most\s+recent|recent|just[\s-]+(?:ended|completed))\s+(?:fiscal\s+)?quarter"
         r"|(?:latest|most\s+recent|just[\s-]+(?:ended|completed))\s+(?:fiscal\s+)?period|(?:fiscal\s+)?quarter)"
         r"(?!\w)(?!-to-)(?!\s+of\b)",
         {"shift": -1, "shift_unit": "Q", "anaphora": "named"}, priority=-1,
         examples=(("the quarter", "2016-Q4"), ("the latest period", "2016-Q4"))),
    Rule("the year's quarter", r"the\s+(?P<year>1[0-9]\d\d|20\d\d)\s+(?:fiscal\s+)?(?:quarter|period)(?!\w)",
         {"year": "$year", "named_unit": "Q", "anaphora": "named"}, examples=(("the 1988 period", "1988"),)),
    Rule("year-earlier period", r"(?:the\s+)?(?:comparable\s+|same\s+)?year[\s-](?:earlier|ago)(?:\s+(?:first|second|third|fourth|1st|2nd|3rd|4th))?\s+(?:quarter|period)",
         YEAR_AGO_PERIOD, examples=(("the year-earlier quarter", "2015-Q4"),)),
    # the period compared in a report: "the quarter a year ago", "the same period last year"
    Rule("period a year ago", r"(?:(?:the|that)\s+(?:same\s+|corresponding\s+|comparable\s+|year-ago\s+)?(?:quarter|period)"
         r"\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year|of\s+the\s+(?:previous|prior)\s+year)"
         r"|last\s+year's\s+(?:same\s+|corresponding\s+|comparable\s+)?(?:quarter|period))(?![\w-])",
         YEAR_AGO_PERIOD,
         examples=(("the quarter a year ago", "2015-Q4"), ("the corresponding period last year", "2015-Q4"),
                   ("last year's quarter", "2015-Q4"))),
    # the adjective ("year-ago results", "a year-earlier loss"), not "a year earlier they had..."
    Rule("year-earlier", r"(?:(?<!\ba\s)(?<!\bone\s)year\s|year-)(?:earlier|ago)(?=[\s-]+\w)",
         {"offset": -1, "offset_unit": "Y", "anaphora": "deictic"},
         examples=(("year-ago results", "2016", "year-ago"),), priority=-1),
    # analysts' codes with a two-digit year after: "3Q25", "Q3'25", "1H26", "H2'25" (a capital H:
    # "1h26" is a 24-hour clock, en_rules.py)
    Rule("quarter code and year", r"{quarter_word}'?(?P<year2>\d\d)(?!\w)", {"quarter": "$quarter_word", "year2": "$year2"},
         priority=1, examples=(("3Q25", "2025-Q3"), ("Q3'25", "2025-Q3"))),
    Rule("half code and year", r"(?-i:(?P<half>[12])H|H(?P<half2>[12]))'?(?P<year2>\d\d)(?!\w)",
         {"half": ["$half", "$half2"], "year2": "$year2"}, priority=1,
         examples=(("1H26", "2026-H1"), ("H2'25", "2025-H2"))),
]

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
