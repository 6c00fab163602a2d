"""English rules for how long and how often: durations ("the past two years", "an hour and a
half") and sets ("every Tuesday", "daily").

Each rule as in en_rules.py (which lists these among its RULES): a pattern over the tables of
en.py, the partial time it builds and its examples (tested by tests/test_timex_rules.py).
"""

from wiretime.timex.rules import Rule

# "the 14-day waiting period", "the two day rally": the duration is an adjective, "the" is the noun's
ADJECTIVAL = r"[\w.]+-(?:second|minute|hour|day|week|month|year|decade)\b|\w+\s+(?:hour|day|week|month|year)\s+[a-z]"
# "talks expected to last two days": "last" the verb, out of the span
NOT_A_VERB = r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bmust\s)"
# "2 and a half": the half is its own capture (a rule's amount sums both: ["$amount", "$and_half"])
AMOUNT = r"(?P<amount>(?!(?:1[0-9]|20)\d\d\b)\d+(?:\.\d+)?(?=[\s-]*\w)|{fraction}(?=\s*\w)|{number}(?=[\s-]))" \
    r"(?:\s+{and_half}(?=[\s-]))?"

# words that make a plural part of day a count or a description, not a habit
NOT_HABIT = ("the", "these", "those", "other", "some", "many", "few", "several", "two", "three", "four", "five",
             "six", "seven", "ten", "dark", "long", "cold", "late", "sleepless", "hot", "warm", "our", "their",
             "my", "his", "her", "your", "its", "of", "all")

DURATIONS = [
    Rule("duration", r"(?:(?:over|during|throughout|for)\s+(?=(?:the\s+)?(?:past|last|next|coming)\s))?(?P<mention>"
         r"(?:(?:the\s+)?(?:{first_word}|" + NOT_A_VERB + r"{last_word}|(?P<lead>past(?!\s+\d+h\b)|next|latest|previous|coming|upcoming|"
         r"following|remaining|ensuing|preceding|prior))\s+|(?P<the>the)\s+(?=\d|\w+\s+\w)(?!" + ADJECTIVAL + r"))?(?!(?:one|two|three)-quarters?\b(?!\s+of\s+an?\s+hour))"
         r"(?:(?<=and\s)|(?!an?\s+quarter\b(?!\s+of\s+an?\s)))" + AMOUNT + r"[\s-]*(?:more\s+|full\s+|straight\s+|consecutive\s+|long\s+|"
         r"additional\s+|extra\s+)?{dur_unit}(?:[\s-]+long)?)(?![\w-])(?![\s-]+old\b)"
         # "a second group", "a second betrayal": an ordinal, not a duration
         r"(?!(?<=second)\s+(?!(?:of|to|and|or|later|earlier|ago|before|after|in|for|from|that|long)\b)[a-z])",
         # lead: a word that places the period ("the past two years"); first/last: inside what follows
         {"amount": ["$amount", "$and_half"], "unit": "$dur_unit", "lead": ["$first_word", "$last_word", "$lead", "$the"],
          "first": "$first_word", "last": "$last_word"},
         examples=(("three days", "P3D"), ("two hours", "PT2H"), ("16-hour", "PT16H"), ("half an hour", "PT30M"),
                   ("two and a half hours", "PT150M"), ("3 and a half years", "P42M"), ("a few days", "PXD"), ("the past two months", "P2M"),
                   ("the first nine months", "P9M"))),
    # a count glued to Y: "grown for 3Y", "the 10Y yield" (D, M, W are too often other things:
    # 3D, 5M, a 100W bulb)
    # minutes and seconds written with primes, counted ("in 15'", "for 30'"); not feet and inches
    Rule("prime minutes", r"(?:(?<=\bin\s)|(?<=\bfor\s))(?P<amount>\d{1,3})'(?![\w'\"]|\s*\d)",
         {"amount": "$amount", "unit": "MIN"}, examples=(("for 15'", "PT15M", "15'"),)),
    Rule("prime seconds", r"(?:(?<=\bin\s)|(?<=\bfor\s))(?P<amount>\d{1,3})\"(?![\w'\"]|\s*\d)",
         {"amount": "$amount", "unit": "S"}, examples=(("for 30\"", "PT30S", "30\""),)),
    Rule("compact years", r"(?<![\w.$-])(?P<amount>[1-9]\d?)Y(?![\w-])",
         {"amount": "$amount", "unit": "Y"}, examples=(("3Y", "P3Y"),)),
    Rule("duration with fraction", r"(?P<whole>\d+)[\s-]+{fraction}[\s-]*{dur_unit}(?!\w)",
         {"amount": ["$whole", "$fraction"], "unit": "$dur_unit"}, examples=(("5 1/2 hours", "PT330M"),)),
    # "a year or two", "an hour or two": one unit or two, a vague count as "one or two years"
    Rule("a unit or two", r"(?:an?|one)\s+{dur_unit}\s+or\s+two(?![\w-])", {"amount": "X", "unit": "$dur_unit"},
         examples=(("a year or two", "PXY"), ("an hour or two", "PTXH"))),
    Rule("unit and a half", r"(?:an?|one)\s+{dur_unit}\s+and\s+a\s+half", {"amount": 1.5, "unit": "$dur_unit"},
         examples=(("an hour and a half", "PT90M"),)),
    Rule("accounting year", r"(?:the\s+)?(?:(?:fiscal|financial)\s+)?year(?=\s+(?:that\s+)?(?:ended|ending|ends|to)\b)",
         # its end places it (the "lead"): "in the year to March" is no year ahead
         {"amount": 1, "unit": "Y", "lead": "ended"}, priority=1,
         examples=(("the fiscal year ended", "P1Y", "the fiscal year"),)),
    # likewise a week or a month its end day places ("in the week to Friday", "the month ended
    # March 31"): a stretch, not this week ("this week to witness" stays a date)
    Rule("accounting week or month",
         r"the\s+(?=week\b|month\b){basic_unit}(?=\s+(?:that\s+)?(?:ended|ending|ends|to)\s+(?:{weekday}|{month}|\d))",
         # (no example here: an example holds one mention, and this one needs its end day;
         # tests/test_timex_en_wire2.py reads it in sentences)
         {"amount": 1, "unit": "$basic_unit", "lead": "ended"}, priority=1),
    Rule("in a few units", r"in\s+(?P<mention>(?:a\s+)?few\s+{dur_unit})(?![\w-])",
         {"offset": 3, "offset_unit": "$dur_unit", "fine_grain": "D", "past_reading": {"amount": "X", "unit": "$dur_unit"}},
         examples=(("in a few days", "2017-01-27", "a few days"), ("rose in a few days", "PXD", "a few days"))),
    # without an article, "next 3 days" is the days ahead, from tomorrow (a scheduling phrase;
    # "the next three days", news style, stays the TimeML duration; "next 3 weeks", Duckling's
    # calendar weeks, and its "upcoming two days", the one day, too)
    Rule("next days ahead", r"(?<!\bthe\s)next\s+" + AMOUNT + r"\s+days(?![\w-])",
         {"from": {"offset": 1, "offset_unit": "D"},
          "to": {"offset": "$amount", "offset_unit": "D"}}, priority=1,
         examples=(("next 3 days", "2017-01-25/2017-01-27"),)),
    # likewise "next few days", a few being three as Duckling and Recognizers-Text count it
    # ("the next few days", news style, stays TimeML's PXD)
    Rule("next few days ahead", r"(?<!\bthe\s)next\s+(?:a\s+)?few\s+days(?![\w-])",
         {"from": {"offset": 1, "offset_unit": "D"}, "to": {"offset": 3, "offset_unit": "D"}}, priority=1,
         examples=(("next few days", "2017-01-25/2017-01-27"), ("over the next few days", "PXD", "the next few days"))),
    Rule("fortnight", r"(?:a|one|(?:the\s+)?(?:past|last|next|coming|previous|following))\s+fortnight", {"amount": 2, "unit": "W"}, examples=(("a fortnight", "P2W"), ("the past fortnight", "P2W"))),
    Rule("unspecified duration", r"(?:the\s+|recent\s+|(?:the\s+)?(?:past|last|next|coming)\s+)?{plural_unit}(?!\w)(?![\s-]+old\b)",
         {"amount": "X", "unit": "$plural_unit"}, priority=-2,
         examples=(("years", "PXY"), ("recent months", "PXM"), ("the coming weeks", "PXW"))),
    # days and hours only with a word that makes them a stretch of time ("for days" may be "days of protest")
    Rule("unspecified days", r"(?:recent|(?:the\s+)?(?:past|last|next|coming))\s+(?=(?:days|hours)\b){dur_unit}(?!\w)",
         {"amount": "X", "unit": "$dur_unit"}, priority=-2,
         examples=(("recent days", "PXD"), ("the coming days", "PXD"), ("the last hours", "PTXH"))),
    # ... or after a word of extent ("the dam could burst within hours", "talks went on for hours");
    # not "for days of protest"
    Rule("days or hours of extent", r"(?:within|for|over)\s+(?P<mention>(?=(?:days|hours)\b){dur_unit})(?!\w)(?!\s+of\b)",
         {"amount": "X", "unit": "$dur_unit"}, priority=-2,
         examples=(("within hours", "PTXH", "hours"), ("for days", "PXD", "days"))),
    Rule("the weekend", r"(?:the|that)\s+weekend|(?:the\s+)?week[\s-]?end(?=\s+of)",
         {"weekday": 6, "widen": "WE"}, examples=(("the weekend", "2017-W03-WE"),)),
]

SETS = [
    Rule("adverb set", r"{adverb_set}", {"set": "$adverb_set"}, examples=(("daily", "P1D"), ("annually", "P1Y"))),
    Rule("quarterly", r"quarterly(?!\s+(?!(?:and|or|but|in|on|at|by|from|through|since|until|to|as)\b)[a-z])",
         {"set": "P3M"}, examples=(("quarterly", "P3M"),)),
    Rule("rate", r"(?:\d[\d.,]*|{number}|(?:hundreds|thousands|millions|billions|dozens|scores|tens)\s+of)(?:\s+(?!(?:a|an|per|times|and|or|of)\b)[a-z]+){0,2}\s+"
         r"(?P<mention>(?:a|an|per)\s+{basic_unit})(?![\w-])(?!\s+(?:earlier|ago|later|before|after|back|previously|"
         # "a week from now" is a day ahead; "20 flights a week from June" a rate and its start
         r"from\s+(?:now|today|tomorrow|yesterday|then)|of|and|or)\b)",
         {"every": "$basic_unit"}, examples=(("$500 million a year", "P1Y", "a year"),
                                             ("four flights a week", "P1W", "a week"),
                                             ("hundreds of calls a day", "P1D", "a day"))),
    Rule("every unit", r"(?:every|each|per)\s+{unit}(?!\w)",
         {"every": "$unit"}, examples=(("every week", "P1W"), ("each month", "P1M"))),
    Rule("every n units", r"(?:every|each)\s+" + AMOUNT + r"\s+{dur_unit}",
         {"every": {"amount": ["$amount", "$and_half"], "unit": "$dur_unit"}}, examples=(("every two weeks", "P2W"),)),
    Rule("every weekday", r"(?:every|each)\s+(?:other\s+|single\s+)?{weekday}|(?:on\s+)?{weekday_plural}",
         {"every": {"weekday": ["$weekday", "$weekday_plural"]}},
         examples=(("every monday", "XXXX-WXX-1"), ("Sundays", "XXXX-WXX-7"))),
    Rule("every month", r"(?:every|each)\s+{month_alone}", {"every": {"month": "$month_alone"}},
         examples=(("each July", "XXXX-07"),)),
    # one unit skipped each time: "every other week" is every two weeks
    Rule("every other unit", r"every\s+(?:other|second)\s+(?=(?:day|week|weekend|month|quarter|year|hour)\b){unit}(?![\w-])",
         {"every": {"amount": 2, "unit": "$unit"}}, priority=1,
         examples=(("every other day", "P2D"), ("every second month", "P2M"), ("every other weekend", "P2WE"))),
    Rule("every season", r"(?:every|each)\s+{season}(?![\w-])", {"every": {"season": "$season"}},
         examples=(("every autumn", "XXXX-FA"),)),
    Rule("weekday parts of day", r"{weekday}\s+{pod_plural}", {"every": {"weekday": "$weekday", "pod": "$pod_plural"}},
         examples=(("tuesday afternoons", "XXXX-WXX-2TAF"),)),
    Rule("every part of day", r"(?:every|each)\s+{pod_set}(?!\w)", {"set": "$pod_set"},
         examples=(("every morning", "TMO"), ("each night", "TNI"))),
    # a plural part of day alone is a habit ("I'm out mornings"), not when counted or described
    # ("two nights", "the other dark nights", "sleepless nights")
    Rule("parts of day", r"(?:(?:on|in\s+the)\s+|" + "".join(f"(?<!\\b{w}\\s)" for w in NOT_HABIT)
         + r")(?=(?:mornings|afternoons|evenings|nights)\b){pod_set}(?!\w)",
         {"set": "$pod_set"}, examples=(("mornings", "TMO"), ("in the evenings", "TEV"))),
    # weekends alone are a habit as "every weekend" is ("the shop opens weekends"), not when
    # counted or described ("two weekends", "the last weekends of May")
    Rule("weekends", r"(?:(?:on|at)\s+|" + "".join(f"(?<!\\b{w}\\s)" for w in NOT_HABIT + ("last", "past", "next", "recent"))
         + r")week[\s-]?ends(?![\w-])(?!\s+(?:of|in)\b)", {"every": "WE"},
         examples=(("The museum opens weekends.", "P1WE", "weekends"),)),
    Rule("every weekday", r"(?:every|each)\s+(?:single\s+)?week[\s-]?day(?![\w-])", {"set": "P1WD"},
         examples=(("every weekday", "P1WD"),)),
    Rule("times a unit", r"(?:once|twice|thrice|(?:\d+|{number})\s+times)\s+(?:a|an|per|every|each)\s+{unit}",
         {"every": "$unit"}, examples=(("twice a week", "P1W"), ("once a year", "P1Y"))),
]
