"""A partial time's fields made uniform before resolving: whatever form the language's
rules wrote them in ("0800", "'17", "2 pm", "noon"), `resolve` sees plain 24-hour numbers."""

from __future__ import annotations

POD_HOURS = {"NO": 12, "MN": 0}  # the parts of day that are one hour: noon, midnight
# The fields written as whole numbers, and the range of those that have one.
_NUMBERS = frozenset(("year", "month", "day", "hour", "minute", "second", "weekday", "quarter", "half",
                      "week", "decade", "century", "nth"))
_RANGES = {"month": (1, 12), "day": (1, 31), "weekday": (1, 7), "quarter": (1, 4), "half": (1, 2),
           "week": (1, 53), "year": (1, 9999)}


def normalized(p: dict) -> dict | None:
    """A copy of partial time `p` in the one form `resolve` reads: numbers as ints, a
    military "0800" or a two-digit year spelled out, am/pm and parts of day folded into a
    24-hour clock, several offset units chained as anchors; None when a field is out of
    range (month 13, 25:00, minute 60), since no time is better than a wrong one."""
    p = dict(p)
    steps = p.pop("offset_units", None)
    if steps and "offset_unit" not in p:  # "for 3 hours 30 minutes from 10 am": one unit at a time
        *inner, (p["offset"], p["offset_unit"]) = steps
        if inner:
            p["anchor"] = {"offset_units": inner, **({"anchor": p["anchor"]} if "anchor" in p else {})}
    if "hhmm" in p:
        raw = str(p.pop("hhmm")).zfill(4)
        p["hour"], p["minute"], p["h24"] = int(raw[:-2]), int(raw[-2:]), True
    if "easter" in p:
        days = int(p.pop("easter"))
        p["feast"] = "easter" + (f"{days:+d}" if days else "")
    if "year2" in p:
        y = int(p.pop("year2"))
        p["year"] = 2000 + y if y < 50 else 1900 + y
    for key in _NUMBERS.intersection(p):  # (a set, asked in C: a partial holds two or three of them)
        try:
            p[key] = int(p[key])
        except (TypeError, ValueError):
            return None
    if "ampm" in p and "hour" not in p and "hhmm" not in p and "pod" not in p:  # "today pm"
        p["pod"] = "MO" if p.pop("ampm") == "am" else "AF"
    pod = p.get("pod")
    if pod in POD_HOURS:
        if "hour" not in p:
            p["hour"] = POD_HOURS[pod]
        elif pod == "NO" and 0 < int(p["hour"]) <= 7:  # "at 1 at noon" is 13:00
            p["hour"] = int(p["hour"]) + 12
        p.pop("pod")
        if pod == "MN" and p["hour"] == 12:
            p["hour"] = 0
    hour = p.get("hour")
    if hour is not None:
        ampm, pod = p.get("ampm"), p.get("pod")
        if ampm == "pm" and hour < 12 or pod in ("AF", "EV") and hour < 12 or pod == "NI" and 5 <= hour < 12:
            hour += 12
        elif hour == 12 and pod in ("EV", "NI"):
            # "this evening at 12", "Friday night at 12:30": the midnight ending the evening's
            # day, as "midnight tonight" (resolve: day_end), and minutes past it; with no day
            # named, the hour 0 as before. An am or pm does not undo the part of day: "tonight
            # at 12 pm" contradicts itself, and its later reading, midnight, is the one meant
            hour, p["day_end"] = 0, True
        elif (ampm == "am" or pod in ("MO", "MN", "NI")) and hour == 12:
            hour = 0
        p["hour"] = hour
        if not (0 <= hour <= 24 and 0 <= p.get("minute", 0) < 60 and 0 <= p.get("second", 0) < 60):
            return None
        if hour == 24 and p.get("minute", 0):
            return None
    for key in _RANGES.keys() & p.keys():
        lo, hi = _RANGES[key]
        if not lo <= p[key] <= hi:
            return None
    return p
