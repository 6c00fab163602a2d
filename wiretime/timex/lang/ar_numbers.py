"""Arabic numbers as words: cardinals, ordinals, hours, duals and spelled-out years.

The tables are generated from the few irregular forms Arabic has, in every written variant
(masculine/feminine, nominative/accusative-genitive "ون/ين", with or without the article,
"و" glued or spaced), so that the rules can say `{cardinal}` or `{ordinal}` and get the
value. Spelling is ordinary: the language folds hamzas, ta marbuta and alif maqsura.
"""

from __future__ import annotations

from itertools import product

# 1..10, masculine and feminine forms (counted-noun gender reversed in Arabic: both occur).
_UNITS = {
    1: ("واحد", "واحدة", "أحد", "إحدى"),
    2: ("اثنين", "اثنان", "اثنتين", "اثنتان", "إثنين", "اثنين"),
    3: ("ثلاثة", "ثلاث"),
    4: ("أربعة", "أربع"),
    5: ("خمسة", "خمس"),
    6: ("ستة", "ست"),
    7: ("سبعة", "سبع"),
    8: ("ثمانية", "ثماني", "ثمان"),
    9: ("تسعة", "تسع"),
}
_TEN = ("عشرة", "عشر")
_TEENS_UNIT = {1: ("أحد", "إحدى", "احدى"), 2: ("اثنا", "اثني", "اثنتا", "اثنتي")}
_TENS = {20: "عشر", 30: "ثلاث", 40: "أربع", 50: "خمس", 60: "ست", 70: "سبع", 80: "ثمان", 90: "تسع"}


def _tens_forms(n: int) -> tuple[str, ...]:
    stem = _TENS[n]
    return (stem + "ون", stem + "ين") if n != 20 else ("عشرون", "عشرين")


def _and(a: str, b: str) -> tuple[str, ...]:
    """"ثلاث وعشرين", and the definite second half a rule's "ال" before the first one asks
    for ("الساعات الأربع والعشرين"); "و {b}" too: the language's loose clitics."""
    return (f"{a} و{b}", f"{a} وال{b}")


def _cardinals() -> dict[str, int]:
    out: dict[str, int] = {}
    for n, forms in _UNITS.items():
        for f in forms:
            out.setdefault(f, n)
    for f in _TEN:
        out[f] = 10
    for n in range(11, 20):
        unit = _TEENS_UNIT.get(n - 10) or _UNITS[n - 10][:2]
        for u, t in product(unit, _TEN):
            out[f"{u} {t}"] = n
    for tens in _TENS:
        for t in _tens_forms(tens):
            out[t] = tens
            for unit in range(1, 10):
                for u in _UNITS[unit]:
                    for form in _and(u, t):
                        out.setdefault(form, tens + unit)
    return out


CARDINALS = _cardinals()
"""1..99 as words: "ثلاثة", "خمس عشرة", "ثلاث وعشرين"."""

_ORDINAL_STEMS = {
    1: (("أول", "أولى"), ("الأول", "الأولى", "الاول", "الواحد", "الحادي", "الحادية")),
    2: (("ثاني", "ثانية", "ثان"), ("الثاني", "الثانية")),
    3: (("ثالث", "ثالثة"), ("الثالث", "الثالثة")),
    4: (("رابع", "رابعة"), ("الرابع", "الرابعة")),
    5: (("خامس", "خامسة"), ("الخامس", "الخامسة")),
    6: (("سادس", "سادسة"), ("السادس", "السادسة")),
    7: (("سابع", "سابعة"), ("السابع", "السابعة")),
    8: (("ثامن", "ثامنة"), ("الثامن", "الثامنة")),
    9: (("تاسع", "تاسعة"), ("التاسع", "التاسعة")),
    10: (("عاشر", "عاشرة"), ("العاشر", "العاشرة")),
}
_TEENS_ORDINAL = {1: (("حادي", "حادية"), ("الحادي", "الحادية"))}


def _ordinals() -> dict[str, int]:
    out: dict[str, int] = {}
    for n, (bare, definite) in _ORDINAL_STEMS.items():
        for f in bare + definite:
            out.setdefault(f, n)
    for n in range(11, 20):
        bare, definite = _TEENS_ORDINAL.get(n - 10) or _ORDINAL_STEMS[n - 10]
        for u, t in product(bare, _TEN):
            out[f"{u} {t}"] = n
        for u, t in product(definite, _TEN):
            out[f"{u} {t}"] = n
    for tens in _TENS:
        for t in _tens_forms(tens):
            out["ال" + t] = tens
            for unit in range(1, 10):
                bare, definite = _ORDINAL_STEMS[unit]
                if unit == 1:
                    bare, definite = ("حادي", "حادية", "واحد"), ("الحادي", "الحادية", "الواحد")
                for u in bare:
                    for form in _and(u, t):
                        out.setdefault(form, tens + unit)
                for u in definite:
                    for form in _and(u, "ال" + t):
                        out.setdefault(form, tens + unit)
    return out


ORDINALS = _ordinals()
"""1st..99th: "الأول", "الخامس عشر", "الحادي والعشرين", "ثالث"."""

# Maghrebi papers open a month with "فاتح" ("فاتح يناير", "الفاتح من سبتمبر"): its first day.
DAY_ORDINALS = {**{k: v for k, v in ORDINALS.items() if v <= 31}, "فاتح": 1, "الفاتح": 1}
SMALL_ORDINALS = {k: v for k, v in ORDINALS.items() if v <= 12}
DAY_ORDINALS_HIGH = {k: v for k, v in DAY_ORDINALS.items() if v >= 11}
# After the clitic "ل" the article's alif drops: "للثاني والعشرين" = ل + الثاني والعشرين.
DAY_ORDINALS_AFTER_L = {k[1:]: v for k, v in DAY_ORDINALS_HIGH.items() if k.startswith("ال")}

# The hours are named by definite feminine ordinals ("الثالثة") or, after "الساعة", cardinals.
HOUR_ORDINALS = {"الواحدة": 1, "الحادية عشرة": 11, "الحادية عشر": 11, "الثانية عشرة": 12, "الثانية عشر": 12,
                 **{definite[-1]: n for n, (_, definite) in _ORDINAL_STEMS.items() if n > 1}}
HOUR_WORDS = {**{k: v for k, v in CARDINALS.items() if v <= 12 and k not in ("أحد", "إحدى")}, **HOUR_ORDINALS}
TEEN_HOURS = {k: v for k, v in HOUR_WORDS.items() if v in (11, 12)}

# Spelled-out years: "ألفين وخمسة عشر" = 2000 + 15, "ألف وتسعمائة وواحد" = 1000 + 900 + 1.
THOUSANDS = {"ألف": 1000, "ألفين": 2000, "ألفان": 2000}
_HUNDRED_STEMS = {1: ("",), 2: ("",), 3: ("ثلاث",), 4: ("أربع",), 5: ("خمس",), 6: ("ست",), 7: ("سبع",),
                  8: ("ثمان", "ثماني"), 9: ("تسع",)}


def _hundreds() -> dict[str, int]:
    out = {"مائة": 100, "مئة": 100, "مائتين": 200, "مائتان": 200, "مئتين": 200, "مئتان": 200}
    for n, stems in _HUNDRED_STEMS.items():
        for stem in stems:
            if stem:
                for h in ("مائة", "مئة"):
                    out[stem + h] = n * 100
                    out[f"{stem} {h}"] = n * 100
    return out


HUNDREDS = _hundreds()


def spelled_number(name: str) -> tuple[str, list[str]]:
    """A pattern for a number up to 9999 in words and the build that sums it; `name`
    prefixes its captures so that one rule may hold two such numbers."""
    pattern = (rf"(?:{{thousand:{name}_k}}(?:\s*و\s*{{hundred:{name}_h}})?|{{hundred:{name}_h2}})"
               rf"(?:\s*و\s*{{cardinal:{name}_n}})?")
    return pattern, [f"${name}_k", f"${name}_h", f"${name}_h2", f"${name}_n"]


# `ordinal` is the small ones (nth week, quarter, month); days have their own table.
TABLES = {"cardinal": CARDINALS, "ordinal": SMALL_ORDINALS, "day_ordinal": DAY_ORDINALS, "day_ordinal_high": DAY_ORDINALS_HIGH,
          "day_ordinal_after_l": DAY_ORDINALS_AFTER_L, "hour_word": HOUR_WORDS, "teen_hour": TEEN_HOURS,
          "hour_ordinal": HOUR_ORDINALS,
          "thousand": THOUSANDS, "hundred": HUNDREDS}
