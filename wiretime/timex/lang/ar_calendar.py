"""Arabic calendar words: months (three Gregorian series and the Hijri months), weekdays,
units, relative words, parts of day, seasons, holidays, vague references.

Spelling is ordinary; the language folds hamzas, ta marbuta, alif maqsura and diacritics.
"""

from __future__ import annotations

from wiretime.timex.lang.ar_numbers import CARDINALS, ORDINALS

# Gregorian months in the three series news uses, often glossed: "آذار/مارس".
MONTHS_SAFE = {
    # Egyptian/Gulf series
    "يناير": 1, "فبراير": 2, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "أغسطوس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12, "دجنبر": 12, "نونبر": 11, "شتنبر": 9, "يوليوز": 7, "غشت": 8,
    # Levantine/Iraqi series
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "أيلول": 9, "تشرين الأول": 10, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "كانون الاول": 12,
    # Maghrebi series
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "جويلية": 7, "أوت": 8,
}
# "شهر 3", "شهر ثلاثة", "الشهر الثالث": months by number.
MONTH_NUMBERS = {f"شهر {n}": n for n in range(1, 13)}
# (not 1 and 2 in words: "شهر واحد" is "one month")
MONTH_NUMBERS.update({f"شهر {w}": n for w, n in CARDINALS.items() if 3 <= n <= 12 and (" " not in w or n > 10)})
MONTH_NUMBERS.update({f"الشهر {w}": n for w, n in ORDINALS.items() if n <= 12 and w.startswith("ال")})
# Month names that are also common words ("مارس" = practised, "آب" = Ab, "ماي", "جوان" = Joan): only in a
# date, after "شهر", or glossed.
_NAMED_MONTHS = {**MONTHS_SAFE, "مارس": 3, "آب": 8, "ماي": 5, "جوان": 6}
# Reuters names a month twice, unglossed: "مارس آذار", "أكتوبر تشرين الأول", "آب أغسطس".
MONTHS_SAFE.update({f"{a} {b}": n for a, n in _NAMED_MONTHS.items() for b, m in _NAMED_MONTHS.items()
                    if n == m and a[:3] != b[:3]})
MONTHS = {**MONTHS_SAFE, **MONTH_NUMBERS, **_NAMED_MONTHS}

HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3, "ربيع أول": 3, "ربيع الآخر": 4, "ربيع الثاني": 4,
    "ربيع ثاني": 4, "جمادى الأولى": 5, "جمادى الأول": 5, "جمادى الاولى": 5, "جمادى الآخرة": 6,
    "جمادى الثانية": 6, "جمادى الآخر": 6, "جمادى الثاني": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
}
# Hijri months safe alone (not names or words): "في رمضان".
HIJRI_MONTHS_SAFE = {k: v for k, v in HIJRI_MONTHS.items() if k not in ("صفر", "رجب", "محرم", "شعبان")}

WEEKDAYS = {
    "الاثنين": 1, "الإثنين": 1, "الثلاثاء": 2, "الثلاثا": 2, "الأربعاء": 3, "الاربعا": 3, "الخميس": 4,
    "الجمعة": 5, "السبت": 6, "الأحد": 7,
}
# Without the article, only after "يوم" or before "الأسبوع": "يوم جمعة", "ثلاثاء الأسبوع الفائت".
WEEKDAYS_BARE = {"اثنين": 1, "إثنين": 1, "ثلاثاء": 2, "ثلاثا": 2, "أربعاء": 3, "اربعا": 3, "خميس": 4,
                 "جمعة": 5, "سبت": 6, "أحد": 7}

# Units of relative periods ("الشهر المقبل") and of durations ("ثلاثة أشهر").
UNITS = {"اليوم": "D", "يوم": "D", "الأسبوع": "W", "أسبوع": "W", "الشهر": "M", "شهر": "M", "العام": "Y",
         "عام": "Y", "السنة": "Y", "سنة": "Y", "الربع": "Q", "العقد": "DE", "القرن": "CE"}
DURATION_UNITS = {
    "ثانية": "S", "ثوان": "S", "ثواني": "S", "ثوانٍ": "S", "دقيقة": "MIN", "دقائق": "MIN", "ساعة": "H",
    "ساعات": "H", "يوم": "D", "يوما": "D", "أيام": "D", "الأيام": "D", "أسبوع": "W", "أسابيع": "W",
    "الأسابيع": "W", "شهر": "M", "شهرا": "M", "أشهر": "M", "شهور": "M", "الأشهر": "M", "الشهور": "M",
    "عام": "Y", "عاما": "Y", "أعوام": "Y", "الأعوام": "Y", "سنة": "Y", "سنوات": "Y", "السنوات": "Y",
    "سنين": "Y", "عقد": "DE", "عقود": "DE", "العقود": "DE", "قرن": "CE", "قرون": "CE", "الساعات": "H",
    "الدقائق": "MIN", "الساعة": "H", "الدقيقة": "MIN", "أسبوعا": "W", "عقدا": "DE", "قرنا": "CE",
}
# A unit alone in the accusative is one of it ("قضى شهرا في السجن"); a decade only "of time"
# ("عقدا" is also a contract), and no day ("يوما وطنيا" names one).
UNITS_ONE_ACCUSATIVE = {"أسبوعا": "W", "شهرا": "M", "عاما": "Y", "عقدا من الزمن": "DE", "قرنا من الزمن": "CE"}
UNITS_ONE = {"يوم": "D", "أسبوع": "W", "شهر": "M", "عام": "Y", "سنة": "Y", "ساعة": "H", "دقيقة": "MIN",
             "ثانية": "S", "عقد": "DE", "قرن": "CE"}
# "منذ بداية العام": after a word of position, the unit alone is the one at hand.
UNIT_NOW = {"العام": "Y", "السنة": "Y", "الشهر": "M", "الأسبوع": "W", "الاسبوع": "W"}
PLURAL_UNITS = {"ساعات": "H", "أيام": "D", "أسابيع": "W", "أشهر": "M", "شهور": "M", "سنوات": "Y", "سنين": "Y",
                "أعوام": "Y", "عقود": "DE", "قرون": "CE", "دقائق": "MIN"}
# Plurals in the accusative, after a verb of lasting: "قد تستغرق عقودا" (decades; "وقعت عقودا"
# is contracts signed, no time).
PLURAL_UNITS_ACCUSATIVE = {"عقودا": "DE", "أعواما": "Y", "شهورا": "M", "أياما": "D", "قرونا": "CE"}
ERA = {"قبل الميلاد": "BC", "ق.م": "BC", "ق. م": "BC", "ق م": "BC"}
# Duals carry their number: "يومين" = two days.
DUALS = {
    "ساعتين": "H", "ساعتان": "H", "دقيقتين": "MIN", "دقيقتان": "MIN", "يومين": "D", "يومان": "D",
    "اليومين": "D", "أسبوعين": "W", "أسبوعان": "W", "الأسبوعين": "W", "شهرين": "M", "شهران": "M",
    "الشهرين": "M", "عامين": "Y", "عامان": "Y", "العامين": "Y", "سنتين": "Y", "سنتان": "Y",
    "السنتين": "Y", "عقدين": "DE", "عقدان": "DE", "العقدين": "DE", "قرنين": "CE", "القرنين": "CE",
}

# Units counted from the time the text last named (anaphora.py): "في اليوم التالي", "العام نفسه".
ANAPHORIC_UNITS = {"اليوم": "D", "الأسبوع": "W", "الشهر": "M", "الربع": "Q", "العام": "Y", "السنة": "Y"}
ANAPHORIC = {"التالي": 1, "التالية": 1, "الذي تلاه": 1, "السابق": -1, "السابقة": -1, "الذي سبقه": -1,
             "نفسه": 0, "نفسها": 0, "ذاته": 0, "ذاتها": 0}
# After a unit: where it lies relative to now ("الأسبوع المقبل").
RELATIVE = {
    "المقبل": 1, "المقبلة": 1, "القادم": 1, "القادمة": 1, "التالي": 1, "التالية": 1, "الجاي": 1,
    "اللاحق": 1, "الماضي": -1, "الماضية": -1, "الماض": -1, "المنصرم": -1, "المنصرمة": -1, "الفائت": -1,
    "الفائتة": -1, "السابق": -1, "السابقة": -1, "المنقضي": -1, "الجاري": 0, "الجارية": 0, "الحالي": 0,
    "الحالية": 0, "هذا": 0, "بعد القادم": 2, "بعد المقبل": 2, "قبل الماضي": -2, "الذي يليه": 1,
}
# The same as shifts of a month or a year ("من الشهر المقبل", "من العام الماضي"), as partial times.
MONTH_RELATIVE = {k: {"shift": v, "shift_unit": "M"} for k, v in RELATIVE.items()}
YEAR_RELATIVE = {k: {"shift": v, "shift_unit": "Y"} for k, v in RELATIVE.items()}
THIS_MONTH = {"هذا الشهر": {"shift": 0, "shift_unit": "M"}, "الشهر": {"shift": 0, "shift_unit": "M"}}
# Plural/dual periods' direction: "الأيام الخمسة الماضية" lie back, "المقبلة" ahead.
PERIOD_DIRECTION = {"المقبلة": "future", "المقبلين": "future", "القادمة": "future", "القادمين": "future",
                    "الماضية": "past", "الماضيين": "past", "الأخيرة": "past", "الأخيرين": "past",
                    "السابقة": "past", "المنصرمة": "past", "المقبل": "future", "الماضي": "past",
                    "القليلة الماضية": "past", "القليلة المقبلة": "future", "القليلة القادمة": "future"}

DIRECTION = {"المقبل": "future", "المقبلة": "future", "القادم": "future", "القادمة": "future",
             "الماضي": "past", "الماضية": "past", "المنصرم": "past", "الفائت": "past", "السابق": "past",
             "الفائتة": "past", "المنصرمة": "past", "الجاي": "future",
             # duals after two days ("يومي الأربعاء والخميس المقبلين")
             "المقبلين": "future", "القادمين": "future", "الماضيين": "past", "المنصرمين": "past"}

RELATIVE_DAYS = {
    "أمس": -1, "الأمس": -1, "البارحة": -1, "امبارح": -1, "أول أمس": -2, "أول من أمس": -2,
    "يوم أمس": -1, "قبل أمس": -2, "أمس الأول": -2, "قبل يوم أمس": -2, "يوم قبل أمس": -2, "اليوم القبل البارحة": -2, "قبل البارحة": -2,
    "اليوم": 0, "هذا اليوم": 0, "غدا": 1, "غد": 1, "الغد": 1, "يوم غد": 1, "بكرة": 1, "بكرا": 1,
    "بعد غد": 2, "بعد الغد": 2, "بعد بكرة": 2, "بعد بكرا": 2, "يوم بعد غد": 2, "يوم الغد": 1,
    "اليوم التالي": 1, "اليوم الماضي": -1, "اليوم السابق": -1, "اليوم المنصرم": -1,
}
RELATIVE_DAYS.update({"قبل امبارح": -2, "أول امبارح": -2})
RELATIVE_DAYS.update({f"{lead} {day}": n for lead in ("اليوم الذي", "اليوم الي", "اليوم اللي", "اليوم")
                      for day, n in RELATIVE_DAYS.items() if day.startswith(("بعد", "قبل"))})

PARTS_OF_DAY = {
    "صباحا": "MO", "صباحاً": "MO", "صباح": "MO", "الصباح": "MO", "الصبح": "MO", "صبحا": "MO",
    "فجرا": "MO", "الفجر": "MO", "فجر": "MO", "قبل الظهر": "MO", "قبل الظهيرة": "MO",
    "ظهرا": "NO", "ظهر": "NO", "الظهر": "NO", "الظهيرة": "NO", "ظهيرة": "NO",
    "بعد الظهر": "AF", "بعد الظهيرة": "AF", "عصرا": "AF", "العصر": "AF", "عصر": "AF", "بعد العصر": "AF",
    "قبل المغرب": "AF", "مساء": "EV", "مساءا": "EV", "المساء": "EV", "بعد المغرب": "EV", "وقت العشاء": "EV",
    "ليلا": "NI", "الليل": "NI", "ليل": "NI", "ليلة": "NI", "الليلة": "NI",
    "في الليل": "NI", "في المساء": "EV", "في الصباح": "MO", "وقت الغداء": "AF",
    "هذا الصباح": "MO", "هذا المساء": "EV", "هذه الليلة": "NI",
    # "العاشرة من صباح اليوم": the hour's part of the day, said before the day
    "من صباح": "MO", "من مساء": "EV", "من ظهر": "NO", "من بعد ظهر": "AF", "من فجر": "MO", "من ليل": "NI",
    "من ليلة": "NI", "من عصر": "AF",
    # "الواحدة بعد منتصف الليل" is 01:00, "الحادية عشرة قبل منتصف الليل" 23:00
    "بعد منتصف الليل": "MO", "قبل منتصف الليل": "NI",
}
# A part of the day that is itself a time mention ("صباح اليوم", "مساء الثلاثاء", "في الصباح").
POD_NOUNS = {"صباح": "MO", "مساء": "EV", "ليلة": "NI", "ليل": "NI", "فجر": "MO", "ظهر": "NO", "عصر": "AF",
             "ظهيرة": "NO", "صبيحة": "MO", "عشية": "EV", "بعد ظهر": "AF", "بعيد ظهر": "AF"}
# Adverbs (with tanween) that say a part of the day and nothing else.
POD_ADVERBS = {"صباحا": "MO", "فجرا": "MO", "ظهرا": "NO", "عصرا": "AF", "ليلا": "NI"}
# ("العصر" alone is also "the era": only with a clock time.)
POD_ALONE = {"الصباح": "MO", "المساء": "EV", "الليل": "NI", "الأمسيات": "EV", "الصباحات": "MO",
             "الليالي": "NI", "الظهيرة": "NO", "الظهر": "NO", "الفجر": "MO", "بعد الظهر": "AF"}
# Meals name a part of the day only right after a clock time ("الساعة 8 العشاء").
MEALS = {"العشاء": "EV", "الغداء": "AF"}
TONIGHT = {"الليلة": "NI", "هذه الليلة": "NI", "هذا المساء": "EV", "هذا الصباح": "MO"}
LAST_NIGHT = {"الليلة الماضية": "NI", "ليلة أمس": "NI", "ليل أمس": "NI", "ليلة البارحة": "NI", "الليلة الفائتة": "NI"}
# Which midnight "منتصف ..." of a named night is, in days from the reference day's start:
# a night runs from one day into the next, its midnight between them.
MIDNIGHT_OF = {"الليلة": 1, "هذه الليلة": 1, "ليل اليوم": 1, "ليلة اليوم": 1, "الليلة الماضية": 0,
               "الليلة الفائتة": 0, "ليل أمس": 0, "ليلة أمس": 0, "ليلة البارحة": 0, "ليل البارحة": 0,
               "ليل الغد": 2, "ليلة الغد": 2, "ليل غد": 2, "ليلة غد": 2}
# "عطلة نهاية الأسبوع" is the weekend ("نهاية الأسبوع" alone is the end of the week).
WEEKEND = {"عطلة نهاية الأسبوع": 0, "عطلة الأسبوع": 0, "العطلة الأسبوعية": 0, "عطلة نهاية الاسبوع": 0}
# Clock-like words: "منتصف الليل" = 00:00, "الظهيرة" = 12:00.
CLOCK_WORDS = {"منتصف ليل": 0, "منتصف ليلة": 0, "منتصف الليل": 0, "منتصف-الليل": 0, "منتصف النهار": 12, "منتصف-النهار": 12, "الظهيرة": 12,
               "وقت الظهيرة": 12, "منتصف الظهر": 14, "منتصف-الظهر": 14}

# "الثانية عشرة إلا ربعا": the minutes before the hour (and the hour goes back one).
LESS = {"ربع": 45, "ربعا": 45, "الربع": 45, "ثلث": 40, "ثلثا": 40, "الثلث": 40, "خمس دقائق": 55, "خمسة دقائق": 55,
        "عشر دقائق": 50, "عشرة دقائق": 50, "دقيقة": 59, "دقيقتين": 58}
LESS.update({f"{n} {unit}": 60 - n for n in range(1, 30) for unit in ("دقائق", "دقيقة")})
LESS.update({f"{w} {unit}": 60 - n for w, n in CARDINALS.items() if n < 30 and " " not in w for unit in ("دقائق", "دقيقة")})
MINUS = {"إلا": -1, "الا": -1}
MINUTE_FRACTIONS = {"النصف": 30, "نصف": 30, "ونص": 30, "الربع": 15, "ربع": 15, "ربعا": 15, "الثلث": 20,
                    "ثلث": 20, "ثلثا": 20, "ثلاثة أرباع": 45}

SEASONS = {"الربيع": "SP", "ربيع": "SP", "الصيف": "SU", "صيف": "SU", "الخريف": "FA", "خريف": "FA",
           "الشتاء": "WI", "شتاء": "WI"}

# Holidays on fixed days: Gregorian, and Hijri (converted to the Gregorian day).
HOLIDAYS = {name: {"month": m, "day": d} for name, (m, d) in {
    "عيد الميلاد": (12, 25), "رأس السنة الجديدة": (1, 1), "رأس السنة الميلادية": (1, 1), "عيد الحب": (2, 14),
    "ليلة رأس السنة": (12, 31), "ليلة رأس السنة الجديدة": (12, 31), "عيد العمال": (5, 1), "عيد الأم": (3, 21),
    "يوم المرأة العالمي": (3, 8), "عيد الفالنتاين": (2, 14), "الكريسماس": (12, 25), "كريسماس": (12, 25),
    "يواندان": (1, 1), "عيد رأس السنة": (1, 1), "رأس السنة": (1, 1), "اليوم العالمي للمرأة": (3, 8), "اليوم العالمي لحقوق الإنسان": (12, 10),
    "اليوم العالمي للطفل": (11, 20), "اليوم العالمي للغة العربية": (12, 18), "اليوم العالمي لحرية الصحافة": (5, 3),
}.items()}
HOLIDAYS.update({"عيد الفصح": {"easter": 0}, "الجمعة العظيمة": {"easter": -2}, "عيد القيامة": {"easter": 0},
                 "عيد الشكر": {"month": 11, "nth": 4, "weekday": 4}, "يوم الشكر": {"month": 11, "nth": 4, "weekday": 4},
                 "عيد الأب": {"month": 6, "nth": 3, "weekday": 7}, "يوم الأب": {"month": 6, "nth": 3, "weekday": 7}})
# (Feasts, computed in the Gregorian year at hand: "عيد الأضحى 2013", "ليلة عيد الفطر".)
HIJRI_HOLIDAYS = {name: {"feast": f"hijri:{m:02d}:{d:02d}"} for name, (m, d) in {
    "عيد الفطر": (10, 1), "عيد الأضحى": (12, 10), "رأس السنة الهجرية": (1, 1), "المولد النبوي": (3, 12),
    "عاشوراء": (1, 10), "يوم عرفة": (12, 9), "ليلة القدر": (9, 27), "عيد الفطر المبارك": (10, 1),
    "عيد الأضحى المبارك": (12, 10), "المولد النبوي الشريف": (3, 12), "عيد المولد النبوي": (3, 12),
    "عيد المولد النبوي الشريف": (3, 12),
}.items()}

# Which day of a feast or month: "أول أيام عيد الفطر", "ثالث أيام العيد", "غرة رمضان" (days after the first).
FEAST_DAYS = {"أول أيام": 0, "أول يوم من": 0, "اليوم الأول من": 0, "ثاني أيام": 1, "اليوم الثاني من": 1,
              "ثالث أيام": 2, "اليوم الثالث من": 2, "رابع أيام": 3, "اليوم الرابع من": 3, "غرة": 0}

# Decades of the last century as TIMEX3 values: "التسعينات" = 199 (the 1990s).
_DECADE_STEMS = ("عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين")
DECADES = {f"ال{stem}{suffix}": 190 + n for n, stem in enumerate(_DECADE_STEMS, start=2) for suffix in ("ات", "يات")}
# A decade of a named century, the decade first ("ثمانينيات القرن الماضي", "الستينيات من القرن
# التاسع عشر"): its number in the century, and the century's first decade (TIMEX3 "198" = 1980s).
DECADE_NUMBERS = {f"{article}{stem}{suffix}": n for n, stem in enumerate(_DECADE_STEMS, start=2)
                  for suffix in ("ات", "يات") for article in ("", "ال")}
CENTURY_DECADES = {"القرن الماضي": 190, "القرن المنصرم": 190, "القرن العشرين": 190, "القرن التاسع عشر": 180,
                   "القرن الثامن عشر": 170, "القرن الحادي والعشرين": 200, "القرن الحالي": 200, "القرن الـ20": 190,
                   "القرن 20": 190, "القرن الـ19": 180, "القرن 19": 180}

VAGUE = {
    "الآن": "PRESENT_REF", "حاليا": "PRESENT_REF", "حالا": "PRESENT_REF", "في الوقت الحالي": "PRESENT_REF",
    "الوقت الحالي": "PRESENT_REF", "في الوقت الراهن": "PRESENT_REF", "الوقت الراهن": "PRESENT_REF",
    "في هذه اللحظة": "PRESENT_REF", "في الوقت الحاضر": "PRESENT_REF", "حتى الآن": "PRESENT_REF",
    "في هذه الأثناء": "PRESENT_REF", "حتى اللحظة": "PRESENT_REF",
    "حتى هذه اللحظة": "PRESENT_REF", "آنذاك": "PAST_REF", "في الماضي": "PAST_REF", "في السابق": "PAST_REF",
    "سابقا": "PAST_REF", "مؤخرا": "PAST_REF", "في الآونة الأخيرة": "PAST_REF", "الآونة الأخيرة": "PAST_REF",
    "في وقت سابق": "PAST_REF", "وقت سابق": "PAST_REF", "في المستقبل": "FUTURE_REF", "مستقبلا": "FUTURE_REF",
    "في وقت لاحق": "FUTURE_REF", "لاحقا": "FUTURE_REF", "قريبا": "FUTURE_REF", "في المستقبل القريب": "FUTURE_REF",
    "في القريب العاجل": "FUTURE_REF", "المستقبل القريب": "FUTURE_REF", "في وقت مبكر": "PAST_REF",
    # "in recent years" (TimeBank mostly, and the English tables); "the past N years" stays a duration
    "السنوات الأخيرة": "PAST_REF", "الأعوام الأخيرة": "PAST_REF",
}
# Wire copy's "as of this writing": "حتى ساعة إعداد هذا الخبر", "حتى لحظة كتابة هذا التقرير".
VAGUE.update({f"حتى {moment} {act} هذا {piece}": "PRESENT_REF" for moment in ("ساعة", "لحظة", "وقت")
              for act in ("إعداد", "كتابة", "تحرير") for piece in ("الخبر", "التقرير")})

FOURTH = {"الأخير": 4, "الأخيرة": 4}  # "الربع الأخير": the last quarter is the fourth
NTH = {"الأول": 1, "الأولى": 1, "الاول": 1, "الثاني": 2, "الثانية": 2, "الثالث": 3, "الثالثة": 3, "الرابع": 4,
       "الرابعة": 4, "الأخير": -1, "الأخيرة": -1}
LAST = {"آخر": -1, "اخر": -1, "الأخير": -1, "الأخيرة": -1, "الاخير": -1}
CURRENCIES = {w: w for w in ("دولار", "دولارا", "يورو", "جنيه", "جنيها", "ريال", "ريالا", "درهم", "درهما",
                             "دينار", "دينارا", "ليرة", "شخص", "شخصا", "قتيل", "قتيلا", "جريح", "جريحا", "مليون",
                             "ملايين", "مليار", "مليارات", "ألف", "آلاف", "طن", "كيلومتر", "متر", "برميل", "صوت", "مقعد")}

# Sets: "كل يوم" = P1D, "أسبوعيا" = P1W, "كل يوم جمعة" = XXXX-WXX-5, "مرتين في الأسبوع".
SET_UNITS = {"يوم": "P1D", "أسبوع": "P1W", "شهر": "P1M", "عام": "P1Y", "سنة": "P1Y", "ساعة": "PT1H", "دقيقة": "PT1M",
             "صباح": "XXXX-XX-XXTMO", "مساء": "XXXX-XX-XXTEV", "ليلة": "XXXX-XX-XXTNI", "أسبوعين": "P2W",
             "يومين": "P2D", "شهرين": "P2M", "عامين": "P2Y", "سنتين": "P2Y", "ثلاثة أشهر": "P3M", "أربع سنوات": "P4Y",
             "أربعة أعوام": "P4Y", "خمس سنوات": "P5Y", "ستة أشهر": "P6M", "ساعتين": "PT2H"}
SET_ADVERBS = {"يوميا": "P1D", "يومياً": "P1D", "أسبوعيا": "P1W", "شهريا": "P1M", "سنويا": "P1Y", "ساعيا": "PT1H",
               "كل يوم": "P1D", "على مدار الساعة": "P1D", "فصليا": "P3M"}
SET_WEEKDAYS = {k: f"XXXX-WXX-{v}" for k, v in WEEKDAYS.items()}
SET_WEEKDAYS_BARE = {k: f"XXXX-WXX-{v}" for k, v in WEEKDAYS_BARE.items()}
TIMES = {"مرة": 1, "مرتين": 2, "مرتان": 2, "ثلاث مرات": 3, "أربع مرات": 4, "خمس مرات": 5, "عدة مرات": "X",
         "مرة واحدة": 1}

APPROX = {"نحو": "APPROX", "حوالي": "APPROX", "حوالى": "APPROX", "قرابة": "APPROX", "زهاء": "APPROX",
          "أكثر من": "MORE_THAN", "أقل من": "LESS_THAN", "ما يقرب من": "APPROX", "ما يزيد على": "MORE_THAN"}
FEW = {"بضعة": "X", "بضع": "X", "عدة": "X", "بعض": "X", "القليلة": "X", "قليلة": "X", "عديدة": "X", "طويلة": "X",
       "مديدة": "X"}

TABLES = {"month": MONTHS, "month_number": MONTH_NUMBERS, "month_safe": MONTHS_SAFE, "hijri_month": HIJRI_MONTHS,
          "hijri_month_safe": HIJRI_MONTHS_SAFE, "weekday": WEEKDAYS, "weekday_bare": WEEKDAYS_BARE,
          "unit": UNITS, "unit_one": UNITS_ONE, "unit_one_acc": UNITS_ONE_ACCUSATIVE, "plural_unit": PLURAL_UNITS, "plural_unit_acc": PLURAL_UNITS_ACCUSATIVE, "unit_now": UNIT_NOW, "month_relative": MONTH_RELATIVE,
          "year_relative": YEAR_RELATIVE, "this_month": THIS_MONTH, "anaphoric_unit": ANAPHORIC_UNITS, "anaphoric": ANAPHORIC, "era": ERA, "dur_unit": DURATION_UNITS, "dual": DUALS, "relative": RELATIVE,
          "period_dir": PERIOD_DIRECTION, "direction": DIRECTION, "rel_day": RELATIVE_DAYS, "pod": PARTS_OF_DAY,
          "pod_noun": POD_NOUNS, "pod_alone": POD_ALONE, "pod_adverb": POD_ADVERBS, "tonight": TONIGHT, "midnight_of": MIDNIGHT_OF, "last_night": LAST_NIGHT, "weekend": WEEKEND, "meal": MEALS, "clock_word": CLOCK_WORDS, "fraction": MINUTE_FRACTIONS,
          "season": SEASONS, "holiday": {**HOLIDAYS, **HIJRI_HOLIDAYS}, "decade": DECADES,
          "decade_number": DECADE_NUMBERS, "feast_day": FEAST_DAYS, "century_decades": CENTURY_DECADES,
          "vague": VAGUE, "few": FEW, "approx": APPROX, "less": LESS, "minus": MINUS, "set_unit": SET_UNITS,
          "set_adverb": SET_ADVERBS, "set_weekday": SET_WEEKDAYS, "set_weekday_bare": SET_WEEKDAYS_BARE, "times": TIMES, "last": LAST, "nth": NTH, "fourth": FOURTH, "currency": CURRENCIES}
