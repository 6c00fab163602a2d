"""English names of holidays and feasts -> the partial time they name (resolve.py).

Fixed days are month/day; movable ones are feast specs computed by timex/feasts.py
(Easter computus, nth weekday of a month, the Islamic calendar).
"""

from __future__ import annotations


def _day(month: int, day: int) -> dict:
    return {"month": month, "day": day}


def _feast(spec: str) -> dict:
    return {"feast": spec}


_NAMES: dict[str, tuple[str, ...]] = {
    "christmas": ("christmas", "christmas day", "xmas", "xmas day", "x-mas"),
    "christmas eve": ("christmas eve", "xmas eve"),
    "new year's eve": ("new year's eve", "new years eve", "new year eve"),
    "new year's day": ("new year's day", "new years day", "new year day", "new year's"),
    "valentine's day": ("valentine's day", "valentines day", "valentine day", "st valentine's day",
                        "saint valentine's day", "st. valentine's day"),
    "halloween": ("halloween", "hallowe'en"),
    "independence day": ("independence day", "fourth of july", "4th of july", "july fourth", "july 4th"),
    "st patrick's day": ("st patrick's day", "st. patrick's day", "saint patrick's day", "st paddy's day",
                         "saint paddy's day", "saint patricks day", "st patricks day", "saint patrick",
                         "st. patrick", "st patrick"),
    "veterans day": ("veterans day", "veterans' day", "veteran's day", "armistice day", "remembrance day"),
    "earth day": ("earth day",),
    "boxing day": ("boxing day",),
    "all saints' day": ("all saints' day", "all saints day", "all saint's day"),
    "world vegan day": ("world vegan day",),
    "may day": ("may day", "labour day in europe", "international workers' day", "international workers day",
                "workers' day"),
    "boss's day": ("boss's day", "bosses day", "boss day", "boss's", "national boss day"),
    "groundhog day": ("groundhog day",),
    "king's day": ("king's day", "kings day", "koningsdag"),
    "thanksgiving": ("thanksgiving", "thanksgiving day"),
    "black friday": ("black friday",),
    "cyber monday": ("cyber monday",),
    "labor day": ("labor day", "labour day"),
    "memorial day": ("memorial day", "decoration day"),
    "mlk day": ("mlk day", "martin luther king day", "martin luther king's day", "martin luther kings day",
                "martin luther king jr. day", "martin luther king jr day", "mlk jr. day", "mlk jr day",
                "civil rights day", "king day"),
    "presidents day": ("presidents day", "presidents' day", "president's day", "washington's birthday"),
    "columbus day": ("columbus day", "indigenous peoples' day"),
    "mother's day": ("mother's day", "mothers day", "mother day"),
    "father's day": ("father's day", "fathers day", "father day"),
    "easter": ("easter", "easter sunday", "easter day"),
    "easter monday": ("easter monday", "easter mon"),
    "good friday": ("good friday", "great friday", "holy friday"),
    "holy saturday": ("holy saturday", "easter saturday"),
    "maundy thursday": ("maundy thursday", "holy thursday", "covenant thursday", "covenant thu",
                        "thu of mysteries", "thursday of mysteries"),
    "palm sunday": ("palm sunday", "branch sunday"),
    "ash wednesday": ("ash wednesday",),
    "shrove tuesday": ("shrove tuesday", "mardi gras", "pancake day", "pancake tuesday", "fat tuesday"),
    "ascension day": ("ascension day", "ascension thursday", "feast of the ascension"),
    "pentecost": ("pentecost", "whit sunday", "whitsunday", "white sunday", "whitsun"),
    "whit monday": ("whit monday", "monday of the holy spirit", "pentecost monday"),
    "trinity sunday": ("trinity sunday",),
    "corpus christi": ("corpus christi",),
    "orthodox easter": ("orthodox easter", "orthodox easter sunday", "pascha"),
    "orthodox good friday": ("orthodox good friday", "orthodox great friday"),
    "clean monday": ("clean monday", "orthodox shrove monday", "pure monday", "ash monday"),
    "lazarus saturday": ("lazarus saturday",),
    "eid al-fitr": ("eid al-fitr", "eid al fitr", "eid ul-fitr", "eid ul fitr", "id ul-fitr", "eid-ul-fitr",
                    "eid"),
    "eid al-adha": ("eid al-adha", "eid al adha", "eid ul-adha", "eid ul adha", "id ul-adha", "bakr id",
                    "bakrid", "sacrifice feast", "feast of the sacrifice", "eid-ul-adha", "bakri eid"),
    "islamic new year": ("islamic new year", "hijri new year", "amun jadid", "muharram"),
    "ashura": ("ashura", "day of ashura"),
    "mawlid": ("mawlid", "mawlid al-nabawi", "mawlid al nabawi", "mawlid an-nabi", "milad un nabi",
               "prophet's birthday", "the prophet's birthday", "eid milad ul-nabi"),
    "isra and mi'raj": ("isra and mi'raj", "isra and miraj", "the prophet's ascension", "the night journey",
                        "ascension to heaven", "lailat al miraj", "lailat al mi'raj"),
    "laylat al-qadr": ("laylat al-qadr", "laylat al qadr", "laylat al kadr", "laylat al-kadr", "night of power",
                       "night of measures", "night of decree", "lailat al qadr"),
    "jamat ul-vida": ("jamat ul-vida", "jamat ul vida", "jumu'atul-wida", "jumuatul wida", "jumu'atul wida"),
    "ramadan": ("ramadan", "ramadhan", "ramzan", "the holy month of ramadan"),
}

_VALUES: dict[str, dict] = {
    "christmas": _day(12, 25), "christmas eve": _day(12, 24), "new year's eve": _day(12, 31),
    "new year's day": _day(1, 1), "valentine's day": _day(2, 14), "halloween": _day(10, 31),
    "independence day": _day(7, 4), "st patrick's day": _day(3, 17), "veterans day": _day(11, 11),
    "earth day": _day(4, 22), "boxing day": _day(12, 26), "all saints' day": _day(11, 1),
    "world vegan day": _day(11, 1), "may day": _day(5, 1), "groundhog day": _day(2, 2),
    "boss's day": _feast("weekday:10:16"), "king's day": _feast("notsunday:04:27"),
    "thanksgiving": _feast("nth:11:4:4"), "black friday": _feast("nth:11:4:4+1"),
    "cyber monday": _feast("nth:11:4:4+4"), "labor day": _feast("nth:9:1:1"),
    "memorial day": _feast("nth:5:1:last"), "mlk day": _feast("nth:1:1:3"),
    "presidents day": _feast("nth:2:1:3"), "columbus day": _feast("nth:10:1:2"),
    "mother's day": _feast("nth:5:7:2"), "father's day": _feast("nth:6:7:3"),
    "easter": _feast("easter"), "easter monday": _feast("easter+1"), "good friday": _feast("easter-2"),
    "holy saturday": _feast("easter-1"), "maundy thursday": _feast("easter-3"),
    "palm sunday": _feast("easter-7"), "ash wednesday": _feast("easter-46"),
    "shrove tuesday": _feast("easter-47"), "ascension day": _feast("easter+39"),
    "pentecost": _feast("easter+49"), "whit monday": _feast("easter+50"),
    "trinity sunday": _feast("easter+56"), "corpus christi": _feast("easter+60"),
    "orthodox easter": _feast("orthodox_easter"), "orthodox good friday": _feast("orthodox_easter-2"),
    "clean monday": _feast("orthodox_easter-48"), "lazarus saturday": _feast("orthodox_easter-8"),
    "eid al-fitr": _feast("hijri:10:01"), "eid al-adha": _feast("hijri:12:10"),
    "islamic new year": _feast("hijri:01:01"), "ashura": _feast("hijri:01:10"),
    "mawlid": _feast("hijri:03:12"), "isra and mi'raj": _feast("hijri:07:27"),
    "laylat al-qadr": _feast("hijri:09:27"), "jamat ul-vida": _feast("hijri:10:01-2"),
    "ramadan": _feast("hijri:09"),
}

FEASTS = {name: _VALUES[key] for key, names in _NAMES.items() for name in names}
