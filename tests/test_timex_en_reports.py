"""English news and company-report sentences with their publication date and the TimeML
value a TempEval-3 annotator gives them: the verb's tense, the period a comparison is about,
the quarter a report names. Written from how wire and business copy is phrased (the
behaviours behind the TempEval-3 training misses), never copied from a dev text."""

from __future__ import annotations

import pytest

from tests.timex_read import values

TUE = "2015-10-27"  # a Tuesday
THU = "2015-10-29"  # a Thursday in earnings season
MON = "2015-11-02"  # a Monday
FRI = "2015-10-30"  # a Friday

CASES = [
    # a year-ago period compared twice is the same period, not one a year before it
    (THU, "Profit rose in the third quarter from $4 million a year earlier. Year-earlier results had a gain.",
     [("the third quarter", "2015-Q3"), ("a year earlier", "2014-Q3"), ("Year-earlier", "2014-Q3")]),
    (THU, "Third-quarter sales rose 5%, from $2 million a year earlier, and costs fell from a year ago.",
     [("Third-quarter", "2015-Q3"), ("a year earlier", "2014-Q3"), ("a year ago", "2014-Q3")]),
    # "the quarter", "the latest period": the quarter the report named, else the one just past
    (THU, "Delta earned $5 million in the fiscal first quarter. During the quarter, traffic rose.",
     [("the fiscal first quarter", "2015-Q1"), ("the quarter", "2015-Q1")]),
    (THU, "Net fell in the second quarter. The latest period included a gain.",
     [("the second quarter", "2015-Q2"), ("The latest period", "2015-Q2")]),
    (THU, "Sales rose 5% in the quarter.", [("the quarter", "2015-Q3")]),
    (THU, "The latest period of unrest began in the capital.", []),
    # a quarter not yet begun (or the current one) is a forecast, not the period reported
    (THU, "It expects fourth-quarter profit to rise. In the quarter, sales rose.",
     [("fourth-quarter", "2015-Q4"), ("the quarter", "2015-Q3")]),
    # "the 1988 period": the quarter the report is about, in the year stated
    (THU, "Sun earned $5 million in the fiscal first quarter. In the 2014 period, it earned $20 million.",
     [("the fiscal first quarter", "2015-Q1"), ("the 2014 period", "2014-Q1")]),
    (THU, "Sales fell to $2 million from $3 million in the 2014 quarter.", [("the 2014 quarter", "2014")]),
    # the period compared with names no period reported: "the quarter" is the latest named
    (THU, "Sun earned $5 million in the fiscal first quarter. In the 2014 period, it earned $2 million. "
          "For the quarter, it expected to break even.",
     [("the fiscal first quarter", "2015-Q1"), ("the 2014 period", "2014-Q1"), ("the quarter", "2015-Q1")]),
    # the period compared: the year-ago quarter
    (THU, "For the quarter a year ago, Columbia earned $5 million.", [("the quarter a year ago", "2014-Q3")]),
    (THU, "Net rose from $3 million in the corresponding period last year.",
     [("the corresponding period last year", "2014-Q3")]),
    (THU, "Sales for last year's quarter were about $3 million.", [("last year's quarter", "2014-Q3")]),
    (THU, "The new capital should be in place by year's end.", [("year's end", "2015")]),
    # an unspecified stretch: recent or coming days, weeks (TimeML durations)
    (THU, "Security was tightened in recent days.", [("recent days", "PXD")]),
    (THU, "A decision is expected in the coming days.", [("the coming days", "PXD")]),
    (THU, "Rates may fall in coming weeks.", [("coming weeks", "PXW")]),
    (THU, "He spent days of protest in the square.", []),
    # an adjectival "third-quarter" leaves "the" to its noun; "quarter-to-quarter" is no time
    (THU, "A major factor in the third-quarter loss was a write-down.", [("third-quarter", "2015-Q3")]),
    (THU, "The quarter-to-quarter comparison was hurt by discounts.", []),
    # "over" before a time is a preposition (out of the span), before an amount "more than"
    (THU, "Fighting continued over the weekend.", [("the weekend", "2015-W43-WE")]),
    (THU, "Prices have doubled over the past five years.", [("the past five years", "P5Y")]),
    (THU, "The talks lasted over two weeks.", [("over two weeks", "P2W")]),
    # a period up to a time inside it: the period as said, then the end (TimeML's two times)
    (THU, "The fund has fallen 2.08% this year through Oct. 19.",
     [("this year through Oct. 19", "2015/2015-10-19")]),
    (THU, "Sales were flat this year through August.", [("this year through August", "2015/2015-08")]),
    # (a week or a month that holds the end is written from its first day, Recognizers-Text's way)
    (THU, "Shares fell this week through Wednesday.",
     [("this week through Wednesday", "2015-10-26/2015-10-28")]),
    # tense: "-eed" verbs are no past tense, a modal perfect is past, a plan points ahead
    (THU, "He will succeed the chairman Feb. 1.", [("Feb. 1", "2016-02-01")]),
    (THU, "Sales are expected to exceed forecasts Monday.", [("Monday", "2015-11-02")]),
    (FRI, "The news may have been responsible for a drop in its stock on Wednesday.",
     [("Wednesday", "2015-10-28")]),
    (FRI, "The rumor could have been behind the fall on Tuesday.", [("Tuesday", "2015-10-27")]),
    (TUE, "Protesters planned a large rally on Saturday.", [("Saturday", "2015-10-31")]),
    (MON, "The offer was extended to Nov. 16. It had been due to expire Friday evening.",
     [("Nov. 16", "2015-11-16"), ("Friday evening", "2015-10-30TEV")]),
    (MON, "The vote was scheduled for Thursday but did not take place.", [("Thursday", "2015-10-29")]),
    (MON, "The vote is scheduled for Thursday.", [("Thursday", "2015-11-05")]),
    (MON, "His lawyer could not be reached for comment Saturday.", [("Saturday", "2015-10-31")]),
    (MON, "Nothing could stop the bullet that tore into his back Friday night.",
     [("Friday night", "2015-10-30TNI")]),
    (THU, "The bank also created an office of the chairman, effective Feb. 1.", [("Feb. 1", "2016-02-01")]),
    (THU, "He retired effective Oct. 1, the bank said.", [("Oct. 1", "2015-10-01")]),
    (THU, "The talks, which are supposed to conclude by May, resumed.", [("May", "2016-05")]),
    (TUE, "Officials said the rally was held on Saturday.", [("Saturday", "2015-10-24")]),
]


@pytest.mark.parametrize(("reference", "text", "expected"), CASES)
def test_report_sentence(reference, text, expected):
    assert values(text, "en", reference) == expected
