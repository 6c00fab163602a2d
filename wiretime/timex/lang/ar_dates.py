"""Arabic rules for calendar dates: days, months, years, weekdays, Hijri dates, holidays.

Each rule's examples resolve against Tuesday 2017-01-24 and are run as tests.
"""

from __future__ import annotations

from wiretime.timex.lang.ar_numbers import spelled_number
from wiretime.timex.rules import Rule

DAY = r"(?:[12]\d|3[01]|0?[1-9])"
MONTH_NUM = r"(?:1[0-2]|0?[1-9])"
YEAR4 = r"(?:1\d|20)\d\d"
MODERN_YEAR = r"(?:19|20)\d\d"
# What may stand between a date and its year: "، 2017", "من عام 2017", "سنة".
_YEAR_LEAD = r"(?:\s*[،,]?\s*(?:من\s+|في\s+)?(?:(?:ال)?عام|(?:ال)?سنة|لعام|لسنة|بعام|بسنة)?\s*)"
# ("للميلاد", "للهجرة": as folded, the article's alif restored after "ل", Language.elided)
_GREGORIAN_MARK = r"(?:\s*(?:م|ميلادي|ميلادية|لا?لميلاد)(?!\w))?"
HIJRI_MARK = r"\s*(?:هـ|ه|هجري|هجرية|لا?لهجرة)(?!\w)"
_SPELLED_YEAR, _SPELLED_YEAR_BUILD = spelled_number("ys")
# A number standing alone at the end of a clause ("عاد في 27.", not "في 27 شخصا" or "12.5").
_CLAUSE_ENDS = r"(?=\s*(?:$|[,،!؟?:;]|\.(?!\d)))"
# A bare number is a year only after a word that introduces one ("في 2015", "منذ 2011"); after
# a word that also introduces counts ("وصلت إلى 2000 عائلة", "و1500 منزل"), only when no counted
# noun follows: a clause end, a word with the article or a clitic, or a preposition.
_CUES = ("في", "منذ", "قبل", "بعد", "خلال", "مطلع", "أوائل", "اوائل", "أواخر", "اواخر", "أواسط",
         "نهاية", "بداية", "منتصف", "عامي", "سنتي", "الأولى من", "الأخيرة من", "ربيع", "صيف", "خريف", "شتاء", "بحلول", "غضون", "مدار",
         # events and plans named by their year: "انتخابات 2028", "موازنة 2025" (not "الانتخابات 2000 مرشح")
         "انتخابات", "موازنة", "ميزانية", "موسم")
_COUNT_CUES = ("حتى", "و", "عن", "إلى", "الى", "ل")
_NOT_COUNTED = (r"(?=\s*(?:$|[^\w\s]|(?:ال|[وفبل])\w|(?:في|من|على|إلى|الى|عن|حتى|بعد|قبل|مع|ثم|حين|عندما|كما|لكن"
                r"|إذ|اذ|أي|اي|بين|إثر|اثر|وسط|خلال|عبر|ضد|نحو|حيث|قد|لم|لن)(?!\w)))")

# A number before a percent, a currency or a counted noun is an amount, no year or day
# ("وصلت إلى 2000 دولار", "في يناير 5 مليارات").
_NOT_AMOUNT = r"(?!\s*(?:%|٪|في\s+المئة|في\s+المائة|بالمئة|بالمائة|{currency}))"

_YEAR_AS_SUBJECT = r"(?=\s+(?:كان|كانت|سيكون|ستكون|يكون|تكون|شهد|شهدت|سيشهد|ستشهد|يمثل|مثل|يشكل|شكل)(?!\w))"


def _after(cues: tuple[str, ...]) -> str:
    return "|".join(rf"(?<=(?<!\w){clitic}{cue}\s)" for cue in cues for clitic in ("", "و", "ف"))


_AFTER_CUE = "(?:" + _after(_CUES) + ")"
_AFTER_COUNT_CUE = "(?:" + _after(_COUNT_CUES) + r"|(?<=(?<!\w)ل)|(?<=(?<!\w)و))"


def year(name: str = "year", spelled: bool = True) -> str:
    """A year in digits, or (when `spelled`) in words, captured for `year_build(name)`."""
    digits = rf"(?P<{name}>{YEAR4}){_GREGORIAN_MARK}"
    if not spelled:
        return digits
    return rf"(?:{digits}|{_SPELLED_YEAR})"


YEAR_BUILD = ["$year", *_SPELLED_YEAR_BUILD]
# A day of the month: digits or an ordinal ("الخامس عشر"), maybe after "يوم"/"اليوم".
# "الـ15 من"; not an ordinal before "في" ("الجولة الأولى في أغسطس" is the first round), nor
# after "النصف" ("النصف الثاني من الشهر": a half, see the modifiers)
# (an ordinal after a half or plural units is theirs: "النصف الأول من", "الأيام الأولى من الشهر")
_NOT_OF_UNITS = "".join(rf"(?<!{word}\s)" for word in ("النصف", "الأيام", "الأسابيع", "الأشهر", "الشهور", "الساعات"))
_DAY_ANY = rf"(?:(?:ال)?يوم\s+)?(?:(?:ال\s*)?(?P<day>{DAY})|{_NOT_OF_UNITS}{{day_ordinal}}(?!\s+في\s))"
# "23 آذار/مارس الجاري": a month named and said to be the current one.
_CURRENT = r"\s+(?:الجاري|الحالي)"
_MONTH_GLOSS = r"(?:{month}(?:\s*[/(\-]\s*{month:month2}\)?)?|(?:ال)?شهر\s+{month_relative}|{this_month})"
# The month a day or week belongs to, named or relative ("من الشهر المقبل").
MONTH_BUILD = {"month": "$month", "*": ["$month_relative", "$this_month"]}
# "من العام المقبل" after a day and month: the year it falls in, said from now.
_OF_YEAR_RELATIVE = r"\s+(?:من\s+)?(?:العام|السنة)\s+{year_relative}"
_OF_MONTH = r"(?:\s+(?:من|في|ب)\s*|\s+)(?:(?:ال)?شهر\s+)?"

# "الاثنين" is "the two", not Monday, after "بين" ("بين الاثنين"، "بين البلدين الاثنين"; not
# "بين الاثنين والأربعاء") and before a verb in the dual ("إن الاثنين سيعملان معا").
# After "إن/أن" ("قال إن الاثنين ناقشا") a verb in the dual, past or future, says "the two" too.
_THE_TWO = (r"(?!(?:(?<=بين\s)" + "".join(rf"|(?<=بين\s\w{{{n}}}ين\s)" for n in range(2, 9))
            + r")الاثنين(?!\s+و))(?!الاثنين\s+س?[يت][ء-ي]+ان(?!\w))"
            r"(?!(?<=[اإ]ن\s)الاثنين\s+[ء-ي]{2,}ا(?!\w))"
            r"(?!(?<=أحد\s)الاثنين)(?!(?<=كلا\s)الاثنين)")  # "أحد الاثنين", "كلا الاثنين": one of / both of the two
# "الأحد عشر" is eleven ("اللاعبين الأحد عشر"), not Sunday.
_NOT_ELEVEN = r"(?!\s+عشرة?(?!\w))"

RULES = [
    # A place named after a date is no time: "مدينة 6 أكتوبر", "جسر 15 تموز", "ميدان 23 يوليو"
    # (matched whole and silent, so no date is read in it).
    Rule("a place named by a date", r"(?:مدينة|جسر|كوبري|شارع|ميدان|ساحة|حي|مطار|محطة|نفق|مستشفى)\s+"
                                    rf"(?:(?P<day>{DAY})|{{day_ordinal}})\s+{{month}}(?!\s*\d)", {}),
    Rule("day month year", rf"{_DAY_ANY}\.?{_OF_MONTH}{_MONTH_GLOSS}(?:\.(?=\s*\d))?(?:{_YEAR_LEAD}{year()}|\s+{{direction}}|{_CURRENT}"
                           rf"|{_OF_YEAR_RELATIVE})?",
         {"day": ["$day", "$day_ordinal"], **MONTH_BUILD, "*": ["$month_relative", "$this_month", "$year_relative"], "year": YEAR_BUILD,
          "dir": "$direction"},
         examples=(("15 آذار/مارس 2017", "2017-03-15"), ("20 من الشهر القادم", "2017-02-20"),
                   ("التاسع عشر من هذا الشهر", "2017-01-19"), ("الثالث عشر من الشهر", "2017-01-13"), ("اليوم الأول من شهر ثلاثة", "2017-03-01"), ("3 شباط", "2017-02-03"),
                   ("الخامس عشر من آذار", "2017-03-15"), ("١٥ مارس ٢٠١٧", "2017-03-15"),
                   ("۱۵ مارس ۲۰۱۷", "2017-03-15"), ("الأول من شهر شباط", "2017-02-01"),
                   ("12 يناير 2016", "2016-01-12"), ("5 ديسمبر 1391", "1391-12-05"),
                   ("2 جوان 2016", "2016-06-02"), ("14 تموز/يوليو 2016م", "2016-07-14"),
                   ("16. نوفمبر. 2016", "2016-11-16"), ("23 كانون الثاني/يناير الجاري", "2017-01-23"), ("الـ15 من الشهر الجاري", "2017-01-15"), ("15 كانون الأول/ديسمبر الماضي", "2016-12-15"), ("الثالث عشر من شباط عام 2013", "2013-02-13"),
                   ("الخامس من آذار من العام المقبل", "2018-03-05"))),
    Rule("month day year", rf"{_MONTH_GLOSS}\s*-?\s*(?:(?P<day>{DAY}){_NOT_AMOUNT}|{{day_ordinal}})(?:\s*[،,]?\s*{year()})?",
         {"day": ["$day", "$day_ordinal"], "month": "$month", "year": YEAR_BUILD},
         examples=(("يناير الثاني والعشرين، 2018", "2018-01-22"), ("سبتمبر10, ألف وتسعمائة وواحد", "1901-09-10"),
                   ("يناير-1", "2017-01-01"), ("بلغت في يناير 5 مليارات", "2017-01", "يناير")), priority=-1),
    Rule("nth day of month", r"(?:{day_ordinal}\s+(?:يوم|أيام)|(?:ال)?يوم\s+{day_ordinal:ord2})" + _OF_MONTH + r"{month}"
         + rf"(?:{_YEAR_LEAD}{year(spelled=False)})?",
         {"day": ["$day_ordinal", "$ord2"], "month": "$month", "year": YEAR_BUILD},
         examples=(("ثالث يوم من شهر أكتوبر", "2016-10-03"),)),
    Rule("the last day", r"{last}\s+يوم" + _CLAUSE_ENDS, {"offset": -1, "offset_unit": "D"},
         examples=(("عاد آخر يوم.", "2017-01-23", "آخر يوم"),)),
    Rule("last day of month", rf"(?:{{last}}\s+يوم|(?:ال)?يوم\s+{{last:l2}})\s+(?:من|في|ب)\s*(?:(?:ال)?شهر\s+)?{_MONTH_GLOSS}"
                              rf"(?:{_YEAR_LEAD}{year(spelled=False)})?",
         {"nth": -1, "nth_unit": "D", **MONTH_BUILD, "year": YEAR_BUILD},
         examples=(("آخر يوم من شهر عشرة سنة 2015", "2015-10-31"), ("اليوم الأخير من الشهر الجاري", "2017-01-31"))),
    Rule("week of month", rf"(?:(?:{{ordinal}}|{{last}})\s+(?:ال)?أسبوع|(?:ال)?أسبوع\s+(?:{{ordinal:o2}}|{{last:l2}}))"
                          rf"\s+(?:من|في|ب)\s*(?:(?:ال)?شهر\s+)?{_MONTH_GLOSS}(?:{_YEAR_LEAD}{year(spelled=False)})?",
         {"nth": ["$ordinal", "$last", "$o2", "$l2"], "nth_unit": "W", **MONTH_BUILD, "year": YEAR_BUILD},
         examples=(("الأسبوع الأول من شهر أكتوبر 2014", "2014-W41"), ("آخر أسبوع في سبتمبر لعام 2014", "2014-W39"),
                   ("الأسبوع الثالث من هذا الشهر", "2017-W03"))),
    Rule("day range", rf"(?:من\s+|بين\s+(?=\d+\s*[-–]))?(?:(?P<d1>{DAY})|{{day_ordinal:o1}})\s*(?:-|–|إلى|الى|حتى|وحتى|لغاية)\s*"
                      rf"(?:(?P<d2>{DAY})|{{day_ordinal:o2}}){_OF_MONTH}{_MONTH_GLOSS}(?:{_YEAR_LEAD}{year()}|\s+{{direction}}|{_CURRENT})?",
         {"from": {"day": ["$d1", "$o1"], **MONTH_BUILD, "year": YEAR_BUILD},
          "to": {"day": ["$d2", "$o2"], **MONTH_BUILD, "year": YEAR_BUILD}, "dir": "$direction"},
         examples=(("من 5 إلى 7 آذار", "2017-03-05/2017-03-07"), ("13-15 تموز 2016", "2016-07-13/2016-07-15"),
                   ("من الثالث والعشرين وحتى السادس والعشرين من شهر أكتوبر", "2016-10-23/2016-10-26"),
                   ("من 4 حتى 23 من هذا الشهر", "2017-01-04/2017-01-23"),
                   ("من 10 إلى 14 كانون الأول/ديسمبر الماضي", "2016-12-10/2016-12-14"))),
    Rule("week of year", rf"(?:{{ordinal}}\s+(?:ال)?أسبوع|(?:ال)?أسبوع\s+{{ordinal:o2}})\s+(?:من|في)\s+(?:(?:ال)?عام\s+{year(spelled=False)}"
                         r"|(?:هذا|هذه)\s+(?:العام|السنة)|(?:العام|السنة)\s+{relative})",
         {"nth": ["$ordinal", "$o2"], "nth_unit": "W", "year": YEAR_BUILD, "shift": "$relative", "shift_unit": "Y"},
         examples=(("الأسبوع الثاني من عام 2015", "2015-W02"), ("الأسبوع الأول من هذا العام", "2017-W01"))),
    Rule("day range between", rf"بين\s+(?:يومي\s+)?(?:(?P<d1>{DAY})|{{day_ordinal:o1}})\s*و\s*(?:(?P<d2>{DAY})|{{day_ordinal:o2}})"
                              rf"{_OF_MONTH}{_MONTH_GLOSS}(?:{_YEAR_LEAD}{year(spelled=False)}|\s+{{direction}}|{_CURRENT})?",
         {"from": {"day": ["$d1", "$o1"], **MONTH_BUILD, "year": YEAR_BUILD},
          "to": {"day": ["$d2", "$o2"], **MONTH_BUILD, "year": YEAR_BUILD}, "dir": "$direction"},
         examples=(("بين 3 و 12 سبتمبر", "2016-09-03/2016-09-12"), ("بين يومي 5 و7 كانون الأول", "2016-12-05/2016-12-07"),
                   ("بين 5 و7 أيار الماضي", "2016-05-05/2016-05-07"))),
    # Two months a range joins are months even where one alone may be a word ("مارس", "آب").
    Rule("month range", rf"(?:من|بين|ما\s+بين)\s+(?:شهر\s+)?{{month}}\s*(?:-|–|إلى|الى|حتى|وحتى|و)\s*(?:شهر\s+)?{{month:m2}}"
                        rf"(?:{_YEAR_LEAD}{year(spelled=False)})?",
         {"from": {"month": "$month", "year": YEAR_BUILD}, "to": {"month": "$m2", "year": YEAR_BUILD}},
         examples=(("من مارس إلى سبتمبر 2022", "2022-03/2022-09"), ("بين آب وتشرين الأول 2020", "2020-08/2020-10"))),
    Rule("month, between days", rf"(?:(?:ال)?شهر\s+)?{{month}}\s+بين\s+(?P<d1>{DAY})\s+و\s*(?P<d2>{DAY})",
         {"from": {"day": "$d1", "month": "$month"}, "to": {"day": "$d2", "month": "$month"}},
         examples=(("شهر نوفمبر بين 19 و 20", "2016-11-19/2016-11-20"),)),
    Rule("month day range", rf"{{month}}\s+(?P<d1>{DAY})\s*(?:-|–|إلى|الى|حتى)\s*(?P<d2>{DAY})(?:\s*[،,]?\s*{year(spelled=False)})?",
         {"from": {"day": "$d1", "month": "$month", "year": YEAR_BUILD},
          "to": {"day": "$d2", "month": "$month", "year": YEAR_BUILD}},
         examples=(("يوليو 13-15", "2017-07-13/2017-07-15"), ("أغسطس 27 الى 29", "2016-08-27/2016-08-29"))),
    Rule("weekday and day", rf"(?:(?:ال)?يوم\s+)?{{weekday}}\s+(?:في\s+)?(?:(?P<day>{DAY})(?![\d/.\-])(?!\s*(?!من\s|في\s|و|حتى|إلى|الى)[ء-ي%٪])"
                            r"|{day_ordinal_high}|(?<=في\s){cardinal}(?!\s*(?!من\s|في\s|حتى\s|إلى\s|الى\s)[ء-ي%٪\d]))",
         {"weekday": "$weekday", "day": ["$day", "$day_ordinal_high", "$cardinal"]},
         examples=(("الجمعة 27", "2017-01-27"), ("السبت السادس عشر", "2017-01-16"),
                   ("الخميس في الحادي والعشرين", "2017-01-21"), ("الجمعة في سبعة وعشرين", "2017-01-27"))),
    Rule("bare day", r"(?:(?<=في\s)|(?<=إلى\s)|(?<=الى\s)|(?<=حتى\s)|(?<=(?<!\w)ل))(?:(?P<day>[12]\d|3[01])|{day_ordinal_high})"
                     rf"{_CLAUSE_ENDS}|(?<=(?<!\w)ل){{day_ordinal_after_l}}{_CLAUSE_ENDS}",
         {"day": ["$day", "$day_ordinal_high", "$day_ordinal_after_l"], "shift": 0, "shift_unit": "M"},
         examples=(("عدت إلى 27", "2017-01-27", "27"), ("عاد للثلاثين", "2017-01-30", "لثلاثين"),
                   ("حتى الحادي والعشرين.", "2017-01-21", "الحادي والعشرين")), priority=-3),
    Rule("month.day", rf"(?<=في\s)(?P<month>{MONTH_NUM})\.(?P<day>1[3-9]|2\d|3[01]){_CLAUSE_ENDS}"
                      rf"|(?<=في\s)(?P<d2>1[3-9]|2\d|3[01])\.(?P<m2>{MONTH_NUM}){_CLAUSE_ENDS}",
         {"month": ["$month", "$m2"], "day": ["$day", "$d2"]},
         examples=(("سأعود في 4.22", "2017-04-22", "4.22"), ("وصل في 22.4.", "2016-04-22", "22.4")), priority=-2),
    Rule("nth weekday of this month", r"(?:(?:ال)?يوم\s+)?{weekday}\s+{nth}(?!\s+(?:من|في)\s)",
         {"weekday": "$weekday", "nth": "$nth", "shift": 0, "shift_unit": "M"},
         examples=(("الأحد الأول", "2017-01-01"), ("الجمعة الأخيرة", "2017-01-27"))),
    Rule("month year", rf"{_MONTH_GLOSS}{_YEAR_LEAD}{year(spelled=False)}",
         {"month": "$month", "year": YEAR_BUILD},
         examples=(("كانون الثاني/يناير 2016", "2016-01"), ("يونيو 2016", "2016-06"),
                   ("مارس من العام 2015", "2015-03"))),
    # A month name that is also a word ("مارس": practised) is the month after a preposition or
    # a word of position, where no verb can stand ("ارتفعت المبيعات في مارس", "منذ مطلع مارس"),
    # or glossed by another name ("آب/أغسطس", "مارس (آذار)").
    Rule("month", r"(?:(?:ال)?شهر\s+)?{month_safe}(?:\s*[/(]\s*{month:month2}\)?)?|(?:ال)?شهر\s+{month:m}"
                  r"|{month:m4}\s*[/(]\s*{month:month3}\)?"
                  r"|(?:(?<=في\s)|(?<=منذ\s)|(?<=خلال\s)|(?<=بحلول\s)|(?<=مطلع\s)|(?<=أوائل\s)|(?<=أواخر\s)"
                  r"|(?<=منتصف\s)|(?<=بداية\s)|(?<=نهاية\s)){month:m3}",
         {"month": ["$month_safe", "$m", "$m4", "$m3"]},
         examples=(("كانون الثاني/يناير", "2017-01"), ("شهر مارس", "2017-03"), ("أيلول", "2016-09"),
                   ("ارتفعت المبيعات في مارس", "2016-03", "مارس"), ("منذ آب/أغسطس", "2016-08", "آب/أغسطس"))),
    Rule("month relative", rf"(?:(?:ال)?شهر\s+)?{{month}}(?:\s*/\s*{{month:month2}})?(?:\s+{{direction}}|{_CURRENT})",
         {"month": "$month", "dir": "$direction"},
         examples=(("مارس الماضي", "2016-03"), ("يناير المقبل", "2018-01"), ("آذار/مارس المقبل", "2017-03"))),
    # "يوم 15 الجاري", "في الـ20 من الجاري": a day of the current month, the month left out
    Rule("day of the current month", rf"{_DAY_ANY}\s+(?:من\s+)?(?:الجاري|الحالي)(?!\w)",
         {"day": ["$day", "$day_ordinal"], "shift": 0, "shift_unit": "M"},
         examples=(("يوم 15 الجاري", "2017-01-15"), ("الـ20 من الجاري", "2017-01-20"))),
    # "في 20 أيار/مايو وتستمر حتى 25 منه": a day of the month the text last named
    Rule("day of that month", rf"(?:(?<=حتى\s)|(?<=في\s)|(?<=إلى\s)|(?<=الى\s))(?:ال\s*)?(?P<day>{DAY})\s+منه(?!\w)",
         {"day": "$day", "offset": 0, "offset_unit": "M", "grain": "M", "anaphora": "relative"},
         examples=(("حتى 25 منه", "2017-01-25", "25 منه"),)),
    Rule("month number", r"{month_number}(?!\s*(?:و|ساع|يوم|أيام|سنة|عام|دولار|\d))", {"month": "$month_number"},
         examples=(("شهر 3", "2017-03"), ("شهر ثلاثة", "2017-03"), ("الشهر التاسع", "2016-09"))),
    # ("يوم" before the date is in the span, as before a named one: "يوم 14/6/2021")
    Rule("numeric date", rf"(?:يوم\s+)?(?P<day>{DAY})\s*(?P<sep>[/.\-])\s*(?P<month>{MONTH_NUM})\s*(?P=sep)\s*(?P<year>{YEAR4}){_GREGORIAN_MARK}",
         {"day": "$day", "month": "$month", "year": "$year"},
         examples=(("15/3/2017", "2017-03-15"), ("21-04-2016", "2016-04-21"), ("15.3.2017", "2017-03-15"),
                   ("14/4/2024م", "2024-04-14"), ("يوم 14/6/2021", "2021-06-14"))),
    Rule("numeric date, month first", rf"(?P<month>{MONTH_NUM})/(?P<day>1[3-9]|2\d|3[01])/(?P<year>{YEAR4})",
         {"day": "$day", "month": "$month", "year": "$year"}, examples=(("3/15/2017", "2017-03-15"),)),
    Rule("iso date", rf"(?:يوم\s+)?(?P<year>{YEAR4})\s*[-/.]\s*(?P<month>{MONTH_NUM})\s*[-/.]\s*(?P<day>{DAY}){_GREGORIAN_MARK}",
         {"day": "$day", "month": "$month", "year": "$year"},
         examples=(("2017-03-15", "2017-03-15"), ("2016/02/22", "2016-02-22"))),
    # (not inside decimals, "5.25-5.50%", nor "24/7", around the clock, unless a day is meant:
    # "في 24/7")
    Rule("day month, no year", rf"(?<![\d.,٫])(?:(?!(?<!في\s)(?<!يوم\s)24/7(?!\d))(?P<day>{DAY})/(?P<month>{MONTH_NUM})(?![/\d])"
                               rf"|(?P<day2>1[3-9]|2\d|3[01])-(?P<m2>{MONTH_NUM})(?![-\d]|[.,٫]\d)"
                               rf"|(?P<m3>{MONTH_NUM})/(?P<day3>1[3-9]|2\d|3[01])(?![/\d]))",
         {"day": ["$day", "$day2", "$day3"], "month": ["$month", "$m2", "$m3"]},
         examples=(("21/09", "2016-09-21"), ("22-4", "2017-04-22"), ("4/22", "2017-04-22"),
                   ("في 24/7", "2017-07-24", "24/7")), priority=-2),
    # KUNA's dateline "الكويت - 13 - 5 (كونا) --": the day and month between dashes, before the
    # agency's name in brackets
    Rule("dateline day-month", rf"(?<=[-–]\s)(?P<day>{DAY})\s*[-–]\s*(?P<month>{MONTH_NUM})(?=\s*\(\s*[^()\d\n]{{2,20}}\))",
         {"day": "$day", "month": "$month"}, examples=(("الكويت - 24 - 1 (كونا)", "2017-01-24", "24 - 1"),)),
    Rule("month/day, comma year", rf"(?P<month>{MONTH_NUM})/(?P<day>{DAY}),\s*(?:(?P<year>{YEAR4})|(?P<y2>\d\d))",
         {"day": "$day", "month": "$month", "year": "$year", "year2": "$y2"},
         examples=(("08/12, 2015", "2015-08-12"), ("08/12, 15", "2015-08-12"))),
    Rule("month/year", rf"(?P<month>{MONTH_NUM})\s*[/\-]\s*(?P<year>{YEAR4})|(?P<y2>{YEAR4})/(?P<m2>{MONTH_NUM})(?![/\d])",
         {"month": ["$month", "$m2"], "year": ["$year", "$y2"]},
         examples=(("3-2015", "2015-03"), ("2015/3", "2015-03"), ("2/2013", "2013-02"))),
    Rule("year", r"(?:(?:ال)?عام|(?:ال)?سنة)\s+" + year() + r"(?:\s*{era})?|(?P<y2>" + YEAR4
         + r")\s*(?:م|ميلادية?)(?!\w)|(?:(?:ال)?عام|(?:ال)?سنة)\s+(?P<y3>\d{1,4})\s*{era:era2}",
         {"year": [*YEAR_BUILD, "$y2", "$y3"], "era": ["$era", "$era2"]},
         examples=(("عام 2015", "2015"), ("العام 2015", "2015"), ("عام ألفين وخمسة عشر", "2015"),
                   ("2016م", "2016"), ("عام مائتين وسبعة وستين", "0267"), ("عام 49 ق.م", "BC0049"),
                   ("عام 1600 قبل الميلاد", "BC1600"))),
    # (after "إن/أن", a year that is the subject of "كان/سيكون/شهد": "قالت إن 2025 كان الأسوأ")
    Rule("bare year", rf"(?:{_AFTER_CUE}(?P<year>{MODERN_YEAR})|{_AFTER_COUNT_CUE}(?P<y2>{MODERN_YEAR}){_NOT_COUNTED}"
                      rf"|(?:(?<=(?<!\w)إن\s)|(?<=(?<!\w)أن\s))(?P<y3>{MODERN_YEAR}){_YEAR_AS_SUBJECT})"
                      + _NOT_AMOUNT,
         {"year": ["$year", "$y2", "$y3"]}, priority=-3,
         examples=(("بحلول 2020", "2020", "2020"), ("وصلت إلى 2014.", "2014", "2014"),
                   ("لن يترشح في انتخابات 2028", "2028", "2028"), ("قالت إن 2025 كان الأسوأ", "2025", "2025"))),
    # "في عامي 2021 و2022": two years named together (the first after its cue, "bare year").
    Rule("the second of two years", "(?:" + "|".join(rf"(?<={dual}\s\d{{4}}\s{sep})" for dual in ("عامي", "سنتي")
                                                     for sep in ("و", "و ")) + rf")(?P<year>{YEAR4})",
         {"year": "$year"}),  # (tested in tests/test_timex_ar_agencies.py)
    Rule("year range", rf"(?:من\s+)?(?:(?:ال)?(?:عام|سنة)\s+)?(?P<y1>{YEAR4})\s*(?:-|–|إلى|الى|حتى|وحتى)\s*"
                       rf"(?:(?:ال)?(?:عام|سنة)\s+)?(?P<y2>{YEAR4})",
         {"from": {"year": "$y1"}, "to": {"year": "$y2"}},
         examples=(("2014-2018", "2014/2018"), ("من 2014 إلى 2018", "2014/2018"), ("من عام 2011 حتى عام 2013", "2011/2013"))),
    Rule("year range between", rf"بين\s+(?:(?:ال)?(?:عامي|عامين|سنتي|سنوات|أعوام|عام|سنة)\s+)?(?P<y1>{YEAR4})\s+و\s*"
                               rf"(?:(?:ال)?(?:عام|سنة)\s+)?(?P<y2>{YEAR4})",
         {"from": {"year": "$y1"}, "to": {"year": "$y2"}}, examples=(("بين عامي 2010 و2015", "2010/2015"),)),
    Rule("spelled year 2000s", r"(?:ألفين|ألفان)(?:\s*و\s*{cardinal})?", {"year": [2000, "$cardinal"]},
         examples=(("ألفين وعشرين", "2020"), ("ألفان وثمانية عشر", "2018")), priority=-3),
    Rule("spelled year 1000s", r"ألف\s*و\s*{hundred}\s*و\s*{cardinal}", {"year": [1000, "$hundred", "$cardinal"]},
         examples=(("ألف وسبعمائة وتسعة وثمانين", "1789"),), priority=-3),
    Rule("hijri date", rf"{_DAY_ANY}\s*(?:من\s+)?(?:شهر\s+)?{{hijri_month}}(?:{_YEAR_LEAD}(?P<year>1[34]\d\d)(?:{HIJRI_MARK})?"
                       r"|\s+{direction})?",
         {"day": ["$day", "$day_ordinal"], "month": "$hijri_month", "year": "$year", "calendar": "hijri", "dir": "$direction"},
         examples=(("1 رمضان 1438 هـ", "2017-05-27"), ("10 ذي الحجة 1437هـ", "2016-09-11"),
                   ("العاشر من ذي الحجة الماضي", "2016-09-11"), ("الأول من رمضان المقبل", "2017-05-27"))),
    # Saudi and Gulf papers date by numbers: "١٤٤٥/٥/٣ هـ"; a year of 1350-1499 in such a date is Hijri.
    Rule("numeric hijri date", rf"(?P<year>13[5-9]\d|14\d\d)\s*(?P<sep>[/\-])\s*(?P<month>{MONTH_NUM})\s*(?P=sep)\s*(?P<day>{DAY})"
                               rf"(?:{HIJRI_MARK})?|(?P<d2>{DAY})\s*(?P<sep2>[/\-])\s*(?P<m2>{MONTH_NUM})\s*(?P=sep2)\s*"
                               rf"(?P<y2>13[5-9]\d|14\d\d)(?:{HIJRI_MARK})?",
         {"day": ["$day", "$d2"], "month": ["$month", "$m2"], "year": ["$year", "$y2"], "calendar": "hijri"}, priority=1,
         examples=(("١٤٤٥/٥/٣ هـ", "2023-11-17"), ("3/5/1445هـ", "2023-11-17"), ("1438-09-01", "2017-05-27"))),
    Rule("hijri day range", rf"(?:من\s+)?(?P<d1>{DAY})\s*(?:-|–|إلى|الى|حتى|وحتى|لغاية)\s*(?P<d2>{DAY})\s*(?:من\s+)?(?:شهر\s+)?"
                            rf"{{hijri_month}}(?:{_YEAR_LEAD}(?P<year>1[34]\d\d)(?:{HIJRI_MARK})?)?",
         {"from": {"day": "$d1", "month": "$hijri_month", "year": "$year", "calendar": "hijri"},
          "to": {"day": "$d2", "month": "$hijri_month", "year": "$year", "calendar": "hijri"}},
         examples=(("من 1 إلى 3 شوال 1438 هـ", "2017-06-25/2017-06-27"),)),
    Rule("hijri month relative", r"(?:شهر\s+)?{hijri_month}\s+{direction}", {"month": "$hijri_month", "dir": "$direction",
                                                                           "calendar": "hijri"},
         examples=(("رمضان المقبل", "2017-05-27/2017-06-24"), ("رمضان الماضي", "2016-06-06/2016-07-05"))),
    Rule("hijri month year", rf"(?:شهر\s+)?{{hijri_month}}{_YEAR_LEAD}(?P<year>1[34]\d\d|{YEAR4})(?:{HIJRI_MARK})?",
         {"month": "$hijri_month", "year": "$year", "calendar": "hijri"},
         examples=(("رمضان 1438", "2017-05-27/2017-06-24"), ("رمضان 2019", "2019-05-06/2019-06-03"))),
    # (a month that is also a name or a word, "شعبان", "رجب", "صفر": after "شهر" or a word of
    # position, "منتصف شعبان"; "صفر" (zero) not after "في/خلال/منذ")
    Rule("hijri month", r"(?:شهر\s+)?{hijri_month_safe}|شهر\s+{hijri_month}"
                        r"|(?:(?<=مطلع\s)|(?<=أوائل\s)|(?<=أواخر\s)|(?<=منتصف\s)|(?<=بداية\s)|(?<=نهاية\s)|(?<=أواسط\s)"
                        r"|(?<=غرة\s)|(?<=في\s)(?!صفر)|(?<=خلال\s)(?!صفر)|(?<=منذ\s)(?!صفر)){hijri_month:h3}",
         {"month": ["$hijri_month_safe", "$hijri_month", "$h3"], "calendar": "hijri"},
         examples=(("شهر رمضان", "2017-05-27/2017-06-24"), ("منتصف شعبان", "2017-04-27/2017-05-26"))),
    Rule("hijri year", rf"(?:(?:ال)?عام|(?:ال)?سنة)?\s*(?P<year>1[34]\d\d){HIJRI_MARK}",
         {"year": "$year", "calendar": "hijri"}, examples=(("عام 1438 هـ", "2016-10-02/2017-09-20"),)),
    Rule("day of a feast", r"{feast_day}\s+{holiday}", {"offset": "$feast_day", "offset_unit": "D", "anchor": {"date": "$holiday"}},
         examples=(("أول أيام عيد الفطر", "2017-06-25"), ("ثالث أيام عيد الأضحى", "2016-09-13"))),
    Rule("day of a Hijri month", rf"{{feast_day}}\s+(?:شهر\s+)?{{hijri_month}}(?:{_YEAR_LEAD}(?P<year>1[34]\d\d)(?:{HIJRI_MARK})?)?",
         {"day": ["$feast_day", 1], "month": "$hijri_month", "year": "$year", "calendar": "hijri"},
         examples=(("غرة رمضان", "2017-05-27"), ("أول أيام شهر رمضان", "2017-05-27"))),
    # "2 و3 كانون الأول": the first day takes the month named after the second.
    Rule("day before another of a month", rf"(?P<day>{DAY})(?=\s*و\s*{DAY}{_OF_MONTH}{_MONTH_GLOSS}"
                                          rf"(?:{_YEAR_LEAD}{year(spelled=False)})?)",
         {"day": "$day", **MONTH_BUILD, "year": YEAR_BUILD}),  # (tested in tests/test_timex_ar_wire.py)
    # ("عشية" before a feast is its eve, the day before; before a weekday, its evening)
    Rule("eve of a holiday", r"(?:ليلة|عشية)\s+{holiday}", {"offset": -1, "offset_unit": "D", "anchor": {"date": "$holiday"}},
         examples=(("ليلة عيد الميلاد", "2016-12-24"), ("ليلة عيد الفطر", "2017-06-24"),
                   ("ليلة رأس السنة الجديدة", "2016-12-31"), ("عشية رأس السنة", "2016-12-31")), priority=-1),
    Rule("holiday", rf"(?:(?:ال)?يوم\s+)?{{holiday}}(?:{_YEAR_LEAD}(?P<year>{YEAR4}))?",
         {"date": "$holiday", "year": "$year", "written": "holiday"},
         examples=(("عيد الميلاد", "2016-12-25"), ("عيد الفطر", "2017-06-25"), ("عيد الأضحى 2013", "2013-10-15"),
                   ("رأس السنة الهجرية 2019", "2019-08-31"), ("عيد الفصح 2013", "2013-03-31"))),
    Rule("weekday", _THE_TWO + r"(?:(?:ال)?يوم\s+|(?:هذا|هذه)\s+)?{weekday}" + _NOT_ELEVEN +
                    r"(?!\s+(?:معا|منهما|منهم|الآخرين|المذكورين|الذين|اللذين))"
                    r"|(?:ال)?يوم\s+{weekday_bare}",
         {"weekday": ["$weekday", "$weekday_bare"]},
         examples=(("الثلاثاء", "2017-01-24"), ("يوم الخميس", "2017-01-26"), ("الاربعا", "2017-01-25"),
                   ("يوم جمعة", "2017-01-27"), ("بين الاثنين والأربعاء", "2017-01-23/2017-01-25"),
                   ("هذا الخميس", "2017-01-26"))),
    Rule("weekday relative", r"(?:(?:ال)?يوم\s+)?{weekday}\s+{direction}",
         {"weekday": "$weekday", "dir": "$direction"},
         examples=(("الثلاثاء المقبل", "2017-01-31"), ("الاثنين الماضي", "2017-01-23"),
                   ("الثلاثاء الماضي", "2017-01-17"))),
    Rule("weekday of week", r"(?:(?:ال)?يوم\s+)?(?:{weekday}|{weekday_bare})\s+(?:من\s+)?(?:(?P<this>هذا\s+)?الأسبوع|الاسبوع)"
                            r"(?:\s+{relative})?",
         {"weekday": ["$weekday", "$weekday_bare"], "shift": "$relative", "shift_unit": "W"},
         examples=(("الجمعة من الأسبوع المقبل", "2017-02-03"), ("ثلاثاء الأسبوع الفائت", "2017-01-17"),
                   ("الاثنين من هذا الأسبوع", "2017-01-23"))),
    Rule("nth weekday of month", r"(?:{ordinal}\s+(?:يوم\s+)?(?:{weekday}|{weekday_bare})|{weekday:wd2}\s+{ordinal:ord2}|"
                                 r"{last}\s+(?:يوم\s+)?(?:{weekday_bare:wd3}|{weekday:wd4})|{weekday:wd5}\s+{last:last2})"
                                 rf"\s+(?:من|في|ب)\s*(?:(?:ال)?شهر\s+)?{_MONTH_GLOSS}(?:{_YEAR_LEAD}{year(spelled=False)})?",
         {"nth": ["$ordinal", "$ord2", "$last", "$last2"], "weekday": ["$weekday", "$weekday_bare", "$wd2", "$wd3", "$wd4", "$wd5"],
          **MONTH_BUILD, "year": YEAR_BUILD},
         examples=(("أول يوم جمعة من يوليو", "2017-07-07"), ("آخر اثنين من الشهر القادم", "2017-02-27"), ("الثلاثاء الثالث من شهر أيلول من عام 2014", "2014-09-16"))),
]
