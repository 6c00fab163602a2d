"""English composition rules, plain merges: found expressions next to each other that are one
time ("Friday at 6 p.m.", "the morning of May 3", a clock glossed in GMT on a day).

Priority 1, below the ranges, modifiers and anchors of en_compose.py, so that a range or an
anchored expression forms first and is then merged whole.
"""

from wiretime.timex.lang.en_compose import HOUR, LOCAL, NO_UNIT, TO
from wiretime.timex.rules import Rule

MERGES = [
    # "at 6 p.m. local time (1500 GMT) on Friday": the day is both clocks' (tests/test_timex_en_news.py)
    Rule("clock, gloss and date", r"{@C:a}" + LOCAL + r"\s*\(\s*{@C:g}\s*\)\s*(?:,\s*|\s+(?:on|of|this)\s+|\s*)(?:the\s+)?{@D:d}",
         {"each": {"a": {"*": ["$a", "$d"]}, "g": {"*": ["$g", "$d"]}, "d": {"*": ["$d"]}}}, priority=1),
    Rule("date and time", r"{@D:a}(?:\s*,?\s*@\s*|\s*,?\s+(?:(?:shortly|just|soon|right)\s+)?(?:at|on|for|in|by|around|about|from|"
         r"starting\s+at|after|before)\s+|\s*,?\s+(?:shortly|just|soon|right)\s+|\s*,\s*|\s+)(?:the\s+)?{@CTP:b}",
         {"*": ["$a", "$b"]}, priority=1,
         examples=(("Thursday at 3pm", "2017-01-26T15:00"), ("tomorrow evening", "2017-01-25TEV"),
                   ("Wednesday night", "2017-01-25TNI"), ("Sunday, at 10 p.m.", "2017-01-22T22:00"))),
    Rule("time and date", r"{@CTP:a}" + LOCAL + r"(?:\s*,\s*|\s+(?:on|of|in|at|this|for)\s+|\s+)(?:the\s+)?{@D:b}",
         {"*": ["$a", "$b"]}, priority=1,
         examples=(("7:30 PM on Fri, Sep 20", "2019-09-20T19:30"), ("3pm tomorrow", "2017-01-25T15:00"),
                   ("morning of christmas", "2016-12-25TMO"), ("10:35 a.m. local time Friday", "2017-01-20T10:35"))),
    # "this Friday-Jun-15", "next friday (5/12)": the stated date says which day; the word
    # before the weekday only meant that one (before a range reads the hyphen)
    Rule("relative weekday and its date", r"{@D:w}\s*(?:,\s*|-\s*|\(\s*|\s+)(?:the\s+)?{@D:d}\)?",
         {"*": ["$d"], "require": {"w": "rel", "d": "month"}, "forbid": {"w": "day", "d": "weekday"}}, priority=4,
         examples=(("this Friday-Jan-20", "2017-01-20"), ("next friday (2/3)", "2017-02-03"))),
    Rule("date of date", r"(?:the\s+)?{@D:a}\s+of\s+(?:the\s+)?{@D:b}", {"*": ["$a", "$b"]}, priority=4,
         examples=(("q1 of 2017", "2017-Q1"), ("the winter of nineteen ninety-four", "1994-WI"))),
    Rule("date and date", r"{@D:a}(?:\s*,\s*|\s+on\s+(?:the\s+)?|\s*\(\s*|\s+)(?:the\s+)?{@D:b}\)?",
         {"*": ["$a", "$b"]}, priority=1,
         examples=(("Monday, Oct. 26, 1998", "1998-10-26"), ("wednesday of next week", "2017-02-01"),
                   ("the fourth quarter of 2018", "2018-Q4"), ("thanksgiving 2016", "2016-11-24"))),
    # a year is never in what it holds: "since 2011 in July last year" is two times
    Rule("date in date", r"{@D:a}\s+in\s+(?:the\s+)?{@D:b}", {"*": ["$a", "$b"], "forbid": {"a": "year"}}, priority=1,
         examples=(("Monday in next week", "2017-01-30"),)),
    Rule("clock and part of day", r"{@CP:a}\s+(?:in\s+(?:the\s+)?|at\s+|this\s+)?{@CP:b}", {"*": ["$a", "$b"]},
         priority=1, examples=(("3:15 in the afternoon", "2017-01-24T15:15"),
                                                 ("in the evening at eight", "2017-01-24T20:00", "the evening at eight"))),
    Rule("time and zone", r"{@CTR:a}\s*{@Z:z}", {"*": ["$a", "$z"]}, priority=1,
         examples=(("1100 GMT", "2017-01-24T11:00"),)),
    Rule("days of period", r"(?:from\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*" + TO + r"\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of|in)\s+(?:the\s+)?{@D:x}",
         {"from": {"*": ["$x"], "day": "$d1"}, "to": {"*": ["$x"], "day": "$d2"}}, priority=3,
         examples=(("from 4-23 in next month", "2017-02-04/2017-02-23"),)),
    Rule("month to date", r"(?:from\s+)?{month}\.?\s*(?:-|to|through|till|until)\s*{@D:b}", {"from": {"month": "$month"},
         "to": "$b", "require": {"b": "month"}}, priority=3, examples=(("Nov-Feb 2017", "2016-11/2017-02"),)),
    Rule("date and hours", r"{@D:a}\s+(?P<h1>[01]?\d|2[0-3])\s*-\s*(?P<h2>[01]?\d|2[0-3])(?![\d/:.-])" + NO_UNIT,
         {"from": {"*": ["$a"], "hour": "$h1"}, "to": {"*": ["$a"], "hour": "$h2"}, "require": {"a": "weekday"}},
         priority=3, examples=(("next Monday 6-8", "2017-01-30T06:00/2017-01-30T08:00"),)),
    Rule("hours and date", r"(?P<h1>[01]?\d|2[0-3])\s*-\s*(?P<h2>[01]?\d|2[0-3])\s+{@D:a}",
         {"from": {"*": ["$a"], "hour": "$h1"}, "to": {"*": ["$a"], "hour": "$h2"}, "require": {"a": "weekday"}},
         priority=3),
    # durations of several parts first: "for 3 hours 30 minutes", "2 years 1 month 21 days later"
    Rule("durations", r"{@U:a}(?:\s*,\s*|\s+and\s+|\s+){@U:b}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+){@U:c})?",
         {"*": ["$a", "$b", "$c"]}, priority=4,
         examples=(("3 hours 30 minutes", "PT3H30M"), ("1 hour and 30 minutes", "PT1H30M"))),
    Rule("and a fraction", r"{@U:a}\s+and\s+(?:an?\s+)?{fraction_word}", {"amount": ["$a.amount", "$fraction_word"],
         "unit": "$a.unit", "require": {"a": "amount"}}, priority=4,
         examples=(("one hour and half", "PT90M"), ("one year and a quarter", "P1Y3M"))),
    Rule("counted time and date", r"{@T:a}(?:\s*,\s*|\s+(?:on|this)\s+|\s+){@D:b}",
         {"*": ["$a"], "anchor": "$b", "require": {"a": "anchor"}}, priority=1,
         examples=(("20 minutes to 2pm tomorrow", "2017-01-25T13:40"),)),
    Rule("date and counted time", r"{@D:b}(?:\s*,\s*|\s+(?:on|at)\s+|\s+){@T:a}",
         {"*": ["$a"], "anchor": "$b", "require": {"a": "anchor"}, "forbid": {"b": "anchor"}}, priority=1,
         examples=(("tomorrow at thirty-six minutes past eight", "2017-01-25T08:36"),)),
    # "tonight around 7", "Friday the 26th about 4": an hour that ends the clause
    Rule("date around hour", r"{@D:a}\s+(?:around|about|at\s+around|at\s+about)\s+" + HOUR
         + r"(?=\s*(?:[.,;!?)]|$))",
         {"*": ["$a"], "hour": "$hour", "minute": "$minute", "require": {"a": "day"}}, priority=1,
         examples=(("Friday the 27th around 4", "2017-01-27T04:00"),)),
    Rule("relative day around hour", r"{@D:a}\s+(?:around|about|at\s+around|at\s+about)\s+" + HOUR
         + r"(?=\s*(?:[.,;!?)]|$))",
         {"*": ["$a"], "hour": "$hour", "minute": "$minute", "require": {"a": "offset_unit"}}, priority=1,
         examples=(("tonight around 7", "2017-01-24T19:00"), ("tonight around 3", "2017-01-24T03:00"))),
    # "on the 17 from 2pm to 4pm": a bare day of the month dates a clock time or range after it
    Rule("day of the month and time", r"(?:on\s+)?(?P<mention>the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+"
         r"(?:from\s+|between\s+|at\s+)?{@CR:x})",
         {"day": "$day", "*": ["$x"]}, priority=1,  # the day first: a range takes it at both ends
         examples=(("it will be on the 27 from 2pm to 4pm", "2017-01-27T14:00/2017-01-27T16:00",
                    "the 27 from 2pm to 4pm"),)),
    Rule("time and part of day", r"{@T:a}\s+(?:in\s+the\s+)?{@P:b}", {"*": ["$a", "$b"]}, priority=1),
    Rule("range and date", r"{@R:a}(?:\s*,\s*|\s+(?:on|of|in|at|this)\s+|\s+)(?:the\s+)?{@DP:b}", {"*": ["$a", "$b"]},
         priority=1, examples=(("9:30 - 11:00 on Thursday", "2017-01-26T09:30/2017-01-26T11:00"),)),
    Rule("date and range", r"{@D:a}(?:\s*,\s*|\s+)(?:the\s+)?{@R:b}", {"*": ["$a", "$b"]}, priority=1,
         examples=(("Thursday from 9:30 to 11:00", "2017-01-26T09:30/2017-01-26T11:00"),)),
    Rule("set at time", r"{@S:s}\s+(?:at\s+|@\s*|in\s+the\s+)?{@CP:c}", {"every": {"*": ["$s.every", "$c"]},
         "require": {"s": "every"}}, priority=1, examples=(("each monday at 4pm", "XXXX-WXX-1T16:00"),)),
]
