"""The separator expressions of one language: look-arounds decide every boundary.

Why regular expressions: the decisions (is this full stop an abbreviation's? may the next
word start a sentence?) are look-behinds and look-aheads around each end mark, so the regex
engine makes them in C and Python never walks the text (splitter.py applies them).

A separator is the end (an end-mark run with its closing quotes and brackets, a line break,
or another end a language defines) and the whitespace after it. Every separator starts with
one of a few characters (an end mark, a line break, "[", a bullet, a language's other first
characters): `ends_after` gives, for each, the expression of what may follow it, which
looks behind at the text before it. A line break is whitespace: the sentence it closes ends
before it.

Speed: every look-around the engine enters costs as much as several characters scanned
(measured with callgrind), so the most frequent cases (a full stop after an ordinary word,
then a space and a letter) are decided first, in the fewest and cheapest tests (ranges of
letters rather than Unicode categories).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from wiretime.sentences.lang import common
from wiretime.sentences.rules import SentenceRules

_M = common.END_MARK
_CLOSERS = rf"{common.CLOSER}*+(?:[ \t]?{common.FOOTNOTE}{common.CLOSER}*+)*+"
_QUOTED_CLOSERS = rf"{common.CLOSER}*?[{common.CLOSING_QUOTE}]{_CLOSERS}"
_PLAIN_CLOSERS = rf"[{common.CLOSING_OTHER}]*+(?:[ \t]?{common.FOOTNOTE}[{common.CLOSING_OTHER}]*+)*+"
# after a question or an exclamation, a closing bracket holds like a quotation mark
_HELD_CLOSERS = rf"{common.CLOSER}*?[{common.CLOSING_QUOTE}{common.CLOSING_BRACKET}]{_CLOSERS}"
_UNHELD_CLOSERS = rf"[{common.CLOSING_MARK}]*+(?:[ \t]?{common.FOOTNOTE}[{common.CLOSING_MARK}]*+)*+"
_BREAK = rf"\s*+{common.LINE_BREAK}"
# Punctuation that continues a sentence: an end mark before it is no end ("[...]", "[17]" too).
_CANNOT_START_CHARS = r",\u060c;\u061b:)\]}%\u066a.!?\u061f\u2026\u06d4"
_CANNOT_START = rf"[{_CANNOT_START_CHARS}]|\[(?:\.|\u2026|\d)"
_BULLETS = common.BULLET[1:-1]
_BMP = "".join(map(chr, range(0x10000)))


def _class_of(pattern: str, *, but: str = "", lowercase: bool = False) -> str:
    """A character class of the characters (of the Basic Multilingual Plane) that `pattern`
    matches, `but` some, or only the lowercase ones: ranges cost less to test than a
    look-ahead or a category."""
    chars = [ord(char) for char in re.findall(pattern, _BMP)
             if char not in but and (not lowercase or char.islower())]
    ranges = []
    for code in chars:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "[" + "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges) \
        + "]"


def _trie(words: Iterable[str]) -> str:
    """An alternation of `words` with common prefixes factored out.

    Every branch then starts with a distinct literal, which the regex engine skips in one
    comparison; a flat alternation of a hundred words would be tried word by word.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        optional = "?" if "" in node else ""
        if len(branches) == 1:
            return f"(?:{branches[0]}){optional}" if optional else branches[0]
        return "(?:" + "|".join(branches) + ")" + optional

    return render(tree)


def _behind(alternatives: Iterable[tuple[str, int]], *, negative: bool) -> str:
    """Look-behinds for (pattern, width) alternatives ending here: one per width, since
    Python's look-behinds must have a fixed width."""
    by_width: dict[int, list[str]] = defaultdict(list)
    for pattern, width in alternatives:
        by_width[width].append(pattern)
    parts = ["|".join(group) for _, group in sorted(by_width.items())]
    if negative:
        return "".join(f"(?<!{part})" for part in parts)
    return "(?>" + "|".join(f"(?<={part})" for part in parts) + ")" if parts else "(?!)"


def _forms(words: Iterable[str], *, upper: bool = True) -> set[str]:
    """The words as written in tables (lowercase), Capitalized, and in UPPER case if `upper`
    ("MR.", "NO. 5"; not for words that may end a sentence: "10 a.m. EST." is a zone)."""
    return {form for word in words
            for form in (word, word[:1].upper() + word[1:], *((word.upper(),) if upper else ()))}


def _by_length(forms: Iterable[str]) -> dict[int, list[str]]:
    by_length: dict[int, list[str]] = defaultdict(list)
    for form in sorted(forms):
        by_length[len(form)].append(form)
    return by_length


def _like(forms: Iterable[str], shortest: int = 1, start: str = r"\b") -> str:
    """A look-behind: what ends here (before a full stop) ends like one of `forms` (their
    last three letters, or all of a shorter one, of `shortest` letters or more). A few
    look-behinds settle most cases, where the exact ones of `_words_behind` cost one per
    length."""
    by_length = _by_length(forms)
    endings = {form[-3:] for group in by_length.values() for form in group if len(form) > 2}
    guards = [f"(?<={_trie(endings)}\\.)"] if endings else []
    guards += [rf"(?<={start}{_trie(by_length[n])}\.)" for n in (1, 2) if n >= shortest and by_length.get(n)]
    return "(?>" + "|".join(guards) + ")" if guards else "(?!)"


def _words_behind(forms: Iterable[str], *, negative: bool, start: str = r"\b") -> str:
    """Look-behinds for whole words (`forms`) and a full stop, ending here: `_like` first,
    then the exact ones."""
    forms = set(forms)
    by_length = _by_length(forms)
    if not by_length:
        return "" if negative else "(?!)"
    lookups = _behind(
        ((rf"{start}{_trie(group)}\.", n + 1) for n, group in by_length.items()), negative=negative
    )
    like = _like(forms, start=start)
    return f"(?>(?!{like})|{lookups})" if negative else f"{like}{lookups}"


def _ends_in_letter(word: str) -> bool:
    """Whether `word` is a single letter or a dotted acronym ("p", "ص.ب"): its full stop
    follows a lone letter, the case of initials."""
    return len(word.rsplit(".", 1)[-1]) == 1


def ends_after(rules: SentenceRules) -> dict[str, str]:
    """What may follow each first character of a separator in one language: first character
    -> expression (see the module docstring), matched right after that character.

    A full stop is decided by a tree of cheap tests first: after a word longer than any in
    the tables, a digit, a bracket or a quote (most full stops) it ends a sentence if the
    next word may start one; after a lone letter it is an initial's or an acronym's unless
    the tables say otherwise; after a word that ends like no table word, it is ordinary;
    only the rest is looked up in the tables.
    """
    starts = rf"(?:{_trie(rules.starters)}\b|{rules.likely_start})" if rules.starters else rules.likely_start
    closers, plain_closers, unheld_closers = _CLOSERS, _PLAIN_CLOSERS, _UNHELD_CLOSERS
    if rules.footnote:  # "... rights. 4 Even though ...": a footnote number stays behind
        footnote = rf"(?:[ \t]{rules.footnote}(?=[ \t]++[{rules.capitals}]))?+"
        closers, plain_closers, unheld_closers = (
            kind + footnote for kind in (closers, plain_closers, unheld_closers))
    startable = rf"(?=\s++(?!{_CANNOT_START})|{_BREAK})"
    may = plain_closers + startable
    next_likely = rf"(?=\s++{common.OPENER}{{0,3}}+{starts}|{_BREAK})"
    likely = closers + next_likely
    # After an ellipsis, an end mark closed by a quotation mark (a quoted question), or a
    # question or exclamation closed by a bracket ("claims (is it?) that"), the sentence may
    # go on: a cased script shows it by the next word's case, a caseless one ends the
    # sentence only before a likely start.
    if rules.caseless:
        next_not_going_on = next_likely
    else:
        goes_on = f"(?:{_CANNOT_START}|{rules.continuation})" if rules.continuation else _CANNOT_START
        next_not_going_on = rf"(?=\s++{common.OPENER}?+(?!{goes_on})|{_BREAK})"
    unless_going_on = closers + next_not_going_on
    # closers without a quotation mark first (most ends have none), then with one
    may = rf"(?:{may}|{_QUOTED_CLOSERS}{next_not_going_on})"
    asked = rf"(?:{unheld_closers}{startable}|{_HELD_CLOSERS}{next_not_going_on})"
    tables = {
        "never_final": _forms(rules.never_final), "before_numbers": _forms(rules.before_numbers),
        "abbreviations": _forms(rules.abbreviations, upper=False),
    }
    lettered = {name: {w for w in table if _ends_in_letter(w)} for name, table in tables.items()}
    worded = {name: table - lettered[name] for name, table in tables.items()}
    all_words = set().union(*worded.values())
    longest = max(map(len, all_words), default=0)
    # a word that ends like no table word: the one look at the tables most full stops take
    unlike_tables = f"(?!{_like(all_words)})"
    list_marker = _behind(
        ((opening + marker + r"\.", w1 + w2 + 1) for opening, w1 in common.LIST_OPENINGS
         for marker, w2 in common.LIST_MARKERS),
        negative=True,
    )
    line_letter = _behind(((opening + rf"{rules.letters}\.", w + 2) for opening, w in common.LINE_OPENINGS),
                          negative=True)

    # a word before a number is no end when a digit follows; otherwise it is what it looks like
    before_number = rf"(?!(?=\s++\d){_words_behind(tables['before_numbers'], negative=False)})"
    # a lone letter starts a word, or follows a clitic fused to it (Arabic "ود. أحمد": and Dr.)
    lone = rf"(?:\b|(?<=\b{rules.clitics}))" if rules.clitics else r"\b"
    not_final = _words_behind(lettered["never_final"], negative=True, start=lone)
    letter = rf"(?<={lone}{rules.letters}\.){not_final}{before_number}"
    if rules.caseless:  # where a likely start is weak evidence: after a number, an era or a
        # unit ("عام 500 ق.م.", "2010 م.") ends as any word does
        after_number = rf"(?>(?<=\d\s{rules.letters}\.)|(?<=\d\s{rules.letters}\.{rules.letters}\.))"
        letter += rf"(?:{after_number}{may}|{line_letter}{likely})"
    else:
        letter += rf"{line_letter}{likely}"
    abbreviation = _words_behind(worded["abbreviations"], negative=False)
    word = (
        rf"{_words_behind(worded['never_final'], negative=True)}{before_number}"
        rf"(?:{abbreviation}{likely}|(?!{abbreviation}){may})"
    )
    full_stop = (
        rf"(?<!{_M}\.)(?>(?<![\divxIVX]\.)|(?<=\d\d\d\d\.)|{list_marker})"
        rf"(?:(?>(?<=\w{{{longest + 1}}}\.)|(?<![^\W\d_]\.)){may}"
        rf"|{unlike_tables}{may}|{word})"
    )
    # The decisions in fewer look-arounds (each costs), by what stands before the full stop,
    # tested in turn: a word of two letters or more (no roman numeral's i, v, x), a lone
    # letter (an initial's or an acronym's unless the tables say otherwise), a closing
    # bracket or quote, a digit. There the tree above comes down to these tests; it decides
    # what none covers (an end mark, "_", a word ending in i, v or x). `plainly_may` is
    # `may`'s usual case: a space and no punctuation, footnote or number.
    plainly_may = rf"(?:(?=\s++[^{_CANNOT_START_CHARS}\[\d])|{may})"
    by_what_precedes = (
        (r"\w[^\W\d_ivxIVX]", rf"(?:(?>(?<=\w{{{longest + 1}}}\.)|(?!{_like(all_words, shortest=2)}))"
                              rf"{plainly_may}|{word})"),
        (rf"\b{rules.letters}", letter),
        (rf"[^\w{_M[1:-1]}]", plainly_may),
        (r"\d", rf"(?>(?<=\d\d\d\d\.)|{list_marker}){plainly_may}"),
    )
    if rules.clitics:  # a clitic and a lone letter, before the words of two letters take it
        by_what_precedes = ((rf"\b{rules.clitics}{rules.letters}", letter), *by_what_precedes)
    # The most frequent of all, first: a full stop after a word of three letters or more
    # (lowercase in a cased script) that ends like no table word, then a space and a letter.
    # The tree above agrees; here every test is a range of letters, the cheapest kind.
    plain = _class_of(rules.letters, lowercase=not rules.caseless)
    endings = {form[-3:] for form in all_words if len(form) > 2 and re.fullmatch(f"{plain}+", form[-3:])}
    ordinary = (
        rf"(?= {rules.letters})(?<={plain}{plain}{_class_of(plain, but='ivxIVX')}\.)"
        + (rf"(?<!{_trie(endings)}\.)" if endings else "")
    )
    for before, decision in reversed(by_what_precedes):
        full_stop = rf"(?:(?<={before}\.){decision}|(?<!{before}\.){full_stop})"
    # a whole run of end marks, from its first one; one alone in brackets ("(!)", "(?)",
    # "(...)") is a comment or an elision, no end
    run = rf"(?<={_M})(?<!{_M}{_M})(?<![(\[]{_M}){_M}*"
    question_or_exclamation = rf"{run}(?<=[!?\u061f\u06d4\u203c\u2047\u2048\u2049])\.?(?!{_M}){asked}"
    ellipsis = rf"{run}{_behind(common.ELLIPSIS_ENDINGS, negative=False)}(?!{_M}){unless_going_on}"
    # only where whitespace, a mark or a closer follows: the full stops of "3.5", "U.S." and
    # "www.un.org" are dismissed at one look
    followed = rf"(?=[\s{_M[1:-1]}{common.CLOSER[1:-1]}\[])"
    glued = [rules.glued_end] if rules.glued_end else []
    # first character -> what may follow it in a separator
    dispatch: dict[str, list[str]] = {
        ".": [rf"(?:{ordinary}|(?=[\s{common.CLOSER[1:-1]}\[]){full_stop}"
              rf"|(?={_M})(?:{question_or_exclamation}|{ellipsis}))", *glued],
    }
    for mark in _M[1:-1].replace(".", ""):
        dispatch[mark] = [rf"{followed}(?:{question_or_exclamation}|{ellipsis})", *glued]
    for line_break in common.LINE_BREAK[1:-1]:
        dispatch[line_break] = [""]
    dispatch["["] = [rf"{common.BRACKETED_ELLIPSIS}{unless_going_on}"]
    for bullet in _BULLETS:  # a bullet in mid-line: an end that belongs to the next sentence
        dispatch[bullet] = [r"(?<=\S[^\S\n\r].)(?=\s)"]
    for chars, pattern in rules.other_ends:
        pattern = pattern.replace("{starts}", f"{common.OPENER}{{0,3}}+{starts}")
        for char in chars:
            dispatch.setdefault(char, []).append(pattern)
    return {char: "|".join(options) for char, options in dispatch.items()}


def separator(ends: dict[str, str]) -> str:
    """One expression for every separator of `ends_after` (one group: the end and its
    whitespace). Every alternative starts with its literal first character, so the regex
    engine scans for the next such character and tries only that character's branch."""
    branches = "|".join(f"{re.escape(char)}(?:{rest})" for char, rest in ends.items())
    return rf"((?:{branches})\s*)"
