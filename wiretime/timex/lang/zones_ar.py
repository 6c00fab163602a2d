"""Arabic phrases that state the zone of a clock time, for the timex engine.

`ZONES` (the `zone` table of lang/ar.py): phrase -> "UTC", a fixed offset "±HH:MM", or an IANA
name. Zones named after a place ("بتوقيت دمشق", "بتوقيت مكة المكرمة") are not listed here:
the zones stage reads them with the place gazetteer (wiretime/zones/lang/ar.py).
`ZONE_RULES` add stated offsets ("غرينتش+3", "GMT+3") and a four-digit clock followed by a
place-named zone ("1400 بتوقيت دمشق"), which is a time only because of the zone after it.
"""

from wiretime.timex.language import Rule

_GMT = ("غرينتش", "غرينيتش", "جرينتش", "جرينيتش", "غرنتش", "جرنتش", "غرنيتش", "جرنيتش")

# "بتوقيت", "حسب توقيت", "وفقا لتوقيت"...: the ways a clock time is said to be in a zone.
_BY = ("توقيت", "بتوقيت", "حسب توقيت", "بحسب توقيت", "وفق توقيت", "وفقا لتوقيت", "على توقيت")

# Names of UTC that an offset may follow.
UTC_NAMES = {**{name: "UTC" for name in _GMT}, "GMT": "UTC", "UTC": "UTC", "جي إم تي": "UTC",
             **{f"{by} {name}": "UTC" for by in _BY for name in _GMT}}

ZONES = {
    **UTC_NAMES,
    **{f"بتوقيت {name} العالمي": "UTC" for name in _GMT},
    "ت غ": "UTC", "ت.غ": "UTC", "ت. غ": "UTC", "ت.غ.": "UTC", "بتوقيت ت غ": "UTC",
    "بالتوقيت العالمي": "UTC", "بالتوقيت العالمي الموحد": "UTC", "بالتوقيت العالمي المنسق": "UTC",
    "بتوقيت GMT": "UTC", "بتوقيت UTC": "UTC", "Z": "UTC",
    # US time named after a coast, not a place the gazetteer knows
    **{f"{by} {coast}": zone for by in ("بتوقيت", "بالتوقيت")
       for coast, zone in (("شرق الولايات المتحدة", "America/New_York"), ("شرق أمريكا", "America/New_York"),
                           ("شرق أميركا", "America/New_York"), ("الساحل الشرقي", "America/New_York"),
                           ("غرب الولايات المتحدة", "America/Los_Angeles"),
                           ("الساحل الغربي", "America/Los_Angeles"))},
    "بالتوقيت الشرقي": "America/New_York", "بالتوقيت الشرقي للولايات المتحدة": "America/New_York",
}

ZONE_RULES = [
    Rule("zone offset", r"{utc_name}\s*(?P<zone_offset>[+\-−]\s?\d{1,2}(?:[:.]\d{2})?)(?!\d)",
         {"zone": "$zone_offset"}),
    # "(الرابعة بتوقيت غرينتش)": an hour alone is a clock time when a zone follows it
    Rule("hour before zone", r"{hour_ordinal}\s+{zone}", {"hour": "$hour_ordinal", "zone": "$zone"},
         examples=(("الرابعة بتوقيت غرينتش", "2017-01-24T04:00"),)),
    Rule("hhmm before named zone", r"(?P<hhmm>[0-2]\d[0-5]\d)(?=\s*(?:ب|حسب\s+|وفق\s+)?(?:ال)?توقيت\s)",
         {"hhmm": "$hhmm"}),
]
