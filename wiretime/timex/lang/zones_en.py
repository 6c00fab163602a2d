"""English phrases that state the zone of a clock time, for the timex engine.

`ZONES` (the `zone` table of lang/en.py): phrase -> "UTC", a fixed offset "±HH:MM" (an
abbreviation that says standard or daylight time; matched without case, so abbreviations that
are English words, such as EAT, CAT, ART or WEST, are left out), or an IANA name (a generic name that
follows the zone's DST: "Eastern Time"). Zones named after a place ("Moscow time") are read
by the zones stage with the place gazetteer (wiretime/zones/lang/en.py).
`ZONE_RULES` add stated offsets ("GMT+3", "UTC-05:00") and a four-digit clock followed by
"local time" ("1400 local time").
"""

from wiretime.timex.language import Rule

UTC_NAMES = {"gmt": "UTC", "utc": "UTC"}

ZONES = {
    **UTC_NAMES, "z": "UTC", "zulu": "UTC", "greenwich mean time": "UTC", "universal time": "UTC",
    "coordinated universal time": "UTC",
    # North America
    "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00",
    "pst": "-08:00", "pdt": "-07:00", "et": "America/New_York", "pt": "America/Los_Angeles",
    "eastern time": "America/New_York", "eastern standard time": "-05:00", "eastern daylight time": "-04:00",
    "central time": "America/Chicago", "mountain time": "America/Denver",
    "pacific time": "America/Los_Angeles", "ct": "America/Chicago", "mt": "America/Denver",
    # "7 p.m. Eastern", "9 a.m. Pacific" (not Central or Mountain alone: "noon central London")
    "eastern": "America/New_York", "pacific": "America/Los_Angeles",
    "central standard time": "-06:00", "central daylight time": "-05:00", "mountain standard time": "-07:00",
    "mountain daylight time": "-06:00", "pacific standard time": "-08:00", "pacific daylight time": "-07:00",
    "akst": "-09:00", "akdt": "-08:00", "hst": "-10:00", "brt": "-03:00",
    # Europe
    "bst": "+01:00", "cet": "+01:00", "cest": "+02:00", "eet": "+02:00", "eest": "+03:00", "msk": "+03:00",
    "central european time": "Europe/Paris", "eastern european time": "Europe/Athens",
    "british summer time": "+01:00", "central european summer time": "+02:00", "trt": "+03:00",
    "idt": "+03:00", "sast": "+02:00",
    # Asia and the Pacific
    "ist": "+05:30", "pkt": "+05:00", "gst": "+04:00", "irst": "+03:30", "jst": "+09:00", "kst": "+09:00",
    "hkt": "+08:00", "sgt": "+08:00", "aest": "+10:00", "aedt": "+11:00", "acst": "+09:30", "acdt": "+10:30",
    "awst": "+08:00", "nzst": "+12:00", "nzdt": "+13:00", "npt": "+05:45", "pht": "+08:00", "wib": "+07:00",
    "indian standard time": "+05:30", "japan standard time": "+09:00", "gulf standard time": "+04:00",
    "gulf time": "+04:00", "arabia standard time": "+03:00", "arabian standard time": "+03:00",
    "iran standard time": "+03:30", "pakistan standard time": "+05:00", "moscow standard time": "+03:00",
    "israel standard time": "+02:00", "israel daylight time": "+03:00",
}

ZONE_RULES = [
    Rule("zone offset", r"{utc_name}\s*(?P<zone_offset>[+\-−]\s?\d{1,2}(?::?\d{2})?)(?!\d)",
         {"zone": "$zone_offset"}),
    # "1400 local time", "1000 local (0400 GMT)", "2300 GMT (0200 local)", and a place-named zone: "1400 Turkey time"
    Rule("hhmm local time", r"(?P<hhmm>[0-2]\d[0-5]\d)(?=\s+local(?:\s+time\b|\s*[()\[\],.;]))",
         {"hhmm": "$hhmm"}),
    # "from 0600 to 1800 GMT": the start of a range whose end states the zone
    Rule("hhmm before zoned range end",
         r"(?P<hhmm>[0-2]\d[0-5]\d)(?=\s*(?:to|and|until|till|through|-|–)\s*[0-2]\d[0-5]\d\s*(?:gmt|utc|z)\b)",
         {"hhmm": "$hhmm"}),
    Rule("hhmm place time", r"(?P<hhmm>[0-2]\d[0-5]\d)(?=(?:\s+(?-i:[A-Z])[\w'.\-]*){1,3}\s+time\b)",
         {"hhmm": "$hhmm"}),
]
