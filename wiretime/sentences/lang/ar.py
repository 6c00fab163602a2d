"""Arabic sentence knowledge: abbreviations, initials and what starts a sentence.

Arabic has no letter case, so the word after a full stop says little; what it does say is
carried by `likely_start`: a sentence of news prose very often opens with the conjunction
و or ف fused to its first word ("وقال", "فيما") or with a few particles ("كما", "لكن").
"""

from wiretime.sentences.lang import en
from wiretime.sentences.rules import SentenceRules

# Arabic letters (with tatweel, which may stretch an abbreviation: "هـ").
LETTER = "[\u0621-\u063a\u0640-\u064a\u0671-\u06d3]"
# The conjunctions و and ف, written fused to the next word ("وقال", "ود. أحمد").
CLITIC = "[\u0648\u0641]"
# "that" (أن، إن) alone or with a pronoun: after و/ف it continues a clause, never opens one.
THAT = "[أإ]ن(?:ه|ها|هم|هما|نا)?"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles before a name: د. (doctor), أ. (professor), أ.د. (professor doctor), ش. (street).
# Latin words in Arabic text ("شركة Apple Inc.", "Mr. Smith") follow the English tables.
NEVER_FINAL = _words("د أ أ.د ش") | en.NEVER_FINAL

# Before a number: ص. (page), ص.ب. (P.O. box), ج. (volume), ت. (telephone), ف. (fax).
BEFORE_NUMBERS = _words("ص ص.ب ج ت ف ط") | en.BEFORE_NUMBERS

# May end a sentence, but only before a likely start: هـ. (Hijri year, with tatweel; 1435
# هـ. الموافق 2014). Single letters and dotted abbreviations are abbreviations by rule:
# states and agencies (ج.م.ع. Egypt, أ.ف.ب. AFP), م. as an engineer's title (followed by a
# name); after a number they are an era or a unit and end as any word does (عام 500 ق.م.).
ABBREVIATIONS = _words("هـ") | en.ABBREVIATIONS

# Particles that open sentences of news prose (with a word fused with و/ف: `likely_start`).
STARTERS = _words("كما لكن ولكن بينما أما لقد هذا هذه ذلك تلك إلا يذكر يشار يأتي يعد تعد كان كانت")

RULES = SentenceRules(
    code="ar",
    never_final=NEVER_FINAL,
    before_numbers=BEFORE_NUMBERS,
    abbreviations=ABBREVIATIONS,
    letters=f"[A-Za-z{LETTER[1:-1]}]",  # Latin initials too: "جون ف. كينيدي", "U.S."
    starters=STARTERS,
    # a word fused with و/ف, but not "that" (وأن، وإن، فإن، وأنه...): a clause of reported
    # speech or a consequence goes on ('قال إن «الوضع صعب.» وإن الحكومة ستتحرك')
    likely_start=rf"{CLITIC}(?!{THAT}\b){LETTER}{{2}}",
    caseless=True,
    quotes_hold=True,
    clitics=CLITIC,
    # "انتهى.وقال", but not a title fused with و/ف and glued to the name ("ود.مجدي")
    glued_end=f"(?<={LETTER}{LETTER}[.\u061f!])(?<!\\b{CLITIC}{LETTER}\\.)(?={LETTER}{LETTER})",
)
