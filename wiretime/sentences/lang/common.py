"""Punctuation shared by every script: what ends, closes, opens and breaks a sentence.

Each value is a regular-expression fragment (a character class or an alternation), so a
new mark is one more character here, not a new code path.
"""

# Line and paragraph breaks: always a sentence boundary (a headline line is its own sentence).
LINE_BREAK = "[\n\r\u2028\u2029\x0b\x0c\x85]"

# End marks; a run of them is one end ("?!", "؟!", "...").
# U+061F Arabic question mark, U+06D4 Arabic full stop, U+203C-U+2049 doubled marks.
END_MARK = "[.!?\u061f\u06d4\u2026\u203c\u2047\u2048\u2049]"
# How a run of end marks ends when it is an ellipsis (a pause, often mid-sentence), not a
# stop; as (pattern, width) pairs, like every look-behind below.
ELLIPSIS_ENDINGS = ((r"\.\.", 2), ("\u2026", 1), ("\u2026\\.", 2))
# An elided passage in brackets ("[...]"), after its opening bracket: read as an ellipsis.
BRACKETED_ELLIPSIS = r"(?:\.\.\.|\u2026)\]"

# What may follow an end mark and still belong to its sentence: closing quotes, closing
# brackets, invisible direction marks (left in place, attached before), and footnote markers
# (superscript digits, "[17]", also after a space: "... in 1805. [6] He ..."). A question or
# exclamation closed by a quotation mark or a bracket may be an aside the sentence goes on
# after ('He asked "why?" and left', "claims (is it?) that"); the other closers (direction
# marks, superscripts) are invisible to that.
CLOSING_QUOTE = "\"'\u00bb\u201d\u2019\u203a"
CLOSING_BRACKET = ")\\]}\u300d\u300f"
CLOSING_MARK = "\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\u00b9\u00b2\u00b3\u2070-\u2079"
CLOSING_OTHER = CLOSING_BRACKET + CLOSING_MARK
CLOSER = f"[{CLOSING_QUOTE}{CLOSING_OTHER}]"
FOOTNOTE = r"\[\d{1,3}\]"
# An opening quote or bracket (or a direction mark) before the first word of a sentence.
OPENER = "[\"'\u00ab\u201c\u2018\u2039(\\[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]"
# Quotations whose inside may hold several sentences (one paragraph at most), one expression
# a kind, each opening with its mark (the splitter scans a text holding one kind for it alone).
# An opening mark stands before a word, a closing one after a word or an end mark: so a
# quotation left open ('إن "الهجوم لن يمر. وأضاف: "القوات ...".') pairs no closing mark with
# the next opening one, and marks written the other way round (”...“, »...«, as some Arabic
# pages have them) are read as they are meant, not as the gap between two quotations.
QUOTATION_MARKS = (("\"", "\""), ("\u00ab", "\u00bb"), ("\u201c", "\u201d"), ("\u00bb", "\u00ab"),
                   ("\u201d", "\u201c"))
QUOTATION_KINDS = tuple(rf"{opening}(?![\s.,\u060c;\u061b:!?\u061f\u2026)\]])[^{closing}\n]*(?<!\s){closing}"
                        for opening, closing in QUOTATION_MARKS)
QUOTATION = "|".join(QUOTATION_KINDS)

# A bullet in the middle of a line starts a new item (one sentence per item).
BULLET = "[\u2022\u25cf\u25aa\u25e6\u2023\u25a0\u25a1\u27a2\u25ba]"

# List markers ("1.", "12.", "iv.") where an item opens: at the start of the text or of a
# line, after a colon ("Steps: 1. Buy ..."), or after the end of an item ("... first step.
# 2. Then ..."; after a word of five letters or more, since "on Jan. 5. He ..." is a date
# that ends a sentence); their full stop ends nothing. A single letter ("a.", "ب.") is a
# marker at the start of a line only (elsewhere it is an initial).
LIST_MARKERS = ((r"\d", 1), (r"\d\d", 2), (r"\d\d\d", 3), ("[ivxIVX]{2}", 2), ("[ivxIVX]{3}", 3), ("[ivxIVX]{4}", 4))
LIST_OPENINGS = (("^", 0), (LINE_BREAK, 1), (r"[:;\u061b!?\u061f]\s", 2), (r"[^\W\d_]{5}\.\s", 7))
LINE_OPENINGS = (("^", 0), (LINE_BREAK, 1))
