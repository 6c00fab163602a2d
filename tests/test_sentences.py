"""Sentence spans index the untouched text: table-driven cases per language.

Each case is (behaviour, text, the sentences expected in order). The expected offsets are
where those sentences stand in the text, found left to right, so every case checks offsets
exactly: `split` must return them and nothing else.
"""

from __future__ import annotations

import random

import pytest

from tests.conftest import SEEDS
from wiretime.sentences import split
from wiretime.sentences.lang import rules_for
from wiretime.sentences.splitter import _LONG, Splitter

RLM, LRM, TATWEEL = "\u200f", "\u200e", "\u0640"

ARABIC = [
    ("full stop", "بدأت المحادثات. وانتهت أمس.", ["بدأت المحادثات.", "وانتهت أمس."]),
    ("question mark", "هل انتهت المحادثات؟ لا أحد يعرف.", ["هل انتهت المحادثات؟", "لا أحد يعرف."]),
    ("exclamation", "يا له من يوم! وانتهى الاجتماع.", ["يا له من يوم!", "وانتهى الاجتماع."]),
    ("combined marks", "هل هذا معقول؟! قال الوزير ذلك.", ["هل هذا معقول؟!", "قال الوزير ذلك."]),
    ("arabic full stop", "انتهى الاجتماع۔ وغادر الوفد.", ["انتهى الاجتماع۔", "وغادر الوفد."]),
    ("paragraph break", "انتهى الاجتماع\nوغادر الوفد", ["انتهى الاجتماع", "وغادر الوفد"]),
    ("blank line", "الفقرة الأولى.\n\n\nالفقرة الثانية.", ["الفقرة الأولى.", "الفقرة الثانية."]),
    ("headline line", "محادثات أستانة تبدأ غدا\nأستانة (رويترز) - قال مسؤول إن المحادثات ستبدأ غدا.",
     ["محادثات أستانة تبدأ غدا", "أستانة (رويترز) - قال مسؤول إن المحادثات ستبدأ غدا."]),
    ("dateline stays", "أستانة (رويترز) - بدأت المحادثات. وقال مسؤول إنها مهمة.",
     ["أستانة (رويترز) - بدأت المحادثات.", "وقال مسؤول إنها مهمة."]),
    ("dateline with agency initials", "القاهرة (أ.ف.ب) - قال الوزير إن الاتفاق قريب.",
     ["القاهرة (أ.ف.ب) - قال الوزير إن الاتفاق قريب."]),
    ("closing guillemet", "قال: «انتهى الأمر.» وغادر القاعة.", ["قال: «انتهى الأمر.»", "وغادر القاعة."]),
    ("closing quote", 'قال الوزير: "سنعود غدا." وأضاف أن الوفد مستعد.',
     ['قال الوزير: "سنعود غدا."', "وأضاف أن الوفد مستعد."]),
    ("closing bracket", "وصل الوفد (وهو كبير.) وبدأ العمل.", ["وصل الوفد (وهو كبير.)", "وبدأ العمل."]),
    ("quotation of several sentences", 'قال: "الوضع صعب. لكننا سننجح." وغادر.',
     ['قال: "الوضع صعب. لكننا سننجح."', "وغادر."]),
    ("quotations of two kinds", 'قال: "الوضع صعب. لكننا سننجح." وأضاف: «نحن مستعدون. سنعود.» ثم غادر.',
     ['قال: "الوضع صعب. لكننا سننجح."', "وأضاف: «نحن مستعدون. سنعود.» ثم غادر."]),
    ("quoted question goes on", 'سأل "لماذا؟" ثم غادر القاعة.', ['سأل "لماذا؟" ثم غادر القاعة.']),
    ("ellipsis mid-sentence", "كان الوضع... صعبا جدا. وبعد ذلك تحسن.",
     ["كان الوضع... صعبا جدا.", "وبعد ذلك تحسن."]),
    ("ellipsis character", "انتظرنا… طويلا ثم وصلوا.", ["انتظرنا… طويلا ثم وصلوا."]),
    ("ellipsis then a start", "انتظرنا طويلا... وأخيرا وصلوا.", ["انتظرنا طويلا...", "وأخيرا وصلوا."]),
    ("decimal", "ارتفع النمو 3.5 في المئة. وتراجع التضخم.", ["ارتفع النمو 3.5 في المئة.", "وتراجع التضخم."]),
    ("arabic decimal", "ارتفع النمو ٣٫٥ في المئة. وتراجع التضخم.",
     ["ارتفع النمو ٣٫٥ في المئة.", "وتراجع التضخم."]),
    ("thousands", "قتل ١٬٢٠٠ شخص و1,200 جريح. وفر الآلاف.", ["قتل ١٬٢٠٠ شخص و1,200 جريح.", "وفر الآلاف."]),
    ("time", "يبدأ الاجتماع الساعة 10.30 صباحا. وينتهي ظهرا.",
     ["يبدأ الاجتماع الساعة 10.30 صباحا.", "وينتهي ظهرا."]),
    ("number at the end", "ولد عام 1950. وتوفي عام 2010.", ["ولد عام 1950.", "وتوفي عام 2010."]),
    ("abbreviation ق.م", "بني المعبد عام 500 ق.م. وهدم لاحقا.", ["بني المعبد عام 500 ق.م.", "وهدم لاحقا."]),
    ("abbreviation ص.ب", "راسلونا على ص.ب. 1234 القاهرة. وشكرا.",
     ["راسلونا على ص.ب. 1234 القاهرة.", "وشكرا."]),
    ("title د.", "قال د. محمد إن العلاج متوفر.", ["قال د. محمد إن العلاج متوفر."]),
    ("title م.", "أشرف م. خالد على البناء.", ["أشرف م. خالد على البناء."]),
    ("title أ.", "حاضر أ. سامي في الجامعة.", ["حاضر أ. سامي في الجامعة."]),
    ("era م. after a year", "انتهت الحرب عام 1945 م. الحكومة أعلنت ذلك.",
     ["انتهت الحرب عام 1945 م.", "الحكومة أعلنت ذلك."]),
    ("abbreviation ج.م.ع", "تقع في ج.م.ع. وعاصمتها القاهرة.", ["تقع في ج.م.ع.", "وعاصمتها القاهرة."]),
    ("ج.م.ع mid-sentence", "وقعت ج.م.ع. اتفاقا جديدا.", ["وقعت ج.م.ع. اتفاقا جديدا."]),
    ("initial", "كتب أحمد ز. أمين كتابا. ونشره عام 1950.", ["كتب أحمد ز. أمين كتابا.", "ونشره عام 1950."]),
    ("url", "زوروا موقع https://www.aljazeera.net/news. وشاركوا.",
     ["زوروا موقع https://www.aljazeera.net/news.", "وشاركوا."]),
    ("e-mail", "راسلوا info@example.org. وسنرد قريبا.", ["راسلوا info@example.org.", "وسنرد قريبا."]),
    ("numbered list", "١. البند الأول.\n٢. البند الثاني.", ["١. البند الأول.", "٢. البند الثاني."]),
    ("lettered list", "أ. البند الأول.\nب. البند الثاني.", ["أ. البند الأول.", "ب. البند الثاني."]),
    ("numbered list in a line", "الخطة: 1. وقف إطلاق النار. 2. تبادل الأسرى.",
     ["الخطة: 1. وقف إطلاق النار.", "2. تبادل الأسرى."]),
    ("bulleted list", "النقاط:\n• الأولى\n• الثانية", ["النقاط:", "• الأولى", "• الثانية"]),
    ("bullets in one line", "النقاط: • الأولى • الثانية", ["النقاط:", "• الأولى", "• الثانية"]),
    ("direction marks stay", f"{RLM}انتهى الاجتماع.{RLM} {RLM}وغادر الوفد.",
     [f"{RLM}انتهى الاجتماع.{RLM}", f"{RLM}وغادر الوفد."]),
    ("tatweel stays", f"قال الرئيـ{TATWEEL}ـس إن العام 1435 ه{TATWEEL}. الموافق 2014 مهم.",
     [f"قال الرئيـ{TATWEEL}ـس إن العام 1435 ه{TATWEEL}. الموافق 2014 مهم."]),
    ("no space after the full stop", "انتهى الاجتماع.وغادر الوفد.", ["انتهى الاجتماع.", "وغادر الوفد."]),
    ("spaces around", "  انتهى الاجتماع.  \n  وغادر الوفد.  ", ["انتهى الاجتماع.", "وغادر الوفد."]),
    ("spaces before a line break", "عنوان الخبر   \nنص الخبر.", ["عنوان الخبر", "نص الخبر."]),
    ("latin inside", "أعلنت شركة Apple نتائجها. وارتفع السهم.",
     ["أعلنت شركة Apple نتائجها.", "وارتفع السهم."]),
]

ENGLISH = [
    ("full stop", "Talks began. They ended.", ["Talks began.", "They ended."]),
    ("question and exclamation", "Did talks begin? Yes! They did.",
     ["Did talks begin?", "Yes!", "They did."]),
    ("combined marks", "Really?! Nobody knew.", ["Really?!", "Nobody knew."]),
    ("lowercase after a stop", "i went home. then i slept.", ["i went home.", "then i slept."]),
    ("paragraph break", "First paragraph\nSecond paragraph", ["First paragraph", "Second paragraph"]),
    ("headline line", "Talks to resume in Astana\nASTANA (Reuters) - Talks will resume on Monday.",
     ["Talks to resume in Astana", "ASTANA (Reuters) - Talks will resume on Monday."]),
    ("dateline stays", "BEIRUT (Reuters) - Talks began. They ended.",
     ["BEIRUT (Reuters) - Talks began.", "They ended."]),
    ("dateline with a date", "WASHINGTON, Jan. 5 (AP) - The U.S. Senate voted.",
     ["WASHINGTON, Jan. 5 (AP) - The U.S. Senate voted."]),
    ("closing quote", '"We are ready." The minister left.', ['"We are ready."', "The minister left."]),
    ("curly quotes and bracket", "He said “no.”) Then he left.", ["He said “no.”)", "Then he left."]),
    ("quoted question goes on", 'He asked "why?" and left.', ['He asked "why?" and left.']),
    ("quoted exclamation ends", '"Stop!" The crowd froze.', ['"Stop!"', "The crowd froze."]),
    ("ellipsis mid-sentence", "We waited ... and waited. Then they came.",
     ["We waited ... and waited.", "Then they came."]),
    ("ellipsis then a capital", "We waited... Then they came.", ["We waited...", "Then they came."]),
    ("bracketed ellipsis", "The report [...] was clear. It said so.",
     ["The report [...] was clear.", "It said so."]),
    ("decimal and thousands", "Growth was 3.5 percent and 1,200 jobs came. Prices fell.",
     ["Growth was 3.5 percent and 1,200 jobs came.", "Prices fell."]),
    ("time", "The meeting starts at 10.30 today. It ends at noon.",
     ["The meeting starts at 10.30 today.", "It ends at noon."]),
    ("titles", "Mr. Smith met Dr. Jones and Gen. Allen.", ["Mr. Smith met Dr. Jones and Gen. Allen."]),
    ("U.S. mid-sentence", "The U.S. Senate and the U.N. envoy met.",
     ["The U.S. Senate and the U.N. envoy met."]),
    ("U.S. at the end", "He moved to the U.S. The move was hard.",
     ["He moved to the U.S.", "The move was hard."]),
    ("month abbreviation", "On Jan. 5 talks began.", ["On Jan. 5 talks began."]),
    ("a.m. and p.m.", "It starts at 8 p.m. (1700 GMT) and ends at 9 a.m. on Monday.",
     ["It starts at 8 p.m. (1700 GMT) and ends at 9 a.m. on Monday."]),
    ("p.m. at the end", "It starts at 8 p.m. The hall is ready.",
     ["It starts at 8 p.m.", "The hall is ready."]),
    ("a zone, not an abbreviation", "He spoke at 10 a.m. EST. Shares rose.",
     ["He spoke at 10 a.m. EST.", "Shares rose."]),
    ("upper-case title", "MR. SMITH LEFT. THEY STAYED.", ["MR. SMITH LEFT.", "THEY STAYED."]),
    ("No. before a number", "He is No. 1 in the world. No. He is not.",
     ["He is No. 1 in the world.", "No.", "He is not."]),
    ("etc.", "Apples, pears, etc. were sold. Then the shop closed.",
     ["Apples, pears, etc. were sold.", "Then the shop closed."]),
    ("company", "Smith & Co. Ltd. said profits rose. Shares fell.",
     ["Smith & Co. Ltd. said profits rose.", "Shares fell."]),
    ("e.g.", "Use tools (e.g. The Programming Historian) daily.",
     ["Use tools (e.g. The Programming Historian) daily."]),
    ("initials", "J. R. R. Tolkien wrote it. George W. Bush read it.",
     ["J. R. R. Tolkien wrote it.", "George W. Bush read it."]),
    ("url", "See http://www.example.com/a.html for details. Thanks.",
     ["See http://www.example.com/a.html for details.", "Thanks."]),
    ("url at the end", "Details: www.example.com. Thanks.", ["Details: www.example.com.", "Thanks."]),
    ("e-mail", "Write to john.smith@example.com today. We answer.",
     ["Write to john.smith@example.com today.", "We answer."]),
    ("e-mail ends a line of text", "Kevin.A.Boone@accenture.com Our web address is new.",
     ["Kevin.A.Boone@accenture.com", "Our web address is new."]),
    ("numbered list", "1. Buy tools.\n2. Use them.", ["1. Buy tools.", "2. Use them."]),
    ("numbered list in a line", "Steps: 1. Buy the tools. 2. Use them.",
     ["Steps: 1. Buy the tools.", "2. Use them."]),
    ("date before the end", "Talks began on Jan. 5. They ended.", ["Talks began on Jan. 5.", "They ended."]),
    ("roman list", "ii. The second point.", ["ii. The second point."]),
    ("bulleted list", "Points:\n• first\n• second", ["Points:", "• first", "• second"]),
    ("bullets in one line", "Points: • first • second", ["Points:", "• first", "• second"]),
    ("CRLF line breaks", "Headline\r\nThe text.\r\n\r\nMore.", ["Headline", "The text.", "More."]),
    ("spaces before a CRLF", "Headline \t\r\nThe text. \r\nMore", ["Headline", "The text.", "More"]),
    ("footnote", "He left Harrow in 1805. [6] He went on.", ["He left Harrow in 1805. [6]", "He went on."]),
    ("footnote number", "Rights are protected. 4 Even so, few vote.",
     ["Rights are protected. 4", "Even so, few vote."]),
    ("valediction", "Thanks for the call. Best regards, Debra",
     ["Thanks for the call.", "Best regards,", "Debra"]),
    ("emoticon", "That was fun :-) Now I must go.", ["That was fun :-)", "Now I must go."]),
    ("e-mail header", "Kay Mann 04/26/2001 07:17 AM Will you come?",
     ["Kay Mann 04/26/2001 07:17 AM", "Will you come?"]),
    ("e-mail header closing the text", "Will you come?\nKay Mann 04/26/2001 07:17 AM",
     ["Will you come?", "Kay Mann 04/26/2001 07:17 AM"]),
    ("direction marks stay", f"{LRM}Talks began.{LRM} They ended.",
     [f"{LRM}Talks began.{LRM}", "They ended."]),
]


def _expected(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    spans, position = [], 0
    for sentence in sentences:
        start = text.index(sentence, position)
        spans.append((start, start + len(sentence)))
        position = start + len(sentence)
    return spans


@pytest.mark.parametrize(("behaviour", "text", "sentences"), ARABIC, ids=[c[0] for c in ARABIC])
def test_arabic(behaviour, text, sentences):
    assert split(text, "ar") == _expected(text, sentences)


@pytest.mark.parametrize(("behaviour", "text", "sentences"), ENGLISH, ids=[c[0] for c in ENGLISH])
def test_english(behaviour, text, sentences):
    assert split(text, "en") == _expected(text, sentences)


def test_offsets_are_literal():
    text = "Dr. Smith arrived in the U.S. on Jan. 5. He spoke."
    assert split(text, "en") == [(0, 40), (41, 50)]
    arabic = "قال د. أحمد إن المحادثات بدأت. وأضاف أنها مهمة."
    assert split(arabic, "ar") == [(0, 30), (31, 47)]


@pytest.mark.parametrize("lang", [None, "", "fr", "AR", "ar-EG", "en_US", "xx-unknown"])
def test_unknown_or_mixed_language_gets_a_sound_default(lang):
    text = "Talks began in the U.S. today. بدأت المحادثات. وانتهت أمس."
    expected = ["Talks began in the U.S. today.", "بدأت المحادثات.", "وانتهت أمس."]
    assert split(text, lang) == _expected(text, expected)


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t\u3000 "])
def test_nothing_to_split(text):
    assert split(text, "en") == []
    assert split(text, "ar") == []


def test_seed_article():
    text = (SEEDS / "astana-talks-2017-01-24.ar.txt").read_text(encoding="utf-8")
    spans = split(text, "ar")
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(spans) >= len(lines)
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)


def test_random_text_keeps_the_invariants():
    """Whatever the text: spans in order, inside it, trimmed, non-empty, covering every
    non-space character. A fixed seed, so it fails the same way every time."""
    alphabet = [*"ab Z.?!…\"«»()[]•\n\t 1٣,؟\u200f", TATWEEL, "Mr.", "U.S.", " ق.م. ", "http://x.io", " و",
                " 04/26/2001 07:17 AM"]
    rng = random.Random(20170124)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for lang in ("ar", "en", None):
            spans = split(text, lang)
            covered = set()
            for index, (start, end) in enumerate(spans):
                following = spans[index + 1][0] if index + 1 < len(spans) else len(text)
                assert 0 <= start < end <= following <= len(text)
                assert text[start:end] == text[start:end].strip()
                covered.update(range(start, end))
            assert all(i in covered for i, char in enumerate(text) if not char.isspace())


def test_ascii_expression_agrees_with_the_whole_one():
    """An ASCII text is split by the expression of the ASCII first characters alone, with the
    spans of the expression of all of them (random ASCII text, both languages)."""
    alphabet = [*"ab Z.?!\"()[]\n\t 1,:;/@-", "Mr.", "U.S.", "etc.", "http://x.io", " The ", "...", "\r",
                "  \n", ":-)", "x@y.org ", "Regards, ", "04/26/2001 07:17 AM "]
    rng = random.Random(20261130)
    splitters = [Splitter(rules_for(lang)) for lang in ("en", "ar", None)]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80))).strip()
        for lang, splitter in zip(("en", "ar", None), splitters, strict=True):
            assert splitter._ascii_separator.split(text) == splitter._separator.split(text), (lang, text)


_SPLITTERS: dict[str, Splitter] = {}


def _two_ways(lang: str, text: str) -> tuple[list | None, list]:
    """(the fast way's spans or None, the one-expression way's spans) of `text`."""
    splitter = _SPLITTERS.get(lang) or _SPLITTERS.setdefault(lang, Splitter(rules_for(lang)))
    body = text.strip()
    return splitter._by_full_stops(body, 0), splitter._at_once(body, 0)


def test_full_stops_alone_agree_with_one_expression():
    """The fast way (the full stop's expression alone) answers only with the spans the
    one-expression way gives: on every case above and on random text, ASCII or not."""
    cases = [(lang, text) for lang, table in (("ar", ARABIC), ("en", ENGLISH)) for _, text, _ in table]
    alphabet = [*"ab Z.?!\"()[]\n\t 1,:;/@", "Mr.", "U.S.", "etc.", "http://x.io", " The ", "...", "\r"]
    other = [*alphabet, "؟", "…", "•", " ", "«", "»", " وقال ", "د.", "ه"]
    rng = random.Random(20261129)
    cases += [(lang, "".join(rng.choice(chars) for _ in range(rng.randint(1, 80))))
              for _ in range(300) for lang in ("en", "ar") for chars in (alphabet, other)]
    answered = 0
    for lang, text in cases:
        fast, at_once = _two_ways(lang, text)
        if text.strip() and fast is not None:
            answered += 1
            assert fast == at_once, (lang, text)
    assert answered > len(cases) // 5  # the fast way is taken, not only declined


@pytest.mark.parametrize("case", ["question and exclamation", "valediction", "emoticon", "e-mail header",
                                  "CRLF line breaks", "spaces before a CRLF"])
def test_full_stops_alone_decline_what_only_one_expression_decides(case):
    """A question mark, or a comma, colon or slash that ends a sentence, a carriage return,
    spaces before a line break: the text goes the one-expression way (the fast way says None)."""
    text = next(text for behaviour, text, _ in ENGLISH if behaviour == case)
    assert _two_ways("en", text)[0] is None


def test_text_of_many_lines_is_split_by_full_stops_alone():
    """The ASCII cases the fast way answers, one per line (a line break always ends a
    sentence; several lines end with no full stop), keep their sentences and offsets: a text
    long enough for `split` to take the fast way."""
    cases = [(text, sentences) for _, text, sentences in ENGLISH
             if text.isascii() and _two_ways("en", text)[0] is not None]
    text = "\n".join(text for text, _ in cases)
    expected, position = [], 0
    for case, sentences in cases:
        expected += [(start + position, end + position) for start, end in _expected(case, sentences)]
        position += len(case) + 1
    assert len(cases) > 20 and text.isascii() and len(text) >= _LONG
    assert _two_ways("en", text)[0] is not None
    assert split(text, "en") == expected
    assert split(f"  {text}\n", "en") == [(start + 2, end + 2) for start, end in expected]
