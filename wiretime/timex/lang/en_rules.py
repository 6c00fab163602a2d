"""English rules that read the text: dates, clock times (durations and sets are in
en_durations.py, vague references in en_references.py).

Each rule: a pattern over the tables of en.py, the partial time it builds (resolve.py) and
its examples (resolved against Tuesday 2017-01-24, tested by tests/test_timex_rules.py).
Combinations of what these find ("Friday at 3pm", "9:30 - 11:00") are in en_compose.py.
"""

from wiretime.timex.lang.en_business import REPORT_PERIODS
from wiretime.timex.lang.en_durations import DURATIONS, SETS
from wiretime.timex.lang.en_not_times import NOT_TIMES
from wiretime.timex.lang.en_references import REFERENCES
from wiretime.timex.rules import Rule

DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?P<year>1[0-9]\d\d|20\d\d)(?![\d,.]\d)"
YEAR_ADJECTIVE = r"(?:" + YEAR + r"\s+)?"  # "the [1988] second quarter": a year before a part of it
YEAR_OR_2 = r"(?:(?P<year>1[0-9]\d\d|20\d\d)|'(?P<year2>\d\d))(?![\d,.]\d)"
# The point after an abbreviated month or weekday ("Feb.", "Sept.", "Thurs."), never after a
# whole word: "in April. One analyst", "last May. The treaty" are sentence ends.
DOT = r"(?:(?:(?<=\b\w{3})(?<!\b[Mm]ay)|(?<=\b(?:sept|tues|thur))|(?<=\bthurs))\.)?"
# Where a numeric date may start: not inside a run of numbers ("133-03-03-2020"), but after
# a slashed date and a hyphen, the end of a range ("5/1-5/7/2020", "10/1/2018-10/7/2018").
NUMERIC_START = r"(?:(?<!\d[/.-])|(?<=/\d-)|(?<=/\d\d-)|(?<=/\d{4}-))"
# After a day of the month: not a count ("Friday, 13 people", "the fourth decline").
NOT_A_COUNT = (r"(?!\s+(?!(?:of|at|in|on|and|to|from|until|through|or|when|before|after|as|around|about|between)\b"
               # a clock time may follow: "monday the twenty fourth six pm"
               r"|[a-z]+(?:[\s-][a-z]+)?\s+(?:[ap]\.?m\b|o'?clock))[a-z])")
# What a number followed by these is: money, shares, people... never a year or a clock.
NOT_TIME = (r"(?!\s*(?:%|percent|per\s*cent|pct|points?|people|persons|shares|tons|barrels|cars|miles|km|"
            r"kilometers|troops|soldiers|workers|employees|jobs|dollars|yen|marks|francs|pounds|units|"
            r"votes|seats|members|students|children|deaths|cases|feet|meters|metres|acres|square|fans|spectators|"
            r"visitors|residents|homes|refugees|prisoners|civilians|victims|runs|goals|yards|copies|vehicles|"
            r"passengers|tourists|protesters|police|officers|patients|voters|companies|firms|stores|schools|"
            r"houses|hectares|euros|yuan|rupees|words|pages|"
            r"/\d|[.,]\d|\s*\$|million|billion|trillion))")

# the part of a decade said before it: "early", "mid-", "late"
DECADE_PART = r"(?:{decade_part}[\s-]*)?"

# "2010-11", "1999-00": a season or fiscal year across two years, written as "the 1998-99 season"
TWO_YEAR_SEASON = "(?:" + "|".join(f"{y}[-/]{(y + 1) % 100:02d}" for y in range(1950, 2050)) + r")(?![\d/-])"

# "two thousand protesters", "nineteen hundred more": a round spelled number counting what follows
ROUND_COUNT = (r"(?:two\s+thousand|(?:nineteen|twenty)\s+hundred)[\s-]+(?:more|others?|of|"
               r"(?!(?:was|is|has|as|this|its|his)\b)[a-z]+s)\b")

DATES = [
    Rule("month day year", rf"{{month}}{DOT}\s*,?\s*(?:the\s+)?{DAY}(?:\s*,?\s*(?:of\s+|in\s+)?{YEAR_OR_2})?",
         {"month": "$month", "day": "$day", "year": "$year", "year2": "$year2"},
         examples=(("March 15, 2017", "2017-03-15"), ("Feb. 3", "2017-02-03"), ("Dec31 , 1994", "1994-12-31"),
                   ("May 5", "2017-05-05"))),
    Rule("month spelled day", r"{month}" + DOT + r"\s+(?:the\s+)?(?:{ordinal_day}|{day_word})(?:\s*,?\s*(?P<year>1[0-9]\d\d|20\d\d))?",
         {"month": "$month", "day": ["$ordinal_day", "$day_word"], "year": "$year"},
         examples=(("march third 2015", "2015-03-03"), ("february twenty second", "2017-02-22"))),
    Rule("day month year", rf"(?:the\s+)?{DAY}(?:\s+of\s+|\s*|-|/){{month}}\.?(?:\s*(?:,|of|in|-|/)?\s*{YEAR}|(?:\s*[-/]\s*|\s+of\s+'?)(?P<year2>\d\d)(?![\d%]|\s+[a-z]))?",
         {"month": "$month", "day": "$day", "year": "$year", "year2": "$year2"},
         examples=(("15 March 2017", "2017-03-15"), ("31-Oct-74", "1974-10-31"), ("the 15th of february", "2017-02-15"))),
    # a two-digit year after a space: only after an ordinal day, ending the clause ("14th April 15")
    Rule("ordinal day month short year", r"(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\s+{month}\.?\s+(?P<year2>\d\d)"
         r"(?=\s*(?:[.,;!?)]|$))", {"month": "$month", "day": "$day", "year2": "$year2"},
         examples=(("14th April 15", "2015-04-14"),)),
    # a spelled day before the month: "fifteenth August", "fifteen August 1993" (a cardinal only
    # with a year after: "two March rallies" is a count)
    Rule("spelled day month", r"(?:the\s+)?(?:{ordinal_day}|{day_word}(?=\s+(?:of\s+)?\w+\.?\s*,?\s*(?:\d{4}|"
         r"(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|two\s+thousand)\b)))"
         r"\s+(?:of\s+)?(?!(?-i:march)\b){month}\.?(?:\s*,?\s*(?P<year>1[0-9]\d\d|20\d\d)(?!\d))?",
         {"month": "$month", "day": ["$ordinal_day", "$day_word"], "year": "$year"},
         examples=(("fifteen August 1993", "1993-08-15"), ("fifteen August nineteen hundred ninety three", "1993-08-15"),
                   ("fifteenth of August", "2016-08-15"))),
    Rule("spelled day of month", r"(?:the\s+)?{ordinal_day}\s+(?:day\s+)?of\s+{month}(?:\s*,?\s*(?P<year>1[0-9]\d\d|20\d\d))?",
         {"month": "$month", "day": "$ordinal_day", "year": "$year"},
         examples=(("the first of march", "2017-03-01"),)),
    Rule("month year", rf"{{month}}\.?\s*(?:,|of|in)?\s*{YEAR}", {"month": "$month", "year": "$year"},
         examples=(("January 2016", "2016-01"), ("April of 2015", "2015-04"))),
    Rule("month of a two-digit year", r"{month}\.?\s+of\s+'?(?P<year2>\d\d)(?![\d%]|\s+[a-z])",
         {"month": "$month", "year2": "$year2"}, examples=(("April of 87", "1987-04"),)),
    Rule("year month", rf"{YEAR}\s+{{month}}(?!\w)", {"month": "$month", "year": "$year"},
         examples=(("2017 april", "2017-04"),)),
    Rule("month", r"{month_alone}(?!\s*\d)", {"month": "$month_alone"}, examples=(("April", "2017-04"),)),
    # after a preposition a month word is a month ("in May that", "in dec"); the preposition stays out
    Rule("in a month", r"(?:" + "|".join(f"(?<=\\b{p}\\s)" for p in ("in", "by", "since", "until", "from", "during",
                                                                  "before", "after", "through"))
         + r"){month}(?![\w.-])(?!\s*\d)",
         {"month": "$month"}, examples=(("in May that", "2016-05", "May"), ("in dec", "2016-12", "dec"))),
    Rule("May", r"(?-i:May|MAY)(?!\s*\d)(?!\s+(?:I|we|you|he|she|it|they|be|have|not|also|well|the|a|an|this|that|all|God|i)\b)",
         {"month": 5}, examples=(("May", "2016-05"),)),
    Rule("March", r"(?-i:March|MARCH)(?!\s*\d)", {"month": 3}, examples=(("March", "2017-03"),)),
    # not inside a run of hyphenated numbers (phone numbers, ids: "138-2010-2015"), unless a
    # year comes before ("1990-1995")
    Rule("year", rf"(?<![$#\d.,/])(?:(?<!\d-)|(?<=(?<![\w-])\d{{4}}-)){YEAR}(?!-(?!(?:(?:1[0-9]|20)\d\d|\d\d)\b)\w*\d){NOT_TIME}", {"year": "$year"},
         examples=(("1998", "1998"), ("1990-1995", "1990/1995")), priority=-1),
    Rule("year with era", r"(?P<year>\d{1,4})\s*{era}(?!\w)", {"year": "$year", "bc": "$era"},
         examples=(("2014 BC", "BC2014"), ("14 a.d.", "0014"))),
    # a round spelled number is a count before what it counts ("two thousand protesters",
    # "two thousand more") unless "the year" says otherwise
    Rule("spelled year", r"(?:the\s+year\s+|(?!" + ROUND_COUNT + r"))"
         r"{year_word}(?![\s-]+(?:years?|months?|days?|dollars|people|miles|times)\b)",
         {"year": "$year_word"},
         examples=(("nineteen ninety-six", "1996"), ("the year two thousand", "2000"))),
    Rule("apostrophe year", r"'(?P<year2>\d\d)(?!\d|s)", {"year2": "$year2"}, examples=(("'99", "1999"),)),
    Rule("numeric date", NUMERIC_START + r"(?P<month>[01]?\d)(?P<sep>[/.-])(?P<day>[0-3]?\d)(?P=sep)(?:(?P<year>1[0-9]\d\d|20\d\d)|(?P<year2>\d\d))(?![\d/.]\d)",
         {"month": "$month", "day": "$day", "year": "$year", "year2": "$year2"}, priority=1,
         examples=(("3/15/2017", "2017-03-15"), ("10/31/74", "1974-10-31"), ("10.31.1974", "1974-10-31"),
                   ("from 10/1/2018-10/7/2018", "2018-10-01/2018-10-07", "10/1/2018-10/7/2018"),
                   ("10/1-11/2/2017", "2017-10-01/2017-11-02"), ("5/1-5/7/2020", "2020-05-01/2020-05-07"))),
    Rule("numeric date day first", NUMERIC_START + r"(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<month>[01]?\d)(?P=sep)(?P<year>1[0-9]\d\d|20\d\d)(?![\d/.-]\d)",
         {"month": "$month", "day": "$day", "year": "$year"}, examples=(("15/3/2017", "2017-03-15"),)),
    # ISO basic form, as in file names ("report-20170302.html"): a valid month and day only
    Rule("basic iso date", r"(?<![\d.,])(?P<year>19\d\d|20\d\d)(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?![\d,])",
         {"year": "$year", "month": "$month", "day": "$day"}, examples=(("20170302", "2017-03-02"),)),
    Rule("iso date", r"(?P<year>1[0-9]\d\d|20\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)(?!\d|-\d)",
         {"year": "$year", "month": "$month", "day": "$day"}, priority=1,
         examples=(("2017-03-15", "2017-03-15"), ("2015-3-3", "2015-03-03"))),
    # spaced as some forms and logs write it: "2016 10 16"
    Rule("spaced iso date", r"(?<![\d.,])(?P<year>19\d\d|20\d\d) (?P<month>0?[1-9]|1[0-2]) (?P<day>[0-3]?\d)(?![\d:]|[.,]\d)" + NOT_TIME,
         {"year": "$year", "month": "$month", "day": "$day"}, examples=(("2016 10 16", "2016-10-16"),)),
    Rule("year month day names", r"(?P<year>1[0-9]\d\d|20\d\d)\s*[-/]\s*{month}\s*[-/]\s*(?P<day>[0-3]?\d)(?!\d)",
         {"year": "$year", "month": "$month", "day": "$day"}, examples=(("2019/aug/01", "2019-08-01"),)),
    # the year between the month and the day, either way round: "March-2021-14", "14-2021-March"
    Rule("month year day", r"{month}\.?-(?P<year>1[0-9]\d\d|20\d\d)-(?P<day>[0-3]?\d)(?!\d)",
         {"year": "$year", "month": "$month", "day": "$day"}, priority=1, examples=(("March-2021-14", "2021-03-14"),)),
    Rule("day year month", r"(?<![\d-])(?P<day>[0-3]?\d)-(?P<year>1[0-9]\d\d|20\d\d)-{month}(?![\w-])",
         {"year": "$year", "month": "$month", "day": "$day"}, priority=1, examples=(("14-2021-March", "2021-03-14"),)),
    # month and day with a dot after "on" ("on 4.17"), not a decimal amount ("on 4.17 percent")
    Rule("month dot day", r"(?<=\bon\s)(?P<month>1[0-2]|0?[1-9])\.(?P<day>3[01]|[12]\d|0[1-9])(?![\d.]|,\d)" + NOT_TIME,
         {"month": "$month", "day": "$day"}, examples=(("on 4.17", "2017-04-17", "4.17"),)),
    Rule("day month names", r"(?P<day>[0-3]?\d)\s*/\s*{month}\s*/\s*(?P<year>1[0-9]\d\d|20\d\d)",
         {"year": "$year", "month": "$month", "day": "$day"}, examples=(("22/Jan/2019", "2019-01-22"),)),
    # "9/11" with no year is the 2001 attacks' name ("the attacks of 9/11"), not this Sept. 11
    Rule("month slash day", r"(?<![\d/.])(?<!\d\s)(?!1/2\b|[13]/4\b|[1357]/8\b|\d\d?/(?:16|32)\b|9/11\b)(?P<month>[01]?\d)\s?/\s?(?P<day>[0-3]?\d)(?![\d/])" + NOT_TIME,
         {"month": "$month", "day": "$day"}, priority=-1, examples=(("2/15", "2017-02-15"),)),
    # an abbreviated month glued to its day ("mar4", "dec31"): no verb "mar" there, so any case
    Rule("month glued to day", r"(?P<month>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?P<day>[0-3]?\d)(?!\d)",
         {"month": "$month", "day": "$day"}, examples=(("mar4", "2017-03-04"), ("dec31", "2016-12-31"))),
    Rule("month name slash day", r"{month}\s*[/-]\s*(?P<day>[0-3]?\d)(?![\d/])", {"month": "$month", "day": "$day"},
         examples=(("Jan/3", "2017-01-03"),)),
    # not a season or fiscal year across two years ("the 2010-11 season" is no November)
    Rule("year month numeric", r"(?!" + TWO_YEAR_SEASON + r")(?P<year>1[0-9]\d\d|20\d\d)(?:[-/]|\s+[-/]\s*|/\s+)(?P<month>0?[1-9]|1[0-2])(?![\d/-])(?!\s*[-/]\s*\d)",
         {"year": "$year", "month": "$month"}, examples=(("2014-10", "2014-10"), ("2016 / 11", "2016-11"))),
    Rule("day slash month", r"(?<![\d/.])(?P<day>1[3-9]|2\d|3[01])/(?P<month>0?[1-9]|1[0-2])(?![\d/])" + NOT_TIME,
         {"month": "$month", "day": "$day"}, examples=(("29/03", "2017-03-29"),)),
    Rule("month name slash year", r"{month}\s*/\s*(?P<year>1[0-9]\d\d|20\d\d)", {"month": "$month", "year": "$year"},
         examples=(("Dec/2018", "2018-12"),)),
    Rule("month slash year", r"(?<![\d/.-])(?P<month>0?[1-9]|1[0-2])\s?[/-]\s?(?P<year>1[0-9]\d\d|20\d\d)(?![\d/-])",
         {"year": "$year", "month": "$month"}, examples=(("2/2013", "2013-02"), ("11 -2016", "2016-11"))),
    Rule("day of month alone", r"(?:on\s+)?(?P<mention>(?:the\s+|(?<=on\s))(?P<day>[0-3]?\d)(?:st|nd|rd|th))"
         r"(?=\s*(?:[.,;:!?)]|$|of\b|this\b|next\b|at\b|-\s))",
         {"day": "$day"}, examples=(("the 4th", "2017-01-04"), ("on 29th.", "2016-12-29", "29th"))),
    # the nth week of a month named by its abbreviation, which alone is no month ("the 2nd week of
    # jan"; not inside "the fifth last day of jan", an nth from the end)
    Rule("nth unit of a month", r"(?<!th\s)(?<!st\s)(?<!nd\s)(?<!rd\s)(?:the\s+)?{ordinal}\s+{nth_unit}\s+(?:of|in)\s+"
         r"(?=(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b){month}" + DOT + r"(?!\w)(?!\s*\d)",
         {"nth": "$ordinal", "nth_unit": "$nth_unit", "within": {"month": "$month"}},
         examples=(("the 3rd week of feb", "2017-W08"),)),
    # "this" before a day of the month: this month's ("I'm off this 21st")
    Rule("this day of the month", r"this\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)(?!\w)",
         {"day": "$day", "within": {"shift": 0, "shift_unit": "M"}}, examples=(("this 3rd", "2017-01-03"),)),
    Rule("weekday day", r"{weekday}" + DOT + r"[ \t]*,?[ \t]+(?:the\s+)?(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?!\s*(?:[/:.,-]\s*\d|a\.?m\b|p\.?m\b|o'?clock|h\b|in\s+the))|{ordinal_day})" + NOT_A_COUNT,
         {"weekday": "$weekday", "day": ["$day", "$ordinal_day"]},
         examples=(("Tuesday the 31st", "2017-01-31"),)),
]

DECADES_QUARTERS = [
    # "the late 1980s": the part of the decade is its mod (TimeML END; "mid-1990s" MID)
    Rule("decade", rf"(?:the\s+)?{DECADE_PART}(?P<decade>1[0-9]\d|20\d)0\s?'?s(?!\w)",
         {"decade": "$decade", "mod": "$decade_part"},
         examples=(("the 1990s", "199"), ("1980's", "198"), ("the late 1980s", "198"))),
    # the century left out after an apostrophe: "the '80s", "the mid-'90s" (this century's '00s and '10s)
    Rule("short decade", rf"(?:the\s+)?{DECADE_PART}'(?P<d>[2-9])0\s?'?s(?!\w)",
         {"decade": ["$d", 190], "mod": "$decade_part"}, examples=(("the '80s", "198"), ("the mid-'90s", "199"))),
    Rule("short decade of this century", rf"(?:the\s+)?{DECADE_PART}'(?P<d>[01])0\s?'?s(?!\w)",
         {"decade": ["$d", 200], "mod": "$decade_part"}, examples=(("the '00s", "200"),)),
    Rule("decade word", rf"(?:the\s+)?{DECADE_PART}{{decade_word}}", {"decade": "$decade_word", "mod": "$decade_part"},
         examples=(("the nineties", "199"),)),
    Rule("century", r"(?:the\s+)?{century_ordinal}[\s-]+century", {"century": "$century_ordinal"},
         examples=(("the 20th century", "19"),)),
    # "the" is the noun's before an adjectival "third-quarter" ("the [third-quarter] loss"); a
    # year between them is the period's adjective, in its mention ("the 1988 second quarter")
    Rule("quarter", r"(?:the\s+" + YEAR_ADJECTIVE + r"(?!(?:(?:fiscal|calendar)[\s-]+)?\w+-(?:quarter|qtr)\b))?"
         r"(?:(?:fiscal|calendar)[\s-]+)?{quarter_ordinal}[\s-]+(?:(?:fiscal|calendar)[\s-]+)?(?:quarter|qtr)(?!\w)",
         {"quarter": "$quarter_ordinal", "year": "$year"},
         examples=(("the third quarter", "2016-Q3"), ("4th qtr", "2016-Q4"),
                   ("the third-quarter loss", "2016-Q3", "third-quarter"), ("the 1988 second quarter", "1988-Q2"))),
    Rule("quarter code", r"(?:(?:(?P<year>1[0-9]\d\d|20\d\d)|(?P<year2>\d\d))[\s-]?)?{quarter_word}(?!\w)",
         {"quarter": "$quarter_word", "year": "$year", "year2": "$year2"},
         examples=(("Q3", "2016-Q3"), ("2018Q4", "2018-Q4"), ("18q4", "2018-Q4"),
                   ("from q1 of 2017 - q3 of 2018", "2017-Q1/2018-Q3", "q1 of 2017 - q3 of 2018"))),
    # a quarter named by its months: "the July-September quarter" (Japan's fiscal first is April-June)
    Rule("quarter by its months", r"(?:the\s+)?{quarter_months}\.?\s+(?:quarter|period)(?!\w)",
         {"quarter": "$quarter_months"}, priority=1,
         examples=(("the July-September quarter", "2016-Q3"), ("the Jan.-March period", "2017-Q1"))),
    # or by its last month alone ("the December quarter", Australian and company usage)
    Rule("quarter by its last month", r"the\s+{quarter_end_month}\s+quarter(?!\w)", {"quarter": "$quarter_end_month"},
         priority=1, examples=(("the September quarter", "2016-Q3"), ("the Dec. quarter", "2016-Q4"))),
    Rule("half", r"(?:the\s+" + YEAR_ADJECTIVE + r"(?!\w+-half\b))?{half_ordinal}[\s-]+half(?!\w)",
         {"half": "$half_ordinal", "year": "$year"},
         examples=(("the second half", "2016-H2"), ("the first half", "2017-H1"), ("the 1989 first half", "1989-H1"),
                   ("the first-half loss", "2017-H1", "first-half"))),
    Rule("half code", r"(?:(?P<year>1[0-9]\d\d|20\d\d)\s?-?\s?)?h(?P<half>[12])(?!\w)", {"half": "$half", "year": "$year"},
         examples=(("2019-H2", "2019-H2"),)),
    Rule("fiscal year", r"(?:fiscal|fy|calendar|cy)\s*'?(?:(?P<year>1[0-9]\d\d|20\d\d)|(?P<year2>\d\d))(?!\d)",
         {"year": "$year", "year2": "$year2"}, examples=(("fiscal 1989", "1989"), ("cy18", "2018"))),
    Rule("season", r"{season_alone}", {"season": "$season_alone"}, examples=(("summer", "2016-SU"),), priority=-1),
    # "spring" is a season after a preposition and "the" ("expected in the spring"), not "the
    # spring in the garden"; "fall" only after one of time ("by the fall"), not "died in the fall"
    Rule("the spring", r"(?:(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bover\s))the\s+(?=spring\b)|"
         r"(?:(?<=\bby\s)|(?<=\buntil\s)|(?<=\binto\s))the\s+(?=(?:spring|fall)\b))"
         r"{season}(?![\w-])(?!\s+(?:of|in|from|to)\b)", {"season": "$season"},
         examples=(("the vote is due in the spring", "2017-SP", "the spring"),)),
    Rule("relative season", r"{relative}\s+{season}", {"season": "$season", "rel": "$relative"},
         examples=(("last fall", "2016-FA"), ("this summer", "2017-SU"))),
    Rule("season of year", rf"(?:the\s+)?{{season}}\s+(?:of\s+)?{YEAR}", {"season": "$season", "year": "$year"},
         examples=(("summer 2012", "2012-SU"),)),
] + REPORT_PERIODS

RELATIVE = [
    Rule("weekday", r"{weekday}(?:(?<!y)\.)?", {"weekday": "$weekday"},
         examples=(("Tuesday", "2017-01-24"), ("Friday", "2017-01-20"), ("Thursday", "2017-01-26"))),
    Rule("relative weekday", r"{weekday_relative}\s+{weekday}(?:(?<!y)\.)?", {"weekday": "$weekday", "*": ["$weekday_relative"]},
         examples=(("next tuesday", "2017-01-31"), ("last friday", "2017-01-20"), ("this coming Friday", "2017-01-27"))),
    Rule("relative month", r"{relative}\s+{month}(?!\.?\s*\d)" + DOT, {"month": "$month", "rel": "$relative"},
         examples=(("last April", "2016-04"), ("next March", "2017-03"))),
    Rule("relative day", r"{rel_day}", {"offset": "$rel_day", "offset_unit": "D"},
         examples=(("yesterday", "2017-01-23"), ("tomorrow", "2017-01-25"), ("today", "2017-01-24"))),
    Rule("day after tomorrow", r"(?:the\s+)?day\s+after\s+tomorrow", {"offset": 2, "offset_unit": "D"},
         examples=(("the day after tomorrow", "2017-01-26"),)),
    Rule("day before yesterday", r"(?:the\s+)?day\s+before\s+yesterday", {"offset": -2, "offset_unit": "D"},
         examples=(("the day before yesterday", "2017-01-22"),)),
    Rule("the day before", r"the\s+(?:day|night)\s+before(?=\s*(?:[.,;:!?)]|$|and\b|but\b|when\b|that\b))",
         {"offset": -1, "offset_unit": "D", "anaphora": "relative"}, priority=-1,
         examples=(("the day before", "2017-01-23"),)),
    # counted from the time the text last named, else from the reference (anaphora.py)
    Rule("the following unit", r"(?:(?:the\s+)?(?:following|ensuing|subsequent)|the\s+next(?=\s+(?:day|morning|afternoon|evening|night)))"
         r"\s+{anaphoric_unit}(?![\w-])",
         {"offset": 1, "offset_unit": "$anaphoric_unit", "grain": "$anaphoric_unit", "anaphora": "relative"},
         priority=1, examples=(("the following year", "2018"), ("the next day", "2017-01-25"))),
    Rule("the previous unit", r"the\s+(?:previous|preceding|prior)\s+{anaphoric_unit}(?![\w-])",
         {"offset": -1, "offset_unit": "$anaphoric_unit", "grain": "$anaphoric_unit", "anaphora": "relative"},
         priority=1, examples=(("the previous month", "2016-12"),)),
    Rule("that unit", r"(?:that\s+(?:same\s+|very\s+)?|the\s+(?:same|very)\s+){anaphoric_unit}(?![\w-])",
         {"offset": 0, "offset_unit": "$anaphoric_unit", "grain": "$anaphoric_unit", "anaphora": "relative"},
         priority=1, examples=(("the same day", "2017-01-24"), ("that year", "2017"))),
    Rule("tonight", r"tonight|tonite|to-night", {"offset": 0, "offset_unit": "D", "pod": "NI"},
         examples=(("tonight", "2017-01-24TNI"),)),
    Rule("last night", r"last\s+night|overnight", {"offset": -1, "offset_unit": "D", "pod": "NI"},
         examples=(("last night", "2017-01-23TNI"),)),
    # without an article, "next evening" is tomorrow's ("the next evening" counts from the story)
    Rule("next part of day", r"(?<!\bthe\s)next\s+(?=(?:morning|afternoon|evening|night)\b){pod_word}",
         {"offset": 1, "offset_unit": "D", "pod": "$pod_word"},
         examples=(("next evening", "2017-01-25TEV"),)),
    # "last" before a part of day other than the night is yesterday's ("last evening"; not
    # "the last morning of the trip")
    Rule("last part of day", r"(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)last\s+(?=(?:morning|afternoon|evening)\b){pod_word}(?!\s+of\b)",
         {"offset": -1, "offset_unit": "D", "pod": "$pod_word"}, examples=(("last evening", "2017-01-23TEV"),)),
    Rule("this part of day", r"this\s+{pod_word}", {"shift": 0, "shift_unit": "D", "pod": "$pod_word"},
         examples=(("this morning", "2017-01-24TMO"), ("this evening", "2017-01-24TEV"))),
    Rule("relative unit", r"{relative}\s+{unit}(?!\w)", {"shift": "$relative", "shift_unit": "$unit"},
         examples=(("next month", "2017-02"), ("last week", "2017-W03"), ("this year", "2017"),
                   ("the coming week", "2017-W05"), ("last quarter", "2016-Q4"))),
    Rule("the unit", r"the\s+{basic_unit}(?!\w)(?![\s-]+(?:ago|earlier|before|after|later|of|long|old))(?!-(?:to|on|over)-)",
         {"shift": 0, "shift_unit": "$basic_unit"}, priority=-2, examples=(("the week", "2017-W04"),)),
    Rule("the year", r"(?:the\s+)?(?:full|fiscal|current\s+fiscal|calendar)\s+year(?!\s*(?:19|20)\d\d)(?![\w-])",
         {"shift": 0, "shift_unit": "Y"}, examples=(("the fiscal year", "2017"),)),
    Rule("year-end", r"(?:the\s+)?year(?:[\s-]|'s\s+)end(?![\w-])", {"shift": 0, "shift_unit": "Y", "mod": "END"},
         examples=(("year-end", "2017"), ("year's end", "2017"))),
    # without an article, an assistant's "upcoming two weeks" is the second week ahead (Duckling);
    # "the upcoming two weeks" is a duration (TimeML, the duration rule)
    Rule("nth upcoming unit", r"(?<!the\s)(?:upcoming\s+(?P<n>\d+|{number})|(?P<n2>\d+|{number:number2})\s+upcoming)"
         r"\s+{calendar_unit}(?![\w-])", {"shift": ["$n", "$n2"], "shift_unit": "$calendar_unit"},
         examples=(("upcoming two weeks", "2017-W06"), ("2 upcoming months", "2017-03"),
                   ("upcoming 2 days", "2017-01-26"), ("the upcoming two weeks", "P2W"))),
    Rule("unit after next", r"(?:the\s+)?{unit}\s+after\s+next", {"shift": 2, "shift_unit": "$unit"},
         examples=(("the week after next", "2017-W06"),)),
    Rule("weekday after next", r"{weekday}\s+after\s+next", {"weekday": "$weekday", "occurrence": 2},
         examples=(("friday after next", "2017-02-03"),)),
    Rule("weekdays from now", r"(?P<n>\d+|{number})\s+{weekday_plural}\s+(?:from\s+(?:now|today)|hence)",
         {"weekday": "$weekday_plural", "occurrence": "$n"}, examples=(("3 fridays from now", "2017-02-10"),)),
    Rule("weekdays ago", r"(?P<n>\d+|{number})\s+{weekday_plural}\s+(?:ago|back)",
         {"weekday": "$weekday_plural", "occurrence": "-$n"}, examples=(("2 thursdays ago", "2017-01-12"),)),
    Rule("month after next", r"{month}\s+after\s+next", {"month": "$month", "occurrence": 2},
         examples=(("March after next", "2018-03"),)),
    # the days left of this week, today through Sunday (of a month or year: that period, TimeML)
    Rule("rest of the week", r"(?:the\s+)?(?:rest|remainder|remaining)\s+of\s+(?:the|this)\s+week(?![\w-])",
         {"from": {"offset": 0, "offset_unit": "D"},
          "to": {"nth": -1, "nth_unit": "D", "within": {"shift": 0, "shift_unit": "W"}}}, priority=1,
         examples=(("rest of the week", "2017-01-24/2017-01-29"), ("the remainder of this week", "2017-01-24/2017-01-29"))),
    Rule("rest of unit", r"(?:the\s+)?(?:rest|remainder)\s+of\s+(?:the|this)\s+{unit}", {"shift": 0, "shift_unit": "$unit"},
         examples=(("rest of the year", "2017"),)),
    Rule("period abbreviation", r"(?:the\s+)?{period_abbreviation}", {"*": ["$period_abbreviation"]},
         examples=(("EOM", "2017-01"),)),
    Rule("unit after of", r"(?<=of\s){basic_unit}(?!\w)", {"shift": 0, "shift_unit": "$basic_unit"}),
    Rule("unit to date", r"{basic_unit}[\s-]+to[\s-]+date",
         {"shift": 0, "shift_unit": "$basic_unit"}, examples=(("year-to-date", "2017"),)),
    Rule("week number", rf"(?:the\s+)?week\s+(?P<week>[1-5]?\d)(?:\s+(?:of\s+)?{YEAR})?(?!\d)",
         {"week": "$week", "year": "$year"}, examples=(("week 10 of 2017", "2017-W10"),)),
]

CLOCK = [
    # a bare hour with one letter is a clock only after "at" or in a range ("at 3p", "from 9a to 11a";
    # "Article 4a" is none)
    Rule("clock ampm", r"(?:(?<=\b(?:at|to)\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=[@-])|(?<=[@-]\s)"
         r"|(?=[01]?\d[ap]\s*(?:-|to|until|till)\s*[01]?\d(?::\d\d)?\s*[ap])|(?![01]?\d[ap](?!\w)))(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d)(?:[:.](?P<second>[0-5]\d))?)?(?:\s*o'?\s?clock)?(?:\s*ish)?(?:\.?\s*{ampm_full}|{ampm_short})(?!\w)",
         {"hour": "$hour", "minute": "$minute", "second": "$second", "ampm": ["$ampm_full", "$ampm_short"]},
         examples=(("2 p.m.", "2017-01-24T14:00"), ("10:30 am", "2017-01-24T10:30"), ("3:18a", "2017-01-24T03:18"),
                   ("at 3p", "2017-01-24T15:00", "3p"))),
    Rule("hhmm ampm", r"(?P<hhmm>[01]?\d[0-5]\d)\s*{ampm_full}(?!\w)", {"hhmm": "$hhmm", "ampm": "$ampm_full"},
         examples=(("1140 a.m.", "2017-01-24T11:40"),)),
    Rule("digital clock", r"(?<![\d:.,$])(?P<hour>[01]?\d|2[0-4]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?![\d:])",
         {"hour": "$hour", "minute": "$minute", "second": "$second"},
         examples=(("14:30", "2017-01-24T14:30"), ("15:23:24", "2017-01-24T15:23:24"))),
    Rule("h clock", r"(?P<hour>[01]?\d|2[0-4])h(?P<minute>[0-5]\d)(?!\w)|(?P<hour24>1[3-9]|2[0-3]|[01]?\d(?=h\s*(?:{zone}|-|for)))h(?!\w)",
         # the "h" notation counts 24 hours: "3h18" is 03:18, never the afternoon's
         {"hour": ["$hour", "$hour24"], "minute": "$minute", "h24": True},
         examples=(("15h30", "2017-01-24T15:30"), ("3h18", "2017-01-24T03:18"))),
    Rule("o'clock", r"(?P<hour>[01]?\d)\s*o'?\s?clock|{hour_word}\s*o'?\s?clock", {"hour": ["$hour", "$hour_word"]},
         examples=(("8 o'clock", "2017-01-24T08:00"),)),
    Rule("spelled clock ampm", r"{hour_word}(?:[\s-]+{minute_word})?\s+{ampm_full}(?!\w)",
         {"hour": "$hour_word", "minute": "$minute_word", "ampm": "$ampm_full"},
         examples=(("seven thirty p.m.", "2017-01-24T19:30"), ("three am", "2017-01-24T03:00"))),
    Rule("spelled clock", r"{hour_word}[\s-]+{minute_word}(?!\w)", {"hour": "$hour_word", "minute": "$minute_word", "latent": True}),
    Rule("at hour", r"(?:at|@|(?:from|starting\s+at)(?=\s*\S+\s+for\s))\s*(?P<mention>(?P<hour>[01]?\d|2[0-3])|{hour_word})(?:\s*ish)?(?![\d:,.]?\d)"
         # nor a count before a part of day used as an adjective ("at 2 morning sessions")
         r"(?!\s+(?:past|after|to|till|before)\s)(?!\s+(?:morning|afternoon|evening|night)\s+[a-z])" + NOT_TIME,
         {"hour": ["$hour", "$hour_word"], "latent": True}),
    Rule("at hour and minutes", r"(?:at|@)\s*(?P<mention>(?P<hour>[01]?\d|2[0-3])[.\s](?P<minute>[0-5]\d)|{hour_word}[\s-]+{minute_word})(?![\d:,.]?\d)" + NOT_TIME,
         {"hour": ["$hour", "$hour_word"], "minute": ["$minute", "$minute_word"]},
         examples=(("at 6.45", "2017-01-24T06:45", "6.45"), ("at three twenty", "2017-01-24T03:20", "three twenty"))),
    # a clock without a colon only where nothing else can follow ("at 469 Vermont St." is an address)
    Rule("at hhmm", r"(?:at|@)\s*(?:(?:about|around|approximately)\s+)?(?P<mention>(?P<hhmm>(?:1[0-2]|0?[1-9])[0-5]\d)(?:\s*ish)?)"
         r"(?=\s*(?:$|[.,;!?)](?!\d)|\s(?:in\s+the\s+{pod_word}|tonight|today|tomorrow)\b))",
         {"hhmm": "$hhmm"}, examples=(("at 1030", "2017-01-24T10:30", "1030"),
                                      ("at 730 in the evening", "2017-01-24T19:30", "730 in the evening"))),
    # an approximate hhmm standing alone is a clock ("Around 1030?"); in a clause, a year or a
    # number ("built around 1030", "rose to about 1030")
    Rule("about hhmm", r"(?<![\w,]\s)(?<!\w)(?:about|around|approximately|approx\.?|circa)\s+(?P<mention>(?P<hhmm>(?:1[0-2]|0?[1-9])[0-5]\d))"
         r"(?=\s*(?:$|[.,;!?)](?!\d)))", {"hhmm": "$hhmm"}, priority=1,
         examples=(("around 1030", "2017-01-24T10:30", "1030"),)),
    # after a part of day, "around 3" where nothing follows is its hour ("Sunday afternoon around 3");
    # alone, or before a noun ("Friday evening about 12 men"), a count
    Rule("about an hour of the part of day", r"(?:(?<=morning\s)|(?<=afternoon\s)|(?<=evening\s)|(?<=night\s))"
         r"(?:around|about)\s+(?:(?P<hour>[01]?\d)|{hour_word})(?=\s*(?:$|[.,;!?)](?!\d)|\s+(?:o'?clock|local)\b))",
         {"hour": ["$hour", "$hour_word"], "mod": "APPROX", "latent": True}),
    Rule("hour ish", r"(?P<hour>1[0-2]|0?[1-9])\s*ish(?!\w)", {"hour": "$hour"}, examples=(("11ish", "2017-01-24T11:00"),)),
    Rule("between bare hours", r"between\s+(?P<mention>(?P<h1>[01]?\d|2[0-3])\s+and\s+(?P<h2>[01]?\d|2[0-3]))(?=\s+(?:on|in\s+the|o'?clock|today|tomorrow|tonight|yesterday|last\s+night|(?:this|last|next)\s+(?:morning|afternoon|evening)))",
         {"from": {"hour": "$h1"}, "to": {"hour": "$h2"}, "latent": True}),
    Rule("quarter or half hour", r"(?:a\s+)?{clock_fraction}(?=\s+(?:past|after|to|till|before)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight))", {"amount": "$clock_fraction", "unit": "MIN"},
         priority=1),
    Rule("military with zone", r"(?P<hhmm>[0-2]\d[0-5]\d)\s*(?:hours?\s+|hrs\s+)?(?P<zparen>\()?{zone}(?(zparen)\))", {"hhmm": "$hhmm", "zone": "$zone"},
         examples=(("1100Z", "2017-01-24T11:00"), ("0735 GMT", "2017-01-24T07:35"))),
    Rule("noon", r"(?:12\s*)?{noon_word}", {"hour": "$noon_word"},
         examples=(("noon", "2017-01-24T12:00"),)),
    # midnight with a named day is the one ending it (AP style, TimeML T24:00): "midnight Friday"
    Rule("midnight", r"(?:12\s*)?{midnight_word}", {"hour": "$midnight_word", "day_end": True},
         examples=(("midnight", "2017-01-24T00:00"),)),
    Rule("hour in the part of day", r"(?:(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?|{hour_word})\s+in\s+the\s+{pod_word}",
         {"hour": ["$hour", "$hour_word"], "minute": "$minute", "pod": "$pod_word"}, examples=(("3 in the morning", "2017-01-24T03:00"),)),
    # "at night" names the part of day as "in the night" does: "12 at night" is midnight
    Rule("hour at night", r"(?:(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?|{hour_word})\s+at\s+night\b",
         {"hour": ["$hour", "$hour_word"], "minute": "$minute", "pod": "NI"},
         examples=(("10 at night", "2017-01-24T22:00"), ("12 at night", "2017-01-24T00:00"))),
    Rule("hour before relative day", r"(?:(?P<hour>[01]?\d)|{hour_word})(?=\s+(?:tonight|tomorrow|today|this\s+(?:morning|afternoon|evening)))",
         {"hour": ["$hour", "$hour_word"], "latent": True}),
    Rule("early part of day", r"(?:(?:in\s+)?the\s+)?early\s+(?:hours\s+of\s+(?:the\s+)?|in\s+the\s+)?morning|(?:in\s+)?the\s+early\s+hours",
         {"pod": "MO"}, examples=(("early morning", "2017-01-24TMO"),)),
    Rule("late part of day", r"(?:the\s+)?(?:late|early)\s+{pod_word}(?!\w)", {"pod": "$pod_word"},
         examples=(("late evening", "2017-01-24TEV"), ("early afternoon", "2017-01-24TAF"))),
    # "the dawn of a new era" is a beginning, not a time of day
    Rule("part of day", r"(?<!good\s)(?:the\s+)?{pod_word}(?!(?<=dawn)\s+of\s+(?:a|an|the|this|new|modern)\b)",
         {"pod": "$pod_word"}, priority=-1, examples=(("the morning", "2017-01-24TMO"),)),
    Rule("zone", r"(?P<zparen>\()?{zone}(?(zparen)\))", {"zone": "$zone"}),
    Rule("ampm alone", r"(?<=\s){ampm_full}(?!\w)", {"ampm": "$ampm_full"}),
]

FEASTS = [
    Rule("feast", r"{feast}(?!'s\s+(?:cathedral|church|basilica|chapel|college|school|hospital|parish|university))", {"*": ["$feast"]},
         examples=(("Christmas", "2016-12-25"), ("thanksgiving", "2016-11-24"), ("Easter", "2017-04-16"),
                   ("Eid al-Fitr", "2016-07-06"), ("Chinese New Year", "2017-01-28"), ("Yom Kippur", "2016-10-12"),
                   ("Passover 2018", "2018-03-31/2018-04-07"), ("Diwali 2019", "2019-10-27"), ("Holi 2019", "2019-03-21"),
                   ("Makar Sankranti 2019", "2019-01-15"), ("Lent 2018", "2018-02-14/2018-03-31"),
                   ("Rabindra Jayanti 2019", "2019-05-09"), ("Jumu'atul-Wida 2018", "2018-06-08"),
                   ("King's Day 2019", "2019-04-27"))),
]

# "lent" is the verb unless a year ending the clause follows ("lent 2018", not "lent 2000 pounds")
FEASTS.append(Rule("lent of a year", r"lent(?=\s+(?:19|20)\d\d\s*(?:[.,;!?)]|$))", {"feast": "easter:46-46"},
                   examples=(("during lent 2018.", "2018-02-14/2018-03-31", "lent 2018"),)))

RULES = NOT_TIMES + FEASTS + DATES + DECADES_QUARTERS + RELATIVE + CLOCK + DURATIONS + SETS + REFERENCES
