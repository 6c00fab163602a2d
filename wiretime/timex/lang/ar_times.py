"""Arabic rules for clock times: digits, hours in words, minutes and fractions, parts of
the day, clock ranges. Examples resolve against Tuesday 2017-01-24 and are run as tests.
"""

from __future__ import annotations

from wiretime.timex.rules import Rule

HOUR = r"(?:[01]?\d|2[0-4])"
# "تمام الساعة" (exactly at) is part of the time; "عند" (at) is a preposition, left out (TimeML).
_AT = r"(?:تمام\s+)?"
_CLOCK_WORD = r"(?:ال)?ساعة"
_NOT_OF_A_DAY = r"(?!\s+(?:ال|يوم|أمس|غد)\w*)"


# Minutes without "دقيقة" end the time: the text or clause ends, or a word that goes on with
# a time (its zone, day, range) follows; not a noun counted ("الدورة الحادية عشرة و20 مشاركا").
_BARE_END = (r"(?=\s*(?:$|[.,،:;؛!؟?)(\-–]|(?:من|في|بتوقيت|بالتوقيت|حسب|بحسب|وفق|يوم|اليوم|أمس|غد|غدا|الغد|حتى"
             r"|إلى|الى|ثم|حيث|قبل|بعد|على|عندما|وذلك|وقد|و)(?!\w)))")


def minutes(n: str = "", *, bare: bool = False) -> str:
    """What may follow an hour to give its minutes: ":30", "والنصف", "إلا ربعا", "و18 دقيقة".
    `bare`: where the hour cannot be a mere count (after "الساعة", or eleven/twelve, which no
    Arabic number joins with "و"), minutes need not say "دقيقة": "الساعة العاشرة وعشرين"."""
    unit = rf"(?:\s*(?:دقيقة|دقائق)|(?=\s*{{pod:px{n}}}){'|' + _BARE_END if bare else ''})"
    return (rf"(?::(?P<mm{n}>[0-5]\d)(?::(?P<ss{n}>[0-5]\d))?"
            rf"|\s*و\s*{{fraction:fr{n}}}(?!\s*(?:ساع|يوم|أيام|شهر|سن|عام))"
            rf"|\s+{{minus:hb{n}}}\s*{{less:less{n}}}"
            rf"|\s*و\s*(?:(?P<md{n}>[0-5]?\d)|{{cardinal:mw{n}}}){unit})")


def clock_build(n: str = "", hour: tuple[str, ...] = ("$h", "$hour_word")) -> dict:
    """The partial time of an hour and its `minutes(n)`; "إلا" takes the hour back one."""
    return {"hour": [*hour, f"$hb{n}"], "minute": [f"$mm{n}", f"$fr{n}", f"$less{n}", f"$md{n}", f"$mw{n}"],
            "second": f"$ss{n}"}



# The hour of a named day's part, as one time before ranges are made ("من الساعة 7 صباح الجمعة
# وحتى الساعة 7 صباح الثلاثاء"); the day follows.
_CLOCK_OF_A_DAY = (rf"{_AT}{_CLOCK_WORD}\s+(?:(?:ال\s*)?(?P<h>{HOUR})|{{hour_word}})(?:{minutes()})?"
                   r"\s+(?:من\s+)?{pod_noun}\s+")

RULES = [
    Rule("o'clock", rf"{_AT}{_CLOCK_WORD}\s+(?:(?:ال\s*)?(?P<h>{HOUR})|{{hour_word}})(?:{minutes(bare=True)})?"
                    r"(?:\s+(?:{pod}|{meal}))?",
         {**clock_build(), "pod": ["$pod", "$meal"]},
         examples=(("الساعة الثانية بعد الظهر", "2017-01-24T14:00"), ("الساعة العاشرة والنصف", "2017-01-24T10:30"),
                   ("الساعة 3 صباحا", "2017-01-24T03:00"), ("الساعة ثلاثة الصبح", "2017-01-24T03:00"),
                   ("الساعة الثالثة و18 دقيقة الصبح", "2017-01-24T03:18"),
                   ("الساعة ثلاثة وثمانية عشرة دقيقة صباحا", "2017-01-24T03:18"),
                   ("الساعة 12 الا ربع قبل الظهر", "2017-01-24T11:45"), ("الساعة 8 مساء", "2017-01-24T20:00"),
                   ("الساعة 10:30", "2017-01-24T10:30"), ("الساعة 8 العشاء", "2017-01-24T20:00"), ("عند الساعة السابعة", "2017-01-24T07:00", "الساعة السابعة"),
                   ("الساعة الـ11 ليلا", "2017-01-24T23:00"), ("الساعة العاشرة وعشرين", "2017-01-24T10:20"),
                   ("الساعة الحادية عشرة وخمس وأربعين دقيقة", "2017-01-24T11:45"))),
    # "أحد عشر وخمسة": eleven or twelve and a number is a clock time (no number is said so)
    Rule("eleven or twelve and minutes", rf"{{teen_hour}}{minutes(bare=True)}(?:\s+{{pod}})?",
         {**clock_build(hour=("$teen_hour",)), "pod": "$pod"},
         examples=(("أحد عشر وخمسة", "2017-01-24T11:05"), ("الحادية عشرة والنصف ليلا", "2017-01-24T23:30"),
                   ("اثنا عشر وعشر دقائق", "2017-01-24T12:10"))),
    Rule("clock of a named day", rf"{_CLOCK_OF_A_DAY}(?:(?:ال)?يوم\s+)?{{weekday}}",
         {**clock_build(), "pod": "$pod_noun", "weekday": "$weekday"}, priority=1,
         examples=(("الساعة 7 صباح الجمعة", "2017-01-27T07:00"),)),
    Rule("clock of a day said from today", rf"{_CLOCK_OF_A_DAY}{{rel_day}}",
         {**clock_build(), "pod": "$pod_noun", "offset": "$rel_day", "offset_unit": "D"}, priority=1,
         examples=(("الساعة 8 مساء أمس", "2017-01-23T20:00"),)),
    Rule("hour ordinal", rf"{_AT}{{hour_ordinal}}(?:{minutes()}(?:\s+{{pod}})?|\s+{{pod:p2}})",
         {**clock_build(hour=("$hour_ordinal",)), "pod": ["$pod", "$p2"]},
         examples=(("الثالثة فجرا", "2017-01-24T03:00"), ("العاشرة والنصف", "2017-01-24T10:30"),
                   ("الحادية عشرة إلا ربعا", "2017-01-24T10:45"), ("الثامنة مساء", "2017-01-24T20:00"),
                   ("السابعة والنصف صباحًا", "2017-01-24T07:30"), ("الخامسة الا ثلث بعد العصر", "2017-01-24T16:40"))),
    # (a count before a day's part is no hour: "قتل ثلاثة ظهر الجمعة")
    Rule("hour cardinal", rf"{{hour_word}}(?:{minutes()})(?:\s+{{pod}})?|{{hour_word:hw}}\s+{{pod:p2}}{_NOT_OF_A_DAY}",
         {**clock_build(hour=("$hour_word", "$hw")), "pod": ["$pod", "$p2"]},
         examples=(("أحد عشر وخمسة دقائق", "2017-01-24T11:05"), ("ثمانية وأربعين مساءً", "2017-01-24T20:40")),
         priority=-1),
    Rule("minutes before the hour", rf"{{less}}\s+قبل\s+(?:{_CLOCK_WORD}\s+)?(?:{{hour_ordinal}}|(?P<h>{HOUR}))"
                                    r"(?:\s+{pod})?",
         {"hour": ["$hour_ordinal", "$h", -1], "minute": "$less", "pod": "$pod"},
         examples=(("ثلاث دقائق قبل الثامنة", "2017-01-24T07:57"), ("ربع قبل الساعة 9 مساء", "2017-01-24T20:45"))),
    Rule("digital clock", rf"{_AT}(?P<h>{HOUR}):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?(?:\s+{{pod}})?",
         {"hour": "$h", "minute": "$mm", "second": "$ss", "pod": "$pod"},
         examples=(("10:30", "2017-01-24T10:30"), ("15:23:24", "2017-01-24T15:23:24"),
                   ("3:20 عصرا", "2017-01-24T15:20"), ("7:56:30 مساءً", "2017-01-24T19:56:30"))),
    # (not the second number of a score or range: "فاز 3-2 مساء السبت")
    Rule("hour and part of day", rf"{_AT}(?<!\d[-–])(?<!\d\s[-–]\s)(?P<h>{HOUR})(?:{minutes()})?\s*{{pod}}(?:\s*و\s*{{fraction:fr2}})?",
         {**clock_build(hour=("$h",)), "minute": ["$mm", "$fr", "$less", "$md", "$mw", "$fr2"], "pod": "$pod"},
         examples=(("7 صباحا", "2017-01-24T07:00"), ("8 والنصف مساءً", "2017-01-24T20:30"),
                   ("8 في الليل", "2017-01-24T20:00"), ("12 ظهرا", "2017-01-24T12:00"),
                   ("9 مساءً وثلاثة أرباع", "2017-01-24T21:45"))),
    Rule("clock with a comma", rf"{_AT}{_CLOCK_WORD}\s+(?P<h>{HOUR})[,،](?P<mm>[0-5]\d)(?!\d)(?:\s*(?:{{zone}}|{{pod}}))?"
                               rf"|(?P<h2>{HOUR})[,،](?P<mm2>[0-5]\d)\s*(?:{{zone:z2}}|{{pod:p2}})",
         {"hour": ["$h", "$h2"], "minute": ["$mm", "$mm2"], "zone": ["$zone", "$z2"], "pod": ["$pod", "$p2"]},
         examples=(("22,00 ت غ", "2017-01-24T22:00"), ("الساعة 1,30 فجرا", "2017-01-24T01:30"))),
    Rule("military clock", rf"(?:{_CLOCK_WORD}\s+)?(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)\s*(?:{{zone}}|{{pod}})"
                           rf"|{_CLOCK_WORD}\s+(?P<hhmm2>(?:[01]\d|2[0-3])[0-5]\d)|(?P<hhmm3>[1-9][0-5]\d)\s*{{pod:p3}}",
         {"hhmm": ["$hhmm", "$hhmm2", "$hhmm3"], "zone": "$zone", "pod": ["$pod", "$p3"]},
         examples=(("0800 بتوقيت غرينتش", "2017-01-24T08:00"), ("الساعة 1030", "2017-01-24T10:30"),
                   ("340 مساءً", "2017-01-24T15:40"))),
    Rule("bare hour", rf"(?:(?<=عند\s)|(?<=حتى\s)|(?<=في\s))(?:{{hour_ordinal}}|(?<=عند\s)(?P<h>{HOUR}))"
                      r"(?=\s*(?:$|[.,،!؟?:;](?!\d)))", {"hour": ["$hour_ordinal", "$h"]}, priority=-3),
    # "بحلول منتصف يوم السبت", "منتصف نهار اليوم": midday, noon of that day (not its middle as a mod)
    Rule("midday of a weekday", r"منتصف\s+(?:نهار|يوم)\s+(?:(?:ال)?يوم\s+)?{weekday}", {"weekday": "$weekday", "hour": 12},
         examples=(("سيصل بحلول منتصف يوم السبت", "2017-01-28T12:00", "منتصف يوم السبت"),)),
    Rule("midday of a relative day", r"منتصف\s+نهار\s+{rel_day}", {"offset": "$rel_day", "offset_unit": "D", "hour": 12},
         examples=(("منتصف نهار الغد", "2017-01-25T12:00"),)),
    Rule("clock word", r"{clock_word}", {"hour": "$clock_word"},
         examples=(("منتصف الليل", "2017-01-24T00:00"), ("منتصف النهار", "2017-01-24T12:00"))),
    # "منتصف الليلة" (tonight's: the one ending the reference day), "منتصف ليل أمس" (last
    # night's: the one that began it)
    Rule("midnight of a night", r"منتصف\s+{midnight_of}", {"hour": 0, "offset": "$midnight_of", "offset_unit": "D"},
         priority=1, examples=(("منتصف الليلة", "2017-01-25T00:00"), ("منتصف ليل أمس", "2017-01-24T00:00"))),
    # "بعد منتصف الليل بقليل": midnight, the word before it out of the span and kept as the mod
    # (the two words are also a part of the day, "الواحدة بعد منتصف الليل", which needs an hour)
    *(Rule(f"{mod.lower()} midnight", rf"{word}\s+(?P<mention>منتصف\s+الليل(?!\w))", {"hour": 0, "mod": mod},
           priority=1, examples=((f"{word} منتصف الليل", "2017-01-24T00:00", "منتصف الليل"),))
      for word, mod in (("بعد", "AFTER"), ("قبل", "BEFORE"))),
    Rule("clock range", rf"(?:من|بين)\s+(?:{_CLOCK_WORD}\s+)?(?P<h1>{HOUR})(?::(?P<m1>[0-5]\d))?(?:\s*{{pod:p1}})?"
                        rf"\s*(?:إلى|الى|حتى|وحتى|و|-)\s*(?:{_CLOCK_WORD}\s+)?(?P<h2>{HOUR})(?::(?P<m2>[0-5]\d))?\s*{{pod:p2}}",
         {"from": {"hour": "$h1", "minute": "$m1", "pod": "$p1"}, "to": {"hour": "$h2", "minute": "$m2", "pod": "$p2"}},
         examples=(("بين 5 و 6 مساءً", "2017-01-24T17:00/2017-01-24T18:00"),
                   ("من الساعة 1 صباحًا حتى 5 مساءً", "2017-01-24T01:00/2017-01-24T17:00"))),
    # "4-5 مساءً", "9-11 صباحا": two hours a dash joins before a part of the day (not a score
    # before a named day: "3-2 مساء السبت")
    Rule("clock range with a dash", rf"(?P<h1>{HOUR})(?::(?P<m1>[0-5]\d))?\s*[-–]\s*(?P<h2>{HOUR})(?::(?P<m2>[0-5]\d))?"
                                    rf"\s*{{pod}}{_NOT_OF_A_DAY}",
         {"from": {"hour": "$h1", "minute": "$m1", "pod": "$pod"}, "to": {"hour": "$h2", "minute": "$m2", "pod": "$pod"}},
         examples=(("4-5 مساءً", "2017-01-24T16:00/2017-01-24T17:00"), ("9-11 صباحا", "2017-01-24T09:00/2017-01-24T11:00"))),
    Rule("clock range to an hour", rf"(?:من|بين)\s+(?:{_CLOCK_WORD}\s+)?(?P<h1>{HOUR}):(?P<m1>[0-5]\d)(?:\s*{{pod:p1}})?"
                                   rf"\s*(?:إلى|الى|حتى|وحتى|-)\s*(?:{_CLOCK_WORD}\s+)?(?P<h2>{HOUR})(?::(?P<m2>[0-5]\d))?"
                                   r"(?:\s*{pod:p2})?",
         {"from": {"hour": "$h1", "minute": "$m1", "pod": "$p1"}, "to": {"hour": "$h2", "minute": "$m2", "pod": "$p2"}},
         examples=(("من 1:30 بعد الظهر إلى 4", "2017-01-24T13:30/2017-01-24T16:00"),
                   ("من 1:30 إلى 3", "2017-01-24T01:30/2017-01-24T03:00"))),
    Rule("part of day today", r"(?:هذا|هذه)\s+{pod_alone}|(?:في|عند|خلال|قبيل|بعيد|مع|حتى)\s+(?:وقت\s+(?:متأخر|مبكر)\s+من\s+)?{pod_alone:pa}"
                              r"|{tonight}|(?:في\s+)?(?:أواخر|أوائل)\s+{pod_alone:pb}|ساعات\s+{pod_alone:pc}"
                              r"|(?<=منذ\s){pod_alone:pd}",
         {"pod": ["$pod_alone", "$pa", "$pb", "$tonight", "$pc", "$pd"], "offset": 0, "offset_unit": "D"},
         examples=(("هذا الصباح", "2017-01-24TMO"), ("الليلة", "2017-01-24TNI"), ("في المساء", "2017-01-24TEV"),
                   ("منذ ساعات الصباح", "2017-01-24TMO", "ساعات الصباح"), ("منذ الصباح", "2017-01-24TMO", "الصباح"),
                   ("اقتحمت القوات المنزل قبيل الفجر", "2017-01-24TMO", "قبيل الفجر")),
         priority=1),
    # "ليل الأحد الاثنين", "ليلة السبت إلى الأحد": the night between the two days, dated by the first.
    # "منتصف ليل الأربعاء الخميس": the midnight between the two days, the second one's start.
    Rule("midnight between two days", r"منتصف\s+(?:ليل|ليلة)\s+{weekday}\s*(?:إلى|الى|على|-|/)?\s*{weekday:w2}",
         {"weekday": "$w2", "hour": 0}, priority=2,
         examples=(("انتهت المهلة منتصف ليل الأحد الاثنين", "2017-01-23T00:00", "منتصف ليل الأحد الاثنين"),)),
    Rule("night between two days", r"(?:ليل|ليلة)\s+{weekday}\s*(?:إلى|الى|على|-|/)?\s*{weekday:w2}",
         {"weekday": "$weekday", "pod": "NI"}, priority=1,
         examples=(("ليل الأحد الاثنين", "2017-01-22TNI"), ("ليلة السبت إلى الأحد", "2017-01-21TNI"))),
    # An adverb of the day's part alone ("قتل ثلاثة ليلا"): the reference day's.
    Rule("part of day adverb", r"{pod_adverb}(?!\s*و\s*نهارا)", {"pod": "$pod_adverb", "alone": True},
         examples=(("وصل الوفد فجرا", "2017-01-24TMO", "فجرا"),), priority=1),
    Rule("last night", r"{last_night}", {"pod": "$last_night", "offset": -1, "offset_unit": "D"},
         examples=(("الليلة الماضية", "2017-01-23TNI"), ("ليلة أمس", "2017-01-23TNI"))),
    Rule("the night before last", r"(?:الليلة|ليلة|ليل)\s+(?:(?:ما\s+)?قبل\s+(?:الماضية|البارحة|الفائتة)"
                                  r"|أول\s+أمس|أمس\s+الأول)",
         {"pod": "NI", "offset": -2, "offset_unit": "D"}, priority=1,
         examples=(("الليلة قبل الماضية", "2017-01-22TNI"), ("ليلة أول أمس", "2017-01-22TNI"))),
    # ("من صباح" names the part of day of an hour before it: "العاشرة من صباح اليوم".)
    Rule("part of day", r"(?!من\s){pod}", {"pod": "$pod"}),
    Rule("part of day noun", r"{pod_noun}", {"pod": "$pod_noun"}),
    Rule("hhmm with zone", r"(?P<hhmm>[0-2]\d[0-5]\d)\s*{zone}", {"hhmm": "$hhmm", "zone": "$zone"}),
    Rule("zone", r"{zone}", {"zone": "$zone"}),
]
