"""English composition rules: what already found expressions make together.

`{@KINDS:name}` is one found expression of those kinds (D date, C clock, T date+clock,
R range, P part of day, Z zone, S set, U duration; see language.PART_KINDS). Priorities:
ranges (3) before modifiers and anchors (2) before plain merges (1), so that
"9:30 - 11:00 on Thursday" is a range first, then a range on Thursday.
"""

from wiretime.timex.language import Rule

TO = r"(?:-|to|till|til|'til|until|untill|through|thru|up\s+to|and)"
HOUR = r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?(?![\d:])"
DAY = r"(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
NO_UNIT = r"(?!\s*(?:%|percent|a\.?m|p\.?m|[:.]\d|,\d|\d|\s+(?:years?|months?|weeks?|days?|hours?|minutes?|people|times)))"

RANGES = [
    Rule("range", r"(?:from\s+)?(?P<mention>{@DCT:a}\s*(?:-|/|to|till|til|'til|until|untill|through|thru|up\s+to)\s*(?:the\s+)?{@DCT:b})",
         {"from": "$a", "to": "$b"}, priority=3,
         examples=(("July 13 - July 15", "2017-07-13/2017-07-15"), ("from 1990 to 1995", "1990/1995", "1990 to 1995"),
                   ("9:30 - 11:00", "2017-01-24T09:30/2017-01-24T11:00"))),
    Rule("between range", r"between\s+(?P<mention>{@DCT:a}\s+and\s+{@DCT:b})", {"from": "$a", "to": "$b"},
         priority=3, examples=(("between 2007 and 2009", "2007/2009", "2007 and 2009"),)),
    Rule("later but before", r"later\s+than\s+{@CT:a}\s+but\s+before\s+{@CT:b}", {"from": "$a", "to": "$b"},
         priority=3),
    Rule("date to day", r"{@D:a}\s*" + TO + r"\s*" + DAY + NO_UNIT, {"from": "$a", "to": {"day": "$day"},
         "require": {"a": "day"}}, priority=3, examples=(("July 13-15", "2017-07-13/2017-07-15"),)),
    Rule("day to date", r"(?:from\s+|between\s+)?" + DAY + r"\s*" + TO + r"\s*{@D:b}",
         {"from": {"day": "$day"}, "to": "$b", "require": {"b": "day"}}, priority=3,
         examples=(("from 13 to 15 July", "2017-07-13/2017-07-15"), ("23rd to 26th Oct", "2016-10-23/2016-10-26"))),
    Rule("clock to hour", r"{@CT:a}\s*" + TO + r"\s*" + HOUR + NO_UNIT, {"from": "$a", "to": {"hour": "$hour",
         "minute": "$minute"}, "require": {"a": "hour"}}, priority=3,
         examples=(("8am until 6", "2017-01-24T08:00/2017-01-24T18:00"),)),
    Rule("hour to clock", r"(?:from\s+|between\s+)?" + HOUR + r"\s*" + TO + r"\s*{@CT:b}",
         {"from": {"hour": "$hour", "minute": "$minute"}, "to": "$b", "require": {"b": "hour"}}, priority=3,
         examples=(("3-4pm", "2017-01-24T15:00/2017-01-24T16:00"),
                   ("3:30 to 6 p.m.", "2017-01-24T15:30/2017-01-24T18:00"))),
]

MODIFIERS = [
    Rule("end of", r"(?:the\s+)?(?:very\s+)?(?:end|close|last\s+part|latter\s+part)\s+of\s+(?:the\s+)?{@DR:x}|(?:late|later)[\s-]+(?:in\s+)?(?:the\s+)?{@D:y}",
         {"*": ["$x", "$y"], "mod": "END"}, priority=2,
         examples=(("the end of the year", "2017"), ("late last week", "2017-W03"), ("end of April", "2017-04"))),
    Rule("start of", r"(?:the\s+)?(?:very\s+)?(?:beginning|start|outset|first\s+part|dawn)\s+of\s+(?:the\s+)?{@DR:x}|(?:early|earlier)[\s-]+(?:in\s+)?(?:the\s+)?{@D:y}",
         {"*": ["$x", "$y"], "mod": "START"}, priority=2,
         examples=(("early next week", "2017-W05"), ("the beginning of 2000", "2000"))),
    Rule("middle of", r"(?:the\s+)?middle\s+of\s+(?:the\s+)?{@DR:x}|mid[\s-]*{@D:y}", {"*": ["$x", "$y"], "mod": "MID"},
         priority=2, examples=(("mid-November", "2016-11"),)),
    Rule("approximately", r"(?:about|around|approximately|approx\.?|nearly|almost|roughly|some|circa|an\s+estimated|just\s+about|close\s+to|or\s+so)\s+{@DCTUR:x}",
         {"*": ["$x"], "mod": "APPROX"}, priority=2, examples=(("about three years", "P3Y"),)),
    Rule("approximately after", r"{@CTU:x}\s+(?:approximately|or\s+so|or\s+thereabouts|give\s+or\s+take)",
         {"*": ["$x"], "mod": "APPROX"}, priority=2),
    Rule("more than", r"(?:more\s+than|over|at\s+least|upwards\s+of|longer\s+than|no\s+less\s+than)\s+{@DTU:x}",
         {"*": ["$x"], "mod": "MORE_THAN"}, priority=2, examples=(("more than four decades", "P4DE"),)),
    Rule("less than", r"(?:less\s+than|under|up\s+to|no\s+more\s+than|fewer\s+than|shorter\s+than)\s+{@DTU:x}",
         {"*": ["$x"], "mod": "LESS_THAN"}, priority=2),
    Rule("after", r"(?:since|after|starting(?:\s+(?:on|at|from))?|beginning(?:\s+(?:on|at))?|as\s+of|effective|no\s+earlier\s+than|anytime\s+after|from)\s+(?P<mention>{@DCT:x})",
         {"*": ["$x"], "mod": "AFTER"}, priority=2, examples=(("since 1990", "1990", "1990"),)),
    Rule("before", r"(?:before|until|till|untill|by|through|prior\s+to|ahead\s+of|no\s+later\s+than|sometimes?\s+before)\s+(?P<mention>{@DCT:x})",
         {"*": ["$x"], "mod": "BEFORE"}, priority=2, examples=(("until 2:00pm", "2017-01-24T14:00", "2:00pm"),)),
    Rule("or later", r"{@DCT:x}\s+or\s+(?:later|after)", {"*": ["$x"], "mod": "ON_OR_AFTER"}, priority=2),
]

ANCHORS = [
    Rule("duration ago", r"{@U:d}\s+(?:ago|back|before|earlier|previously)(?!\s+(?:\w+\s+)?(?:than|the|a|his|her|its|their))",
         {"offset": "-$d.amount", "offset_unit": "$d.unit", "mod": "$d.mod", "require": {"d": "amount"}}, priority=2,
         examples=(("three days ago", "2017-01-21"), ("two years ago", "2015"), ("a year earlier", "2016"))),
    Rule("duration later", r"{@U:d}\s+(?:later|after|afterwards?|on)(?!\s+(?:\w+\s+)?(?:than|the|a|his|her|its|their))",
         {"offset": "$d.amount", "offset_unit": "$d.unit", "require": {"d": "amount"}}, priority=2,
         examples=(("a year later", "2018"),)),
    Rule("duration from now", r"{@U:d}\s+(?:from\s+(?:right\s+)?{@F:n}|hence)",
         {"offset": "$d.amount", "offset_unit": "$d.unit", "fine_grain": "D", "require": {"d": "amount"}},
         priority=2, examples=(("three weeks from now", "2017-02-14"),)),
    Rule("in duration", r"(?:in|within|after)\s+(?:(?:just|only|another|about)\s+)?{@U:d}",
         {"offset": "$d.amount", "offset_unit": "$d.unit", "fine_grain": "D", "otherwise": "$d",
          "require": {"d": "amount"}}, priority=2, examples=(("in two years", "P2Y"),)),
    Rule("duration from date", r"{@U:d}\s+(?:after|from|following|past|since)\s+(?:the\s+)?{@DT:x}",
         {"offset": "$d.amount", "offset_unit": "$d.unit", "anchor": "$x", "require": {"d": "amount"}}, priority=2,
         examples=(("three days after Easter", "2017-04-19"), ("two weeks after tomorrow", "2017-02-08"))),
    Rule("duration before date", r"{@U:d}\s+(?:before|prior\s+to|ahead\s+of|earlier\s+than)\s+(?:the\s+)?{@DT:x}",
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
    Rule("date in duration", r"{@D:x}\s+(?:in\s+{@U:d}|{@U:e}\s+(?:from\s+now|hence))",
         {"*": ["$x"], "within": {"offset": ["$d.amount", "$e.amount"], "offset_unit": ["$d.unit", "$e.unit"]}},
         priority=2, examples=(("March in 1 year", "2018-03"),)),
    Rule("date duration ago", r"{@D:x}\s+{@U:d}\s+ago",
         {"*": ["$x"], "within": {"offset": "-$d.amount", "offset_unit": "$d.unit"}}, priority=2),
    Rule("nth weekday of", r"(?:the\s+)?{ordinal}\s+{@D:w}\s+(?:of|in)\s+(?:the\s+)?{@D:x}",
         {"*": ["$w"], "nth": "$ordinal", "within": "$x", "require": {"w": "weekday"}}, priority=2,
         examples=(("the first Monday of March", "2017-03-06"), ("last Sunday of March 2014", "2014-03-30"))),
    Rule("nth last weekday of", r"(?:the\s+)?{ordinal}\s+last\s+{@D:w}\s+(?:of|in)\s+(?:the\s+)?{@D:x}",
         {"*": ["$w"], "nth": "-$ordinal", "within": "$x", "require": {"w": "weekday"}}, priority=2),
    Rule("nth unit of", r"(?:the\s+)?{ordinal}\s+{nth_unit}\s+(?:of|in)\s+(?:the\s+)?{@D:x}",
         {"nth": "$ordinal", "nth_unit": "$nth_unit", "within": "$x"}, priority=2,
         examples=(("the last day of october 2015", "2015-10-31"), ("first week of october 2014", "2014-W41"))),
    Rule("nth last unit of", r"(?:the\s+)?{ordinal}\s+last\s+{nth_unit}\s+(?:of|in)\s+(?:the\s+)?{@D:x}",
         {"nth": "-$ordinal", "nth_unit": "$nth_unit", "within": "$x"}, priority=2,
         examples=(("the third last week of 2018", "2018-W50"),)),
]

MERGES = [
    Rule("date and time", r"{@D:a}(?:\s*,\s*|\s*@\s*|\s+(?:at|@|on|for|in|by|around|about|from|starting\s+at)\s+|\s+)(?:the\s+)?{@CTP:b}",
         {"*": ["$a", "$b"]}, priority=1,
         examples=(("Thursday at 3pm", "2017-01-26T15:00"), ("tomorrow evening", "2017-01-25TEV"),
                   ("Wednesday night", "2017-01-25TNI"))),
    Rule("time and date", r"{@CTP:a}(?:\s*,\s*|\s+(?:on|of|in|at|this|for)\s+|\s+)(?:the\s+)?{@D:b}",
         {"*": ["$a", "$b"]}, priority=1,
         examples=(("7:30 PM on Fri, Sep 20", "2019-09-20T19:30"), ("3pm tomorrow", "2017-01-25T15:00"),
                   ("morning of christmas", "2016-12-25TMO"))),
    Rule("date and date", r"{@D:a}(?:\s*,\s*|\s+(?:of|in|on)\s+(?:the\s+)?|\s+)(?:the\s+)?{@D:b}",
         {"*": ["$a", "$b"]}, priority=1,
         examples=(("Monday, Oct. 26, 1998", "1998-10-26"), ("wednesday of next week", "2017-02-01"),
                   ("the fourth quarter of 2018", "2018-Q4"), ("thanksgiving 2016", "2016-11-24"))),
    Rule("clock and part of day", r"{@CP:a}\s+(?:in\s+(?:the\s+)?|at\s+|this\s+)?{@CP:b}", {"*": ["$a", "$b"]},
         priority=1, examples=(("3:15 in the afternoon", "2017-01-24T15:15"),
                                                 ("in the evening at eight", "2017-01-24T20:00", "the evening at eight"))),
    Rule("time and zone", r"{@CTR:a}\s*{@Z:z}", {"*": ["$a", "$z"]}, priority=1,
         examples=(("1100 GMT", "2017-01-24T11:00"),)),
    Rule("range and date", r"{@R:a}(?:\s*,\s*|\s+(?:on|of|in|at|this)\s+|\s+)(?:the\s+)?{@DP:b}", {"*": ["$a", "$b"]},
         priority=1, examples=(("9:30 - 11:00 on Thursday", "2017-01-26T09:30/2017-01-26T11:00"),)),
    Rule("date and range", r"{@D:a}(?:\s*,\s*|\s+)(?:the\s+)?{@R:b}", {"*": ["$a", "$b"]}, priority=1,
         examples=(("Thursday from 9:30 to 11:00", "2017-01-26T09:30/2017-01-26T11:00"),)),
    Rule("set at time", r"{@S:s}\s+(?:at\s+|@\s*|in\s+the\s+)?{@CP:c}", {"every": {"*": ["$s.every", "$c"]},
         "require": {"s": "every"}}, priority=1, examples=(("each monday at 4pm", "XXXX-WXX-1T16:00"),)),
]

COMPOSE = RANGES + MODIFIERS + ANCHORS + MERGES
