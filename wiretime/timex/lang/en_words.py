"""English word tables: surface form -> value. Spelled numbers are generated here once
(one, twenty-one, twenty first, nineteen ninety-six...) so the rules stay readable."""

from __future__ import annotations

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
         90: "ninety"}
_ORD_UNITS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
              "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
              "seventeenth", "eighteenth", "nineteenth"]
_ORD_TENS = {20: "twentieth", 30: "thirtieth", 40: "fortieth", 50: "fiftieth"}


def _spell(n: int, ordinal: bool = False) -> list[str]:
    """Spellings of 0 <= n < 100 ("twenty-one", "twenty one")."""
    small = _ORD_UNITS if ordinal else _UNITS
    if n < 20:
        return [small[n]]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return [(_ORD_TENS if ordinal else _TENS).get(n, _TENS[n])]
    head = _TENS[tens * 10]
    return [f"{head}-{small[unit]}", f"{head} {small[unit]}"]


CARDINALS = {word: n for n in range(1, 100) for word in _spell(n)}
ORDINALS_SPELLED = {word: n for n in range(1, 32) for word in _spell(n, ordinal=True)}

# Amounts of a duration or count: digits are read by the rules; these are the words.
NUMBERS = {**CARDINALS, "a": 1, "an": 1, "one single": 1, "a single": 1, "a couple of": 2, "a couple": 2,
           "couple of": 2, "couple": 2, "a pair of": 2, "a dozen": 12, "dozen": 12, "half a": 0.5, "half an": 0.5,
           "a half": 0.5, "an half": 0.5, "a quarter of a": 0.25, "a quarter of an": 0.25, "quarter of an": 0.25,
           "three quarters of an": 0.75, "three-quarters of an": 0.75, "three quarters of a": 0.75,
           "½": 0.5, "¼": 0.25, "¾": 0.75, "1/2": 0.5, "1/4": 0.25, "3/4": 0.75,
           "several": "X", "a few": "X", "few": "X", "some": "X", "many": "X", "a number of": "X",
           "numerous": "X"}
# two neighbouring counts are a vague one, as "several" ("one or two years", "two or three
# days": TimeML's PXY, PXD; the duration is neither end)
for _n in range(1, 10):
    for _w in (*_spell(_n), str(_n)):
        for _m in (*_spell(_n + 1), str(_n + 1)):
            NUMBERS[f"{_w} or {_m}"] = "X"
# round hundreds and thousands of a long stretch: "for almost a hundred years"
for _w, _n in [("a", 1), ("one", 1)] + [(w, n) for n in range(2, 10) for w in _spell(n)]:
    NUMBERS[f"{_w} hundred"] = _n * 100
    NUMBERS[f"{_w} thousand"] = _n * 1000
for _n in range(1, 13):
    for _w in _spell(_n):
        NUMBERS[f"{_w} and a half"] = _n + 0.5
        NUMBERS[f"{_w} and an half"] = _n + 0.5
        NUMBERS[f"{_w}-and-a-half"] = _n + 0.5
        NUMBERS[f"{_w} and half"] = _n + 0.5

ORDINALS = {**ORDINALS_SPELLED, "last": -1, "final": -1, "1st": 1, "2nd": 2, "3rd": 3, **{
    f"{n}th": n for n in range(4, 32)}, "21st": 21, "22nd": 22, "23rd": 23, "31st": 31}

# Year words: "nineteen ninety-six", "two thousand ten", "twenty nineteen".
YEAR_WORDS: dict[str, int] = {}
for _y in range(1900, 2100):
    _century, _rest = divmod(_y, 100)
    _heads = _spell(_century)
    _tails = ["hundred"] if _rest == 0 else (["oh " + w for w in _spell(_rest)] if _rest < 10 else _spell(_rest))
    for _h in _heads:
        for _t in _tails:
            YEAR_WORDS[f"{_h} {_t}"] = _y
    if _century == 20:
        for _t in (["thousand"] if _rest == 0 else [f"thousand {w}" for w in _spell(_rest)]
                   + [f"thousand and {w}" for w in _spell(_rest)]):
            YEAR_WORDS[f"two {_t}"] = _y
# With the hundreds said: "nineteen hundred ninety three", "seventeen hundred and thirty three".
for _y in range(1101, 2000):
    _century, _rest = divmod(_y, 100)
    for _h in _spell(_century) if _rest else ():
        for _t in _spell(_rest):
            YEAR_WORDS[f"{_h} hundred {_t}"] = YEAR_WORDS[f"{_h} hundred and {_t}"] = _y

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Month words that are ordinary words too: only capitalized ("May 5", not "may 5").
CASED = ("May", "MAY", "Mar", "MAR", "Sat", "Sat.", "SAT", "Sun.", "SUN.", "Wed", "WED")

WEEKDAYS = {"monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
            "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
            "sat.": 6, "sunday": 7, "sun.": 7}
WEEKDAYS_PLURAL = {"mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5,
                   "saturdays": 6, "sundays": 7}

AMPM = {"am": "am", "a.m.": "am", "a.m": "am", "a. m.": "am", "a m": "am", "a": "am", "pm": "pm", "p.m.": "pm",
        "p.m": "pm", "p. m.": "pm", "p m": "pm", "p": "pm", "in the am": "am", "in the pm": "pm"}

# Parts of day as nouns ("the morning", "Friday night"); TIMEX3 codes.
PARTS_OF_DAY = {"morning": "MO", "mornings": "MO", "early hours": "MO", "daybreak": "MO", "dawn": "MO",
                "afternoon": "AF", "afternoonish": "AF", "afternoons": "AF", "evening": "EV", "evenings": "EV",
                "night": "NI", "nights": "NI", "nighttime": "NI", "dusk": "EV",
                "midday": "NO", "mid day": "NO", "mid-day": "NO", "noon": "NO", "noontime": "NO",
                "midnight": "MN", "mid night": "MN", "mid-night": "MN", "daytime": "DT"}

RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tomorrows": 1, "tmrw": 1, "tmr": 1,
                 "tommorow": 1, "tomorow": 1, "todays": 0}

# Calendar units after "this/next/last": unit codes (resolve.py).
UNITS = {"day": "D", "week": "W", "wk": "W", "month": "M", "mo": "M", "year": "Y", "yr": "Y",
         "quarter": "Q", "qtr": "Q", "decade": "DE", "century": "CE", "weekend": "WE", "week-end": "WE",
         "week end": "WE", "wkend": "WE", "season": "SEASON", "seasons": "SEASON", "half": "HALF",
         "hour": "H", "minute": "MIN", "fiscal year": "Y", "calendar year": "Y", "year-end": "Y",
         "workweek": "W", "work week": "W", "work-week": "W"}

# Units of durations, singular and plural.
DURATION_UNITS = {
    "second": "S", "seconds": "S", "sec": "S", "secs": "S", "minute": "MIN", "minutes": "MIN", "min": "MIN",
    "mins": "MIN", "hour": "H", "hours": "H", "hr": "H", "hrs": "H", "h": "H", "day": "D", "days": "D",
    "night": "D", "nights": "D", "week": "W", "weeks": "W", "wk": "W", "wks": "W", "month": "M", "months": "M", "quarter": "Q", "quarters": "Q", "year": "Y",
    "years": "Y", "yr": "Y", "yrs": "Y", "decade": "DE", "decades": "DE", "century": "CE",
    "centuries": "CE", "weekend": "WE", "weekends": "WE", "business day": "D", "business days": "D",
    "trading day": "D", "trading days": "D", "working day": "D", "working days": "D"}

RELATIVE = {"next": 1, "last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1, "this": 0,
            "current": 0, "coming": 1, "upcoming": 1, "following": 1, "this past": -1, "this coming": 1,
            "this upcoming": 1, "the next": 1, "the last": -1, "the past": -1, "the previous": -1,
            "the coming": 1, "the upcoming": 1, "the following": 1, "the current": 0, "the prior": -1,
            "the preceding": -1, "present": 0, "the present": 0, "latest": -1, "the latest": -1,
            "this latest": -1, "most recent": -1, "the most recent": -1}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI", "springtime": "SP",
           "summertime": "SU", "wintertime": "WI"}

QUARTER_WORDS = {"q1": 1, "q2": 2, "q3": 3, "q4": 4, "1q": 1, "2q": 2, "3q": 3, "4q": 4}
# A quarter named by its first and last months ("the July-September quarter", "Jan.-March",
# "the October-to-December period", "April through June").
QUARTER_MONTHS = {f"{first}{dot}{to}{last}": q for q in (1, 2, 3, 4)
                  for first in (k for k, v in MONTHS.items() if v == 3 * q - 2)
                  for last in (k for k, v in MONTHS.items() if v == 3 * q)
                  for dot in (("", ".") if len(first) <= 4 else ("",))
                  for to in ("-", "-to-", " to ", " through ")}

# Frequencies: adverbs and "every N units" words (SET values).
ADVERB_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
               "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "bi-weekly": "P2W",
               "biannually": "P6M", "bimonthly": "P2M", "bi-monthly": "P2M", "semiannually": "P6M", "semi-annually": "P6M", "fortnightly": "P2W",
               "every day": "P1D", "everyday": "P1D", "each day": "P1D", "per day": "P1D", "a day": "P1D"}

PRESENT = {"now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
           "currently": "PRESENT_REF", "at the moment": "PRESENT_REF", "atm": "PRESENT_REF",
           "at present": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
           "these days": "PRESENT_REF", "the present": "PRESENT_REF", "the present time": "PRESENT_REF",
           "current": "PRESENT_REF", "to date": "PRESENT_REF", "till date": "PRESENT_REF",
           "until date": "PRESENT_REF", "at this time": "PRESENT_REF", "at the minute": "PRESENT_REF"}
PAST = {"recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "recent years": "PAST_REF"}
FUTURE = {"the future": "FUTURE_REF",
          "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
          "the long term": "FUTURE_REF", "the longer term": "FUTURE_REF", "a later date": "FUTURE_REF",
          "coming months": "FUTURE_REF", "coming years": "FUTURE_REF", "coming quarters": "FUTURE_REF",
          "future quarters": "FUTURE_REF"}

DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}
