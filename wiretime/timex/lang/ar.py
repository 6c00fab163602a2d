"""Arabic time knowledge: the tables and rules of ar_numbers, ar_calendar, ar_dates,
ar_times and ar_periods, with modifiers, joiners, range forms and tense cues.

Text is folded before matching (أ إ آ ٱ → ا, ى → ي, ة → ه; diacritics, tatweel and bidi
controls removed; Arabic-Indic and Persian digits → ASCII), so tables and patterns are
written in ordinary spelling and match every variant. Examples resolve against Tuesday
2017-01-24 (the sample article's date).
"""

from dataclasses import replace

from wiretime.timex.lang import ar_calendar, ar_compose, ar_dates, ar_numbers, ar_periods, ar_times
from wiretime.timex.lang.zones_ar import UTC_NAMES, ZONE_RULES, ZONES
from wiretime.timex.language import Language
from wiretime.timex.rules import Modifier, RangeForm

# A clitic (و ف ب ل ك, or two: وب، فل...) may precede a word; the mention starts after it.
_LEFT = r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بلك]))"

RULES = [*ar_dates.RULES, *ar_times.RULES, *ar_periods.RULES, *ZONE_RULES]

MODIFIERS = [
    # ("متم": Moroccan "at the close of", "عند متم شهر غشت")
    Modifier(r"(?:نهاية|أواخر|اواخر|آخر|أخر|ختام|أواخر\s+شهر|نهايات|متم)(?:\s+شهر)?", "END"),
    Modifier(r"(?:بداية|مطلع|أوائل|اوائل|بدايات|مستهل|أول|غرة)(?:\s+شهر)?", "START"),
    Modifier(r"(?:منتصف|أواسط|اواسط|نص|نصف|وسط)(?:\s+شهر)?", "MID"),
    Modifier(r"(?:نحو|حوالي|حوالى|قرابة|زهاء|ما\s+يقارب|ما\s+يقرب\s+من|تقريبا|بحدود|في\s+حدود)", "APPROX"),
    Modifier(r"(?:أكثر\s+من|ما\s+يزيد\s+على|ما\s+يزيد\s+عن|أزيد\s+من|أطول\s+من)", "MORE_THAN"),
    Modifier(r"(?:في\s+)?وقت\s+لاحق\s+من", "END"),
    # "النصف الثاني من الشهر المقبل": the month's halves (a year's are H1/H2, ar_periods)
    Modifier(r"النصف\s+(?:الأول|الاول)\s+(?:من|في)", "START"),
    Modifier(r"النصف\s+الثاني\s+(?:من|في)", "END"),
    Modifier(r"(?:الساعات|اللحظات|الدقائق|الأيام|الأسابيع|الأشهر|الشهور)\s+(?:الأولى|الاولى)\s+من", "START"),
    Modifier(r"(?:الساعات|اللحظات|الدقائق|الأيام|الأسابيع|الأشهر|الشهور)\s+الأخيرة\s+من", "END"),
    Modifier(r"(?:في\s+)?(?:وقت|ساعة|ساعات)\s+مبكرة?\s+من", "START"),
    # "العشر الأواخر من رمضان": the last ten days of a month
    Modifier(r"(?:العشر|الأيام\s+العشر|الأيام\s+العشرة)\s+(?:الأواخر|الأخيرة)\s+(?:من|في)", "END"),
    Modifier(r"(?:العشر|الأيام\s+العشر|الأيام\s+العشرة)\s+(?:الأوائل|الأولى)\s+(?:من|في)", "START"),
    Modifier(r"(?:أقل\s+من|ما\s+يقل\s+عن|أدنى\s+من)", "LESS_THAN"),
    Modifier(r"(?:على\s+الأقل)", "EQUAL_OR_MORE"),
]

# Past-tense reporting and event verbs (with their clitics and feminine/plural forms), and
# "منذ"; the future: "س" + an imperfect prefix (سيعقد، ستجري; not سياسة، سيد، سيطرة),
# "سوف", and words of plans.
_PAST_VERBS = ("قال", "ذكر", "أعلن", "أكد", "أفاد", "كان", "جرى", "عقد", "نقل", "وقع", "أضاف", "أوضح", "أشار",
               "صرح", "شهد", "بدأ", "انتهى", "توفي", "قتل", "اعتقل", "وصل", "زار", "التقى", "استقبل", "غادر",
               "أصدر", "نشر", "حدث", "تم", "أجرى", "شارك", "افتتح", "اختتم", "فاز", "خسر", "سقط", "انفجر",
               "هاجم", "أطلق", "أسفر", "اندلع", "أعلنت", "عاد", "دعا", "طالب", "رفض", "وافق", "قرر", "اتفق",
               "أفرج", "أصيب", "أصاب", "تعرض", "استهدف", "أدان", "ندد", "نفى", "كشف", "أكدت", "ألقى", "اعتبر",
               "رأى", "أبلغ", "أبدى", "أعرب", "تلقى", "تسلم", "سلم", "صادق", "أقر", "ناقش", "بحث", "تناول",
               "استأنف", "علق", "أجل", "ألغى", "أوقف", "اغتيل", "اختطف", "فر", "هرب", "دخل", "خرج", "انسحب",
               "سيطر", "استعاد", "حرر", "شن", "نفذ", "ارتكب", "انتخب", "عين", "استقال", "أقال", "مات", "ولد",
               "تأسس", "أسس", "أنشئ", "بلغ", "ارتفع", "انخفض", "تراجع", "سجل", "حقق", "أنهى", "عقدت", "جاء",
               # (not the pasts that are also common nouns: قصف، فتح، منح، بعث، توجه، حذر، ثمن)
               "أحيا", "احتفل", "استضاف", "انطلق", "اجتمع", "انعقد", "ترأس", "تظاهر", "شدد", "لفت", "نوه",
               "رحب", "هنأ", "جدد", "دشن", "أبرم", "أغلق", "اتهم", "أشاد", "تبنى", "اعترف", "أسقط", "أعاد",
               # form V pasts whose imperfect would be تت... (تولى: he took office; she takes it: تتولى)
               "تولى", "تخلى", "تصدى", "تحدى", "تمكن", "تعهد", "توصل",
               # market and economy copy ("ونما الاقتصاد 3% في الربع الرابع": the quarter past)
               "نما", "هبط", "قفز", "صعد", "زاد", "انكمش", "تكبد")
_PAST_FORMS = "|".join(f"{v}(?:ت|وا|تا|ا)?(?:ه|ها|هم|هما)?" for v in _PAST_VERBS)  # (شنه: he launched it)
# Any word of a derived form's past with its feminine or first-person "ت" (انطلقت، استمرت،
# اجتمعت، أكدت): an alif, not the article, and no plural "ات" at the end.
# After the clitic "و/ف", a three-letter past with that "ت" too (وقصفت، وقالت; not وثبوت), and
# the pasts of forms V and VI (وتواصلت، وتعرضت).
_PAST_T = r"ا(?!ل)[ء-ي]{3,}(?<!ا)ت|(?<=[وف])[ء-ي]{2}[^\Wو]ت|(?<=[وف])ت[ء-ي]{3,}(?<!ا)ت"
# A third-person imperfect (يعقد، ويبدأ، ينطلق) speaks of what is ahead in news, unless a past
# cue is nearer; not the words that merely begin with "ي" (يوم، يونيو، يناير، يمين، يهود...).
# The feminine "ت" only where no past shares the form (تستمر، تتواصل; not تابع، تحدث), and the
# verbs of scheduled events whose form V past is rare in news ("وتعقد اللجنة اجتماعها الثلاثاء":
# the coming Tuesday; not تدخل، تقدم، تسلم، تصدر: intervened, advanced, received, topped). Not the
# verbs that report or frame a statement ("ويقول مسؤولون إن...", "ويأتي ذلك بعد..."), nor one
# after "كان/كانت" and at most one word, a past that went on ("وكانت ليبيا تحتفل بذكرى الفاتح من
# سبتمبر", "كان يعقد"; a lookbehind per length of that word, as `re` wants fixed widths).
_AFTER_KANA = "".join(rf"(?<!(?:(?<![ء-ي])|(?<=(?<![ء-ي])[وف])){was}\s{word})" for was in ("كان", "كانت", "كانوا")
                      for word in ("", *(r"\S" * n + r"\s" for n in range(2, 11))))
_FEMININE_IMPERFECTS = ("تعقد", "تنعقد", "تبدأ", "تنطلق", "تجري", "تصل", "تعود", "تنتهي", "تبحث", "تنظر", "تفتح",
                        "تغلق", "تعلن", "تقام", "تحتفل", "تختتم", "تلتقي", "تجتمع", "تصوت", "تزور", "تنظم", "تناقش",
                        "تطلق", "تمنح", "تعيد", "ترسل", "تنشر", "تنفذ", "تنسحب", "تحسم", "تنطق")
_IMPERFECT = (_AFTER_KANA + r"(?!يقول|تقول|يرى|ترى|ياتي|تاتي|يذكر|يشار|يضيف|يوضح|يعتبر|يبدو|يؤكد|تؤكد|يشير|تشير)"
              r"(?:ي(?!و|ناير|مين|هود|حيى|اسر|زيد|عقوب|منى|ابان)[ء-ي]{2,}|ت(?:ست|ت)[ء-ي]{2,}"
              rf"|(?:{'|'.join(_FEMININE_IMPERFECTS)})(?:ان)?)")

# "س" + an imperfect: the third persons (سيعقد، ستجري، سيرسل), the first plural (سنلتقي) and,
# folded to "سا", the first singular (سأعود، سأواصل). Not the nouns that look like one: years
# and sixty (سنوات، سنتين، ستين), سيد/سيدة، سير/سيرة، سيطرة (and the past سيطر), places
# (سيناء، سنغافورة), and the "سا" words (ساعة، ساعات، سابق، سادس، سابع، ساحة، ساحل، سامي،
# سالم، ساكن، ساعيا، ساحقة) or pasts (ساعد، ساهم، سافر، سار، ساد), nor names of five letters
# after "سا" (ساركوزي، سامسونج: a first-person stem has three or four); nor any "سيا/ستا/سنا"
# (سياسة، سيارة).
_FUTURE_PREFIXED = (r"(?!(?:سنوات|سنوي|سنويه|سنويا|سنتين|سنين|ستين|ستون|سيناء|سيناريو|سيول|سينما|سيد|سيده|سيدات"
                    r"|سيدي|سير|سيره|سيرا|سيطره|سيطر|سيطرت|سيطروا|ستوديو)(?!\w)"
                    r"|سنغافور|ستوكهولم|سينات|سيجار|سا(?:عا?ت|عه|عد|بق|بع|دس|حا?ت|حه|حل|مي|لم|كن|هم|ري|فر|خن|طع"
                    r"|ند|حر|رق|لب|مع|دا?ت|عي|حق))(?:س[يتن](?!ا)[ء-ي]{2,}|سا[ء-ي]{3,4})")

# Expecting looks ahead even in the past ("توقعت الأرصاد أن تشهد البلاد أمطارا الجمعة"): the
# past "توقع/رجح" is a future cue too, and at the same place the future wins; so is giving a
# deadline ("وأمهلت واشنطن حماس حتى ظهر السبت": the coming Saturday).
# First persons in quotations that look ahead without "س" ("نأمل أن نتوصل إلى اتفاق الأحد"):
# hoping, expecting, intending, planning (folded: نامل). Not their pasts' look-alikes (اعتزم).
_FIRST_PERSON_PLANS = "نامل|امل\\s+ان|نتوقع|اتوقع|نعتزم|نخطط|اخطط|نتطلع|اتطلع|نسعي"

_LANGUAGE = Language(
    code="ar",
    tables={**ar_numbers.TABLES, **ar_calendar.TABLES, "zone": ZONES, "utc_name": UTC_NAMES},
    rules=RULES,
    fold={"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"},
    strip="\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
          "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    # "للعام المقبل", "وللربع الثالث" (not "لليوم": "for the day", a rate, more than "for today")
    elided=(r"(?:(?<=(?<!\w)ل)|(?<=(?<!\w)[وف]ل))(?=ل\w)(?!ليوم)", "ا"),
    modifiers=MODIFIERS,
    joiners=r"\s+|\s*[،,]\s*|\s+(?:في|من|ب|عند|على|الموافق|الموافقة|المقبل|القادم)\s+|\s+(?:عند\s+|في\s+|على\s+)?(?:ال)?ساعة\s+"
            r"|\s+(?:وتحديدا\s+|أي\s+)",
    range_forms=[
        RangeForm(r"\s*(?:-|–|—)\s*", opener=r"من|بين|ما\s+بين"),
        RangeForm(r"\s+(?:إلى|الى|حتى|وحتى|لغاية|ولغاية|إلى\s+غاية)\s+", opener=r"من|منذ|ما\s+بين|اعتبارا\s+من|ابتداء\s+من"),
        RangeForm(r"\s+و\s*", opener=r"بين|ما\s+بين", opener_required=True),
    ],
    past_cues=rf"(?<!\w)[وف]?(?:{_PAST_FORMS}|{_PAST_T}|منذ|الماضي|الماضية|الماضيين|أمس|سابق|قد\s+\w+|لقد|لم|كانت?)(?!\w)",
    future_cues=rf"(?<!\w)[وف]?(?:سوف|{_FUTURE_PREFIXED}|المقرر|المتوقع|يعتزم|تعتزم|المقبل|المقبلة|المقبلين|القادم|القادمة|القادمين"
                rf"|يتوقع|توقع|توقعت|توقعوا|رجح|رجحت|أمهل|أمهلت|أمهلوا|من\s+المنتظر|غدا|ينتظر|يرتقب|لن|{_FIRST_PERSON_PLANS}|{_IMPERFECT})(?!\w)",
    word_boundary_left=_LEFT,
    loose_clitics="و",
    and_joiner=r"\s*و\s*|\s+",
    # A clock time without a date is the reference day's, even looking ahead ("الساعة 3 فجرا").
    clock_rollover=False,
    past_reach_days=300,  # "انطلقت في 15 فيفري" in November: the February just past
)
# Its own composition rules, and the default ones its joiners and range forms make.
LANGUAGE = replace(_LANGUAGE, rules=[*RULES, *ar_compose.COMPOSE, *_LANGUAGE.neighbour_rules()])
