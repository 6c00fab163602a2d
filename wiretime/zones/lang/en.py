"""English cues around clock times and places (regular expressions over the untouched text).

See ar.py for what each table is. English names the place before "time" ("Moscow time"),
so PLACE_ZONE_AFTER is the pattern that must follow the place.
"""

PLACE_ZONE = r"^\s*[(\[]?\s*(?:in\s+)?"
PLACE_ZONE_AFTER = r"^\s+(?:standard\s+|summer\s+|daylight\s+)?time\b(?:\s*[)\]])?"
LOCAL_TIME = r"^\s*[(\[]?\s*(?:local\s+time|\blocal\b)(?:\s*[)\]])?"
GLOSS_GAP = (r"^\s*(?:" + LOCAL_TIME.lstrip("^") + r")?\s*(?=\S)(?:[(\[]|[-–—,])?\s*(?:or|i\.e\.|that\s+is|which\s+is)?\s*"
             r"(?:at\s+)?$")
DAY_GAP = r"^\s*[)\]]?\s*(?:on\s+)?$"
RANGE_GAP = r"^\s*(?:to|and|until|till|through)\s*$"
LOCATIVE = ("in", "at", "on the", "inside", "near", "outside", "across", "over", "left", "leaving", "reached",
            "hit", "struck", "rocked", "shelled", "bombed", "attacked", "targeted", "entered")
# Only for a time right after the place ("fired from Tabriz at 5 a.m."; not "who flew in
# from Tehran, met officials at 10 a.m.").
NEXT_LOCATIVE = ("from",)
# After a place, words that make it where things happen ("the Vienna talks", "Cairo airport").
EVENT_AFTER = (r"\s+(?:summit|talks|meeting|conference|negotiations|airport|stock\s+exchange|bourse|"
               r"marathon|stadium|court|parliament|parliamentary\s+elections?)\b")
UTC_AFTER = r"^\s*[(\[]\s*(?:GMT|UTC|Z)(?:\s*(?P<offset>[+\-−]\s?\d{1,2}(?::?\d{2})?))?\s*[)\]]"
LOCATIVE_CLITIC = ""
PROCLITICS: tuple[str, ...] = ()
FILLERS = ("the", "city", "town", "capital", "of", "village", "port", "airport", "province", "region",
           "northern", "southern", "eastern", "western", "central", "downtown", "nearby")
FILLER_SUFFIXES: tuple[str, ...] = ()

ARTICLE = r"^$"  # (English adjectives of nationality take no article)
# Libya -> Libyan, Egypt -> Egyptian, Iraq -> Iraqi, Sudan -> Sudanese, Lebanon -> Lebanese,
# China -> Chinese, Ukraine -> Ukrainian, Morocco -> Moroccan, Italy -> Italian
NATIONALITY = ((r"a$", "an"), (r"(?<=[^aeiouy])$", "ian"), (r"(?<=[^aeiouy])$", "i"), (r"(?<=[^aeiouy])$", "ese"),
               (r"on$", "ese"), (r"a$", "ese"), (r"e$", "ian"), (r"o$", "an"), (r"y$", "ian"))

DATELINES = (
    # CAIRO (Reuters) -   |   ABU DHABI, United Arab Emirates, Jan 24 (Reuters) -   |   BRUSSELS/LONDON (Reuters) -
    # WELLINGTON, New Zealand (AP) _   |   WASHINGTON, August 8 (Xinhua) --
    r"^\s*(?P<place>[A-Z][A-Za-z'.\- ]{1,40}?)(?:/[A-Z][A-Za-z'.\- ]{1,40}?)*"
    r"\s*(?:,\s*(?P<region>[A-Z][A-Za-z'.\- ]{1,40}?))?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\(\s*[^()\n]{1,30}\)\s*[-–—_]",
    # RIYADH, April 9, 2024, SPA --   |   MOSCOW, March 15. /TASS/.   |   Damascus, SANA -
    r"^\s*(?P<place>[A-Z][A-Za-z'.\- ]{1,40}?),\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}[.,]?\s*(?:\d{4},?\s*)?)?"
    r"(?:[A-Z]{2,8}|/[A-Za-z]{2,10}/)\.?\s*(?:--|[-–—_.])",
    # WASHINGTON _ (a place in capitals, then a dash or underscore, no agency)
    r"^\s*(?P<place>[A-Z][A-Z'.\- ]{1,40}?)(?:,\s*(?P<region>[A-Z][A-Za-z'.\- ]{1,40}?))?\s+(?:_|--|[–—])\s",
)
