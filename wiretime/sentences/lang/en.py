"""English sentence knowledge: abbreviations and what starts a sentence."""

from wiretime.sentences.rules import SentenceRules


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles and name parts that stand before a name: "Mr. Smith", "Gen. Allen", "Mt. Everest".
TITLES = _words("""
mr mrs ms messrs mmes mme mlle dr drs prof profs rev revd hon pres gov sen rep reps
gen lt col maj capt cpt cmdr cmdt adm brig sgt cpl pvt insp supt det fr msgr sr sra srta
mt ft pt
""")

# Abbreviations that stand before a number: "No. 5", "pp. 12-14", "Fig. 3", "Art. 9".
BEFORE_NUMBERS = _words("""
no nos nr art arts fig figs p pp vol vols ch chap chaps sec secs para paras ex op tel ext
""")

# Abbreviations that may also end a sentence ("... founded by Smith & Co. The ...").
# Dotted ones (U.S., a.m., e.g.) and single letters are abbreviations by rule.
ABBREVIATIONS = _words("""
jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat
etc vs al cf ca viz approx appx est dept depts div govt assn asst bros corp inc ltd co cos
jr st ave blvd rd hwy ste apt bldg
min max mins hrs hr yr yrs mo mos wk wks sq oz lb lbs cm mm km kg
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
""")

RULES = SentenceRules(
    code="en",
    titles=TITLES,
    before_numbers=BEFORE_NUMBERS,
    abbreviations=ABBREVIATIONS,
    letters="[A-Za-z]",
    starters=STARTERS,
    cannot_start="[a-z]",
)
