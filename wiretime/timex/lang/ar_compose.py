"""Arabic composition rules: what already found expressions make together.

`{@KINDS:name}` is one found expression of those kinds (D date, C clock, T date+clock,
R range, P part of day, Z zone, S set, U duration, F vague reference; see
language.PART_KINDS). These come on top of the default ones the language's joiners and
range forms make (`Language.neighbour_rules`): priorities 3 and more win over the default
ranges, 2 over the default duration joins, 1 over the default merges.
Examples resolve against Tuesday 2017-01-24 and are run as tests.
"""

from __future__ import annotations

from wiretime.timex.rules import Rule

_AND = r"\s*و\s*"
_NEXT = r"(?:\s*[،,]\s*|\s+)"
_FROM_NOW = r"\s+من\s+(?:{@F:n}|اليوم)"
_ANNUAL = {"set": "P1Y"}
_NTH_WEEKDAY = r"(?:{ordinal}\s+(?:يوم\s+)?(?:{weekday}|{weekday_bare})|{weekday:wd2}\s+{ordinal:ord2})"
_PAIRED = r"\s*[،,]?\s*(?:الموافق|الموافقة|وفق)\s*(?:ل\s*)?(?:(?:ال)?يوم\s+)?"
# ("written" differs, so the default merges do not join the two again.)
_GREGORIAN = {"*": ["$g"], "written": "gregorian", "require": {"g": "day", "h": {"calendar": "hijri"}},
              "forbid": {"g": "calendar"}}
_HIJRI_AS_GREGORIAN = {**_GREGORIAN, "written": "hijri"}


def _offset(parts: str, sign: str) -> dict:
    """An offset from now by a duration of several parts ("a month and 21 days"): each part
    moves the time found by the ones before it, the result at the last part's grain."""
    build: dict = {"offset": f"{sign}${parts[0]}.amount", "offset_unit": f"${parts[0]}.unit",
                   "grain": f"${parts[-1]}.unit"}
    for part in parts[1:]:
        build = {"offset": f"{sign}${part}.amount", "offset_unit": f"${part}.unit", "anchor": build}
    return {**build, "require": {p: "amount" for p in parts}}


def _nth_weekday_rules(name: str, weekday_pattern: str, weekday: dict, nth: str | list[str], checks: dict,
                       after_examples: tuple, before_examples: tuple) -> list[Rule]:
    """The nth weekday after a date, and before it: one rule per direction, since the words
    decide the count's sign (before: counted back from the date)."""
    before_nth = [f"-{n}" for n in nth] if isinstance(nth, list) else f"-{nth}"
    return [Rule(f"{name} {word}", rf"{weekday_pattern}\s+(?:{words})\s+{{@D:x}}(?:\s+{{@D:y}})?",
                 {**weekday, "occurrence": count, "anchor": {"*": ["$x", "$y"]}, **checks},
                 priority=5, examples=examples)
            for word, words, count, examples in (("after", "بعد|عقب", nth, after_examples),
                                                 ("before", "قبل", before_nth, before_examples))]


def _several(names: str) -> str:
    return _AND.join(f"{{@U:{n}}}" for n in names)


COMPOSE = [
    Rule("ago, two parts", rf"(?:منذ|قبل)\s+{_several('ab')}(?:{_FROM_NOW})?", _offset("ab", "-"), priority=4,
         examples=(("منذ 1 شهر و 21 أيام من الآن", "2016-12-03"), ("قبل عامين وثلاثة أشهر", "2014-10"),
                   ("منذ شهر و 21 يوم من الآن", "2016-12-03"))),
    Rule("ago, three parts", rf"(?:منذ|قبل)\s+{_several('abc')}(?:{_FROM_NOW})?", _offset("abc", "-"), priority=4,
         examples=(("قبل عام وشهرين و10 أيام", "2015-11-14"),)),
    Rule("from now, two parts", rf"بعد\s+{_several('ab')}(?:{_FROM_NOW})?",
         _offset("ab", ""), priority=4,
         examples=(("بعد 2 عام و 21 يوما من الآن", "2019-02-14"), ("بعد شهر و10 أيام", "2017-03-06"))),
    Rule("from now, three parts", rf"بعد\s+{_several('abc')}(?:{_FROM_NOW})?", _offset("abc", ""), priority=4,
         examples=(("بعد عام وشهرين و10 أيام", "2018-04-03"),)),
    # "15 ربيع الأول 1445 هـ الموافق 1 تشرين الأول 2023": the Hijri day is the Gregorian day the
    # text pairs it with (local moon sightings put it a day off the computed calendar); each
    # keeps its span.
    Rule("Hijri day paired with its Gregorian day", rf"{{@D:h}}{_PAIRED}{{@D:g}}",
         {"each": {"h": _HIJRI_AS_GREGORIAN, "g": _GREGORIAN}}, priority=4),
    Rule("Gregorian day paired with its Hijri day", rf"{{@D:g}}{_PAIRED}{{@D:h}}",
         {"each": {"g": _GREGORIAN, "h": _HIJRI_AS_GREGORIAN}}, priority=4),
    # "يوم السبت 21/09 الساعة 1:30": a weekday (or a date's other fields) before a date that
    # already took its clock time is one expression, as a weekday before a bare date is.
    Rule("date before a date with its clock time", r"{@D:a}(?:\s*[،,]\s*|\s+(?:الموافق\s+)?){@T:b}",
         {"*": ["$a", "$b"]}, priority=1,
         examples=(("يوم السبت 21/01 الساعة 1:30 بعد الظهر", "2017-01-21T13:30"),
                   ("الأحد، 5 شباط الساعة العاشرة صباحا", "2017-02-05T10:00"))),
    # "الساعة 1:30 بعد ظهر يوم السبت 21/09": the rest of the date after it, likewise.
    Rule("date with its clock time before the rest of its date", r"{@T:a}(?:\s*[،,]\s*|\s+){@D:b}",
         {"*": ["$a", "$b"]}, priority=1,
         examples=(("الساعة 1:30 بعد ظهر يوم السبت 21/01", "2017-01-21T13:30"),
                   ("العاشرة من صباح الأحد، 5 شباط", "2017-02-05T10:00"))),
    # "ثالث ثلاثاء بعد كريسماس 2014", "ثاني أحد قبل الكريسماس": the nth such weekday counted
    # from a date (its anchor may be two dates not yet merged: "كريسماس" "2014").
    *_nth_weekday_rules("nth weekday", _NTH_WEEKDAY, {"weekday": ["$weekday", "$weekday_bare", "$wd2"]},
                        ["$ordinal", "$ord2"], {}, (("ثالث ثلاثاء بعد كريسماس 2014", "2015-01-13"),
                                                     ("أول جمعة بعد عيد الفطر 2016", "2016-07-08")),
                        (("ثاني أحد قبل الكريسماس 2017", "2017-12-17"),)),
    # "الجمعة الأولى بعد عيد الفطر": the weekday and its rank were already found together
    # (not "الأحد الأخير قبل...": the last one before a date is the first counted back).
    *_nth_weekday_rules("ranked weekday", "{@D:w}", {"weekday": "$w.weekday"}, "$w.nth",
                        {"require": {"w": {"nth": [1, 2, 3, 4, 5]}}, "forbid": {"w": "nth_unit"}},
                        (("الجمعة الأولى بعد عيد الفطر 2016", "2016-07-08"),),
                        (("الأحد الثاني قبل الكريسماس 2017", "2017-12-17"),)),
    # A part of the day named by a noun is the part of the day the words after it name ("صباح
    # أمس السبت": its construct state), not of a day before it; a holiday before it stays
    # apart, the part of the day dated by it ("صلاة عيد الأضحى صباح أمس السبت": the feast, then
    # the morning of its day; "بعيد الميلاد مساء الأربعاء": the evening of Christmas Day).
    Rule("part of day of the day after it", r"{@P:p}\s+{@D:d}(?:\s+{@D:e})?",
         {"*": ["$p", "$d", "$e"], "forbid": {"p": "alone"}}, priority=2,
         examples=(("صباح أمس الاثنين", "2017-01-23TMO"), ("مساء الأحد 22 كانون الثاني", "2017-01-22TEV"))),
    Rule("holiday before a part of a day", r"{@D:h}\s+{@D:d}",
         {"each": {"h": {"*": ["$h"], "require": {"h": {"written": "holiday"}, "d": "pod"}}, "d": {"*": ["$h", "$d"]}}},
         priority=2),  # (each round again: it keeps the default merge from joining them later)
    # A feast and the date it falls on are two expressions ("عيد الأضحى في العاشر من ذي الحجة"),
    # not one merged by the joiner "في"; so are a feast and the days of its holiday ("عطلة عيد
    # الفطر من 30 مارس إلى 3 أبريل").
    *(Rule(f"holiday beside its {dates}", rf"{{@D:h}}\s+(?:في\s+|الموافق\s+)?{{@{kind}:d}}",
           {"each": {"h": {"*": ["$h"], "require": {"h": {"written": "holiday"}, "d": field}}, "d": {"*": ["$d"]}}},
           priority=2)
      for dates, kind, field in (("date", "D", "day"), ("dates", "R", "from"))),
    # "مثل هذا اليوم من عام 1948", "الشهر نفسه من العام الماضي": this (or the same) day or
    # month at its place in the year named after it (one rule per way of saying "this").
    *(Rule(f"this {way} of a year", r"{@D:x}\s+(?:(?:من|في)\s+(?:(?:ال)?عام\s+)?)?{@D:y}",
           {"*": ["$x"], "into_year": "$y", "require": {"x": this}}, priority=2, examples=examples)
      for way, this, examples in (
          ("same", {"offset": 0}, (("مثل هذا اليوم من عام 1948", "1948-01-24"),
                                        ("الشهر نفسه من العام الماضي", "2016-01"),
                                        ("مثل هذا اليوم قبل 77 عاما", "1940-01-24"))),
          ("this", {"shift": [0, None], "shift_unit": ["D", "W", "M", "Q"]},  # ("هذا الشهر": no shift written)
           (("هذا الأسبوع من العام الماضي", "2016-W04"),)))),
    # "يوم غد الجمعة", "أمس الخميس": a day counted from now and its weekday are one day, even
    # after another date ("منتصف شعبان يوم غد الجمعة"), which the default merge tries with the
    # counted day first and, failing, leaves the weekday apart. (Tried at the last two dates in
    # a row only: a rule's matches do not overlap; before a third date the default merge joins.)
    Rule("counted day and its weekday", rf"{{@D:a}}{_NEXT}{{@D:b}}(?!{_NEXT}{{@D:c}})",
         {"*": ["$a", "$b"], "require": {"a": {"offset_unit": "D"}, "b": "weekday"}, "forbid": {"a": "weekday"}},
         priority=2, examples=(("يوم غد الأربعاء", "2017-01-25"), ("أمس، الاثنين", "2017-01-23"))),
    Rule("week of a date", r"(?:ال)?أسبوع\s+{@D:x}",
         {"offset": 0, "offset_unit": "D", "grain": "W", "anchor": "$x", "require": {"x": "day"}}, priority=2,
         examples=(("أسبوع 16 سبتمبر", "2016-W37"),)),
    Rule("a date every year", r"{@D:x}\s+(?:من\s+|في\s+)?{@S:s}",
         # (a Gregorian month: Ramadan "every year" is no ninth month of a TIMEX3 year)
         {"every": "$x", "require": {"s": _ANNUAL, "x": "month"}, "forbid": {"x": "calendar"}}, priority=2,
         examples=(("15 أيار/مايو من كل عام", "XXXX-05-15"),)),
    # "في مثل هذا اليوم من كل عام": the reference's day (or month) every year, no year named.
    Rule("this unit every year", r"{@D:x}\s+(?:من\s+|في\s+)?{@S:s}",
         {"every": "$x", "require": {"s": _ANNUAL, "x": {"offset": 0, "latent": True}}}, priority=2,
         examples=(("مثل هذا اليوم من كل عام", "XXXX-01-24"), ("مثل هذا الشهر من كل سنة", "XXXX-01"))),
]
