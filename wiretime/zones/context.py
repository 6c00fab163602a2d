"""Reading a text for zone evidence: datelines, places a time happens in, zone phrases.

All offsets index the untouched text. Cue patterns (lang/*.py) are matched against a copy
folded one character for one (Arabic letter variants, case), so offsets never move.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType
from typing import Any

from wiretime.zones import places
from wiretime.zones.aliases import ALIASES
from wiretime.zones.lang import cues

# One character for one: offsets in the folded copy are offsets in the text.
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_WORD = re.compile(r"\w+(?:[.'’\-]\w+)*\.?")
_MAX_WORDS = 4
# Sentence ends: a new line, ؟ ! ? ؛ ;, or a full stop after a word that is no abbreviation.
# Every alternative opens with its character (the look-behinds come after the full stop and
# include it), so `re` skips in C to the few characters that may end a sentence instead of
# trying the look-behinds at every position; each match is that one character.
_END = re.compile(r"[\n!?؟؛;]|\.(?<![A-Z]\.)(?<!\b[ap]\.m\.)(?<!\bU\.S\.)(?<!\b(?:Mr|Dr|St|No)\.)(?=\s)")
_POSSESSIVE = ("'s", "’s")


def fold(text: str) -> str:
    """The text folded for cue matching (same length)."""
    return text.translate(_FOLD).lower()


def _pattern(pattern: str) -> re.Pattern[str]:
    """A cue pattern in the folded spelling (letters only: escapes such as \\S keep their case)."""
    return re.compile(pattern.translate(_FOLD), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """A place named in the text; `locative` when the words around it make it where things
    happen ("in Cairo", "the Vienna talks"); `next_only` when that holds only for a time
    right after it ("fired from Tabriz at 5 a.m."). `place` is the name's best-known place,
    `candidates` every place it may stand for, best first (Tripoli: Libya's, Lebanon's)."""

    start: int
    end: int
    place: places.Place
    locative: bool
    next_only: bool = False
    candidates: tuple[places.Place, ...] = ()


@cache
def _compiled(lang: str) -> dict[str, Any]:
    data: ModuleType = cues(lang)
    after = getattr(data, "PLACE_ZONE_AFTER", None)
    return {
        "place_zone": _pattern(data.PLACE_ZONE),
        "place_zone_after": _pattern(after) if after else None,
        "local_time": _pattern(data.LOCAL_TIME),
        "utc_after": _pattern(data.UTC_AFTER),
        "gloss_gap": _pattern(data.GLOSS_GAP),
        "range_gap": _pattern(data.RANGE_GAP),
        "day_gap": _pattern(data.DAY_GAP),
        "datelines": [re.compile(pattern) for pattern in data.DATELINES],
        "locative": [fold(w).split() for w in data.LOCATIVE],
        "next_locative": [fold(w).split() for w in data.NEXT_LOCATIVE],
        "event_after": _pattern(data.EVENT_AFTER),
        "nisba": tuple(fold(w) for w in data.FILLER_SUFFIXES) or ("\0",),
        "fillers": frozenset(fold(w) for w in data.FILLERS),
    }


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]: after the last sentence end before `start`, up to
    the first one at or after `end` (one scan of the text, cached, then bisections: a 4 KB
    article asks once per clock time; every end is one character, so the first end from
    `end` on is the first listed end past `end`)."""
    ends = _sentence_ends(text)
    at = bisect_right(ends, start)
    if at and ends[at - 1] == start and text[start - 1] == ".":
        at -= 1  # a full stop is an end only before white space, and text[start:] is not looked at
    right = bisect_right(ends, end)
    return ends[at - 1] if at else 0, ends[right] - 1 if right < len(ends) else len(text)


@lru_cache(maxsize=4)
def _sentence_ends(text: str) -> list[int]:
    return [m.end() for m in _END.finditer(text)]


def is_gloss_gap(gap: str, lang: str) -> bool:
    """Whether `gap` may separate a local time from its stated-zone equivalent."""
    return bool(_compiled(lang)["gloss_gap"].match(fold(gap)))


def is_range_gap(gap: str, lang: str) -> bool:
    """Whether `gap` joins the two ends of a range ("10 p.m. to 5 a.m. GMT")."""
    return bool(_compiled(lang)["range_gap"].match(fold(gap)))


def is_day_gap(gap: str, lang: str) -> bool:
    """Whether `gap` may separate a clock time's zone phrase or gloss from the day it is on."""
    return bool(_compiled(lang)["day_gap"].match(fold(gap)))


def utc_after(text: str, end: int, lang: str) -> tuple[int, str] | None:
    """A bracketed UTC name right after offset `end` ("(GMT)", "(UTC+05:30)"): the end of the
    brackets and the zone ("UTC" or "UTC+05:30"), else None."""
    m = _compiled(lang)["utc_after"].match(fold(text[end:end + 40]))
    return (end + m.end(), "UTC" + (m.group("offset") or "").replace(" ", "")) if m else None


def local_time_after(text: str, end: int, lang: str) -> int | None:
    """End of a "local time" phrase right after offset `end`, else None."""
    m = _compiled(lang)["local_time"].match(fold(text[end:end + 40]))
    return end + m.end() if m else None


def place_zone_after(text: str, end: int, lang: str) -> tuple[int, places.Place] | None:
    """A zone named after a place right after offset `end` ("بتوقيت دمشق", "Moscow time"):
    the end of the phrase and the place."""
    compiled = _compiled(lang)
    window = text[end:end + 80]
    m = compiled["place_zone"].match(fold(window))
    if not m:
        return None
    words = list(_WORD.finditer(window, m.end()))[:_MAX_WORDS]
    if not words or words[0].start() - m.end() > 1:
        return None
    after = compiled["place_zone_after"]
    for n in range(len(words), 0, -1):
        stop = _word_end(words[n - 1])
        found = _lookup(window[words[0].start():stop])
        if not found:
            continue
        if after is None:
            return end + stop, found[0]
        tail = after.match(fold(window[stop:]))
        if tail:
            return end + stop + tail.end(), found[0]
    return None


def dateline(text: str, lang: str) -> tuple[places.Place, ...]:
    """The places of an article's dateline ("CAIRO (Reuters) -", "دمشق-سانا"), best first;
    empty when the text does not open with one."""
    head = text[:160]
    for pattern in _compiled(lang)["datelines"]:
        m = pattern.match(head)
        if not m:
            continue
        found = _longest_place(m.group("place"))
        if not found:
            continue
        region = m.groupdict().get("region")
        if region and (within := _lookup(region.strip())):
            countries = {p.country for p in within}
            found = tuple(sorted(found, key=lambda p: p.country not in countries))
        return found
    return ()


def places_in(text: str, start: int, end: int, lang: str, *, min_population: int = 0) -> list[PlaceHit]:
    """The places named in text[start:end], longest names first, left to right; cities
    smaller than `min_population` are skipped (their names are often ordinary words)."""
    data = cues(lang)
    compiled = _compiled(lang)
    words = list(_WORD.finditer(text, start, end))
    hits: list[PlaceHit] = []
    i = 0
    while i < len(words):
        hit = None if fold(words[i].group()) in compiled["fillers"] else _place_at(text, words, i, data)
        if hit is not None:
            n, begin, found = hit
            found = tuple(p for p in found if p.is_country or p.population >= min_population)
            hit = (n, begin, found) if found else None
        if hit is None:
            i += 1
            continue
        n, begin, found = hit
        glued = text[words[i].start():begin]
        clitic = bool(glued) and bool(data.LOCATIVE_CLITIC) and glued.endswith(data.LOCATIVE_CLITIC)
        end = _word_end(words[i + n - 1])
        if clitic or _locative_before(words, i, compiled["locative"], compiled) \
                or compiled["event_after"].match(text, end):
            hits.append(PlaceHit(begin, end, found[0], True, candidates=found))
        elif _locative_before(words, i, compiled["next_locative"], compiled):
            hits.append(PlaceHit(begin, end, found[0], True, next_only=True, candidates=found))
        else:
            hits.append(PlaceHit(begin, end, found[0], False, candidates=found))
        i += n
    return hits


def nationalities_in(text: str, start: int, end: int, lang: str) -> list[tuple[int, str]]:
    """The countries text[start:end] names by an adjective of nationality ("the Libyan capital",
    "طرابلس اللبنانية"), with where: (offset, ISO country code)."""
    table, article = _nationalities(lang), re.compile(cues(lang).ARTICLE)
    found = []
    for word in _WORD.finditer(text, start, end):
        name = word.group().rstrip(".")
        if name[:1].isascii() and not name[:1].isupper():
            continue
        for code in table.get(places.place_key(article.sub("", name)), ()):
            found.append((word.start(), code))
    return found


@cache
def _nationalities(lang: str) -> dict[str, tuple[str, ...]]:
    """Adjective of nationality (folded) -> the countries it may name, made by the language's
    NATIONALITY rewritings of CLDR's one-word country names and the aliases' (built on first use:
    only a name several countries share asks)."""
    from babel import Locale

    data = cues(lang)
    article = re.compile(data.ARTICLE)
    names = [(name, code) for code, name in Locale(lang).territories.items()
             if len(code) == 2 and code.isalpha()]
    names += [(name, code) for name, code in ALIASES.items() if "/" not in code]
    table: dict[str, set[str]] = {}
    for name, code in names:
        stem = article.sub("", name)
        if not stem.isalpha() or len(stem) < 3:
            continue
        for pattern, suffix in data.NATIONALITY:
            if re.search(pattern, stem):
                table.setdefault(places.place_key(re.sub(pattern, suffix, stem, count=1)), set()).add(code)
    return {key: tuple(sorted(codes)) for key, codes in table.items()}


def _place_at(text: str, words: list[re.Match[str]], i: int, data: ModuleType
              ) -> tuple[int, int, tuple[places.Place, ...]] | None:
    first = words[i].group()
    latin = first[:1].isascii()
    if latin and not first[:1].isupper():
        return None
    starts = [words[i].start()]
    for clitic in data.PROCLITICS:
        if first.startswith(clitic) and len(first) > len(clitic) + 2:
            starts.append(words[i].start() + len(clitic))
    for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
        last = words[i + n - 1].group()
        if latin and not last[:1].isupper():
            continue
        for begin in starts:
            name = text[begin:words[i + n - 1].end()]
            if name.endswith(_POSSESSIVE):  # (a word never ends in a new line: no `$` subtlety)
                name = name[:-2]
            found = _lookup(name)
            if found:
                return n, begin, found
    return None


def _locative_before(words: list[re.Match[str]], i: int, phrases: list[list[str]], compiled: dict) -> bool:
    """One of `phrases` before word i ("in", "on the", "في"), with only fillers, nisba
    adjectives or capitalized words between ("in the Syrian capital Damascus")."""
    before = [fold(w.group()) for w in words[max(0, i - 6):i]]
    singles = {p[0] for p in phrases if len(p) == 1}
    before = [w[1:] if w[:1] in ("و", "ف") and w[1:] in singles else w for w in before]
    for k in range(len(before), 0, -1):
        if any(before[:k][-len(p):] == p for p in phrases):
            return True
        word, raw = before[k - 1], words[i - len(before) + k - 1].group()
        if not (word in compiled["fillers"] or word.endswith(compiled["nisba"]) or raw[:1].isupper()):
            return False
    return False


def _word_end(word: re.Match[str]) -> int:
    """End of a word without a sentence's full stop ("الإمارات." but "U.S.")."""
    text = word.group()
    return word.end() - 1 if text.endswith(".") and "." not in text[:-1] else word.end()


def _longest_place(name: str) -> tuple[places.Place, ...]:
    """The places of the longest leading words of `name` that name one ("القدس المحتلة")."""
    words = name.split()
    for n in range(len(words), 0, -1):
        found = _lookup(" ".join(words[:n]))
        if found:
            return found
    return ()


def _lookup(name: str) -> tuple[places.Place, ...]:
    name = name.strip(" .,،:;()\"'«»")
    if len(name) < 2:
        return ()
    return places.lookup(name)
