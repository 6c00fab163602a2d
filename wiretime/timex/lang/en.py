"""English time knowledge: word tables, rules with their examples, tense cues.

TimeML conventions (TempEval-3): prepositions stay outside the mention; "2 p.m." is a TIME.
Examples resolve against Tuesday 2017-01-24.
"""

from wiretime.timex.lang.zones_en import UTC_NAMES, ZONE_RULES, ZONES
from wiretime.timex.language import Language, Modifier, Rule

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

# Month names safe to read alone ("may" and abbreviations are words too).
MONTH_NAMES = {name: number for name, number in MONTHS.items() if len(name) > 4 or name in ("june", "july")}

WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
            "sunday": 7}

NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1, "several": "X",
           "a few": "X", "few": "X"}

AMPM = {"am": "am", "a.m.": "am", "a.m": "am", "pm": "pm", "p.m.": "pm", "p.m": "pm"}

RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1}

UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "quarter": "Q"}

DURATION_UNITS = {"second": "S", "seconds": "S", "minute": "MIN", "minutes": "MIN", "hour": "H",
                  "hours": "H", "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M",
                  "months": "M", "year": "Y", "years": "Y", "decade": "DE", "decades": "DE"}

RELATIVE = {"next": 1, "last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "coming": 1}

RULES = [
    Rule("weekday", r"{weekday}", {"weekday": "$weekday"},
         examples=(("Tuesday", "2017-01-24"), ("Friday", "2017-01-27"))),
    Rule("relative day", r"{rel_day}", {"offset": "$rel_day", "offset_unit": "D"},
         examples=(("yesterday", "2017-01-23"), ("tomorrow", "2017-01-25"))),
    Rule("relative unit", r"{relative}\s+{unit}", {"shift": "$relative", "shift_unit": "$unit"},
         examples=(("next month", "2017-02"), ("last week", "2017-W03"), ("this year", "2017"))),
    Rule("month day year", r"{month}\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?",
         {"month": "$month", "day": "$day", "year": "$year"},
         examples=(("March 15, 2017", "2017-03-15"), ("Feb. 3", "2017-02-03"))),
    Rule("day month year", r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{month}\.?(?:,?\s+(?P<year>\d{4}))?",
         {"month": "$month", "day": "$day", "year": "$year"}, examples=(("15 March 2017", "2017-03-15"),)),
    Rule("month year", r"{month}\.?,?\s+(?P<year>\d{4})", {"month": "$month", "year": "$year"},
         examples=(("January 2016", "2016-01"),)),
    Rule("month", r"{month_name}", {"month": "$month_name"}, examples=(("March", "2017-03"),)),
    Rule("year", r"(?P<year>(?:1[89]|20)\d{2})(?!\s*(?:%|percent|people|\$))", {"year": "$year"},
         examples=(("1998", "1998"),), priority=-1),
    Rule("numeric date", r"(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>\d{4})",
         {"month": "$month", "day": "$day", "year": "$year"}, examples=(("3/15/2017", "2017-03-15"),)),
    Rule("iso date", r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)",
         {"year": "$year", "month": "$month", "day": "$day"}, examples=(("2017-03-15", "2017-03-15"),)),
    Rule("clock ampm", r"(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s*{ampm}",
         {"hour": "$hour", "minute": "$minute", "ampm": "$ampm"},
         examples=(("2 p.m.", "2017-01-24T14:00"), ("10:30 am", "2017-01-24T10:30"))),
    Rule("digital clock", r"(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)", {"hour": "$hour", "minute": "$minute"},
         examples=(("14:30", "2017-01-24T14:30"),)),
    Rule("noon midnight", r"{noon}", {"pod": "$noon"}),
    Rule("hhmm with zone", r"(?P<hhmm>[0-2]\d[0-5]\d)\s*{zone}", {"hhmm": "$hhmm", "zone": "$zone"},
         examples=(("1100 GMT", "2017-01-24T11:00"),)),
    Rule("zone", r"{zone}", {"zone": "$zone"}),
    Rule("duration", r"(?P<amount>\d+|{number})\s+{dur_unit}", {"amount": "$amount", "unit": "$dur_unit"},
         examples=(("three days", "P3D"), ("two hours", "PT2H"))),
    Rule("ago", r"(?P<amount>\d+|{number})\s+{dur_unit}\s+ago",
         {"offset": "-$amount", "offset_unit": "$dur_unit"}, examples=(("three days ago", "2017-01-21"),)),
    *ZONE_RULES,
]

LANGUAGE = Language(
    code="en",
    tables={"month": MONTHS, "month_name": MONTH_NAMES, "weekday": WEEKDAYS, "number": NUMBERS, "ampm": AMPM,
            "rel_day": RELATIVE_DAYS, "unit": UNITS, "dur_unit": DURATION_UNITS, "relative": RELATIVE,
            "zone": ZONES, "utc_name": UTC_NAMES, "noon": {"noon": "NO", "midnight": "MN"}},
    rules=RULES,
    modifiers=[Modifier(r"(?:the\s+)?end\s+of(?:\s+the)?", "END"),
               Modifier(r"(?:the\s+)?(?:beginning|start)\s+of(?:\s+the)?", "START"),
               Modifier(r"(?:the\s+)?middle\s+of(?:\s+the)?|mid-?", "MID")],
    joiners=r"\s+|\s*,\s*|\s+(?:at|on|in)\s+",
    past_cues=r"\b(?:said|was|were|had|did|ago|reported|announced|told)\b|\b\w+ed\b",
    future_cues=r"\b(?:will|shall|'ll|going\s+to|plans?\s+to|expected\s+to|scheduled)\b",
)
