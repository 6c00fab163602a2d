"""English wire sentences with their publication date (DCT) and the TimeML values a news
annotator gives them (TempEval-3 conventions: prepositions out of the span, anaphora to the
DCT or to the previous time expression, durations, sets, vague references). Written before
tuning, from how wire copy is phrased, not from the dev sets."""

from __future__ import annotations

import pytest

from tests.timex_read import values

MON = "2017-02-06"  # a Monday
WED = "2017-03-15"  # a Wednesday
FRI = "2018-10-26"  # a Friday, earnings season

CASES = [
    # tense: reported past, future plans, the clause's own cue
    (MON, "Police said the bomb exploded on Saturday.", [("Saturday", "2017-02-04")]),
    (MON, "The company said Monday it would cut 500 jobs.", [("Monday", "2017-02-06")]),
    (MON, "The vote will be held on Friday, officials said.", [("Friday", "2017-02-10")]),
    (MON, "The talks are to be held on Friday in Geneva.", [("Friday", "2017-02-10")]),
    (MON, "Parliament is expected to vote on the bill on Tuesday.", [("Tuesday", "2017-02-07")]),
    (MON, "The deadline was extended until Tuesday.", [("Tuesday", "2017-02-07")]),
    (MON, "The hearing was postponed until March 3.", [("March 3", "2017-03-03")]),
    (MON, "Friday's ruling was a setback for the government.", [("Friday", "2017-02-03")]),
    (WED, "Trump won the election held on Tuesday.", [("Tuesday", "2017-03-14")]),
    (WED, "The explosion occurred at 2:30 p.m. on Tuesday.", [("2:30 p.m. on Tuesday", "2017-03-14T14:30")]),
    (FRI, "The company will report its results in January.", [("January", "2019-01")]),
    (FRI, "In January, the company cut 2,000 jobs.", [("January", "2018-01")]),
    (FRI, "In the fiscal year ended Jan. 31, sales fell.",
     [("the fiscal year", "P1Y"), ("Jan. 31", "2018-01-31")]),
    # a local time glossed in GMT, then the day: two clock mentions, no bracket inside
    (MON, "The summit will open at 10 a.m. (0900 GMT) on Thursday.",
     [("10 a.m.", "2017-02-09T10:00"), ("0900 GMT", "2017-02-09T09:00"), ("Thursday", "2017-02-09")]),
    (MON, "The truce expires at 6 p.m. local time (1500 GMT) on Friday.",
     [("6 p.m.", "2017-02-10T18:00"), ("1500 GMT", "2017-02-10T15:00"), ("Friday", "2017-02-10")]),
    (MON, "The first blast shook the capital at 7:40 a.m. local time Saturday.",
     [("7:40 a.m. local time Saturday", "2017-02-04T07:40")]),
    # anaphora: the previous time expression, or the quarter a comparison is about
    (MON, "Troops entered the city on Jan. 28. The same day, rebels attacked a convoy.",
     [("Jan. 28", "2017-01-28"), ("The same day", "2017-01-28")]),
    (MON, "He was elected in 1998 and re-elected the following year.",
     [("1998", "1998"), ("the following year", "1999")]),
    (MON, "Unemployment fell to 4.8 percent in January from 4.9 percent a month earlier.",
     [("January", "2017-01"), ("a month earlier", "2016-12")]),
    (MON, "Net profit rose 12 percent in the fourth quarter from a year earlier.",
     [("the fourth quarter", "2016-Q4"), ("a year earlier", "2015-Q4")]),
    (FRI, "Revenue climbed 8 percent in the third quarter. A year earlier, the company lost $40 million.",
     [("the third quarter", "2018-Q3"), ("A year earlier", "2017-Q3")]),
    (FRI, "Third-quarter profit was $1.2 billion, compared with $900 million in the year-ago quarter.",
     [("Third-quarter", "2018-Q3"), ("the year-ago quarter", "2017-Q3")]),
    # durations, sets, vague references
    (MON, "The ceasefire lasted three weeks.", [("three weeks", "P3W")]),
    (MON, "He spent 18 months in prison.", [("18 months", "P18M")]),
    (MON, "Fighting has killed 300 people over the past two weeks.", [("the past two weeks", "P2W")]),
    (MON, "The rebels will observe the truce for the next 48 hours.", [("the next 48 hours", "PT48H")]),
    (MON, "The magazine is published monthly.", [("monthly", "P1M")]),
    (MON, "The central bank publishes the survey quarterly.", [("quarterly", "P3M")]),
    (MON, "Ministers meet every Tuesday.", [("every Tuesday", "XXXX-WXX-2")]),
    (MON, "Each July, marchers parade through the town.", [("Each July", "XXXX-07")]),
    (MON, "The government is currently reviewing the law.", [("currently", "PRESENT_REF")]),
    (MON, "The plant will reopen in the near future.", [("the near future", "FUTURE_REF")]),
    (MON, "The mill closed several years ago and never reopened.", [("several years ago", "PAST_REF")]),
    (MON, "Engineers warned the levee could give way within hours.", [("hours", "PTXH")]),
    (MON, "The hostages were held for days in a basement.", [("days", "PXD")]),
    (MON, "Residents queued for days of rations.", []),
    (WED, "Rebels seized the town a few weeks back.", [("a few weeks back", "PAST_REF")]),
    # a future tense reaches the months of the year ahead; a quarter to report is the one just closed
    (WED, "The agency will launch the probe in December.", [("December", "2017-12")]),
    (WED, "Officials said the museum would reopen on Dec. 2.", [("Dec. 2", "2017-12-02")]),
    (FRI, "The bank expects to report a third-quarter loss.", [("third-quarter", "2018-Q3")]),
    # an -ed adjective after an article is no past tense
    (FRI, "The shares would be issued on a still undisclosed date in March.", [("March", "2019-03")]),
    (FRI, "The bonus will be paid in an agreed amount in February.", [("February", "2019-02")]),
    # the US Election Day (capitalized: "election day" elsewhere is another date)
    (FRI, "Both parties will mobilize volunteers before Election Day.", [("Election Day", "2018-11-06")]),
    (FRI, "Turnout on election day in Brazil was high.", []),
    # calendar periods
    (WED, "The deal is expected to close in the first half of 2018.",
     [("the first half of 2018", "2018-H1")]),
    (WED, "The company posted a loss in fiscal 2016.", [("fiscal 2016", "2016")]),
    (WED, "In the 1990s, the country was hit by a series of crises.", [("the 1990s", "199")]),
    (WED, "The summit will take place from June 5 to June 7.",
     [("June 5 to June 7", "2017-06-05/2017-06-07")]),
    (WED, "The law takes effect on Jan. 1, 2018.", [("Jan. 1, 2018", "2018-01-01")]),
    (WED, "Earlier this month, the central bank raised rates.", [("Earlier this month", "2017-03")]),
    (WED, "The two leaders last met in 2015 and will meet again next month.",
     [("2015", "2015"), ("next month", "2017-04")]),
    (MON, "He was shot to death last Oct. 23 at his home.", [("last Oct. 23", "2016-10-23")]),
    # sentence and number boundaries
    (MON, "The results were announced Friday.\n\nThe first round of talks failed.",
     [("Friday", "2017-02-03")]),
    (MON, "Shares closed higher Thursday, 5,745 shares changing hands.", [("Thursday", "2017-02-02")]),
    (MON, "Prices closed lower again Friday, the fourth decline in a row.", [("Friday", "2017-02-03")]),
    (MON, "The results came in April. One analyst called them weak.", [("April", "2016-04")]),
    (MON, "The index rose 2.5 points to 1,987.6 as 1,500 shares traded.", []),
]


@pytest.mark.parametrize(("reference", "text", "expected"), CASES)
def test_news_sentence(reference, text, expected):
    assert values(text, "en", reference) == expected
