"""Arabic cues around clock times and places (regular expressions over the untouched text).

PLACE_ZONE     a zone named after a place, right after a clock time: "بتوقيت دمشق";
               the place is read with the gazetteer from where the match ends.
LOCAL_TIME     "local time" right after a clock time: the zone of the place it happens in.
GLOSS_GAP      what may stand between a local time and its stated-zone equivalent.
DAY_GAP        what may stand between a clock time's zone phrase or gloss and the day named
               after it ("الساعة 14:00 (11:00 ت.غ) يوم الخميس"): that day is the clock time's.
RANGE_GAP      what joins the two ends of a range ("من العاشرة حتى الثانية عشرة بتوقيت غرينتش"):
               a zone stated after the end is the start's too.
LOCATIVE       words before a place saying that things happen there ("في دمشق", "قصفت دمشق").
UTC_AFTER      "(بتوقيت غرينتش)" in brackets after a clock time, with an offset or not
               ("(غرينتش+3)"): group `offset`.
NEXT_LOCATIVE  like LOCATIVE, but only for a time right after the place ("من تبريز الساعة").
EVENT_AFTER    after a place, words that make it an event's place ("the Vienna talks").
LOCATIVE_CLITIC  a preposition glued to the place ("بدمشق"); PROCLITICS are stripped to
               find the place ("وطهران").
FILLERS        words that may stand between a locative and its place ("في العاصمة السورية دمشق").
DATELINES      article openings naming where it was filed: "القاهرة (رويترز) -", "دمشق-سانا",
               "إسطنبول/ الأناضول".
NATIONALITY    how an adjective of nationality is made from a one-word country name (CLDR's,
               without ARTICLE): (pattern, replacement) rewritings, "ليبيا" -> "ليبي", "ليبية";
               words lose ARTICLE (and a clitic before it) before they are compared. A name
               ending in a long vowel or ة gets no bare suffix ("مالي" would give "مالية", finance;
               السعودية is found as a name).
"""

_TAWQIT = r"(?:[بل]|ب?حسب\s+|وفق\s+|وفقا\s+ل|على\s+)?(?:ال)?توقيت"

PLACE_ZONE = rf"^\s*[(\[]?\s*{_TAWQIT}\s+(?:مدينة\s+|العاصمة\s+)?"
LOCAL_TIME = rf"^\s*[(\[]?\s*{_TAWQIT}\s+(?:ال)?محل[يى](?:\s*[)\]])?"
GLOSS_GAP = (r"^\s*(?:" + LOCAL_TIME.lstrip("^") + r")?\s*(?=\S)(?:[(\[]|[-–—,،])?\s*(?:أي|اي|او|أو|يعني)?\s*"
             r"(?:(?:ال)?ساعة\s+|عند\s+)?$")
DAY_GAP = r"^\s*[)\]]?\s*(?:(?:في\s+)?يوم\s+)?$"
RANGE_GAP = r"^\s*(?:إلى|الى|حتى|و|ولغاية|لغاية)\s+(?:(?:ال)?ساعة\s+)?$"
LOCATIVE = ("في", "فى", "داخل", "قرب", "على", "غادر", "مغادرة", "وصل", "وصوله", "استهدف", "استهدفت",
            "ضرب", "ضربت", "قصف", "قصفت", "هز", "هزت", "اجتاح", "دخل", "دخلت",
            # the place of an event named before it: قمة الرياض، محادثات أستانة، مطار دمشق
            "قمة", "محادثات", "مباحثات", "مفاوضات", "مؤتمر", "اجتماع", "اجتماعات", "مطار", "بورصة", "سوق")
NEXT_LOCATIVE = ("من",)  # only for a time right after the place: "انطلق الصاروخ من تبريز الساعة"
EVENT_AFTER = r"(?!)"  # Arabic names the event before the place (see LOCATIVE)
# UTC in brackets after a clock time, when the time tables did not join it: "08:00 (ت.غ)"
UTC_AFTER = r"^\s*[(\[]\s*(?:ب|حسب\s+)?(?:ال)?(?:توقيت\s+)?(?:غرينتش|غرينيتش|جرينتش|جرينيتش|GMT|UTC|ت\s*\.?\s*غ\.?)(?:\s*(?P<offset>[+\-−]\s?\d{1,2}(?::?\d{2})?))?\s*[)\]]"
LOCATIVE_CLITIC = "ب"
PROCLITICS = ("وب", "فب", "ول", "و", "ف", "ب", "ل")
FILLERS = ("إلى", "الى", "مدينة", "العاصمة", "عاصمة", "محافظة", "ولاية", "منطقة", "بلدة", "قرية", "مطار", "ميناء")
FILLER_SUFFIXES = ("ية", "يه")  # nisba adjectives: العاصمة السورية دمشق

ARTICLE = r"^(?:[وفبل]?ال|لل)"
NATIONALITY = ((r"(?:يا|ا)$", "ي"), (r"(?:يا|ا)$", "ية"), (r"(?<![اويىة])$", "ي"), (r"(?<![اويىة])$", "ية"))

DATELINES = (
    # القاهرة (رويترز) -   |   بيروت، 24 يناير (أ ف ب) -
    r"^\s*(?P<place>[^\W\d][^()\n،,:\-–—/]{1,40}?)\s*(?:[،,]\s*(?P<region>[^()\n،,]{2,40}?))?"
    r"(?:[،,]\s*[^()\n]{0,30}?)?\s*\(\s*[^()\n]{1,30}\)\s*[-–—:]",
    # طرابلس (لبنان) (رويترز) -   (a country in brackets tells a namesake's)
    r"^\s*(?P<place>[^\W\d][^()\n،,:\-–—/]{1,40}?)\s*\(\s*(?P<region>[^()\n]{2,30}?)\s*\)"
    r"\s*\(\s*[^()\n]{1,30}\)\s*[-–—:]",
    # أبوظبي في 24 يناير / وام /   |   بغداد/ 24 يناير/
    r"^\s*(?P<place>[^\W\d][^()\n،,:\-–—/]{1,30}?)\s+(?:في\s+)?[^/\n]{3,30}/\s*[^/\n]{2,20}\s*/",
    r"^\s*(?P<place>[^\W\d][^()\n،,:\-–—/]{1,30}?)\s*/\s*\d{1,2}\s+[^/\n]{2,20}/",
    # إسطنبول/ الأناضول (the agency's name, one word, after a slash)
    r"^\s*(?P<place>[^\W\d][^()\n،,:\-–—/]{1,30}?)\s*/\s*[^\W\d]\w{1,20}\s",
    # دمشق-سانا   |   القدس المحتلة - قالت
    r"^\s*(?P<place>[^\W\d][^()\n،,:\-–—/]{1,30}?)\s*[-–—]",
)
