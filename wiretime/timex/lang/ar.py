"""Arabic time knowledge: word tables, rules with their examples, tense cues.

Text is folded before matching (أ إ آ ٱ → ا, ى → ي, ة → ه; diacritics, tatweel and bidi
controls removed; Arabic-Indic and Persian digits → ASCII), so tables and patterns are
written in ordinary spelling and match every variant.
Examples resolve against Tuesday 2017-01-24 (the sample article's date).
"""

from wiretime.timex.lang.zones_ar import UTC_NAMES, ZONE_RULES, ZONES
from wiretime.timex.language import Language, Modifier, Rule

# A clitic (و ف ب ل ك, or two: وب، فل...) may precede a word; the mention starts after it.
_LEFT = r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بلك]))"

MONTHS = {
    # Gregorian months, Egyptian/Gulf series
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12,
    # Levantine/Iraqi series
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    # Maghrebi series
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
}

WEEKDAYS = {
    "الاثنين": 1, "الإثنين": 1, "الثلاثاء": 2, "الأربعاء": 3, "الخميس": 4, "الجمعة": 5,
    "السبت": 6, "الأحد": 7,
}

# Feminine ordinals name the hours ("الساعة الثانية" = two o'clock).
HOUR_WORDS = {
    "الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6,
    "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11,
    "الحادية عشر": 11, "الثانية عشرة": 12, "الثانية عشر": 12,
}

MINUTE_FRACTIONS = {"النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15, "الثلث": 20, "ثلث": 20}

PARTS_OF_DAY = {
    "صباحا": "MO", "صباحاً": "MO", "صباح": "MO", "فجرا": "MO", "الفجر": "MO",
    "ظهرا": "NO", "الظهر": "NO", "بعد الظهر": "AF", "بعد الظهيرة": "AF", "عصرا": "AF",
    "العصر": "AF", "مساء": "EV", "مساءً": "EV", "المساء": "EV", "ليلا": "NI", "ليلاً": "NI",
    "الليل": "NI",
}

RELATIVE_DAYS = {"أمس": -1, "الأمس": -1, "البارحة": -1, "أول أمس": -2, "اليوم": 0, "غدا": 1,
                 "غداً": 1, "بعد غد": 2}

UNITS = {"اليوم": "D", "الأسبوع": "W", "الاسبوع": "W", "الشهر": "M", "العام": "Y", "السنة": "Y"}

# Words after a unit that place it relative to now.
RELATIVE = {"المقبل": 1, "المقبلة": 1, "القادم": 1, "القادمة": 1, "الماضي": -1, "الماضية": -1,
            "المنصرم": -1, "المنصرمة": -1, "الفائت": -1, "الفائتة": -1, "السابق": -1,
            "الجاري": 0, "الجارية": 0, "الحالي": 0, "الحالية": 0}

RULES = [
    Rule("weekday", r"(?:يوم\s+)?{weekday}", {"weekday": "$weekday"},
         examples=(("الثلاثاء", "2017-01-24"), ("يوم الخميس", "2017-01-26"))),
    Rule("relative day", r"{rel_day}", {"offset": "$rel_day", "offset_unit": "D"},
         examples=(("أمس", "2017-01-23"), ("غدا", "2017-01-25"), ("اليوم", "2017-01-24"))),
    Rule("unit relative", r"{unit}\s+{relative}", {"shift": "$relative", "shift_unit": "$unit"},
         examples=(("الشهر المقبل", "2017-02"), ("الأسبوع الماضي", "2017-W03"),
                   ("العام الجاري", "2017"))),
    Rule("this unit", r"هذا\s+{unit}|هذه\s+السنة", {"shift": 0, "shift_unit": "$unit"},
         examples=(("هذا الشهر", "2017-01"),)),
    Rule("day month year", r"(?P<day>[0-3]?\d)\s+(?:من\s+)?{month}(?:\s*/\s*{month:month2})?(?:\s+(?:عام\s+)?(?P<year>\d{4}))?",
         {"day": "$day", "month": "$month", "year": "$year"},
         examples=(("15 آذار/مارس 2017", "2017-03-15"), ("3 شباط", "2017-02-03"))),
    Rule("month year", r"{month}(?:\s*/\s*{month:month2})?\s+(?:عام\s+)?(?P<year>\d{4})",
         {"month": "$month", "year": "$year"}, examples=(("كانون الثاني/يناير 2016", "2016-01"),)),
    Rule("year", r"(?:عام|العام|سنة|السنة)\s+(?P<year>\d{4})", {"year": "$year"},
         examples=(("عام 2015", "2015"),)),
    Rule("numeric date", r"(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>\d{4})",
         {"day": "$day", "month": "$month", "year": "$year"}, examples=(("15/3/2017", "2017-03-15"),)),
    Rule("iso date", r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)",
         {"day": "$day", "month": "$month", "year": "$year"}, examples=(("2017-03-15", "2017-03-15"),)),
    Rule("spelled hour", r"(?:ال)?ساعة\s+{hour_word}(?:\s+و{fraction})?(?:\s+{pod})?",
         {"hour": "$hour_word", "minute": "$fraction", "pod": "$pod"},
         examples=(("الساعة الثانية بعد الظهر", "2017-01-24T14:00"),
                   ("الساعة العاشرة والنصف", "2017-01-24T10:30"))),
    Rule("digital clock", r"(?:(?:ال)?ساعة\s+)?(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)(?:\s+{pod})?",
         {"hour": "$hour", "minute": "$minute", "pod": "$pod"},
         examples=(("الساعة 10:30", "2017-01-24T10:30"),)),
    Rule("hhmm with zone", r"(?P<hhmm>[0-2]\d[0-5]\d)\s*{zone}", {"hhmm": "$hhmm", "zone": "$zone"},
         examples=(("0800 بتوقيت غرينتش", "2017-01-24T08:00"),)),
    Rule("zone", r"{zone}", {"zone": "$zone"}),
    Rule("part of day", r"{pod}", {"pod": "$pod"}),
    *ZONE_RULES,
]

LANGUAGE = Language(
    code="ar",
    tables={"month": MONTHS, "weekday": WEEKDAYS, "hour_word": HOUR_WORDS, "fraction": MINUTE_FRACTIONS,
            "pod": PARTS_OF_DAY, "rel_day": RELATIVE_DAYS, "unit": UNITS, "relative": RELATIVE,
            "zone": ZONES, "utc_name": UTC_NAMES},
    rules=RULES,
    fold={"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"},
    strip="\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
          "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    modifiers=[Modifier(r"نهاية", "END"), Modifier(r"بداية|مطلع", "START"),
               Modifier(r"منتصف", "MID")],
    joiners=r"\s+|\s*،\s*|\s+(?:في|من)\s+|\s+(?:عند\s+)?(?:ال)?ساعة\s+",
    past_cues=r"(?<!\w)[وف]?(?:قال|قالت|ذكر|ذكرت|أعلن|أعلنت|أكد|أكدت|أفاد|أفادت|كان|كانت|جرى|جرت|"
              r"عقد|عقدت|نقل|نقلت|وقع|وقعت|منذ)(?!\w)",
    # "س" + an imperfect prefix marks the future (سيعقد، ستجري); not سياسة، سيد، سيطرة...
    future_cues=r"(?<!\w)(?:سوف|س[يتن](?![ادرط])[ء-ي]{2,}|المقرر|المتوقع|يعتزم|تعتزم)(?!\w)",
    word_boundary_left=_LEFT,
)
