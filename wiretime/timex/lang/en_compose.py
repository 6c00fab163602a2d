"""English composition rules: what already found expressions make together.

`{@KINDS:name}` is one found expression of those kinds (D date, C clock, T date+clock,
R range, P part of day, Z zone, S set, U duration; see language.PART_KINDS). Priorities:
ranges (3) before modifiers and anchors (2) before plain merges (1, in en_merges.py), so that
"9:30 - 11:00 on Thursday" is a range first, then a range on Thursday.
"""

from wiretime.timex.rules import Rule

_RANGE_WORDS = r"-|to|till|til|'til|until|untill|through|thru|up\s+to"
# between two found expressions "and" joins no range without "between" ("July 13 and July 15"
# are two dates); next to a bare day or hour it does ("13 and 15 July")
RANGE_TO = rf"(?:{_RANGE_WORDS})"
TO = rf"(?:{_RANGE_WORDS}|and)"
HOUR = r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?(?![\d:])"
DAY = r"(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
COARSE_UNITS = ["M", "Q", "Y", "DE", "CE"]  # durations that name a period when counted back or on
# after a day: no clock time of that day follows ("a day starting this Friday at 5 pm")
NO_CLOCK = r"(?![\s,]+(?:at\b|@|\d))"
# wire copy's "local time" after a clock, before the day it falls on
LOCAL = r"(?:\s+local(?:\s+time)?)?"
NO_UNIT = r"(?!\s*(?:%|percent|a\.?m|p\.?m|[:.]\d|,\d|\d|\s+(?:years?|months?|weeks?|days?|hours?|minutes?|people|times)))"

RANGES = [
    Rule("range", r"(?:from\s+)?(?P<mention>{@DT:a}\s*" + RANGE_TO + r"\s*(?:the\s+)?{@DCT:b})",
         {"from": "$a", "to": "$b"}, priority=3,
         examples=(("July 13 - July 15", "2016-07-13/2016-07-15"), ("from 1990 to 1995", "1990/1995", "1990 to 1995"))),
    # a clock time alone runs to a clock time, not to a date ("Race - 3pm - this week": two times)
    Rule("clock range", r"(?:from\s+)?(?P<mention>{@C:a}\s*" + RANGE_TO + r"\s*(?:the\s+)?{@CT:b})",
         {"from": "$a", "to": "$b"}, priority=3,
         examples=(("9:30 - 11:00", "2017-01-24T09:30/2017-01-24T11:00"),)),
    Rule("interval", r"{@T:a}\s*/\s*{@T:b}", {"from": "$a", "to": "$b"},
         examples=(("2015-03-28 17:00:00/2015-03-29 21:00:00", "2015-03-28T17:00/2015-03-29T21:00"),)),
    Rule("between range", r"(?:in\s+)?between\s+(?P<mention>{@DCT:a}\s+and\s+{@DCT:b})", {"from": "$a", "to": "$b"},
         priority=3, examples=(("between 2007 and 2009", "2007/2009", "2007 and 2009"),)),
    Rule("between now and date", r"between\s+{@F:n}\s+and\s+{@D:b}",
         {"from": {"offset": 0, "offset_unit": "D"}, "to": "$b", "require": {"n": {"ref": "PRESENT_REF"}}},
         priority=3, examples=(("between now and March 3", "2017-01-24/2017-03-03"),)),
    Rule("from now to date", r"from\s+{@F:n}\s+(?:to|until|till|through|thru)\s+{@D:b}",
         {"from": {"offset": 0, "offset_unit": "D"}, "to": "$b", "require": {"n": {"ref": "PRESENT_REF"}}},
         priority=3, examples=(("from now until Friday", "2017-01-24/2017-01-27"),)),
    # a range ending at the reference, both ends days: "from March to date", "from June until
    # now", "between May and now"; the start is the latest such before the reference (the current month's when it is
    # the current month: the second form is for those the nearest reading puts ahead)
    Rule("from date to now", r"(?:from|between)\s+(?P<mention>{@D:a}\s+(?:(?:to|until|till|through|thru|and)\s+)?{@F:n})",
         {"from": "$a", "to": {"offset": 0, "offset_unit": "D"}, "require": {"n": {"ref": "PRESENT_REF"}}},
         priority=3, examples=(("from January to date", "2017-01-01/2017-01-24", "January to date"),
                               ("from 2015 until now", "2015-01-01/2017-01-24", "2015 until now"))),
    Rule("from an earlier date to now", r"(?:from|between)\s+(?P<mention>{@D:a}\s+(?:(?:to|until|till|through|thru|and)\s+)?{@F:n})",
         {"from": {"*": ["$a"], "dir": "past"}, "to": {"offset": 0, "offset_unit": "D"},
          "require": {"n": {"ref": "PRESENT_REF"}}}, priority=2,
         examples=(("from June to date", "2016-06-01/2017-01-24", "June to date"),)),
    # a clock time counted from the moment of speaking: PRESENT_REF is that end
    Rule("between now and a clock time", r"between\s+{@F:n}\s+and\s+{@CT:b}",
         {"from": {"ref": "PRESENT_REF"}, "to": "$b", "require": {"n": {"ref": "PRESENT_REF"}}},
         priority=3, examples=(("between now and 6 pm", "PRESENT_REF/2017-01-24T18:00"),)),
    Rule("between a clock time and now", r"between\s+{@CT:a}\s+and\s+{@F:n}",
         {"from": "$a", "to": {"ref": "PRESENT_REF"}, "require": {"n": {"ref": "PRESENT_REF"}}},
         priority=3),  # example in tests/test_timex_en_ranges.py (the examples' reference is a midnight)
    Rule("from now until duration later", r"from\s+{@F:n}\s+(?:to|until|till)\s+{@U:d}\s+(?:later|from\s+now)",
         {"from": {"ref": "PRESENT_REF"}, "to": {"offset": "$d.amount", "offset_unit": "$d.unit"},
          "require": {"n": {"ref": "PRESENT_REF"}, "d": "amount"}},
         priority=3, examples=(("from now until 3 min later", "PRESENT_REF/2017-01-24T00:03"),)),
    Rule("later but before", r"later\s+than\s+{@CT:a}\s+but\s+before\s+{@CT:b}", {"from": "$a", "to": "$b"},
         priority=3),
    Rule("date to day", r"{@D:a}\s*" + TO + r"\s*" + DAY + NO_UNIT, {"from": "$a", "to": {"day": "$day"},
         "require": {"a": "day"}}, priority=3, examples=(("July 13-15", "2016-07-13/2016-07-15"),)),
    Rule("day to date", r"(?:from\s+|between\s+)?" + DAY + r"\s*" + TO + r"\s*{@D:b}",
         {"from": {"day": "$day"}, "to": "$b", "require": {"b": "day"}}, priority=3,
         examples=(("from 13 to 15 July", "2016-07-13/2016-07-15"), ("23rd to 26th Oct", "2016-10-23/2016-10-26"))),
    Rule("date to spelled day", r"{@D:a}\s*" + TO + r"\s*(?:the\s+)?{ordinal_day}(?![\w-])",
         {"from": "$a", "to": {"day": "$ordinal_day"}, "require": {"a": "day"}}, priority=3,
         examples=(("april ninth through seventeenth", "2017-04-09/2017-04-17"),
                   ("from april the ninth till the seventeenth", "2017-04-09/2017-04-17",
                    "april the ninth till the seventeenth"))),
    Rule("spelled day to date", r"(?:from\s+|between\s+)?(?:the\s+)?{ordinal_day}\s+" + TO + r"\s+{@D:b}",
         {"from": {"day": "$ordinal_day"}, "to": "$b", "require": {"b": "day"}}, priority=3,
         examples=(("between the ninth and the seventeenth of april", "2017-04-09/2017-04-17"),)),
    Rule("clock to hour", r"{@CT:a}\s*" + TO + r"\s*" + HOUR + NO_UNIT, {"from": "$a", "to": {"hour": "$hour",
         "minute": "$minute"}, "require": {"a": "hour"}}, priority=3,
         examples=(("8am until 6", "2017-01-24T08:00/2017-01-24T18:00"),)),
    Rule("clock to hours", r"{@CT:a}\s*(?:-|to|till|until)\s*{@U:b}", {"from": "$a", "to": {"hour": "$b.amount"},
         "require": {"a": "hour", "b": {"unit": "H"}}}, priority=3),
    # ("meet at 2pm for 1 hr": a time, then how long; "4pm for 30 mins", "from 9 for 2.5 hrs": a range)
    Rule("time for duration", r"(?:for\s+{@U:d}\s+(?:starting\s+)?(?:from\s+)?{@CT:x}|(?:from\s+|(?<!\bat\s)){@CT:y}\s+for\s+{@U:e})",
         {"from": ["$x", "$y"], "to": {"offset": ["$d.amount", "$e.amount"], "offset_unit": ["$d.unit", "$e.unit"],
                                    "offset_units": ["$d.units", "$e.units"], "anchor": ["$x", "$y"]}}, priority=3,
         examples=(("4pm for 30 mins", "2017-01-24T16:00/2017-01-24T16:30"),
                   ("from 10 am for 3 hours 30 minutes", "2017-01-24T10:00/2017-01-24T13:30",
                    "10 am for 3 hours 30 minutes"))),
    # a day and how long from it, where "from/starting" says the stretch begins there ("from Dec.
    # 18 for 10 days", "for 1 week, from 20th dec", "3 days starting next Monday"), or a stated day
    # of a month right before "for" ("18th Dec for 10 days"); not "jailed Monday for 10 days"
    *(Rule(f"{form} ({day})", pattern, {"from": "$x", "require": {"x": day, "d": "amount"},
                                       "to": {"offset": "$d.amount", "offset_unit": "$d.unit", "anchor": "$x"}},
           priority=3, examples=examples if day == "day" else ())
      for day in ("day", "weekday")
      for form, pattern, examples in (
          ("for duration from date", r"for\s+(?P<mention>{@U:d}\s*,?\s+(?:(?:starting|beginning)\s+)?"
           r"(?:from|starting|beginning)(?:\s+on)?\s+{@D:x})" + NO_CLOCK,
           (("for two weeks from March 3", "2017-03-03/2017-03-17", "two weeks from March 3"),)),
          ("duration starting date", r"{@U:d}\s*,?\s+(?:starting|beginning)(?:\s+(?:from|on))?\s+{@D:x}" + NO_CLOCK,
           (("3 days starting March 6", "2017-03-06/2017-03-09"),)),
          ("from date for duration", r"(?:from|starting(?:\s+(?:from|on))?|beginning(?:\s+on)?)\s+"
           r"(?P<mention>{@D:x}\s*,?\s+for\s+{@U:d})",
           (("from Dec. 18 for 10 days", "2016-12-18/2016-12-28", "Dec. 18 for 10 days"),)))),
    Rule("day of month for duration", r"(?<![\w,]\s){@D:x}\s+for\s+{@U:d}",
         {"from": "$x", "to": {"offset": "$d.amount", "offset_unit": "$d.unit", "anchor": "$x"},
          "require": {"x": "day", "d": "amount"}, "forbid": {"x": "weekday"}}, priority=3,
         examples=(("18th Dec for 10 days", "2016-12-18/2016-12-28"),)),
    # minutes before noon or midnight: a range cannot run from 15:00 back to noon ("15 to noon")
    Rule("minutes to noon", r"(?<![\d:.])(?<!\bfrom\s)(?<!\bbetween\s)(?P<n>1[3-9]|[2-5]\d)\s+(?:to|till|before)\s+{@C:h}",
         {"offset": "-$n", "offset_unit": "MIN", "anchor": "$h", "require": {"h": {"hour": [0, 12]}}}, priority=4,
         examples=(("15 to noon", "2017-01-24T11:45"), ("it will end at 20 to midnight", "2017-01-24T23:40", "20 to midnight"))),
    Rule("hour to clock", r"(?:from\s+|between\s+)?" + HOUR + r"\s*" + TO + r"\s*{@CT:b}",
         {"from": {"hour": "$hour", "minute": "$minute"}, "to": "$b", "require": {"b": "hour"}}, priority=3,
         examples=(("3-4pm", "2017-01-24T15:00/2017-01-24T16:00"),
                   ("3:30 to 6 p.m.", "2017-01-24T15:30/2017-01-24T18:00"))),
]

MODIFIERS = [
    Rule("end of", r"(?:the\s+)?(?:very\s+)?(?:end|close|last\s+part|latter\s+part)\s+of\s+(?:the\s+)?{@DR:x}|(?:late|later)[\s-]+(?:in\s+)?(?:the\s+)?{@D:y}|end-{@D:z}",
         {"*": ["$x", "$y", "$z"], "mod": "END"}, priority=2,
         examples=(("the end of the year", "2017"), ("late last week", "2017-W03"), ("end of April", "2017-04"),
                   ("by end-2013", "2013", "end-2013"))),
    Rule("start of", r"(?:the\s+)?(?:very\s+)?(?:beginning|start|outset|first\s+part|dawn)\s+of\s+(?:the\s+)?{@DR:x}|(?:early|earlier)[\s-]+(?:in\s+)?(?:the\s+)?{@D:y}",
         {"*": ["$x", "$y"], "mod": "START"}, priority=2,
         examples=(("early next week", "2017-W05"), ("the beginning of 2000", "2000"))),
    Rule("middle of", r"(?:the\s+)?middle\s+of\s+(?:the\s+)?{@DR:x}|mid[\s-]*{@DP:y}", {"*": ["$x", "$y"], "mod": "MID"},
         priority=2, examples=(("mid-November", "2016-11"), ("by mid afternoon", "2017-01-24TAF", "mid afternoon"))),
    Rule("approximately", r"(?:about|(?<!\bget\s)(?<!\bgot\s)(?<!\bgetting\s)(?<!\bcome\s)(?<!\bturn\s)around|approximately|approx\.?|nearly|almost|roughly|some|circa|an\s+estimated|just\s+about|close\s+to|or\s+so)\s+{@DCTUR:x}",
         {"*": ["$x"], "mod": "APPROX"}, priority=2, examples=(("about three years", "P3Y"),)),
    Rule("approximately after", r"{@CTU:x}\s+(?:approximately|or\s+so|or\s+thereabouts|give\s+or\s+take)",
         {"*": ["$x"], "mod": "APPROX"}, priority=2),
    Rule("more than", r"(?:more\s+than|at\s+least|upwards\s+of|longer\s+than|no\s+less\s+than)\s+{@DTU:x}",
         {"*": ["$x"], "mod": "MORE_THAN"}, priority=2, examples=(("more than four decades", "P4DE"),)),
    # "over" is "more than" only before an amount: "over the weekend", "over the past decade",
    # "over the years", "over several months" are a preposition and a time (TimeML keeps the
    # preposition out)
    Rule("over an amount", r"over\s+{@U:x}", {"*": ["$x"], "mod": "MORE_THAN", "forbid": {"x": ["lead", {"amount": "X"}]}},
         priority=2,
         examples=(("over two weeks", "P2W"), ("over the past two weeks", "P2W", "the past two weeks"),
                   ("it grew over several years", "PXY", "several years"))),
    Rule("less than", r"(?:less\s+than|under|up\s+to|no\s+more\s+than|fewer\s+than|shorter\s+than)\s+{@DTU:x}",
         {"*": ["$x"], "mod": "LESS_THAN"}, priority=2),
    Rule("after", r"(?:since|after|starting(?:\s+(?:on|at|from))?|beginning(?:\s+(?:on|at))?|as\s+of|effective|no\s+earlier\s+than|anytime\s+after|from)\s+(?P<mention>{@DCT:x})",
         {"*": ["$x"], "mod": "AFTER", "forbid": {"x": "anaphora"}}, priority=2,
         examples=(("since 1990", "1990", "1990"),)),
    # "since" a month or a day of it reaches back a whole year, further than a past tense alone
    # (en.py): "held steady since December", "since Dec. 5" in October are last December's
    Rule("since a month", r"since\s+(?P<mention>{@D:x})",
         {"*": ["$x"], "mod": "AFTER", "reach": 366, "require": {"x": "month"}, "forbid": {"x": ["year", "anaphora"]}},
         priority=3, examples=(("has held since December", "2016-12", "December"),)),
    Rule("before", r"(?:before|until|till|untill|by|through|prior\s+to|ahead\s+of|no\s+later\s+than|sometimes?\s+before)\s+(?P<mention>{@DCT:x})",
         {"*": ["$x"], "mod": "BEFORE"}, priority=2, examples=(("until 2:00pm", "2017-01-24T14:00", "2:00pm"),)),
    Rule("or later", r"{@DCT:x}\s+or\s+(?:later|after)(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|when|if|to|on|at)\b)", {"*": ["$x"], "mod": "ON_OR_AFTER"}, priority=2),
]

# words in -est that are no superlative ("the protest in two weeks" may be a date ahead)
NOT_SUPERLATIVE = (r"(?:te|conte|prote|atte|dete|intere|reque|que|inque|conque|we|midwe|(?:north|south)we|re|unre|"
                   r"harve|gue|fore|che|ne|pe|cre|arre|manife|sugge|behe|mode|hone|dige|prie|inve|dive|ve|ze|je)st")

ANCHORS = [
    # "ago" counts from the reference (but "a year ago" after a quarter is that quarter's
    # year-ago one); "earlier" and "later" from the time the text last named (anaphora.py).
    # Only a month or more: "three days later", "a day earlier" are TimeML durations (the
    # word after is a signal), "a year earlier" the year-ago period (TimeBank's business news)
    Rule("duration ago", r"{@U:d}\s+(?:ago|back)(?!\s+than\b)",
         {"offset": "-$d.amount", "offset_unit": "$d.unit", "mod": "$d.mod", "anaphora": "deictic",
          "require": {"d": "amount"}}, priority=2,
         examples=(("three days ago", "2017-01-21"), ("two years ago", "2015"))),
    # an uncounted stretch back names no period, only the past (TimeML: "ago" in the span)
    Rule("vague duration ago", r"{@U:d}\s+(?:ago|back)(?!\s+than\b)",
         {"ref": "PAST_REF", "require": {"d": {"amount": "X"}}}, priority=2,
         examples=(("several years ago", "PAST_REF"), ("a few weeks ago", "PAST_REF"))),
    Rule("duration earlier", r"{@U:d}\s+(?:earlier|previously|before)(?!\s+than\b)(?!\s+\S*\d)",
         {"offset": "-$d.amount", "offset_unit": "$d.unit", "mod": "$d.mod", "anaphora": "relative",
          "require": {"d": {"unit": COARSE_UNITS}}}, priority=2,
         examples=(("a year earlier", "2016"), ("A day earlier", "P1D", "A day"))),
    Rule("duration later", r"{@U:d}\s+(?:later|afterwards?)(?!\s+than\b)",
         {"offset": "$d.amount", "offset_unit": "$d.unit", "anaphora": "relative",
          "require": {"d": {"unit": COARSE_UNITS}}},
         priority=2, examples=(("a year later", "2018"), ("Three days later", "P3D", "Three days"),
                               ("over an hour later", "PT1H", "over an hour"))),
    Rule("duration from now", r"{@U:d}\s+(?:from\s+(?:right\s+)?{@F:n}|from\s+today|hence)",
         {"offset": "$d.amount", "offset_unit": "$d.unit", "fine_grain": "D", "require": {"d": "amount"}},
         priority=2, examples=(("three weeks from now", "2017-02-14"),)),
    # "in two years" is a date ahead unless the clause is past ("rose 5% in two years"); "after
    # two years" only when the clause looks ahead; neither with a placing word ("in the past year")
    # a record is a stretch of time, whatever the tense: "the highest level in more than four
    # years", "the first time in a decade" (not a date ahead like "the test in two weeks")
    Rule("record in duration", r"(?:the|its|their|his|her|our|a|an)\s+(?:(?!" + NOT_SUPERLATIVE + r"\b)\w+est|worst|"
         r"most|least|first|only)\b(?:\s+(?!in\b)[\w'-]+){0,3}?\s+in\s+(?P<mention>{@U:d})(?!\s+of\b)",
         {"*": ["$d"], "require": {"d": "amount"}, "forbid": {"d": "lead"}}, priority=3,
         examples=(("the highest level in more than four years", "P4Y", "more than four years"),
                   ("the first time in a decade", "P1DE", "a decade"))),
    Rule("in duration", r"in\s+(?P<mention>(?:(?:just|only|another|about)\s+)?{@U:d})(?!\s+of\b)",
         {"offset": "$d.amount", "offset_unit": "$d.unit", "fine_grain": "D", "past_reading": "$d",
          "require": {"d": "amount"}, "forbid": {"d": "lead"}}, priority=2,
         examples=(("in two years", "2019-01-24", "two years"), ("rose in two years", "P2Y", "two years"))),
    Rule("after duration", r"after\s+(?P<mention>(?:(?:just|only|another|about)\s+)?{@U:d})(?!\s+of\b)",
         {"offset": "$d.amount", "offset_unit": "$d.unit", "fine_grain": "D", "otherwise": "$d",
          "require": {"d": "amount"}, "forbid": {"d": "lead"}}, priority=2,
         examples=(("will be back after two days", "2017-01-26", "two days"),)),
    Rule("duration from date", r"{@U:d}\s+(?:after|from|following|past|since)\s+(?:the\s+)?{@DCT:x}",
         {"offset": "$d.amount", "offset_unit": "$d.unit", "anchor": "$x", "require": {"d": "amount"}}, priority=2,
         examples=(("three days after Easter", "2017-04-19"), ("two weeks after tomorrow", "2017-02-08"))),
    Rule("duration before date", r"{@U:d}\s+(?:before|prior\s+to|ahead\s+of|earlier\s+than)\s+(?:the\s+)?{@DCT:x}",
         {"offset": "-$d.amount", "offset_unit": "$d.unit", "anchor": "$x", "require": {"d": "amount"}}, priority=2,
         examples=(("two days before yesterday", "2017-01-21"),)),
    Rule("unit after date", r"(?:the\s+)?{basic_unit}\s+(?:after|following)\s+{@DT:x}",
         {"offset": 1, "offset_unit": "$basic_unit", "grain": "$basic_unit", "anchor": "$x"}, priority=2,
         examples=(("the day after Christmas", "2016-12-26"),)),
    Rule("unit before date", r"(?:the\s+)?{basic_unit}\s+(?:before|preceding)\s+{@DT:x}",
         {"offset": -1, "offset_unit": "$basic_unit", "grain": "$basic_unit", "anchor": "$x"}, priority=2,
         examples=(("the day before last Tuesday", "2017-01-16"),)),
    Rule("week of date", r"(?:the\s+)?week\s+of\s+{@D:x}",
         {"offset": 0, "offset_unit": "D", "grain": "W", "anchor": "$x", "require": {"x": "day"}}, priority=2,
         examples=(("the week of March 6", "2017-W10"),)),
    # a feast's week: the calendar week it falls in ("Easter week", "Christmas week")
    Rule("feast week", r"{@D:x}\s+week(?![\w-])",
         {"offset": 0, "offset_unit": "D", "grain": "W", "anchor": "$x", "require": {"x": "feast"}}, priority=2,
         examples=(("Easter week", "2017-W15"), ("Thanksgiving week", "2016-W47"))),
    Rule("holiday week", r"{@D:x}\s+week(?![\w-])",
         {"offset": 0, "offset_unit": "D", "grain": "W", "anchor": "$x", "require": {"x": "day"}}, priority=2,
         examples=(("Christmas week", "2016-W51"),)),
    Rule("week beginning date", r"{@D:w}\s+(?:beginning|starting(?:\s+(?:on|from))?|commencing)\s+{@D:x}",
         {"offset": 0, "offset_unit": "D", "grain": "W", "anchor": "$x",
          "require": {"w": {"shift_unit": "W", "shift": 0}, "x": "day"}}, priority=2,
         examples=(("the week beginning March 6", "2017-W10"), ("the week commencing March 6", "2017-W10"))),
    Rule("date in duration", r"{@D:x}\s+(?:in\s+{@U:d}|{@U:e}\s+(?:from\s+{@F:n}|hence))",
         {"*": ["$x"], "within": {"offset": ["$d.amount", "$e.amount"], "offset_unit": ["$d.unit", "$e.unit"]}},
         priority=2, examples=(("March in 1 year", "2018-03"),)),
    # the weekday of the week so far ahead: "Monday two weeks from now"
    Rule("weekday duration from now", r"{@D:x}\s*,?\s*{@U:d}\s+from\s+(?:{@F:n}|today)",
         {"*": ["$x"], "within": {"offset": "$d.amount", "offset_unit": "$d.unit", "grain": "W"},
          "require": {"x": "weekday", "d": "amount"}, "forbid": {"x": "day"}},
         priority=3, examples=(("Monday two weeks from now", "2017-02-06"),
                               ("Thursday, two years from now", "2019-01-24"))),
    Rule("date duration ago", r"{@D:x}\s+{@U:d}\s+ago",
         {"*": ["$x"], "within": {"offset": "-$d.amount", "offset_unit": "$d.unit"}}, priority=2),
    Rule("nth weekday of", r"(?:the\s+)?{ordinal}\s+{@D:w}\s+(?:of|in)\s+(?:the\s+)?{@D:x}",
         {"*": ["$w"], "nth": "$ordinal", "within": "$x", "require": {"w": "weekday"}}, priority=5,
         examples=(("the first Monday of March", "2017-03-06"), ("last Sunday of March 2014", "2014-03-30"))),
    # the anchor may be two dates not yet merged ("christmas" "2014")
    Rule("nth weekday after date", r"(?:the\s+)?{ordinal}\s+{@D:w}\s+(?:after|following)\s+(?:the\s+)?{@D:x}"
         r"(?:\s+{@D:y})?",
         {"weekday": "$w.weekday", "occurrence": "$ordinal", "anchor": {"*": ["$x", "$y"]}, "require": {"w": "weekday"}},
         priority=5, examples=(("third tuesday after christmas 2014", "2015-01-13"),
                               ("the first Tuesday after the first Monday in November 2016", "2016-11-08"))),
    Rule("nth weekday before date", r"(?:the\s+)?{ordinal}\s+{@D:w}\s+(?:before|preceding)\s+(?:the\s+)?{@D:x}"
         r"(?:\s+{@D:y})?",
         {"weekday": "$w.weekday", "occurrence": "-$ordinal", "anchor": {"*": ["$x", "$y"]},
          "require": {"w": "weekday"}}, priority=5, examples=(("the second Sunday before Christmas 2016", "2016-12-11"),)),
    # the nearest ones either side of a day: "the closest Monday to Oct 5th", "the 2nd closest xmas to today"
    Rule("closest to date", r"(?:the\s+)?(?:closest|nearest)\s+{@D:w}\s+to\s+(?:the\s+)?{@D:x}",
         {"*": ["$w"], "closest": 1, "anchor": "$x", "forbid": {"w": "shift_unit"}}, priority=5,
         examples=(("the closest Monday to March 16th", "2017-03-13"), ("the closest Christmas to today", "2016-12-25"))),
    Rule("nth closest to date", r"(?:the\s+)?{ordinal}\s+(?:closest|nearest)\s+{@D:w}\s+to\s+(?:the\s+)?{@D:x}",
         {"*": ["$w"], "closest": "$ordinal", "anchor": "$x", "forbid": {"w": "shift_unit"}}, priority=5,
         examples=(("the second closest Monday to March 16th", "2017-03-20"),
                   ("the third closest Christmas to today", "2015-12-25"))),
    Rule("nth last weekday of", r"(?:the\s+)?{ordinal}\s+last\s+{@D:w}\s+(?:of|in)\s+(?:the\s+)?{@D:x}",
         {"*": ["$w"], "nth": "-$ordinal", "within": "$x", "require": {"w": "weekday"}}, priority=5),
    Rule("last unit of", r"{@D:u}\s+(?:of|in)\s+(?:the\s+)?{@D:x}", {"nth": "$u.shift", "nth_unit": "$u.shift_unit",
         "within": "$x", "require": {"u": "shift_unit"}}, priority=5,
         examples=(("the last week of july", "2016-W30"), ("last day in october 2015", "2015-10-31"),
                   ("the last weekend of October", "2016-W43-WE"))),
    Rule("last weekday of", r"{@D:u}\s+(?:of|in)\s+(?:the\s+)?{@D:x}", {"weekday": "$u.weekday", "nth": "$u.rel",
         "within": "$x", "require": {"u": "rel"}}, priority=5,
         examples=(("last Monday of March", "2017-03-27"),)),
    Rule("minutes past", r"(?:at\s+)?(?:{@U:d}|(?P<n>[0-5]?\d|{number})(?:\s+min(?:ute)?s?)?)\s+(?:past|after)\s+{@CT:h}",
         {"offset": ["$d.amount", "$n"], "offset_unit": "MIN", "anchor": "$h", "require": {"h": "hour"}}, priority=2,
         examples=(("a quarter past noon", "2017-01-24T12:15"), ("twenty after 3pm", "2017-01-24T15:20"),
                   ("half past 3 pm", "2017-01-24T15:30"))),
    Rule("minutes past an hour", r"(?:at\s+)?(?:{@U:d}|(?P<n>[0-5]?\d|{number})(?:\s+min(?:ute)?s?)?)\s+past\s+"
         r"(?:{hour_word}|(?P<h>[01]?\d|2[0-3]))(?![\w:.,/-]|\s*(?:%|percent))",
         {"offset": ["$d.amount", "$n"], "offset_unit": "MIN", "anchor": {"hour": ["$hour_word", "$h"]},
          "forbid": {"d": "units"}}, priority=2,
         examples=(("half past three", "2017-01-24T03:30"), ("thirty-six minutes past eight", "2017-01-24T08:36"))),
    # British "half three" is half past three: after "at/by/until..." or alone, where nothing follows
    Rule("half an hour", r"(?:" + "|".join(f"(?<=\\b{w}\\s)" for w in ("at", "by", "until", "till", "from", "about", "around"))
         + r"|(?<![\w,]\s)(?<!\w))"
         r"half\s+(?:{hour_word}|(?P<h>1[0-2]|[1-9]))(?=\s*(?:[.,;!?)]|$))",
         {"offset": 30, "offset_unit": "MIN", "anchor": {"hour": ["$hour_word", "$h"]}}, priority=2,
         examples=(("see you at half three", "2017-01-24T03:30", "half three"),)),
    Rule("a fraction to an hour", r"{@U:d}\s+to\s+(?:{hour_word}|(?P<h>[01]?\d|2[0-3]))(?![\w:.,/-]|\s*(?:%|percent))",
         {"offset": "-$d.amount", "offset_unit": "MIN", "anchor": {"hour": ["$hour_word", "$h"]},
          "require": {"d": {"unit": "MIN"}}}, priority=2, examples=(("a quarter to ten", "2017-01-24T09:45"),)),
    Rule("minutes to", r"(?:{@U:d}|(?P<n>[0-5]?\d|{number})(?:\s+min(?:ute)?s?)?)\s+(?:to|till|before|of)\s+{@CT:h}",
         {"offset": ["-$d.amount", "-$n"], "offset_unit": "MIN", "anchor": "$h", "require": {"h": "hour"}}, priority=2,
         examples=(("20 minutes to 2pm", "2017-01-24T13:40"), ("a quarter to noon", "2017-01-24T11:45"))),
    Rule("relative feast", r"{relative}\s+{@D:f}", {"*": ["$f"], "rel": "$relative", "require": {"f": "feast"}},
         priority=2, examples=(("next thanksgiving", "2017-11-23"), ("last easter", "2016-03-27"))),
    # "this" before a day of the year names this year's, past or not ("done this 3/4" in May)
    Rule("this day of the year", r"this\s+{@D:f}",
         {"*": ["$f"], "within": {"shift": 0, "shift_unit": "Y"}, "require": {"f": "day"}, "forbid": {"f": "year"}},
         priority=2, examples=(("this 1/12", "2017-01-12"), ("this 12/30", "2017-12-30"))),
    Rule("relative fixed holiday", r"{relative}\s+{@D:f}", {"*": ["$f"], "rel": "$relative", "require": {"f": "day"}},
         priority=1),
    Rule("holiday weekend", r"{@D:f}\s+week[\s-]?end", {"*": ["$f"], "widen": "WE", "forbid": {"f": "shift_unit"}},
         priority=2, examples=(("labor day weekend", "2016-W35-WE"),)),
    Rule("weekend of a holiday", r"{@D:w}\s+of\s+(?:the\s+)?{@D:g}",
         {"*": ["$g"], "widen": "WE", "require": {"w": {"widen": "WE"}}, "forbid": {"g": "shift_unit"}},
         priority=2, examples=(("the weekend of thanksgiving 2023", "2023-W47-WE"),)),
    Rule("date's date", r"{@D:a}'s\s+{@D:b}", {"*": ["$a", "$b"]}, priority=1,
         examples=(("last week's sunday", "2017-01-22"),)),
    Rule("day of period", r"(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+(?:the\s+)?{@D:x}",
         {"*": ["$x"], "day": "$day", "require": {"x": "shift_unit"}}, priority=2,
         examples=(("20 of next month", "2017-02-20"),)),
    Rule("day of a period counted back", r"(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+{@D:x}",
         {"*": ["$x"], "day": "$day", "require": {"x": "anaphora"}}, priority=2,
         examples=(("20th of the previous month", "2016-12-20"),)),
    Rule("nth unit of", r"(?:the\s+)?{ordinal}\s+{nth_unit}\s+(?:of|in)\s+(?:the\s+)?{@D:x}",
         {"nth": "$ordinal", "nth_unit": "$nth_unit", "within": "$x"}, priority=5,
         examples=(("the last day of october 2015", "2015-10-31"), ("first week of october 2014", "2014-W41"))),
    Rule("first units of", r"{@U:d}\s+(?:of|in)\s+(?:the\s+)?{@D:x}",
         {"from": {"nth": 1, "nth_unit": "$d.unit", "within": "$x"},
          "to": {"nth": "$d.amount", "nth_unit": "$d.unit", "within": "$x"},
         # not months: "the first nine months of 1997" is a duration and a year (TimeML)
         "require": {"d": {"unit": ["W", "Q", "D"], "first": True}}}, priority=5,
         examples=(("the first two quarters of 1990", "1990-Q1/1990-Q2"),)),
    Rule("last units of", r"{@U:d}\s+(?:of|in)\s+(?:the\s+)?{@D:x}",
         {"from": {"nth": "-$d.amount", "nth_unit": "$d.unit", "within": "$x"},
          "to": {"nth": -1, "nth_unit": "$d.unit", "within": "$x"},
         "require": {"d": {"unit": ["W", "Q", "D"], "last": True}}}, priority=5,
         examples=(("the last three weeks of 2021", "2021-12-06/2021-12-26"),)),
    # "this day in 1948", "the same month last year": this (or the same) day, week, month or
    # quarter at its place in the year named after it (one rule per way of saying "this")
    *(Rule(f"this {way} in a year", r"{@D:x}\s+(?:(?:in|of)\s+)?{@D:y}",
           {"*": ["$x"], "into_year": "$y", "require": {"x": {way: 0}}}, priority=2, examples=examples)
      for way, examples in (("shift", (("this day in 1948", "1948-01-24"),)),
                            ("offset", (("the same month last year", "2016-01"),)))),
    Rule("nth last unit of", r"(?:the\s+)?{ordinal}\s+{@D:u}\s+(?:of|in)\s+(?:the\s+)?{@D:x}",
         {"nth": "-$ordinal", "nth_unit": "$u.shift_unit", "within": "$x", "require": {"u": {"shift": -1}}}, priority=5,
         examples=(("the third last week of 2018", "2018-W50"),)),
]
