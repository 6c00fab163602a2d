"""Which occurrence a partial time's calendar fields name: candidates around the reference
(a weekday in the weeks about it, a month-day in the years about it...) picked by the
direction the tense or `prefer` asks for, or the span named inside an outer span ("the first
Monday of March"). Part of resolve.py's work, apart for size; language-agnostic.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from wiretime.timex import feasts
from wiretime.timex.grains import CLOCK_GRAINS, UNIT_GRAIN, When, floor, full_units_inside, season, span_of

_FINE = ("week", "weekend", "day", "pod", "hour", "minute", "second")
# (sets: `not f.keys().isdisjoint(S)` asks "any of S in f" in C; resolving asks it ~10 times)
_ABSOLUTE = frozenset(("year", "decade", "century"))
_IN_YEAR = frozenset(("month", "quarter", "half", "season", "feast", "week"))


def free_unit(f: dict) -> str | None:
    """The coarsest unit the fields leave open (the one to look around the reference for)."""
    if not f.keys().isdisjoint(_ABSOLUTE):
        return None
    if not f.keys().isdisjoint(_IN_YEAR):
        return "year"
    if "day" in f:
        return "month"
    if "weekday" in f:
        return "week"
    return "day"


def calendar_span(f: dict, ref: datetime, direction: str, outer: When | None,
              after: datetime | None, rollover: bool = True) -> When | None:
    soft, direction = direction.endswith("~") or direction == "recent", direction.rstrip("~")
    rollover = rollover and not soft  # only an assistant asked to look ahead rolls a past hour over
    free = free_unit(f)
    if outer is not None:
        return _inside(f, outer, free)
    if free is None:
        found = _construct(f, datetime(1, 1, 1))
        if found is not None and after is not None and found.end <= after:  # "10:30 to 3 on 1/1/2015": 15:00
            later = [c for c in _clock_readings(found, f, "future") if c.end > after]
            return later[0] if later else found
        return found
    matching_weekday = "weekday" in f and free in ("year", "month")
    if matching_weekday and (after is not None or free == "month" and not _weekday_fits(f, ref)):
        f = {k: v for k, v in f.items() if k != "weekday"}  # "Saturday the 16th" far off: the 16th
        matching_weekday = False
    reach = 14 if matching_weekday else max(2, abs(f.get("occurrence", 0)) + 1, f.get("closest", 0) + 1)
    candidates = _candidates(f, free, span_of(ref, free), reach, matching_weekday, direction, after)
    if after is not None:
        later = [c for c in candidates if c.end > after]
        if not later and direction == "future":  # looking ahead a range may start far off; its end is near it
            near_end = _candidates(f, free, span_of(after, free), 1, matching_weekday, direction, after)
            later = [c for c in near_end if c.end > after]
        if free == "week" and later and candidates:  # a weekday ending a range is the one about the reference
            about_ref = _pick(candidates, ref, direction, f.get("rel"), free, soft, f.get("reach"))
            if about_ref is not None and about_ref.end > after:  # its first clock reading after the start
                same_day = [c for c in later if c.start.date() == about_ref.start.date()]
                return min(same_day, key=lambda c: c.start) if same_day else about_ref
        return min(later, key=lambda c: c.start) if later else None
    if not candidates:
        return None
    if "occurrence" in f:
        return _occurrence(candidates, ref, int(f["occurrence"]))
    if "closest" in f:
        return _closest(candidates, ref, int(f["closest"]))
    if matching_weekday and (soft or free == "year"):  # "Sunday, Feb 10": the weekday said which
        direction = "nearest"  # year; the nearest such (a day alone: "Thu 15th" ahead if asked)
    if free == "day" and direction == "future" and _is_midnight(f):  # midnight ahead: the one ending the day
        return min((c for c in candidates if c.start > ref), key=lambda c: c.start, default=None)
    if free == "day" and (direction != "future" or not rollover):  # a clock time alone: that day
        today = [c for c in candidates if c.start.date() == ref.date()]
        ahead = [c for c in today if c.start >= ref] if direction == "future" else []
        return ahead[0] if ahead else next(iter(today), None)
    if free != "day" and candidates[0].grain in CLOCK_GRAINS:
        # "Tuesday at 3pm": which Tuesday is a question about days, not hours (looking ahead, of
        # days whose hour is still to come: "Feb 12 at 3am" at 04:30 that day is next year's)
        if direction == "future" and not soft:
            candidates = [c for c in candidates if c.start > ref] or candidates
        days = {When(datetime(c.start.year, c.start.month, c.start.day), "day"): c for c in candidates}
        day = _pick(list(days), ref, direction, f.get("rel"), free, soft, f.get("reach"))
        return None if day is None else days[day]
    return _pick(candidates, ref, direction, f.get("rel"), free, soft, f.get("reach"),
                 named_month="month" in f)


def _candidates(f: dict, free: str, frame: When, reach: int, matching_weekday: bool, direction: str,
                after: datetime | None) -> list[When]:
    """The spans the fields name in the `reach` frames before and after `frame` (a span of
    the fields' free unit `free`)."""
    out = []
    looking = "future" if after is not None else direction
    readings = free == "day" or after is not None
    for c in _each_frame(f, frame, reach):
        if c is not None and (not matching_weekday or c.start.isoweekday() == f["weekday"]):
            out.extend(_clock_readings(c, f, looking) if readings else [c])
    return out


_FIXED_DAYS = {"day": timedelta(days=1), "week": timedelta(days=7)}


def _each_frame(f: dict, frame: When, reach: int) -> list[When | None]:
    """What the fields name in each of the `reach` frames before `frame`, in it and after it.

    A day or a week has a fixed length in wall time (no zone here), and what the fields leave
    to such a frame is only where it starts (a clock time, a weekday: no field names a day of
    a month or a year then), so the spans are the first one moved by whole frames: one
    construction, not 2 x reach + 1 (a bare weekday or clock time is most of what news
    resolves). Out of the calendar's range both ways raise alike: the sum is the same instant.
    """
    step = _FIXED_DAYS.get(frame.grain)
    if step is None:
        return [_construct(f, frame.shift(k).start) for k in range(-reach, reach + 1)]
    first = _construct(f, frame.shift(-reach).start)
    if first is None:
        return [None] * (2 * reach + 1)
    start, grain, label = first.start, first.grain, first.label
    return [first] + [When(start + step * k, grain, label) for k in range(1, 2 * reach + 1)]


def _occurrence(cands: list[When], ref: datetime, n: int) -> When | None:
    """The nth occurrence after the reference's day (n < 0: before it): "3 fridays from now"."""
    today = datetime(ref.year, ref.month, ref.day)
    if n > 0:
        ahead = sorted((c for c in cands if c.start >= today + timedelta(days=1)), key=lambda c: c.start)
        return ahead[n - 1] if len(ahead) >= n else None
    behind = sorted((c for c in cands if c.end <= today), key=lambda c: c.start, reverse=True)
    return behind[-n - 1] if len(behind) >= -n else None


def _closest(cands: list[When], ref: datetime, n: int) -> When | None:
    """The nth nearest to the reference, either side: "the second closest Monday to Oct 5th"."""
    by_distance = sorted(cands, key=lambda c: (abs((c.start - ref).total_seconds()), c.start))
    return by_distance[n - 1] if 0 < n <= len(by_distance) else None


def _weekday_fits(f: dict, ref: datetime) -> bool:
    """Whether the day of the month falls on the stated weekday within three months."""
    frame = span_of(ref, "month")
    for k in range(-3, 4):
        c = _construct({k2: v for k2, v in f.items() if k2 not in ("hour", "minute", "second", "pod")},
                       frame.shift(k).start)
        if c is not None and c.start.isoweekday() == f["weekday"]:
            return True
    return False


def _is_midnight(f: dict) -> bool:
    """Whether the fields name the instant between two days (00:00): looking ahead it is the
    coming one even where a clock time otherwise stays on the reference day, since a day's
    own 00:00 is already behind any moment of it ("enters into force at midnight")."""
    return f.get("hour") == 0 and not f.get("minute") and not f.get("second") and "ampm" not in f


def _clock_readings(c: When, f: dict, direction: str) -> list[When]:
    """A clock time with no am/pm may be either half of the day when looking ahead; a
    four-digit military clock ("0800") or one with a stated zone ("0800 GMT") may not."""
    if direction != "future" or c.grain not in ("hour", "minute") or "ampm" in f or "pod" in f \
            or "h24" in f or "zone" in f or not 1 <= f.get("hour", 0) <= 11:
        return [c]
    return [c, When(c.start + timedelta(hours=12), c.grain)]


def _pick(cands: list[When], ref: datetime, direction: str, rel: int | None, free: str,
          soft: bool = False, reach: int | None = None, named_month: bool = False) -> When | None:
    today = datetime(ref.year, ref.month, ref.day)
    if rel is not None:
        if rel != 0 and free == "week":  # "next Friday": next week's; "last Friday": last week's
            week = span_of(ref, "week").shift(1 if rel > 0 else -1)
            cands = [c for c in cands if week.contains(c.start)]
        elif rel > 0:
            cands = [c for c in cands if c.start > ref and not c.contains(ref)]
        elif rel < 0:
            cands = [c for c in cands if c.end <= (today if free == "week" else ref)]
            return max(cands, key=lambda c: c.start) if cands else None
        else:
            current = [c for c in cands if c.contains(ref)]
            if current:
                return current[0]
            this_year = [c for c in cands
                         if free == "year" and c.start.year == ref.year and c.grain not in _FINE]
            if this_year:  # "this summer": this year's (a day: the coming one)
                return this_year[0]
            cands = [c for c in cands if c.start >= today]
        return min(cands, key=lambda c: c.start) if cands else None
    fine = cands[0].grain in _FINE
    chosen = None
    habit = direction == "recent"
    if habit:
        today = datetime(ref.year, ref.month, ref.day)
        soon = [c for c in cands if fine and today + timedelta(days=1) <= c.start < today + timedelta(days=3)]
        if soon and free in ("week", "month"):
            return min(soon, key=lambda c: c.start)
        direction = "past"
    if direction == "future":
        # a tense cue (soft) ahead includes the reference's own day: news names today by its weekday;
        # a date or feast (a day of the month or year) that is today is today's, a weekday next week's;
        # a clock time in the current hour is not past yet (Duckling's "at 4:23" at 04:30: today's);
        # looking ahead to the letter, a day of a named month counts while that month lasts
        # ("the 1st of February" on February 12th: this February's, as Duckling reads it)
        this_hour = floor(ref, "hour")
        month_lasts = named_month and not soft and cands[0].grain == "day"
        ahead = [c for c in cands if (c.start >= today if soft and free == "week"
                                      else span_of(c.start, "month").end > ref if month_lasts
                                      else c.start >= this_hour if c.grain == "minute" and free == "day"
                                      else c.start > ref if fine and free not in ("year", "month")
                                      else c.end > ref)]
        chosen = min(ahead, key=lambda c: c.start) if ahead else None
    elif direction == "past":
        behind = [c for c in cands if c.start <= ref]
        chosen = max(behind, key=lambda c: c.start) if behind else None
    if direction != "nearest" and (not soft or chosen is not None
                                   and _within_horizon(chosen, ref, free, habit, reach)):
        return chosen

    def distance(c: When) -> tuple[float, bool]:
        """How many units of its grain away the candidate is (0: the current one); ties
        go to the past."""
        if c.contains(ref):
            return 0.0, False
        if c.grain in _FINE:  # days, hours: counted from the reference's own unit
            return abs((c.start - floor(ref, c.grain)).total_seconds()), c.start > ref
        gap = (c.start - ref) if c.start > ref else (ref - c.end)  # longer spans: to their edge
        return gap.total_seconds(), c.start > ref
    return min(cands, key=distance)


# How far a tense cue may send a date that names no year ("said ... by Feb. 10", "in April"):
# news writes the year for what is further away, so beyond this the nearest occurrence is
# meant. A language may let a past cue reach further back (`reach`, days: the partial time's
# field, from Language.past_reach_days); the habit (no cue) never does. A future cue reaches
# some ten months ahead: "will be launched in December", written in March, is this
# December (no nearer one is ahead, and the tense rules out the one behind); not a quarter or
# a half, which a company "will report" once it has ended ("expects to report a third-quarter
# loss" in October: the quarter just closed).
# A day of the year (a day and month, a feast) reaches a year less a month ahead: "will be
# sworn in on January 20", written in March, is next January's (313 days ahead), while a
# day at most a month back stays the one just past (a cue read from another verb, a date
# just gone: "the rules will apply from March 1" on March 13). Not a month: "February's
# figures will be released" in March names the month just ended.
HORIZON = timedelta(days=240)
FUTURE_HORIZON = timedelta(days=300)  # as far as the English and Arabic past reach
DAY_FUTURE_HORIZON = timedelta(days=334)


def _within_horizon(c: When, ref: datetime, free: str, habit: bool = False, reach: int | None = None) -> bool:
    if free != "year":
        return True
    if c.start > ref:
        ahead = DAY_FUTURE_HORIZON if c.grain == "day" else HORIZON if c.grain in ("quarter", "half") \
            else FUTURE_HORIZON
        return c.start - ref <= ahead
    return ref - c.end <= (timedelta(days=reach) if reach and not habit else HORIZON)


def _inside(f: dict, outer: When, free: str | None) -> When | None:
    """The span the fields name inside `outer` (the nth one when `nth` is given)."""
    nth = f.get("nth")
    unit = f.get("nth_unit")
    if nth is not None and unit == "W" and outer.grain == "year" and nth > 0:  # "the 2nd week of 2015"
        year = outer.start.year
        return When(datetime.fromisocalendar(year, nth, 1), "week") if nth <= 52 else None
    if nth is not None and unit and "weekday" not in f:
        found = full_units_inside(outer, UNIT_GRAIN[unit])
        if unit == "D":
            found = [When(datetime(d.year, d.month, d.day), "day") for d in _days(outer)]
        return _nth(found, nth)
    if free is None:
        c = _construct(f, outer.start)
        return c if c is not None and outer.start <= c.start < outer.end else None
    if free == "day" and outer.grain not in ("day", "pod", "hour", "minute", "second"):
        return None  # a clock time names no day of a longer period ("next year 15h")
    if free == "day":
        c = _construct(f, datetime(outer.start.year, outer.start.month, outer.start.day))
        if c is not None and outer.grain == "pod" and "hour" in f and c.start < outer.start:
            c = When(c.start + timedelta(hours=12), c.grain)
        return c
    frames = []
    frame = span_of(outer.start, free)
    while frame.start < outer.end and len(frames) < 400:
        frames.append(frame)
        frame = frame.shift(1)
    found = []
    for fr in frames:
        c = _construct(f, fr.start)
        if c is not None and outer.start <= c.start < outer.end \
                and ("weekday" not in f or free == "week" or c.start.isoweekday() == f["weekday"]):
            found.append(c)
    if free == "month" and "weekday" in f and not found:
        return None
    return _nth(found, nth if nth is not None else 1)


def _days(outer: When) -> list[date]:
    day, out = outer.start.date(), []
    while datetime(day.year, day.month, day.day) < outer.end and len(out) < 400:
        out.append(day)
        day += timedelta(days=1)
    return out


def _nth(found: list[When], nth: int) -> When | None:
    if not found or nth == 0 or abs(nth) > len(found):
        return None
    return found[nth - 1] if nth > 0 else found[nth]


def _construct(f: dict, frame: datetime) -> When | None:
    """The span the fields name when what they leave open is taken from `frame` (the
    start of a year, month, week or day span)."""
    year = f.get("year", frame.year)
    if "century" in f and "year" not in f and "decade" not in f:
        base: When | None = When(datetime(max(f["century"] * 100, 1), 1, 1), "century")
    elif "decade" in f and "year" not in f:
        base = When(datetime(max(f["decade"] * 10, 1), 1, 1), "decade")
    elif "feast" in f:
        base = feasts.feast(f["feast"], year)
        if base is None:
            return None
    elif "week" in f:
        base = When(datetime.fromisocalendar(year, f["week"], 1), "week")
    elif "month" in f or "day" in f:
        month = f.get("month", frame.month)
        if "day" in f:
            try:
                base = When(datetime(year, month, f["day"]), "day")
            except ValueError:
                return None
        else:
            base = When(datetime(year, month, 1), "month")
    elif "weekday" in f:
        monday = frame - timedelta(days=frame.weekday())
        base = When(monday + timedelta(days=f["weekday"] - 1), "day")
    elif "quarter" in f:
        base = When(datetime(year, 3 * f["quarter"] - 2, 1), "quarter")
    elif "half" in f:
        base = When(datetime(year, 6 * f["half"] - 5, 1), "half")
    elif "season" in f:
        base = season(year, f["season"])
    elif "year" in f:
        base = When(datetime(year, 1, 1), "year")
    else:
        base = When(datetime(frame.year, frame.month, frame.day), "day")
    return _with_clock(base, f)


def _with_clock(base: When, f: dict) -> When | None:
    if "hour" not in f and "pod" not in f:
        return base
    if base.grain not in ("day", "pod"):
        return None
    day = datetime(base.start.year, base.start.month, base.start.day)
    if "hour" not in f:
        return span_of(day, "pod", f["pod"])
    moment = day + timedelta(hours=f["hour"], minutes=f.get("minute", 0), seconds=f.get("second", 0))
    grain = "second" if f.get("second") else "minute"
    return When(moment, grain)
