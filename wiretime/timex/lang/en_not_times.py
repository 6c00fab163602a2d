"""English text that looks like a time and is none: matched whole and silent (a rule that
builds nothing), so no shorter rule reads a year or a clock inside it.

Each rule as in en_rules.py (which lists these among its RULES). A silent match has no value
to give as an example: tests/test_timex_en_gaps.py holds them in sentences.
"""

from __future__ import annotations

import calendar

from wiretime.timex.rules import Rule

# A number after these names a thing, not a year or a clock: "Room 1030", "Flight 1030",
# "Highway 1030", "Gate 2015" ("at 1030" alone stays a clock: en_rules.py)
LABELS = (r"room|rooms|flight|flights|highway|route|interstate|suite|gate|platform|terminal|pier|exit|bus|"
          r"apartment|apt\.|locker|hangar|channel|lane|precinct|ward|cell|bay|berth|runway|track")

# the days a month never has ("Feb. 30", "April 31"), by the month's first three letters
_SHORT_MONTHS = {"feb": 29, "apr": 30, "jun": 30, "sep": 30, "nov": 30}
# February 29 of a year that is not a leap year ("Feb. 29, 2023")
_COMMON_YEARS = "|".join(str(y) for y in range(1800, 2100) if not calendar.isleap(y))


def _no_such_day(month: str, days: str, year: str) -> str:
    """A day `days` of `month` in either order ("Feb. 30", "the 30th of February"), then `year`."""
    day = rf"(?:{days})(?:st|nd|rd|th)?"
    return (rf"(?:(?={month}){{month}}\.?\s+(?:the\s+)?{day}(?!\d)|(?:the\s+)?{day}\s+(?:of\s+)?(?={month}){{month:month_after}}\.?)"
            rf"{year}")


_YEAR_AFTER = r"(?:\s*,?\s*(?:1[0-9]|20)\d\d(?!\d))?"

NOT_TIMES = [
    Rule("a label and its number", rf"(?:{LABELS})\s+(?:no\.?\s*)?\d+[a-z]?(?![\d:.]\d)", {}),
    # a date the calendar lacks names no time, nor does its year alone ("Feb. 30, 2024")
    *(Rule(f"no such day of {month}", _no_such_day(month, "|".join(map(str, range(last + 1, 32))), _YEAR_AFTER), {})
      for month, last in _SHORT_MONTHS.items()),
    # a march with a name after an article ("the annual March for Life", "the March of the
    # Mothers", "the March on Washington"), not the month ("in March for Easter", "in March for
    # the first time")
    Rule("a named march", r"(?:(?<=\bthe\s)|(?<=\bannual\s)|(?<=\ba\s)|(?<=[`'\"\u201c]))(?-i:March)"
         r"(?=\s+(?:for|of\s+the|on)\s+(?-i:[A-Z]))", {}),
    # a title in quotes, every word capitalized ("CBS's ``60 Minutes''", "ABC's \"This Week\"",
    # the film "High Noon"): a programme or a work, not a time
    Rule("a quoted title", r"(?:(?<=``)|(?<='')|(?<=\")|(?<=\u201c))(?-i:[A-Z0-9][\w'-]*(?:\s+[A-Z][\w'-]*){1,4})"
         r"(?=[.,]?(?:''|\"|\u201d))", {}),
    Rule("no leap day", _no_such_day("feb", "29", rf"\s*,?\s*(?:{_COMMON_YEARS})(?!\d)"), {}),
]
