"""English sentence knowledge: abbreviations and what starts a sentence."""

from wiretime.sentences.rules import SentenceRules, after_any


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Never final: titles and name parts before a name ("Mr. Smith", "Gen. Allen", "Mt. Everest"),
# and what introduces an example, a contrast or a postscript ("e.g.", "vs.", "P.S.").
NEVER_FINAL = _words("""
mr mrs ms messrs mmes mme mlle dr drs prof profs rev revd hon pres gov sen rep reps
gen lt col maj capt cpt cmdr cmdt adm brig sgt cpl pvt insp supt det fr msgr sr sra srta
mt ft pt
e.g i.e cf viz vs v ps p.s
""")

# Abbreviations that stand before a number: "No. 5", "pp. 12-14", "Fig. 3", "Art. 9".
BEFORE_NUMBERS = _words("""
no nos nr art arts fig figs p pp vol vols ch chap chaps sec secs sect para paras ex op tel ext
eq eqs exp thm lem
""")

# Abbreviations that may also end a sentence ("... founded by Smith & Co. The ...").
# Dotted ones (U.S., a.m., e.g.) and single letters are abbreviations by rule.
ABBREVIATIONS = _words("""
jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat
etc al ca ed eds approx appx est dept depts div govt assn assoc asst bros corp inc ltd co cos
jr st ave blvd rd hwy ste apt bldg
hrs hr yr yrs mo mos wk wks sq oz lb lbs min mins mi km kg cm ml tsp tbsp univ
ala ariz ark calif colo conn fla kan kans ky md mich minn mont neb nev okla ore tenn tex vt wis wyo
""")

# Words that begin sentences far more often than they continue one after an abbreviation:
# after "U.S." or an initial, only these (capitalized) words make the full stop an end.
STARTERS = _words("""
The A An This That These Those There Their They Them He She It Its His Her We Our I You Your My
But And Or So Yet Nor If When While Whether After Before As In On At For From With By To Of
Since Although Though However Meanwhile Moreover Furthermore Also Then Now Today Yesterday
Some Many Most Much All Both Each Every Few Several No Not None Nothing Such Other Another
What Why How Who Whom Whose Where Which Instead Still Even Only Just Under Over During Despite
Because Later Earlier According Thus Therefore Here Last Next One Two Three Once Let Please
Is Are Was Were Do Does Did Can Could Would Should Must Might Have Has Had
Don't Doesn't Didn't Can't Won't Isn't Don’t Doesn’t Didn’t Can’t Won’t Isn’t
Yes Yeah Sure Okay OK Oh Well Thanks Thank Sorry Hopefully Unfortunately Fortunately Actually
Basically Anyway Besides Otherwise Overall Perhaps Maybe Indeed Sometimes Usually Never Always
Everyone Everything Nobody Someone Anyone See Check Note Call Try Ask Contact
""")

# Words that close a letter or e-mail before the signature ("Regards, Debra"), or open it.
VALEDICTIONS = _words("Regards regards Sincerely Thanks Cheers Respectfully Yours Best Love Hi Hello Greetings")

_NEXT_CAPITAL = r"(?=[ \t]*+[A-Z])"
OTHER_ENDS = (
    # "Best regards, Debra": a valediction's comma before the (capitalized) name
    (",", _NEXT_CAPITAL + after_any(VALEDICTIONS, ",")),
    # ":-) Now I ...", ":P You ...": an emoticon before a space and a capitalized word (glued
    # to a word it is none: "TL;DR")
    (":;", r"-?[)PD](?=[ \t]++[A-Z])"),
    # "http://example.com/a.html http://...": a URL before a capitalized word or another URL
    (":", r"(?=//)(?:(?<=\bhttp:)|(?<=\bhttps:))//\S*+(?<![.,;:!?)\]])(?=\s++(?:[A-Z]|https?:|www\.))"),
    # "x@example.com Our web address ...", "<x@example.com> 02/13/2001": the address ends one
    # before a likely start ({starts}) or a date
    ("@", r"(?<=\w@)[\w-]++(?:\.[\w-]++)*+>?(?=\s++(?:{starts}|\d\d?/))"),
    # "Kay Mann 04/26/2001 07:17 AM Will you ...": an e-mail header's timestamp
    ("/", r"(?=\d)(?:(?<=\b\d/)|(?<=\b\d\d/))\d\d?/\d\d(?:\d\d)? \d\d?:\d\d(?::\d\d)? ?[AP]M\b"),
)

RULES = SentenceRules(
    code="en",
    never_final=NEVER_FINAL,
    before_numbers=BEFORE_NUMBERS,
    abbreviations=ABBREVIATIONS,
    letters="[A-Za-z]",
    starters=STARTERS,
    continuation="[a-z]",
    footnote=r"\d{1,2}",
    capitals="A-Z",
    other_ends=OTHER_ENDS,
)
