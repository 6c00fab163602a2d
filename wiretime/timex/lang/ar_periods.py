"""Arabic rules for periods: relative days and units, "N units ago", durations, sets,
decades, centuries, seasons, quarters, halves and vague references.

Each rule's examples resolve against Tuesday 2017-01-24 and are run as tests.
"""

from __future__ import annotations

from wiretime.timex.lang.ar_dates import YEAR4, YEAR_BUILD, year
from wiretime.timex.rules import Rule


def amount(name: str = "n") -> str:
    """A counted amount, digits (maybe decimal) or words, captured whole as `name`."""
    return rf"(?P<{name}>\d+(?:[.,]\d+)?|{{cardinal:{name}_w}})"


# "قبل ثلاثة أيام من الانتخابات" counts from an event, not from now: not an offset.
_AGO = r"(?:منذ|قبل)\s+(?:{approx}\s+)?"
_NOT_FROM_EVENT = r"(?!\s+(?:من|على|عن)\s(?!الزمن))"  # ("قبل عقد من الزمن" is a decade ago)
# "منذ شهر و21 يوما": the first part of a duration of several parts is no offset on its own
# (ar_compose counts them all).
_NOT_FIRST_PART = r"(?!\s*و\s*(?:(?:\d+|{cardinal:nf_c})\s+{dur_unit:nf_u}|{dual:nf_d}|{unit_one:nf_o}(?!\w)))"
_FROM_NOW = r"\s+من\s+(?:الآن|اليوم)"
# An age is not a duration: "عن عمر يناهز 85 عاما", "البالغ من العمر 30 عاما", "(25 عاما)".
_NOT_AGE = "".join(rf"(?<!{cue}\s)" for cue in ("عمر", "العمر", "عمره", "عمرها", "يناهز", "ناهز", "سن", "بلغ", "البالغ", "يبلغ", "تبلغ",
                                                          "البالغة"))
# "توفي الفنان عن 85 عاما" is an age at death (the subject's words may stand between; no time
# word among them): matched whole and silent, so no duration is read in it.
_DEATH = r"(?:توفي|توفيت|توفى|رحل|رحلت|مات|ماتت|قضى|قضت)"
_NOT_A_TIME_WORD = (r"(?!(?:ال)?(?:يوم|أمس|غدا|صباح|مساء|فجر|ليل|ليلة|ظهر|عصر|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة"
                    r"|السبت|الأحد)(?!\w))")
# "في الخمسينات من عمره" is an age, not the 1950s.
_NOT_AGE_DECADE = r"(?!\s+(?:من\s+)?(?:ال)?عمر)"
_REST = r"(?:بقية|باقي|ما\s+تبقى\s+من|ما\s+بقي\s+من)\s+"
# "العام الدراسي/المالي" is a school or fiscal year, not the calendar year at hand.
_NOT_CIVIL_YEAR = r"(?!\s+(?:ال)?(?:دراسي|دراسية|مالي|مالية|جامعي|هجري|قضائي|تشريعي|زراعي)(?!\w))"
# "في مثل هذا اليوم من عام 1948", "مثل هذه الأيام": a day like this one, in another year,
# not the reference day.
_NOT_LIKE = r"(?<!مثل\s)"
# "اليوم العالمي للمرأة", "اليوم الوطني" name a day of the year, not today.
# "اليوم الثالث للحرب", "اليوم الأول من المؤتمر", "اليوم الـ100": a day counted, not today either.
_NOT_NAMED_DAY = (r"(?!\s+(?:العالمي|الوطني|الدولي|العربي|الأممي|الأول|الثاني|الثالث|الرابع|الخامس|السادس|السابع"
                  r"|الثامن|التاسع|العاشر|الحادي|الأخير)(?!\w))(?!\s+ال\s*\d)")
# A singular unit after a number from eleven on is that many ("ثلاثين عاما", "أحد عشر يوما"),
# not after any dual or plural in "ين/ون" ("أمهل الطرفين أسبوعا": one week).
_TENS = ("عشر", "ثلاث", "ربع", "خمس", "ست", "سبع", "ثمان", "تسع")
_NOT_COUNTED = (r"(?<!\d)(?<!\d\s)" + "".join(rf"(?<!{t}{end}\s)" for t in _TENS for end in ("ين", "ون"))
                + r"(?<!عشر\s)(?<!عشرة\s)(?<!مائة\s)(?<!مئة\s)")
# "عاما بعد عام", "يوما بعد يوم": year after year, no date a year ahead.
_NOT_ONE_BY_ONE = "".join(rf"(?<!{unit}\s)" for unit in ("عاما", "يوما", "شهرا", "أسبوعا", "عام", "يوم", "شهر", "ساعة"))
# "الأيام الأولى من الشهر": the month's start (a modifier in ar.py), the month the one at hand;
# not "الأشهر التسعة الأولى من العام", a duration.
_OF_FIRST_OR_LAST_UNITS = "|".join(rf"(?<={units}\s{which}\sمن\s)" for units in ("الأيام", "الأسابيع", "الأشهر", "الشهور")
                                   for which in ("الأولى", "الأخيرة"))
# "منذ" after a verb or state that still goes on ("يواصل العمال إضرابهم منذ ثلاثة أيام", "لا يزال
# مفقودا منذ عامين") counts how long it has lasted: a duration (English "for three days"),
# not the day it began; after a past verb ("قتل منذ ثلاثة أيام") it stays "three days ago".
# The cue and up to six words (no digit, no time word, no relative pronoun: "الذين اعتقلوا منذ
# عامين" dates the arrest) are consumed, outside the mention.
_BETWEEN = rf"(?:\s+{_NOT_A_TIME_WORD}(?!(?:منذ|الذي|التي|الذين|اللذين|اللتين|اللواتي)(?!\w))[^\s\d.،؛:!؟?]+)"
_ONGOING = (r"(?:(?<!\w)[وف]?(?:لا\s+(?:يزال|تزال|يزالون|تزالان|يزالان)|ما\s*(?:زال|زالت|زالوا)|يواصل|يواصلون|تواصل|"
            r"تتواصل|يتواصل|متواصل|متواصلة|يستمر|تستمر|مستمر|مستمرة|مستمرا|يعتصم|يعتصمون|معتصم|معتصمون|معتصمين|"
            r"مضرب|مضربون|مضربين|محتجز|محتجزا|محتجزة|محتجزين|معتقل|معتقلا|معتقلة|معتقلين|مغلق|مغلقا|مغلقة|مفقود|مفقودا|"
            r"مفقودة|مفقودين|محاصر|محاصرا|محاصرة|يحاصر|تحاصر|يخوض|تخوض|يعاني|تعاني|يعانون|تشهد|يشهد|ينتظر|ينتظرون|"
            r"عالق|عالقون|عالقين|يسيطر|تسيطر|يقيم|تقيم|يقيمون|يخضع|تخضع|يخضعون|يقبع|تقبع|يقبعون|يعيش|تعيش|يعيشون)(?!\w)"
            rf"{_BETWEEN}{{0,6}}"
            # A negated past ("لم تسجل أي إصابة منذ 10 أيام": none for ten days; its clause may be
            # long: "لم تتمكن فرق الدفاع المدني من الوصول إلى المنطقة منذ يومين") and a superlative or
            # a first ("أسوأ فيضانات منذ 50 عاما", "لأول مرة منذ 20 عاما": the worst, the first in so
            # long) count a stretch back from now too; the superlative nearer (four words), since a
            # past verb between may be what "منذ" dates ("أكبر المدن تعرضت لقصف منذ يومين" is still
            # read so: the risk of a longer reach). Not "أكثر/أقل" ("قتل أكثر من مئة شخص منذ ثلاثة أيام").
            rf"|(?<!\w)[وف]?لم(?!\w){_BETWEEN}{{0,8}}"
            r"|(?<!\w)[وف]?(?:ل|ب)?(?:ال)?(?:أسوأ|أعلى|أدنى|أكبر|أصغر|أقوى|أعنف|أشد|أطول|أقصر|أفضل|أبرز|أخطر"
            r"|أضخم|أوسع|أسرع|أعمق|أغلى|أرخص|أول|أولى)(?!\w)"
            rf"{_BETWEEN}{{0,4}})"
            r"\s+(?P<mention>منذ\s+(?:{approx}\s+)?")
# After a word of quantity, a unit alone is one of it: "لأكثر من شهر", "أقل من أسبوع", "نحو عام".
_AFTER_QUANTITY = "|".join(rf"(?<={cue}\s)" for cue in ("أكثر من", "أقل من", "أزيد من", "نحو", "حوالي", "قرابة", "زهاء"))

RULES = [
    Rule("age at death", _DEATH + rf"(?:\s+{_NOT_A_TIME_WORD}[^\s\d]+){{0,6}}?\s+عن\s+(?:عمر\s+)?(?:يناهز\s+)?"
                                  r"(?:\d+|{cardinal})\s+(?:عاما|عام|سنة|سنوات)", {}),
    # "للشهر الخامس على التوالي", "الربع الثاني على التوالي": a count of units in a row, no month,
    # quarter or day: matched whole and silent.
    Rule("nth unit in a row", r"(?:ال)?(?:يوم|أسبوع|اسبوع|شهر|ربع|فصل|عام|سنة)\s+{ordinal}\s+على\s+التوالي", {}),
    Rule("relative day", _NOT_LIKE + r"(?<!مثل\sهذا\s){rel_day}" + _NOT_NAMED_DAY, {"offset": "$rel_day", "offset_unit": "D"},
         examples=(("أمس", "2017-01-23"), ("غدا", "2017-01-25"), ("اليوم", "2017-01-24"), ("أول أمس", "2017-01-22"),
                   ("بعد غد", "2017-01-26"), ("البارحة", "2017-01-23"))),
    Rule("unit relative", r"{unit}\s+{relative}|" + _NOT_LIKE + r"(?:هذا|هذه)\s+{unit:u2}" + _NOT_CIVIL_YEAR,
         {"shift": "$relative", "shift_unit": ["$unit", "$u2"]},
         examples=(("الشهر المقبل", "2017-02"), ("الأسبوع الماضي", "2017-W03"), ("العام الجاري", "2017"),
                   ("الأسبوع المنصرم", "2017-W03"), ("العام المقبل", "2018"), ("هذه السنة", "2017"),
                   ("الشهر الجاري", "2017-01"), ("الأسبوع بعد القادم", "2017-W06"), ("القرن الماضي", "19"),
                   ("العقد الماضي", "200"), ("الربع الماضي", "2016-Q4"))),
    # "مقارنة بالفترة نفسها من العام الماضي": a year before the month, quarter or half its own
    # clause named ("في الربع الأول"), else last year (anaphora.py's `counted`).
    Rule("the same period of another year", r"(?:نفس\s+(?:ال)?(?:فترة|مدة)|(?:الفترة|المدة)\s+(?:نفسها|ذاتها|المماثلة|المقابلة))"
                                            r"\s+(?:من|في)\s+(?:العام|السنة)\s+{relative}",
         {"shift": "$relative", "shift_unit": "Y", "counted": {"offset": "$relative", "offset_unit": "Y"}},
         examples=(("الفترة نفسها من العام الماضي", "2016"), ("نفس الفترة من العام المقبل", "2018"))),
    # Counted from the time the text last named, else from now (anaphora.py): "the next day".
    Rule("the unit after or before", r"{anaphoric_unit}\s+{anaphoric}",
         {"offset": "$anaphoric", "offset_unit": "$anaphoric_unit", "grain": "$anaphoric_unit", "anaphora": "relative"},
         priority=1, examples=(("اليوم التالي", "2017-01-25"), ("العام نفسه", "2017"), ("الشهر السابق", "2016-12"))),
    # "في مثل هذا اليوم": the reference's day in another year (ar_compose names the year);
    # never a mention alone ("في مثل هذه الأيام" names no year either).
    Rule("like this unit", r"مثل\s+(?:هذا|هذه)\s+{anaphoric_unit}",
         {"offset": 0, "offset_unit": "$anaphoric_unit", "grain": "$anaphoric_unit", "latent": True}),
    Rule("that unit", r"(?:ذلك|تلك)\s+{anaphoric_unit}",
         {"offset": 0, "offset_unit": "$anaphoric_unit", "grain": "$anaphoric_unit", "anaphora": "relative"},
         priority=1, examples=(("ذلك اليوم", "2017-01-24"), ("تلك السنة", "2017"))),
    Rule("lasting since n units", _ONGOING + rf"{amount()}\s+{{dur_unit}})" + _NOT_FROM_EVENT + _NOT_FIRST_PART,
         {"amount": "$n", "unit": "$dur_unit", "mod": "$approx"},
         examples=(("يواصل العمال إضرابهم منذ ثلاثة أيام", "P3D", "منذ ثلاثة أيام"),
                   ("لا يزال مفقودا منذ أكثر من 10 سنوات", "P10Y", "منذ أكثر من 10 سنوات"))),
    Rule("lasting since two units", _ONGOING + r"{dual})" + _NOT_FROM_EVENT + _NOT_FIRST_PART,
         {"amount": 2, "unit": "$dual", "mod": "$approx"},
         examples=(("تحاصر القوات المدينة منذ أسبوعين", "P2W", "منذ أسبوعين"),)),
    # a unit before a name or number is that day or year ("منذ يوم الأحد", "منذ عام 2015")
    Rule("lasting since one unit", _ONGOING + r"{unit_one}(?:\s+(?:واحد|واحدة))?)(?!\s+(?:ال|[\d٠-٩۰-۹]))" + _NOT_FROM_EVENT
         + _NOT_FIRST_PART,
         {"amount": 1, "unit": "$unit_one", "mod": "$approx"},
         examples=(("والطريق مغلقة منذ شهر", "P1M", "منذ شهر"), ("تتواصل الاشتباكات منذ يوم الأحد", "2017-01-22", "يوم الأحد"))),
    Rule("ago", _AGO + rf"{amount()}\s+{{dur_unit}}" + _NOT_FROM_EVENT + _NOT_FIRST_PART,
         {"offset": "-$n", "offset_unit": "$dur_unit", "mod": "$approx"},
         examples=(("منذ ثلاثة أيام", "2017-01-21"), ("قبل 3 سنوات", "2014"), ("قبل عشرة أيام", "2017-01-14"))),
    Rule("two ago", _AGO + r"{dual}" + _NOT_FROM_EVENT + _NOT_FIRST_PART, {"offset": -2, "offset_unit": "$dual", "mod": "$approx"},
         examples=(("قبل يومين", "2017-01-22"), ("منذ عامين", "2015"))),
    Rule("one ago", _AGO + r"{unit_one}(?:\s+(?:واحد|واحدة))?" + _NOT_FROM_EVENT + _NOT_FIRST_PART,
         {"offset": -1, "offset_unit": "$unit_one", "mod": "$approx"},
         examples=(("قبل أسبوع", "2017-01-17"), ("قبل شهر", "2016-12"), ("منذ عام", "2016"))),
    Rule("from now", rf"(?:بعد|خلال)\s+{amount()}\s+{{dur_unit}}{_FROM_NOW}" + _NOT_FIRST_PART,
         {"offset": "$n", "offset_unit": "$dur_unit"}, examples=(("بعد ثلاثة أيام من الآن", "2017-01-27"),)),
    # "بعد N units" ahead is a date; told in the past ("أفرج عنه بعد 20 عاما"), a duration.
    Rule("after n units", rf"بعد\s+{amount()}\s+{{dur_unit}}" + _NOT_FROM_EVENT + _NOT_FIRST_PART,
         {"offset": "$n", "offset_unit": "$dur_unit", "past_reading": {"amount": "$n", "unit": "$dur_unit"}},
         examples=(("بعد 3 أسابيع", "2017-02-14"),)),
    Rule("two from now", rf"بعد\s+{{dual}}{_FROM_NOW}" + _NOT_FIRST_PART, {"offset": 2, "offset_unit": "$dual"},
         examples=(("بعد يومين من الآن", "2017-01-26"),)),
    Rule("after two units", r"بعد\s+{dual}" + _NOT_FROM_EVENT + _NOT_FIRST_PART,
         {"offset": 2, "offset_unit": "$dual", "past_reading": {"amount": 2, "unit": "$dual"}},
         examples=(("بعد يومين", "2017-01-26"),)),
    Rule("after one unit", _NOT_ONE_BY_ONE + r"بعد\s+{unit_one}(?:\s+(?:واحد|واحدة))?(?:" + _FROM_NOW + "|" + _NOT_FROM_EVENT + ")"
                           + _NOT_FIRST_PART,
         {"offset": 1, "offset_unit": "$unit_one", "past_reading": {"amount": 1, "unit": "$unit_one"}},
         examples=(("بعد أسبوع", "2017-01-31"), ("بعد شهر", "2017-02"), ("بعد أسبوع من الآن", "2017-01-31"))),
    # "بعد أسبوع من الهجوم", "قبل أسبوع من الانتخابات": counted from an event, the length alone
    Rule("a unit after an event", r"(?:(?<=بعد\s)|(?<=قبل\s)){unit_one}(?=\s+من\s(?!(?:الآن|اليوم|الزمن)(?!\w)))",
         {"amount": 1, "unit": "$unit_one"},
         examples=(("بعد أسبوع من الهجوم", "P1W", "أسبوع"), ("استقال قبل أسبوع من الانتخابات", "P1W", "أسبوع"))),
    # ("مهلة الستين يوما": a count with the article, the sixty-day deadline)
    Rule("duration", _NOT_AGE + rf"(?:ال(?=[ء-ي]))?{amount()}\s+{{dur_unit}}(?!\s*\))", {"amount": "$n", "unit": "$dur_unit"},
         examples=(("ثلاثة أيام", "P3D"), ("3 ساعات", "PT3H"), ("خمس سنوات", "P5Y"), ("3.5 ثانية", "PT3.5S"),
                   ("خلال مهلة الستين يوما", "P60D", "الستين يوما"),
                   ("أربع وعشرين ساعة", "PT24H"), ("30 دقيقة", "PT30M"), ("عشرة أشهر", "P10M"))),
    Rule("a unit between parts", r"(?:(?<=\sو)|(?<=\sو\s)|(?<=منذ\s)|(?<=قبل\s)|(?<=بعد\s)){unit_one}"
                                 r"(?=\s*و\s*(?:\d|{cardinal}|{dual}))",
         {"amount": 1, "unit": "$unit_one"}, priority=-3),
    Rule("dual duration", r"{dual}", {"amount": 2, "unit": "$dual"},
         examples=(("يومين", "P2D"), ("ساعتين", "PT2H"), ("عامين", "P2Y"), ("أسبوعين", "P2W"))),
    # ("طيلة يوم أمس" is all of yesterday: the day it names is the mention)
    # (a plural after "طوال" is some units, not one: "طوال أيام" PXD, "few units")
    # ("مدة العقد" is the contract's term: after "مدة" a unit without the article)
    Rule("unit duration", r"(?:(?<=لمدة\s)|(?<=مدة\s)(?!ال)|طوال\s+|طيلة\s+|على\s+مدى\s+)(?!{plural_unit}(?!\w))(?:ال)?{dur_unit}"
                          r"(?!\s+(?:أمس|غد|الغد|امبارح))"
                          r"(?:\s+(?:كامل|كاملا|كاملة|واحد|واحدا|واحدة))?|{dur_unit:u2}\s+(?:كامل|كاملا|كاملة|واحد|واحدا|واحدة)"
                          # "خلال ساعة" (within an hour); not "خلال الشهر" (during the month)
                          r"|(?:(?<=خلال\s)|(?<=غضون\s)){unit_one}(?!\s+(?:من|على)\s)"
                          rf"|(?:{_AFTER_QUANTITY}){{unit_one:u3}}",
         {"amount": 1, "unit": ["$dur_unit", "$u2", "$unit_one", "$u3"]},
         examples=(("طوال أسبوع", "P1W"), ("عام كامل", "P1Y"), ("شهر كامل", "P1M"), ("طوال السنة", "P1Y"),
                   ("أسبوعا كاملا", "P1W"), ("خلال ساعة", "PT1H", "ساعة"), ("لأكثر من شهر", "P1M", "أكثر من شهر"))),
    # A prison term of one unit, which Egyptian court copy writes without the accusative ("قضت
    # بحبس المتهم سنة مع الشغل", "بالسجن المشدد سنة"): the words between are the convict's; not
    # "منذ/قبل/بعد سنة" (a time ago or ahead), nor a year's number or name after it.
    Rule("a prison term of one unit", r"(?<!\w)[وف]?[بل]?(?:ال)?(?:حبس|سجن)(?:ه|ها|هم)?"
                                      r"(?:\s+(?!(?:منذ|قبل|بعد|خلال)(?!\w))[^\s\d.،؛:!؟?]+){0,3}?"
                                      r"\s+(?P<mention>(?=سنة|شهر|أسبوع|يوم){unit_one}(?:\s+(?:واحدة|واحد))?)(?!\w)(?!\s+(?:ال|\d|أمس|غد))",
         {"amount": 1, "unit": "$unit_one"},
         examples=(("وقضت المحكمة بحبس المتهم سنة مع الشغل", "P1Y", "سنة"), ("بالسجن المشدد شهر", "P1M", "شهر"))),
    # (not a count's unit, "20 عاما" or an age "ثلاثين عاما"; not "عاما بعد عام" year after year,
    # "عاما جديدا" a new year, "عاما دراسيا" a school year; but "أسبوعا إضافيا" one more week)
    Rule("a unit in the accusative", _NOT_COUNTED + r"{unit_one_acc}(?!\s+(?:ما|بعد|تلو|جديدا|(?!إضافيا)\w+يا)(?!\w))",
         {"amount": 1, "unit": "$unit_one_acc"},
         examples=(("عاش البلد عقدا من الزمن", "P1DE", "عقدا من الزمن"), ("قضى شهرا في السجن", "P1M", "شهرا"),
                   ("ثلاثين يوما", "P30D"), ("انتظر عاما", "P1Y", "عاما"), ("خمسون عاما", "P50Y"),
                   ("أمهل الطرفين أسبوعا للرد", "P1W", "أسبوعا"),
                   ("مدد الحظر أسبوعا إضافيا", "P1W", "أسبوعا"))),
    Rule("some units in the accusative", r"(?<!\w)[وف]?(?:قد\s+)?(?:[يت]?(?:ستغرق|ستمر|دوم|متد)|س[يت]ستغرق|استغرق|استغرقت"
                                         r"|استمر|استمرت|دام|دامت|امتد|امتدت|ظل|ظلت|بقي|بقيت|عاش|عاشت|قضى|قضت|أمضى|أمضت"
                                         r"|انتظر|انتظرت)(?:\s+[^\s\d]+){0,2}?\s+(?P<mention>{plural_unit_acc})(?!\w)",
         {"amount": "X", "unit": "$plural_unit_acc"},
         examples=(("قد تستغرق عقودا", "PXDE", "عقودا"), ("وظل المعبر مغلقا أياما", "PXD", "أياما"))),
    Rule("half a unit", r"نصف\s+(?:ال)?{dur_unit}", {"amount": 0.5, "unit": "$dur_unit"},
         examples=(("نصف ساعة", "PT30M"), ("نصف عام", "P6M"))),
    Rule("unit and a half", r"{dur_unit}\s+و\s*نصف", {"amount": 1.5, "unit": "$dur_unit"},
         examples=(("ساعة ونصف", "PT90M"),), priority=1),
    Rule("two units and a half", r"{dual}\s+و\s*نصف", {"amount": 2.5, "unit": "$dual"},
         examples=(("بسجنه عامين ونصف", "P30M", "عامين ونصف"),), priority=1),
    Rule("n units and a half", rf"{amount()}\s+{{dur_unit}}\s+و\s*نصف", {"amount": ["$n", 0.5], "unit": "$dur_unit"},
         examples=(("3 ساعات ونصف", "PT210M"),)),
    Rule("few units", r"{few}\s+{dur_unit}|{dur_unit:u2}\s+{few:f2}|(?:(?:منذ|لمدة|طوال)\s+|(?<=(?<!\w)ل)|(?<=(?<!\w)[وف]ل)|(?<=غضون\s)){plural_unit}(?=\s|$)(?!\s+ال)"
                       # "خلال ساعات" (within hours) ending its clause; not "خلال أيام عيد الفطر"
                       r"|(?<=خلال\s){plural_unit:pu2}(?=\s*(?:$|[.,،؛:!؟?)]))",
         {"amount": "X", "unit": ["$dur_unit", "$u2", "$plural_unit", "$pu2"]},
         examples=(("بضعة أشهر", "PXM"), ("عدة سنوات", "PXY"), ("منذ سنوات", "PXY"), ("طوال أيام", "PXD"),
                   ("ظلت مهملة لعقود", "PXDE", "عقود"), ("ستقدم استقالتها خلال ساعات.", "PTXH", "ساعات"))),
    # (not the end of a range of years: "العام الدراسي 2023-2024 الأسبوع المقبل")
    Rule("last n units", rf"(?:ال)?{{dur_unit}}\s+(?:ال)?{amount()}\s+{{period_dir}}"
                         rf"|(?<![-–/])(?!{YEAR4}\s)(?:ال\s*)?{amount('m')}\s+(?:ال)?{{dur_unit:u2}}\s+{{period_dir:p2}}"
                         # "الأشهر التسعة الأولى (من العام)": the first months of a year
                         rf"|(?:ال)?{{dur_unit:u3}}\s+(?:ال)?{amount('k')}\s+(?:الأولى|الاولى)(?=\s+من(?!\w))",
         {"amount": ["$n", "$m", "$k"], "unit": ["$dur_unit", "$u2", "$u3"]},
         examples=(("الأيام الخمسة الماضية", "P5D"), ("الأشهر التسعة الأولى من", "P9M", "الأشهر التسعة الأولى"), ("الأشهر الثلاثة المقبلة", "P3M"), ("الثلاثة عقود القادمة", "P3DE"), ("الـ 48 ساعة المقبلة", "PT48H"))),
    Rule("last two units", r"{dual}\s+{period_dir}", {"amount": 2, "unit": "$dual"},
         examples=(("اليومين المقبلين", "P2D"), ("العقدين الماضيين", "P2DE"))),
    # ("السنوات الأخيرة" is "recent years", a vague past: ar_calendar.VAGUE)
    # ("الأيام الأخيرة من العام": the year's end, a modifier in ar.py)
    Rule("last few units", r"(?!(?:السنوات|الأعوام)\s+الأخيرة(?!\w))(?:ال)?{dur_unit}\s+(?:{few}\s+)?{period_dir}"
                           r"(?!\s+من\s)",
         {"amount": "X", "unit": "$dur_unit"},
         examples=(("الأيام القليلة الماضية", "PXD"), ("الأشهر الأخيرة", "PXM"), ("الأسابيع الماضية", "PXW"),
                   ("السنوات القليلة الأخيرة", "PXY"))),
    Rule("every unit", r"كل\s+{set_unit}|{set_adverb}", {"set": ["$set_unit", "$set_adverb"]},
         examples=(("كل يوم", "P1D"), ("أسبوعيا", "P1W"), ("سنويا", "P1Y"), ("كل صباح", "XXXX-XX-XXTMO"))),
    Rule("every n units", rf"كل\s+{amount()}\s+{{dur_unit}}", {"every": {"amount": "$n", "unit": "$dur_unit"}},
         examples=(("كل 24 ساعة", "PT24H"), ("كل 3 أشهر", "P3M"), ("كل ستة أسابيع", "P6W"))),
    Rule("every two units", r"كل\s+{dual}", {"every": {"amount": 2, "unit": "$dual"}}, examples=(("كل شهرين", "P2M"),)),
    # "اليوم العاشر من كل شهر", "يوم 15 من كل شهر": a day of every month
    Rule("a day every month", r"(?:(?:ال)?يوم\s+)?(?:{day_ordinal}|(?:ال\s*)?(?P<d>\d{1,2}))\s+(?:من\s+)?كل\s+شهر",
         {"every": {"day": ["$day_ordinal", "$d"]}},
         examples=(("اليوم العاشر من كل شهر", "XXXX-XX-10"), ("في يوم 15 من كل شهر", "XXXX-XX-15", "يوم 15 من كل شهر"))),
    Rule("every weekday", r"كل\s+(?:يوم\s+)?(?:{set_weekday}|{set_weekday_bare})",
         {"set": ["$set_weekday", "$set_weekday_bare"]}, examples=(("كل يوم جمعة", "XXXX-WXX-5"), ("كل ثلاثاء", "XXXX-WXX-2"))),
    # (not a unit the words place: "مرتين خلال الأسبوع الماضي" is twice last week, no SET)
    Rule("n times a unit", r"{times}\s+(?:في|كل|خلال)\s+(?:ال)?{set_unit}(?!\s+(?:الماضي|الماضية|المنصرم|المنصرمة|المقبل"
                           r"|المقبلة|القادم|القادمة|الجاري|الجارية|الحالي|الحالية|الأخير|الأخيرة|الأول|الأولى|ذاته|نفسه)(?!\w))"
                           r"|{times:t2}\s+{set_adverb}",
         {"set": ["$set_unit", "$set_adverb"]},
         examples=(("مرتين في الأسبوع", "P1W"), ("ثلاث مرات في الشهر", "P1M"), ("مرة سنويا", "P1Y"),
                   ("استهدفت الميناء مرتين خلال الأسبوع الماضي", "2017-W03", "الأسبوع الماضي"))),
    Rule("decade", r"(?:عقد\s+)?{decade}" + _NOT_AGE_DECADE, {"decade": "$decade"},
         examples=(("التسعينات", "199"), ("السبعينيات", "197"))),
    Rule("decade of a century", r"(?:عقد\s+)?{decade_number}\s+(?:من\s+)?{century_decades}",
         {"decade": ["$decade_number", "$century_decades"]}, priority=1,
         examples=(("ثمانينيات القرن الماضي", "198"), ("الثمانينيات من القرن الماضي", "198"),
                   ("ستينات القرن التاسع عشر", "186"), ("عشرينيات القرن الحادي والعشرين", "202"))),
    Rule("century", r"القرن\s+(?:{day_ordinal}|(?:ال\s*)?(?P<n>\d\d?))(?:\s*{era})?",
         {"century": ["$day_ordinal", "$n", -1], "era": "$era"},
         examples=(("القرن العشرين", "19"), ("القرن الحادي والعشرين", "20"), ("القرن التاسع عشر", "18"),
                   ("القرن الرابع عشر قبل الميلاد", "BC13"), ("القرن الـ21", "20"))),
    # A season alone told in the past is the last one begun ("وتضررت المحاصيل في الخريف" in
    # June: the autumn before); else this year's (Recognizers-Text's "سأرحل صيف": this summer).
    Rule("season alone", r"(?:فصل\s+)?{season}", {"season": "$season", "shift_unit": "Y", "past_reading": {"season": "$season"}},
         examples=(("الخريف", "2017-FA"), ("وتضررت المحاصيل في الخريف", "2016-FA", "الخريف"),
                   ("أجريت الانتخابات في الشتاء", "2016-WI", "الشتاء"))),
    Rule("season", rf"(?:فصل\s+|(?:هذا|هذه)\s+)?{{season}}(?:\s+(?:من\s+)?(?:(?:ال)?عام\s+)?{year(spelled=False)}|\s+{{relative}}"
                   r"|\s+(?:من\s+)?(?:العام|السنة)\s+{relative:yr}|\s+(?:هذا\s+العام|هذه\s+السنة))?",
         {"season": "$season", "year": YEAR_BUILD, "shift": ["$relative", "$yr"], "shift_unit": "Y"},
         examples=(("الصيف", "2017-SU"), ("صيف 2016", "2016-SU"), ("الربيع المقبل", "2018-SP"), ("صيف العام الماضي", "2016-SU"),
                   ("هذا الشتاء", "2017-WI"))),
    Rule("quarter", rf"(?:الربع|الفصل)\s+(?:{{ordinal}}|{{fourth}})(?:\s+(?:من\s+)?(?:(?:ال)?عام\s+|السنة\s+)?{year()}"
                    r"|\s+من\s+(?:العام|السنة)(?:\s+{relative})?" + _NOT_CIVIL_YEAR + r"|\s+من\s+(?:هذا\s+العام|هذه\s+السنة))",
         {"quarter": ["$ordinal", "$fourth"], "year": YEAR_BUILD, "shift": "$relative", "shift_unit": "Y"},
         examples=(("الربع الثالث من عام 2016", "2016-Q3"),
                   ("الربع الثالث من ألفين وعشرين", "2020-Q3"), ("الربع الأول من العام الجاري", "2017-Q1"),
                   ("الربع الأخير من العام الماضي", "2016-Q4"))),
    # A quarter naming no year is the one the tense points to, as a month is ("ونما الاقتصاد
    # في الربع الرابع" in March: last year's; "يتوقع ... في الربع الثالث": this year's).
    Rule("quarter alone", r"(?:الربع|الفصل)\s+(?:{ordinal}|{fourth})", {"quarter": ["$ordinal", "$fourth"]},
         examples=(("الربع الأول", "2017-Q1"), ("ارتفعت الأرباح في الربع الرابع", "2016-Q4", "الربع الرابع"),
                   ("نما الاقتصاد في الربع الثالث من العام المالي", "2016-Q3", "الربع الثالث"))),
    Rule("half year", rf"النصف\s+{{ordinal:h}}\s+(?:من\s+)?(?:(?:ال)?عام\s+|السنة\s+)?(?:{year(spelled=False)}|"
                      r"(?:ال)?(?:عام|سنة)(?:\s+{relative})?" + _NOT_CIVIL_YEAR + ")",
         {"half": "$h", "year": "$year", "shift": "$relative", "shift_unit": "Y"},
         examples=(("النصف الأول من عام 2016", "2016-H1"), ("النصف الثاني من العام المقبل", "2018-H2"),
                   ("النصف الأول من العام", "2017-H1"))),
    # The weekend: this week's ahead (future tense), else the last one; "المقبل" next week's.
    Rule("weekend", r"{weekend}", {"shift": "$weekend", "shift_unit": "WE", "otherwise": {"shift": -1, "shift_unit": "WE"}},
         examples=(("عطلة نهاية الأسبوع", "2017-W03-WE"),)),
    Rule("weekend relative", r"{weekend}\s+{relative}", {"shift": "$relative", "shift_unit": "WE"},
         examples=(("عطلة نهاية الأسبوع المقبل", "2017-W05-WE"), ("عطلة نهاية الأسبوع الماضي", "2017-W03-WE"))),
    Rule("rest of the week", _REST + r"(?:الأسبوع|أسبوعي|هذا\s+الأسبوع)",
         {"from": {"offset": 0, "offset_unit": "D"}, "to": {"weekday": 7, "shift": 0, "shift_unit": "W"}},
         examples=(("بقية الأسبوع", "2017-01-24/2017-01-29"),)),
    Rule("rest of the month", _REST + r"(?:الشهر|شهري|هذا\s+الشهر)",
         {"from": {"offset": 0, "offset_unit": "D"}, "to": {"nth": -1, "nth_unit": "D", "shift": 0, "shift_unit": "M"}},
         examples=(("ما تبقى من الشهر", "2017-01-24/2017-01-31"),)),
    Rule("rest of the year", _REST + r"(?:العام|السنة|عامي|هذا\s+العام|هذه\s+السنة)",
         {"from": {"offset": 0, "offset_unit": "D"}, "to": {"month": 12, "day": 31, "shift": 0, "shift_unit": "Y"}},
         examples=(("بقية العام", "2017-01-24/2017-12-31"),)),
    Rule("few units ago", r"(?:منذ|قبل)\s+{few}\s+{dur_unit}|قبل\s+{plural_unit}" + _NOT_FROM_EVENT,
         {"ref": "PAST_REF"},
         examples=(("قبل بضعة أشهر", "PAST_REF"), ("منذ عدة سنوات", "PAST_REF"), ("قبل أيام", "PAST_REF"))),
    Rule("the period at hand", r"(?:(?<=بداية\s)|(?<=مطلع\s)|(?<=نهاية\s)|(?<=منتصف\s)|(?<=أواخر\s)|(?<=أوائل\s)"
                               r"|(?<=أواسط\s)|(?<=مستهل\s)|(?<=ختام\s)|" + _OF_FIRST_OR_LAST_UNITS + ")"
                               r"{unit_now}" + _NOT_CIVIL_YEAR,
         {"shift": 0, "shift_unit": "$unit_now"}),
    Rule("vague", r"{vague}(?!\s+(?:من\s|اليوم|هذا|هذه|الشهر|العام|الأسبوع|السنة))", {"ref": "$vague"},
         examples=(("الآن", "PRESENT_REF"), ("حاليا", "PRESENT_REF"), ("في الماضي", "PAST_REF"),
                   ("في المستقبل", "FUTURE_REF"), ("مؤخرا", "PAST_REF"))),
]
