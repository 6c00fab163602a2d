"""How durations and sets are written as TIMEX3 values: "an hour and a half" -> PT90M,
"every Tuesday" -> XXXX-WXX-2. Pure formatting of a partial time's amounts and units; no
reference date is involved, so it lives apart from `resolve`."""

from __future__ import annotations

from typing import Any

from wiretime.timex.fields import normalized

DURATION_UNITS = {"CE": "CE", "DE": "DE", "Y": "Y", "HALF": "H", "Q": "Q", "M": "M", "W": "W", "WE": "WE",
                  "D": "D", "H": "TH", "MIN": "TM", "S": "TS"}  # largest first
_IN_MONTHS = {"Q": 3, "HALF": 6}
_SMALLER = {"Y": (12, "M"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "S"), "W": (7, "D")}


def duration_value(parts: list) -> str:
    """ISO-8601 duration of [amount, unit] parts; a fraction goes down to the next unit
    (half an hour = PT30M, an hour and a half = PT90M); an amount "X" (a few, several)
    stays unspecified (PXD)."""
    date_part, time_part = "", ""
    order = list(DURATION_UNITS)
    for amount, unit in sorted(parts, key=lambda u: order.index(u[1]) if u[1] in order else 99):
        if unit in _IN_MONTHS and amount not in ("X", None):
            amount, unit = amount * _IN_MONTHS[unit], "M"
        elif unit == "WE" and isinstance(amount, float) and not amount.is_integer():
            amount, unit = amount * 2, "D"  # whole weekends stay weekends (TimeML P3WE), half a one is a day
        while isinstance(amount, float) and not amount.is_integer() and unit in _SMALLER:
            factor, unit = _SMALLER[unit]
            amount = round(amount * factor, 6)
        number = "X" if amount in ("X", None) else _number(amount)
        code = DURATION_UNITS[unit]
        if code.startswith("T"):
            time_part += number + code[1:]
        else:
            date_part += number + code
    return "P" + date_part + ("T" + time_part if time_part else "")


def _number(amount: Any) -> str:
    return str(int(amount)) if float(amount).is_integer() else str(amount)


def set_value(every: Any) -> str | None:
    """A SET value: a unit repeated (P1W), or a calendar pattern with X for what varies."""
    if isinstance(every, str):
        return duration_value([[1, every]])
    p = normalized(every)
    if p is None:
        return None
    if "unit" in p:
        return duration_value([[p.get("amount", 1), p["unit"]]])
    if "weekday" in p:
        head = f"XXXX-WXX-{p['weekday']}"
    elif "month" in p or "day" in p:
        head = "XXXX-" + (f"{p['month']:02d}" if "month" in p else "XX")
        head += f"-{p['day']:02d}" if "day" in p else ""
    elif "season" in p:
        head = f"XXXX-{p['season']}"
    elif "quarter" in p:
        head = f"XXXX-Q{p['quarter']}"
    else:
        head = "XXXX-XX-XX" if "hour" in p or "pod" in p else ""
    if "hour" in p:
        head += f"T{p['hour']:02d}:{p.get('minute', 0):02d}"
    elif "pod" in p:
        head += f"T{p['pod']}"
    return head or None
