"""English time knowledge: the tables the rules read, tense cues, and the Language.

TimeML conventions (TempEval-3): prepositions stay outside the mention ("on Friday" ->
"Friday"), modifiers inside ("early next week"); "2 p.m." is a TIME. Word tables are in
en_words.py, feasts in en_feasts.py, rules in en_rules.py and en_durations.py (reading the
text) and en_compose.py, en_merges.py (combining what was found). Examples resolve against Tuesday 2017-01-24.
"""

from wiretime.timex.lang import en_words as w
from wiretime.timex.lang.en_business import BUSINESS
from wiretime.timex.lang.en_compose import ANCHORS, MODIFIERS, RANGES
from wiretime.timex.lang.en_feasts import FEASTS
from wiretime.timex.lang.en_merges import MERGES
from wiretime.timex.lang.en_rules import RULES
from wiretime.timex.lang.zones_en import UTC_NAMES, ZONE_RULES, ZONES
from wiretime.timex.language import Language

_AMPM_FULL = {k: v for k, v in w.AMPM.items() if k not in ("a", "p")}
_POD = {k: v for k, v in w.PARTS_OF_DAY.items() if v not in ("NO", "MN")}
# a plural part of day is a habit ("works nights": pod_set) or nothing ("sleepless nights"), never one day's
_PLURAL_POD = ("mornings", "afternoons", "evenings", "nights")

TABLES = {
    "month": w.MONTHS,
    # alone, a month must look like one: not "march" (the verb) nor "mar", "sep"...
    "month_alone": {k: v for k, v in w.MONTHS.items() if len(k) > 3 and k not in ("march", "sept")}
    | {"sept.": 9, "jan.": 1, "feb.": 2, "aug.": 8, "oct.": 10, "nov.": 11, "dec.": 12},
    "weekday": w.WEEKDAYS,
    "period_abbreviation": {"eod": {"shift": 0, "shift_unit": "D", "mod": "END"},
                            "eom": {"shift": 0, "shift_unit": "M", "mod": "END"},
                            "bom": {"shift": 0, "shift_unit": "M", "mod": "START"},
                            "eoy": {"shift": 0, "shift_unit": "Y", "mod": "END"},
                            "boy": {"shift": 0, "shift_unit": "Y", "mod": "START"},
                            "ytd": {"shift": 0, "shift_unit": "Y"}, "mtd": {"shift": 0, "shift_unit": "M"}},
    "weekday_plural": w.WEEKDAYS_PLURAL,
    "clock_fraction": {"quarter": 15, "half": 30},
    "fraction_word": {"half": 0.5, "quarter": 0.25},
    "and_half": {"and a half": 0.5, "and an half": 0.5},
    "number": w.NUMBERS,
    "fraction": {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "½": 0.5, "¼": 0.25, "¾": 0.75},
    "ordinal_day": w.ORDINALS_SPELLED,
    "day_word": {k: v for k, v in w.CARDINALS.items() if v <= 31},
    "ordinal": w.ORDINALS,
    "century_ordinal": {**{k: v - 1 for k, v in w.ORDINALS.items() if v > 0}},
    "quarter_ordinal": {k: v for k, v in w.ORDINALS.items() if 1 <= v <= 4},
    "half_ordinal": {"first": 1, "1st": 1, "second": 2, "2nd": 2, "latter": 2},
    "quarter_word": w.QUARTER_WORDS,
    "quarter_months": w.QUARTER_MONTHS,
    "quarter_end_month": {k: v // 3 for k, v in w.MONTHS.items() if v % 3 == 0 and k != "mar"}
    | {"sept.": 3, "dec.": 4},
    "year_word": w.YEAR_WORDS,
    "decade_part": {"early": "START", "mid": "MID", "late": "END"},
    "decade_word": {k: 190 + v for k, v in w.DECADE_WORDS.items()},
    "era": {"bc": True, "b.c.": True, "b.c": True, "bce": True, "ad": False, "a.d.": False, "a.d": False},
    "hour_word": {k: v for k, v in w.CARDINALS.items() if v <= 12},
    "minute_word": {**{k: v for k, v in w.CARDINALS.items() if 10 <= v < 60},
                    **{f"{o} {k}": v for k, v in w.CARDINALS.items() if v < 10 for o in ("oh", "o")}},
    "ampm_full": _AMPM_FULL,
    "ampm_short": {"a": "am", "p": "pm"},
    "pod_word": {k: v for k, v in _POD.items() if k not in _PLURAL_POD},
    "first_word": {"first": True, "initial": True},
    "last_word": {"last": True, "final": True},
    "pod_plural": {"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"},
    # a part of day repeated, with no day said: "every morning", "mornings" (Recognizers-Text's TMO)
    "pod_set": {k: "T" + v for k, v in _POD.items() if v in ("MO", "AF", "EV", "NI") and " " not in k},
    "noon_word": {k: 12 for k, v in w.PARTS_OF_DAY.items() if v == "NO"},
    "midnight_word": {k: 0 for k, v in w.PARTS_OF_DAY.items() if v == "MN"},
    "rel_day": w.RELATIVE_DAYS,
    "relative": w.RELATIVE,
    # before a weekday: "next Friday" is next week's, "coming Friday" the first one ahead
    "weekday_relative": {"next": {"rel": 1}, "last": {"rel": -1}, "past": {"rel": -1}, "previous": {"rel": -1},
                         "this past": {"rel": -1}, "this": {"rel": 0}, "coming": {"occurrence": 1},
                         "upcoming": {"occurrence": 1}, "this coming": {"occurrence": 1},
                         "this upcoming": {"occurrence": 1}, "following": {"rel": 1}},
    "unit": w.UNITS,
    "calendar_unit": {k: v for k, v in w.DURATION_UNITS.items()
                      if k.rstrip("s") in ("day", "week", "month", "quarter", "year")},
    "basic_unit": {"week": "W", "month": "M", "year": "Y", "day": "D", "quarter": "Q"},
    "anaphoric_unit": {"day": "D", "week": "W", "month": "M", "year": "Y", "quarter": "Q", "morning": "D",
                       "afternoon": "D", "evening": "D", "night": "D", "weekend": "WE"},
    "nth_unit": {"day": "D", "week": "W", "weekend": "WE", "week-end": "WE", "week end": "WE", "wkend": "WE",
                 "month": "M", "quarter": "Q"},
    "plural_unit": {"years": "Y", "months": "M", "weeks": "W", "decades": "DE"},
    "dur_unit": w.DURATION_UNITS,
    "season": w.SEASONS,
    "season_alone": {k: v for k, v in w.SEASONS.items() if k not in ("spring", "fall")},
    "adverb_set": w.ADVERB_SETS,
    "present": w.PRESENT,
    "past": w.PAST,
    "future": w.FUTURE,
    "feast": FEASTS,
    "zone": ZONES,
    "utc_name": UTC_NAMES,
}

# Right after a month's name ("February peak", "April delivery"): lookbehinds, one per spelling.
AFTER_A_MONTH = "|".join([f"(?<={month}\\s)" for month in w.MONTHS if len(month) > 3]
                         + [f"(?<={month}\\.\\s)" for month in w.MONTHS if len(month) <= 4])

# A past-tense verb near a time expression: it is past ("said Tuesday"). A regular past
# tense (-ed) counts unless it is a word of plans ("expected", "scheduled") or a passive
# after "be" ("will be held", "is to be signed"), or a state that will last ("will remain
# closed until Thursday", "stay locked"); nor is a past form that is also the verb's base after
# "to" or a modal ("will hit the coast Thursday", "is likely to cut rates").
PAST_CUES = (r"\b(?<!\bbe\s)(?<!\bremain\s)(?<!\bstay\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcan\s)"
             r"(?<!\bmay\s)(?<!\bmight\s)(?<!\bmust\s)(?<!\bshould\s)(?<!\bshall\s)(?<!'ll\s)(?:said|says|told|added|was|were|had|did|ago|reported|announced|declared|occurred|"
             r"happened|took\s+place|began|came|went|died|killed|arrived|left|met|held|since|ended|"
             r"closed|rose|fell|gained|lost|dropped|jumped|slipped|climbed|posted|traded|sent|gave|"
             r"got|made|took|saw|won|led|hit|set\s+off|broke|shot|fought|spoke|wrote|"
             # (a noun after an article or in a compound: "a rate cut in September", "the tax cut")
             r"(?<!\ba\s)(?<!\bthe\s)(?<!\brate\s)(?<!\btax\s)(?<!\bprice\s)(?<!\bjob\s)(?<!\bspending\s)"
             r"(?<!\boutput\s)(?<!\bproduction\s)(?<!\bbudget\s)cut|quit|spent|paid|sold|bought|"
             r"built|brought|caught|kept|felt|found|ran|became|grew|knew|threw|drew|flew|chose|stood|fled|struck|"
             r"lent|sank|swore|drove|tore|shook|woke|wore|swept|hid|sought|taught|thought|meant|dealt|stole|froze|"
             r"rode|hung|swung|dug|spun|slid|bled|sped|bent|forgot|withdrew|underwent|undertook|arose|awoke|clung|"
             r"crept|flung|leapt|sprang|strode|wept|overthrew|stuck|slept|rang|sang|swam|forgave|foresaw|overtook|"
             # rulings and hearings: "the panel upheld Thursday's ruling" (not "fed", the Fed)
             r"upheld|withheld|overcame|oversaw|overrode|overran|forbade|heard|understood|laid|retook|rebuilt|"
             r"mistook|misled|shone|strove|"
             # "could not be reached Tuesday", "officials could not say Monday whether..."
             r"could\s+not|couldn't|"
             # a modal perfect is past: "may have been responsible for Wednesday's drop"
             r"(?:would|could|might|may|must|should)\s+(?:not\s+)?have|"
             # not "-eed" verbs: "will succeed him Feb. 1", "proceed", "exceed"
             r"(?!(?:expect|schedul|plann|slat|intend|propos|need|indeed|unit|suppos|succe|proce|exce|bre|ble|spe)ed\b)"
             # an -ed word after a determiner is an adjective ("on a still unspecified date in January")
             r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bstill\s)"
             r"\w{3,}ed)\b"
             # a level reached at a named time is past: "down 25% from its February peak", "the 2024 low"
             r"|(?:" + AFTER_A_MONTH + r"|(?<=\d{4}\s))(?:peak|high|low|record|trough)s?\b")
# A future marker: it is ahead ("will meet Tuesday", "is expected to", "as soon as").
FUTURE_CUES = (r"\b(?:will|shall|'ll|wo?n't|going\s+to|plans?\s+to|planned\s+(?:to|for|an?|the)|planning|"
               # a plan told in the past looks ahead of it, and so of a present reference: "the
               # ceasefire was due to take effect on Saturday" written Friday is the coming Saturday
               # (not a plan that had been: "it had been due to expire Friday", extended since)
               # (a verb, not a cause: "the delay was due to the storm on Tuesday")
               r"(?:was|were)\s+(?:due|scheduled|slated|set|expected)\s+to\s+"
               r"(?!(?:have|the|a|an|its|their|his|her|this|that|these|those|our|my|your)\b)[a-z]+|"
               # (nor one without its verb: "the vote was scheduled for Monday")
               r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)"
               # a payment or delivery to come: "a dividend of 50 cents, payable on Jan. 10"
               r"(?:expects?\s+to|expected|scheduled|slated|set\s+(?:to|for)|due\s+(?:to|on|in|(?:out\s+)?(?=(?:next|this|later|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|"
               r"friday|saturday|sunday)\b))|supposed\s+to|payable|"
               # a forecast: "the storm is forecast to hit the coast early Thursday"
               r"(?:forecast|likely|poised)\s+to)|"
               # a futures contract's month is ahead (a contract expires before or in its month):
               # "Brent futures for April delivery rose", "futures for October settled", "the August contract"
               r"(?:" + AFTER_A_MONTH + r")(?:delivery|futures|contracts?)|futures\s+for(?=\s+[a-z]{3})|"
               # a change in force from a day: "an office of the chairman, effective Feb. 1"
               r"effective(?=\s+(?:on\s+|from\s+)?[a-z]+\.?\s+\d)|"
               r"is\s+to|are\s+to|(?:would|could(?!\s+not\b|n't)|might|may)(?!\s+(?:not\s+)?have\b)|wants?\s+to|would\s+like\s+to|needs?\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|"
               r"as\s+(?:soon|early)\s+as|next(?!\s+(?:to|door)\b)|upcoming|forthcoming|"
               # put off until a time: "the vote was postponed until Tuesday"
               r"(?:postponed|delayed|deferred|adjourned|extended|pushed\s+back|put\s+off|suspended)\b[^.;]{0,40}?\buntil|"
               # a deadline given: "gave the government until midnight on Friday to respond",
               # "has until Thursday to decide" (not "had until...": a past story's deadline)
               r"(?:has|have|gave|given|gives|giving)\b[^.;]{0,40}?\buntil(?=\s[^.;]{1,40}?\bto\s+[a-z]{3,})|"
               # a scheduled event in the present tense: "the vote starts Monday"
               r"starts|begins|opens|resumes|convenes|ends|concludes|expires|kicks\s+off|takes\s+effect|"
               r"goes\s+into\s+effect|"
               # a visit, a match or a report on the calendar: "the team faces Arsenal on Saturday",
               # "the company, which reports earnings Thursday" (verbs seldom nouns before a time)
               r"meets|faces|hosts|plays|travels|flies|testifies|departs|arrives|unveils|visits|"
               # and the plural: "the two leaders meet separately Monday" (not "to meet", "did not meet",
               # nor a plan of one's own, "we meet the week of...", "- meet at 2pm")
               r"(?<=\w\s)(?<!\bto\s)(?<!\bnot\s)(?<!n't\s)(?<!\bdid\s)(?<!\bdo\s)(?<!\bwe\s)(?<!\bi\s)(?<!\byou\s)meet|"
               # an event or a vote on the calendar: "the summit takes place in November", "voters
               # go to the polls on Nov. 5" (not "did not take place", "took place")
               r"takes\s+place|(?<!\bnot\s)(?<!n't\s)take\s+place|(?:go(?:es)?|heads?)\s+to\s+the\s+polls|"
               r"reports\s+(?:its\s+)?(?:[\w-]+\s+)?(?:earnings|results))\b")

LANGUAGE = Language(
    code="en",
    tables=TABLES,
    rules=RULES + ZONE_RULES + RANGES + MODIFIERS + ANCHORS + BUSINESS + MERGES,
    fold={"’": "'", "‘": "'", "´": "'", "–": "-", "—": "-", "\u00a0": " "},
    cased=w.CASED + ("AD", "CE", "EOD", "EOM", "BOM", "EOY", "BOY", "YTD", "MTD", "Spring Festival", "Lent", "Election Day"),
    bare_parts_of_day=True,
    default_prefer="recent",  # news reports: "Friday" unmarked is the one just past (or today)
    past_reach_days=300,  # "the fiscal year ended Jan. 31" in October: last January's
    past_cues=PAST_CUES,
    future_cues=FUTURE_CUES,
)
