"""Press batch: politics, courts, sports, weather and disasters, written as AP/Reuters/NYT
copy of the kind TempEval-3's news holds. Expected values (type by value, TIMEX3 value, mod)
were written from TimeML's conventions and the README's before the tagger ran on them
(reference: Wednesday 2025-10-15); prepositions stay out of a mention, modifiers in; scores,
temperatures ("the 90s"), magnitudes and ages are no times.

First batch: 42 of 42 agreed before the run. Second batch (33 sentences, written after the
first agreed in full, to probe harder copy): 26 agreed. Of the 7 that did not:
- tagger's gaps, fixed with general rules: an irregular past missing from the past cues
  ("the panel upheld Thursday's ruling" read Thursday as tomorrow; "upheld", "heard",
  "withheld", "oversaw"... added); "in the spring" untagged ("spring" after a preposition and
  "the" is the season; "fall" only after "by/until/into": "died in the fall" is no season).
- the expectation's errors, corrected: "ahead of Sunday's runoff" takes BEFORE, as "before"
  does (the README's convention); "in recent weeks" is PXW: the dev gold writes PX+unit for
  recent days/weeks/months/quarters (5 of 7) and keeps PAST_REF for "recent years" (3 of 5).
- left out as unsure: "The 2024-25 season" (the tagger spans "2024" with the right value;
  whether TimeML spans the season is unclear), "the previous night" (the tagger gives the
  day; TimeML suggests TNI, but the one dev-gold instance, "the next morning", has the day).
- not fixed, kept as a strict xfail: "led by 12 points in the fourth quarter" is read as
  2025-Q4; no rule tells a game's quarter from a company's without sport words that business
  copy also uses ("points", "lead").
"""

from __future__ import annotations

import pytest

from tests.timex_read import values_and_mods

WED = "2025-10-15"  # a Wednesday

CASES = [
    # politics
    ("The Senate voted 51-49 on Tuesday to confirm the nominee.",
     [("Tuesday", "2025-10-14", None)]),
    ("The prime minister will face a confidence vote next Wednesday.",
     [("next Wednesday", "2025-10-22", None)]),
    ("Voters go to the polls on Nov. 4 in a closely watched governor's race.",
     [("Nov. 4", "2025-11-04", None)]),
    ("The president, who took office in January, has signed 40 executive orders.",
     [("January", "2025-01", None)]),
    ("The opposition has boycotted parliament since March.",
     [("March", "2025-03", "AFTER")]),
    ("Lawmakers have until midnight Friday to pass a spending bill.",
     [("midnight Friday", "2025-10-17T24:00", "BEFORE")]),
    ("The coalition collapsed after 18 months in power.",
     [("18 months", "P18M", None)]),
    ("The ruling party won 60 percent of the vote in the 2021 election.",
     [("2021", "2021", None)]),
    ("The ceasefire took effect at noon on Sunday.",
     [("noon on Sunday", "2025-10-12T12:00", None)]),
    ("The talks, the first in nearly two years, ended without agreement on Tuesday evening.",
     [("nearly two years", "P2Y", "APPROX"), ("Tuesday evening", "2025-10-14TEV", None)]),
    ("The minister resigned on Thursday, a day after the scandal broke.",
     [("Thursday", "2025-10-09", None), ("a day", "P1D", None)]),
    ("The bill passed the House in July and now heads to the Senate.",
     [("July", "2025-07", None), ("now", "PRESENT_REF", None)]),
    ("Results are expected at the end of the week.",
     [("the end of the week", "2025-W42", "END")]),
    ("The president spoke for 90 minutes at a rally in Ohio on Saturday.",
     [("90 minutes", "PT90M", None), ("Saturday", "2025-10-11", None)]),
    ("The embassy has been closed since the coup in 2021.",
     [("2021", "2021", None)]),
    # courts
    ("A federal judge on Monday blocked the policy from taking effect.",
     [("Monday", "2025-10-13", None)]),
    ("The defendant was sentenced to 25 years in prison.",
     [("25 years", "P25Y", None)]),
    ("Sentencing is scheduled for Jan. 8.",
     [("Jan. 8", "2026-01-08", None)]),
    ("The jury deliberated for about six hours before reaching a verdict late Thursday.",
     [("about six hours", "PT6H", "APPROX"), ("late Thursday", "2025-10-09", "END")]),
    ("He has been held without bail since his arrest in August 2024.",
     [("August 2024", "2024-08", None)]),
    ("The appeals court gave prosecutors 30 days to respond.",
     [("30 days", "P30D", None)]),
    ("The trial, which began last week, is expected to last into mid-November.",
     [("last week", "2025-W41", None), ("mid-November", "2025-11", "MID")]),
    # sports
    ("The Yankees beat the Red Sox 5-3 on Sunday night.",
     [("Sunday night", "2025-10-12TNI", None)]),
    ("The final kicks off at 8 p.m. Saturday.",
     [("8 p.m. Saturday", "2025-10-18T20:00", None)]),
    ("She won her first Grand Slam title in 2019 at the age of 19.",
     [("2019", "2019", None)]),
    ("The coach signed a two-year contract extension on Monday.",
     [("two-year", "P2Y", None), ("Monday", "2025-10-13", None)]),
    ("The season opener is set for Sept. 6, 2026.",
     [("Sept. 6, 2026", "2026-09-06", None)]),
    ("He won the marathon in 2 hours 9 minutes.",
     [("2 hours 9 minutes", "PT2H9M", None)]),
    ("The club has not won the league since the 1990s.",
     [("the 1990s", "199", "AFTER")]),
    ("The tournament runs from June 11 to July 19 next year.",
     [("June 11 to July 19 next year", "2026-06-11/2026-07-19", None)]),
    # weather
    ("The storm is expected to make landfall early Friday.",
     [("early Friday", "2025-10-17", "START")]),
    ("Temperatures will climb into the 90s this weekend.",
     [("this weekend", "2025-W42-WE", None)]),
    ("Forecasters said up to 10 inches of rain could fall over the next 48 hours.",
     [("the next 48 hours", "PT48H", None)]),
    ("The heat wave, the worst in a decade, is expected to break by the weekend.",
     [("a decade", "P1DE", None), ("the weekend", "2025-W42-WE", "BEFORE")]),
    ("A flash flood warning is in effect until 6 a.m. Thursday.",
     [("6 a.m. Thursday", "2025-10-16T06:00", "BEFORE")]),
    # disasters
    ("The 7.1-magnitude earthquake struck at 2:47 a.m. on Monday.",
     [("2:47 a.m. on Monday", "2025-10-13T02:47", None)]),
    ("The death toll rose to 312 on Wednesday, three days after the quake.",
     [("Wednesday", "2025-10-15", None), ("three days", "P3D", None)]),
    ("The wildfire has burned more than 20,000 acres since it broke out on Oct. 3.",
     [("Oct. 3", "2025-10-03", None)]),
    ("It was the deadliest hurricane to hit the state since 1935.",
     [("1935", "1935", "AFTER")]),
    ("Power was restored to most homes within 24 hours.",
     [("24 hours", "PT24H", None)]),
    ("The volcano last erupted in 1991.",
     [("1991", "1991", None)]),
    ("Aid agencies warned that the crisis could last for months.",
     [("months", "PXM", None)]),
]

# A second batch, written (before the run) to probe what news copy does that the first did not:
# sports periods and scores, possessive weekdays, anaphora to the reference, temperatures.
CASES2 = [
    ("Voters head to the polls ahead of Sunday's runoff.",
     [("Sunday", "2025-10-19", "BEFORE")]),
    ("The court's three-judge panel upheld Thursday's ruling.",
     [("Thursday", "2025-10-09", None)]),
    ("The game went to overtime tied 2-2.",
     []),
    ("He scored in the 89th minute to seal a 1-0 win.",
     []),
    ("The three-time champion retired in 2022.",
     [("2022", "2022", None)]),
    ("Lows will dip into the 40s tonight.",
     [("tonight", "2025-10-15TNI", None)]),
    ("The jury began deliberating Tuesday after a 10-day trial.",
     [("Tuesday", "2025-10-14", None), ("10-day", "P10D", None)]),
    ("He faces life in prison if convicted.",
     []),
    ("The same court had ruled in his favor a year earlier.",
     [("a year earlier", "2024", None)]),
    ("The flooding was the worst since the summer of 2021.",
     [("the summer of 2021", "2021-SU", "AFTER")]),
    ("The senator, who has served since 1997, said Monday he would not seek re-election next year.",
     [("1997", "1997", "AFTER"), ("Monday", "2025-10-13", None), ("next year", "2026", None)]),
    ("The quake was followed by more than 100 aftershocks in the following 24 hours.",
     [("the following 24 hours", "PT24H", None)]),
    ("Officials warned that the river would crest on Saturday morning.",
     [("Saturday morning", "2025-10-18TMO", None)]),
    ("The governor declared a state of emergency on Sunday, a day before the storm hit.",
     [("Sunday", "2025-10-12", None), ("a day", "P1D", None)]),
    ("The team has lost four straight games for the first time since 2016.",
     [("2016", "2016", "AFTER")]),
    ("In recent weeks, the campaign has shifted its focus to the economy.",
     [("recent weeks", "PXW", None)]),
    ("The measure takes effect 30 days after it is signed.",
     [("30 days", "P30D", None)]),
    ("The last time the two teams met in a final was in 1986.",
     [("1986", "1986", None)]),
    ("The referendum is expected in the spring.",
     [("the spring", "2026-SP", None)]),
    ("Candidates have until 5 p.m. on Oct. 31 to file their papers.",
     [("5 p.m. on Oct. 31", "2025-10-31T17:00", "BEFORE")]),
    ("The typhoon weakened as it moved inland Tuesday afternoon.",
     [("Tuesday afternoon", "2025-10-14TAF", None)]),
    ("The court will rule later this month.",
     [("later this month", "2025-10", "END")]),
    ("Turnout was the lowest since the Fifth Republic began in 1958.",
     [("1958", "1958", None)]),
    ("The prime minister has been in office for over a year.",
     [("over a year", "P1Y", "MORE_THAN")]),
    ("Monday's quake was the strongest to hit the region in decades.",
     [("Monday", "2025-10-13", None), ("decades", "PXDE", None)]),
    ("Schools will remain closed for the rest of the week.",
     [("the rest of the week", "2025-10-15/2025-10-19", None)]),
    ("Election officials said counting could take several days.",
     [("several days", "PXD", None)]),
    ("The former president died on Dec. 26, 2004, at the age of 89.",
     [("Dec. 26, 2004", "2004-12-26", None)]),
    ("Witnesses said the shooting happened shortly before midnight.",
     [("midnight", "2025-10-15T00:00", "BEFORE")]),
    ("The ministry publishes casualty figures every evening.",
     [("every evening", "TEV", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES + CASES2)
def test_press_sentence(text, expected):
    assert values_and_mods(text, "en", WED) == expected


@pytest.mark.xfail(strict=True, reason="a game's quarter is read as the calendar's (see the docstring)")
def test_a_game_quarter_is_no_calendar_quarter():
    assert values_and_mods("The Lakers led by 12 points in the fourth quarter.", "en", WED) == []
