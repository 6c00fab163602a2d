"""«منذ» + a count of units: how long something still going on has lasted (a duration, as
English "for three days") after a verb or state that goes on; the day it began ("N units
ago", a date) after a past verb. Sentences written for this table, in wire style."""

from __future__ import annotations

import pytest

from tests.timex_read import values


@pytest.mark.parametrize(("text", "expected"), [
    # still going on: a duration
    ("يواصل عمال الميناء إضرابهم منذ خمسة أيام للمطالبة بزيادة الأجور.", [("منذ خمسة أيام", "P5D")]),
    ("ولا تزال الحدود مغلقة منذ ثلاثة أشهر.", [("منذ ثلاثة أشهر", "P3M")]),
    ("وما زال الصحفيان محتجزين منذ أكثر من عامين.", [("منذ أكثر من عامين", "P2Y")]),
    ("تشهد المدينة اشتباكات متقطعة منذ أسبوع.", [("منذ أسبوع", "P1W")]),
    ("ويعاني سكان القطاع من انقطاع الكهرباء منذ 10 سنوات.", [("منذ 10 سنوات", "P10Y")]),
    ("وتحاصر قوات الجيش البلدة منذ يومين.", [("منذ يومين", "P2D")]),
    # a past verb: the day or period it happened
    ("وقتل ثلاثة جنود منذ خمسة أيام في كمين.", [("منذ خمسة أيام", "2017-01-19")]),
    ("وصل الوفد إلى العاصمة منذ يومين.", [("منذ يومين", "2017-01-22")]),
    # after the ongoing verb, a named day or a year is when it began
    ("تتواصل المعارك منذ يوم الجمعة.", [("يوم الجمعة", "2017-01-20")]),
    ("يعتصم المزارعون أمام الوزارة منذ عام 2015.", [("عام 2015", "2015")]),
    # a time word between the verb and «منذ» belongs to the verb, not to the count
    ("ما زالت الطريق مغلقة أمس منذ ساعات الصباح.",
     [("أمس", "2017-01-23"), ("ساعات الصباح", "2017-01-24TMO")]),
])
def test_lasting_since(text, expected):
    assert values(text, "ar", "2017-01-24") == expected
