"""Gaps the Arabic press batches left (test_timex_ar_press5..10, press_economy), closed by a
general table rule each; sentences written for the rule, not taken from the batches.

"في مثل هذا اليوم من كل عام": the reference's day every year, a yearly SET (XXXX-MM-DD, as
"15 أيار من كل عام"); "مثل هذا الشهر من كل عام" its month. Left alone: "في مثل هذا الوقت من كل
عام" ("الوقت" is no unit: only "كل عام" is read) and "مثل هذا الأسبوع من كل عام" (a week of the
year has no TIMEX3 SET value of its own).

"يوم غد الجمعة", "غدا الجمعة", "أمس الخميس" after another date in the sentence ("منتصف شعبان
يوم غد الجمعة") is one day, as it is alone (was two mentions, "يوم غد" and "الجمعة").
"""

from __future__ import annotations

import pytest

from tests.timex_read import values

T = "2025-02-13"  # a Thursday

CASES = [
    (T, "وفي مثل هذا اليوم من كل عام يحيي الأهالي ذكرى الشهداء", [("مثل هذا اليوم من كل عام", "XXXX-02-13")]),
    (T, "ويتجمع الحجاج في مثل هذا اليوم في كل سنة", [("مثل هذا اليوم في كل سنة", "XXXX-02-13")]),
    (T, "وترتفع أسعار الورود في مثل هذا الشهر من كل عام", [("مثل هذا الشهر من كل عام", "XXXX-02")]),
    # not a SET: another year named, or no "this" before the day
    (T, "وفي مثل هذا اليوم من عام 1991 انتهت الحرب", [("مثل هذا اليوم من عام 1991", "1991-02-13")]),
    (T, "ويصادف منتصف شعبان يوم غد الجمعة",
     [("منتصف شعبان", "2025-01-31/2025-02-28"), ("يوم غد الجمعة", "2025-02-14")]),
    (T, "ويحل منتصف شعبان غدا الجمعة",
     [("منتصف شعبان", "2025-01-31/2025-02-28"), ("غدا الجمعة", "2025-02-14")]),
    (T, "وعاد الوفد من جولة بدأت مطلع شباط، أمس الأربعاء",
     [("مطلع شباط", "2025-02"), ("أمس الأربعاء", "2025-02-12")]),
    (T, "واختتمت جولة 10 شباط أمس الأربعاء", [("10 شباط", "2025-02-10"), ("أمس الأربعاء", "2025-02-12")]),
    # a weekday that is not the counted day stays apart, as without the date before it
    (T, "وفي شباط زار الرئيس العاصمة أمس السبت",
     [("شباط", "2025-02"), ("أمس", "2025-02-12"), ("السبت", "2025-02-08")]),
    (T, "وتحتفل المدينة اليوم كما في كل عام بذكرى تأسيسها", [("اليوم", "2025-02-13"), ("كل عام", "P1Y")]),
]


@pytest.mark.parametrize(("ref", "text", "expected"), CASES)
def test_arabic_gaps(ref: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, "ar", ref) == expected
