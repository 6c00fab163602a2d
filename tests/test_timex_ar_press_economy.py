"""An eleventh table of Arabic press sentences, after test_timex_ar_press{,2,3,4}: Egyptian,
Maghrebi and Gulf economic copy (central bank meetings, inflation against the month before,
budgets and fiscal years, reserves "at the end of December 2024", a market index whose name
holds a number), Ramadan and Eid (banking hours in Ramadan, the Eid holiday's days, the
crescent of Shawwal, a Hijri day "قبل 15 رمضان"), sports fixtures (a derby "الأحد المقبل
الساعة 8 مساء بتوقيت القاهرة", the return leg "بعد أسبوع", scores and rounds that are no
times) and weather forecasts ("حتى نهاية الأسبوع", "خلال الساعات الـ48 المقبلة", evenings
and mornings of named days).

Expected values (type, value, mod) written from TimeML/TempEval-3 conventions before the run,
against Thursday 2025-03-13 (13 Ramadan 1446): 40 of 47 agreed. Of the seven misses, three were
the tagger's, fixed by general rules: "الربع الثالث من العام المالي الماضي" read "of the year"
as this calendar year (2025-Q3); a quarter or half "of the year" is no longer read when the
year is a fiscal or school one (the quarter alone follows the tense: 2024-Q3; the fiscal
year itself stays unread, as the tables chose before); a clock range after a Hijri month
made one interval from the month's first day to its last (resolve.py: a clock time names no
one time of a Hijri month, as of a Gregorian one), and a feast before the range of its
holiday's days merged with it into a one-day interval (ar_compose: the two stay apart, as a
feast beside its date does). One was the expectation's: "هلال شهر شوال" names the month of
Shawwal, a date (2025-03-30/2025-04-28), which the expectation had left out. The value of
the banking hours is the reference day's, the tagger's convention for a clock range
(TimeML might leave the day of habitual hours open). Left out as unsure: "السنة المالية
2025/2026" (a fiscal year across two calendar years: the tagger says nothing; its TIMEX3
value, FY2026 or an interval, is a convention not settled here), "العام المالي المقبل" (a
fiscal year, left unread), and "الفترة نفسها من العام الماضي" after "الربع الأول" (the same
period names no unit: the tagger gave the year alone, 2024, where TimeML wants 2024-Q1).

Fixed after: "the same period" of another year is a year before the month, quarter or half its
own clause named, else that year (anaphora's `counted`, as in English), so that case is below;
and, found beside it, a month's number before an amount is no day ("في يناير 5 مليارات").

A second batch (Gulf and Maghrebi markets, central banks, a fixture "على الساعة الثامنة مساء",
forecasts, national days) against Tuesday 2024-11-05: 19 of 23 agreed before the run. Fixed by
general rules: "كل ستة أسابيع" is a SET (the rule for a count in digits, "كل 24 ساعة", now
takes a spelled count, and "كل شهرين" a dual), not the duration alone; the Maghrebi "على
الساعة" joins a clock time to its date as "في/عند" do.
Left out as unsure: "منتصف ليل الخميس" (usage splits: the midnight opening Thursday, as the
tagger reads it, or the one ending it, as the expectation wrote); and a gap left alone:
"للربع الثالث" (after the clitic "ل" the article's alif drops, "للربع", "للعام المقبل",
"للأسبوع الماضي", and no rule reads such words; restoring the alif when folding is an engine
change that "لليوم الثالث على التوالي", no time, would have to be guarded against). Done
after: the engine restores a letter a language's script elides (`Language.elided`; Arabic: the
alif of "ال" after "ل", not before "يوم": "لليوم" is mostly "for the day"), the mention
starting after the clitic as for "للثاني والعشرين"; a unit with an ordinal "على التوالي" (in
a row) is no month, quarter or day. Below: CLITIC.
"""

from __future__ import annotations

import pytest

from tests.timex_read import tagged

X = "2025-03-13"  # a Thursday, ISO week 11, 13 Ramadan 1446 (Eid al-Fitr: 2025-03-30)

CASES = [
    # economy, markets, budgets
    ("وتبدأ السنة المالية الجديدة في الأول من يوليو", [("الأول من يوليو", "2025-07-01")]),
    ("ونما الناتج المحلي الإجمالي بنسبة 4.3% في الربع الثالث من العام المالي الماضي",
     [("الربع الثالث", "2024-Q3")]),
    ("وسجل التضخم السنوي في مصر 12.8% في فبراير مقارنة بـ24% في يناير",
     [("فبراير", "2025-02"), ("يناير", "2025-01")]),
    ("وارتفع التضخم في المدن إلى 12.8% في فبراير من 24% في الشهر السابق",
     [("فبراير", "2025-02"), ("الشهر السابق", "2025-01")]),
    ("وقرر البنك المركزي المصري الإبقاء على أسعار الفائدة دون تغيير في اجتماعه الخميس",
     [("الخميس", "2025-03-13")]),
    ("ويعقد البنك المركزي اجتماعه المقبل في 17 أبريل", [("17 أبريل", "2025-04-17")]),
    ("وأغلق مؤشر إيجي إكس 30 الرئيسي مرتفعا 1.2% عند 31500 نقطة", []),
    ("وارتفعت الأسهم السعودية في مستهل تعاملات الأسبوع يوم الأحد", [("يوم الأحد", "2025-03-09")]),
    ("وتستأنف البورصة تداولاتها بعد عطلة عيد الفطر في 2 أبريل",
     [("عيد الفطر", "2025-03-30"), ("2 أبريل", "2025-04-02")]),
    ("وبلغ عجز الموازنة 6.1% من الناتج المحلي خلال الأشهر الثمانية الأولى من العام المالي",
     [("الأشهر الثمانية الأولى", "P8M")]),
    ("ورفعت وكالة موديز تصنيف مصر في أكتوبر الماضي", [("أكتوبر الماضي", "2024-10")]),
    ("وسجلت الصادرات التونسية ارتفاعا بنسبة 8% خلال شهري جانفي وفيفري",
     [("جانفي", "2025-01"), ("فيفري", "2025-02")]),
    ("وتراجعت احتياطيات النقد الأجنبي إلى 44 مليار دولار في نهاية ديسمبر 2024",
     [("نهاية ديسمبر 2024", "2024-12", "END")]),
    ("ويبدأ العمل بالتعريفة الجديدة للكهرباء اعتبارا من أول يوليو المقبل",
     [("أول يوليو المقبل", "2025-07-01")]),
    ("وقال وزير المالية إن الحكومة ستطرح سندات بقيمة ملياري دولار خلال النصف الأول من العام",
     [("النصف الأول من العام", "2025-H1")]),
    ("وارتفع سعر الدولار أمام الجنيه في التعاملات المسائية أمس", [("أمس", "2025-03-12")]),
    ("وتصرف الحكومة رواتب شهر مارس قبل عيد الفطر", [("شهر مارس", "2025-03"), ("عيد الفطر", "2025-03-30")]),
    # Ramadan and Eid
    ("وتعمل البنوك خلال شهر رمضان من الساعة العاشرة صباحا حتى الثانية ظهرا",
     [("شهر رمضان", "2025-03-01/2025-03-29"),
      ("من الساعة العاشرة صباحا حتى الثانية ظهرا", "2025-03-13T10:00/2025-03-13T14:00")]),
    ("وأعلنت الحكومة عطلة عيد الفطر من 30 مارس إلى 3 أبريل",
     [("عيد الفطر", "2025-03-30"), ("من 30 مارس إلى 3 أبريل", "2025-03-30/2025-04-03")]),
    ("وتستمر عطلة عيد الفطر أربعة أيام", [("عيد الفطر", "2025-03-30"), ("أربعة أيام", "P4D")]),
    ("ويتحرى المسلمون هلال شهر شوال مساء السبت 29 مارس",
     [("شهر شوال", "2025-03-30/2025-04-28"), ("مساء السبت 29 مارس", "2025-03-29TEV")]),
    # sports fixtures
    ("ويلتقي الأهلي مع الزمالك الأحد المقبل الساعة 8 مساء بتوقيت القاهرة",
     [("الأحد المقبل الساعة 8 مساء بتوقيت القاهرة", "2025-03-16T20:00")]),
    ("وتنطلق المباراة في تمام التاسعة مساء بتوقيت مكة المكرمة",
     [("تمام التاسعة مساء بتوقيت مكة المكرمة", "2025-03-13T21:00")]),
    ("ويستضيف الوداد الرجاء يوم السبت 22 مارس على ملعب محمد الخامس", [("يوم السبت 22 مارس", "2025-03-22")]),
    ("وتقام مباراة الإياب بعد أسبوع في الجزائر", [("بعد أسبوع", "2025-03-20")]),
    ("وفاز الهلال على النصر 3-1 في الجولة 25 من الدوري السعودي", []),
    ("ويغيب اللاعب عن الملاعب لمدة ثلاثة أسابيع بسبب الإصابة", [("ثلاثة أسابيع", "P3W")]),
    ("وتنطلق بطولة كأس الأمم الأفريقية في المغرب في 21 ديسمبر المقبل", [("21 ديسمبر المقبل", "2025-12-21")]),
    ("وحل الفريق في المركز الثالث بعد 20 مباراة", []),
    ("وتبث المباراة مباشرة في الساعة 21:45 بتوقيت غرينتش",
     [("الساعة 21:45 بتوقيت غرينتش", "2025-03-13T21:45")]),
    # weather
    ("وتتوقع الأرصاد استمرار الأجواء الباردة حتى نهاية الأسبوع", [("نهاية الأسبوع", "2025-W11", "END")]),
    ("ويتأثر الطقس بكتلة هوائية حارة خلال الساعات الـ48 المقبلة", [("الساعات الـ48 المقبلة", "PT48H")]),
    ("وتسجل درجات الحرارة أعلى من معدلاتها بـ5 درجات اليوم وغدا",
     [("اليوم", "2025-03-13"), ("غدا", "2025-03-14")]),
    ("وتشهد المناطق الساحلية أمطارا رعدية مساء الجمعة وصباح السبت",
     [("مساء الجمعة", "2025-03-14TEV"), ("صباح السبت", "2025-03-15TMO")]),
    ("وحذرت هيئة الأرصاد من رياح نشطة مثيرة للأتربة اعتبارا من مساء اليوم",
     [("مساء اليوم", "2025-03-13TEV")]),
    ("ويبلغ ارتفاع الموج ثلاثة أمتار", []),
    ("وتتحسن الأحوال الجوية تدريجيا مع بداية الأسبوع المقبل",
     [("بداية الأسبوع المقبل", "2025-W12", "START")]),
    ("وسجلت درجة الحرارة 48 درجة مئوية في الظل يوم الاثنين، وهي الأعلى منذ عام 1995",
     [("يوم الاثنين", "2025-03-10"), ("عام 1995", "1995")]),
    # more economy
    ("وارتفعت إيرادات قناة السويس في فبراير بنسبة 10% مقارنة بالشهر نفسه من العام الماضي",
     [("فبراير", "2025-02"), ("الشهر نفسه من العام الماضي", "2024-02")]),
    ("وتتوقع السعودية عجزا في ميزانية 2025 يبلغ 101 مليار ريال", [("2025", "2025")]),
    ("وسيتم صرف الدعم النقدي للأسر قبل 15 رمضان", [("15 رمضان", "2025-03-15")]),
    ("وأقر مجلس الوزراء الإماراتي الميزانية الاتحادية للأعوام 2025-2027", [("2025-2027", "2025/2027")]),
    ("ويشهد الاقتصاد المصري تعافيا منذ تحرير سعر الصرف في مارس 2024", [("مارس 2024", "2024-03")]),
    ("وقال محافظ البنك المركزي إن التضخم سيتراجع إلى ما دون 10% بحلول نهاية 2026",
     [("نهاية 2026", "2026", "END")]),
    # fixed after the run (see the docstring)
    ("وتراجعت مبيعات السيارات في الربع الأول مقارنة بالفترة نفسها من العام الماضي",
     [("الربع الأول", "2025-Q1"), ("الفترة نفسها من العام الماضي", "2024-Q1")]),
    ("وارتفع العجز خلال النصف الأول من العام إلى 3% مقارنة بالفترة المماثلة من العام الماضي",
     [("النصف الأول من العام", "2025-H1"), ("الفترة المماثلة من العام الماضي", "2024-H1")]),
    ("وارتفعت الصادرات 10% مقارنة بالفترة ذاتها من العام الماضي", [("الفترة ذاتها من العام الماضي", "2024")]),
    ("وبلغت الإيرادات في يناير 5 مليارات دولار مقابل 4 مليارات في نفس الفترة من العام السابق",
     [("يناير", "2025-01"), ("نفس الفترة من العام السابق", "2024-01")]),
]

Y = "2024-11-05"  # a Tuesday, ISO week 45
SECOND = [
    ("وأغلق مؤشر سوق دبي المالي مرتفعا 0.5% في جلسة الثلاثاء", [("الثلاثاء", "2024-11-05")]),
    ("ويعلن الاحتياطي الفدرالي الأمريكي قراره بشأن أسعار الفائدة الخميس", [("الخميس", "2024-11-07")]),
    ("وسجل خام برنت 75 دولارا للبرميل في تعاملات الساعة 07:30 بتوقيت غرينتش",
     [("الساعة 07:30 بتوقيت غرينتش", "2024-11-05T07:30")]),
    ("وارتفع معدل التضخم في الجزائر إلى 4.5% خلال أكتوبر على أساس سنوي", [("أكتوبر", "2024-10")]),
    ("وتعتزم الحكومة التونسية إصدار سندات بقيمة 700 مليون دينار قبل نهاية السنة",
     [("نهاية السنة", "2024", "END")]),
    ("وتنطلق الدورة الثانية من معرض القاهرة الدولي للكتاب في 24 يناير المقبل",
     [("24 يناير المقبل", "2025-01-24")]),
    ("وتبدأ عطلة منتصف العام الدراسي في 25 يناير وتستمر أسبوعين",
     [("25 يناير", "2025-01-25"), ("أسبوعين", "P2W")]),
    ("وتوقعت الأرصاد الجوية هطول أمطار غزيرة على مدى الأيام الثلاثة المقبلة",
     [("الأيام الثلاثة المقبلة", "P3D")]),
    ("وتستمر موجة البرد حتى منتصف الأسبوع المقبل", [("منتصف الأسبوع المقبل", "2024-W46", "MID")]),
    ("وسجلت أعلى درجة حرارة أمس في الكويت 30 درجة", [("أمس", "2024-11-04")]),
    ("ويلتقي المنتخب المغربي نظيره الغابوني يوم الجمعة 15 نوفمبر على الساعة الثامنة مساء",
     [("يوم الجمعة 15 نوفمبر على الساعة الثامنة مساء", "2024-11-15T20:00")]),
    ("وتعادل الفريقان سلبيا في مباراة الذهاب التي أقيمت قبل أسبوعين", [("قبل أسبوعين", "2024-10-22")]),
    ("ويخوض الفريق مباراته المقبلة بعد ثلاثة أيام", [("بعد ثلاثة أيام", "2024-11-08")]),
    ("وأعلنت وزارة الموارد البشرية أن عطلة اليوم الوطني ستكون يوم الأحد", [("يوم الأحد", "2024-11-10")]),
    ("وارتفعت أرباح أرامكو في الأشهر التسعة الأولى من 2024",
     [("الأشهر التسعة الأولى", "P9M"), ("2024", "2024")]),
    ("ويصرف البنك الأرباح للمساهمين في الربع الأول من العام المقبل",
     [("الربع الأول من العام المقبل", "2025-Q1")]),
    ("وانكمش القطاع الصناعي للشهر الخامس على التوالي في أكتوبر", [("أكتوبر", "2024-10")]),
    ("وتحتفل سلطنة عمان بالعيد الوطني في 18 نوفمبر من كل عام", [("18 نوفمبر من كل عام", "XXXX-11-18")]),
    ("ويعقد مجلس إدارة البنك المركزي اجتماعه كل ستة أسابيع", [("كل ستة أسابيع", "P6W", None, "SET")]),
    ("وبلغ متوسط سعر الصرف 48.5 جنيه للدولار منذ مطلع نوفمبر", [("مطلع نوفمبر", "2024-11", "START")]),
    ("وتلقى المستثمرون توزيعات نقدية عن السنة المالية المنتهية في 30 يونيو", [("30 يونيو", "2024-06-30")]),
]

CLITIC = [
    ("وتوقع البنك نموا بنسبة 3% للعام المقبل", [("لعام المقبل", "2025")]),
    ("وأعلنت الشركة نتائجها للربع الثالث", [("لربع الثالث", "2024-Q3")]),
    ("وأظهرت بيانات للأسبوع الماضي تراجع الطلب", [("لأسبوع الماضي", "2024-W44")]),
    ("وارتفع التضخم للشهر الخامس على التوالي", []),
    ("وتراجعت الصادرات في الربع الثاني على التوالي", []),
    ("وارتفع المؤشر لليوم الثالث على التوالي", []),
]


def _type(value: str) -> str:
    """The TIMEX3 type a value of these cases has unless the case says (a SET of a unit, "P6W"):
    a pattern of the calendar is a set, then a duration, a clock time (or part of a day), else a
    date."""
    return "SET" if value.startswith("XXXX") else "DURATION" if value.startswith("P") \
        else "TIME" if "T" in value else "DATE"


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"economy_{i:03d}" for i in range(len(CASES))])
def test_press_sentence(text, expected):
    assert _read(text, X) == _expected(expected)


@pytest.mark.parametrize(("text", "expected"), SECOND, ids=[f"economy2_{i:03d}" for i in range(len(SECOND))])
def test_second_batch(text, expected):
    assert _read(text, Y) == _expected(expected)


@pytest.mark.parametrize(("text", "expected"), CLITIC)
def test_the_article_after_the_clitic_l(text, expected):
    assert _read(text, Y) == _expected(expected)


def _read(text: str, reference: str) -> list[tuple]:
    return [(m.text, m.type, m.value, m.mod) for m in tagged(text, "ar", reference, zoned=True)]


def _expected(expected: list[tuple]) -> list[tuple]:
    return [(span, rest[1] if len(rest) > 1 else _type(value), value, rest[0] if rest else None)
            for span, value, *rest in expected]
