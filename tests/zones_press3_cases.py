"""The press batch's third part (session 6, same format as zones_press_cases.py), written before
running wiretime on it, after the second part's fixes: the datelines the first two parts did not
open with (كابول، الدوحة، اسطنبول، غزة، أستانة), zones named after Doha and Cairo, a gloss as
"(أي ... ت.غ)" and after a comma with "ت غ", a visitor "قادما من طهران" whose talks are where the
dateline is, Tripoli with Lebanon after a comma in English, IST and KST where they are at home,
Kazakhstan's west on one offset since 2024, and a New Year's midnight that is still the old year
in UTC. As written: UTC 14/15, tz_source 15/15, local 14/15; the one miss was the English tense
rules reading "was due to take effect ... on Saturday" on a Friday as the past Saturday (its zone
was right); a plan told in the past is now a future cue: 15/15.
"""

from __future__ import annotations

N = None

CASES = [
    ("p3-ar-kabul", "ar", "2024-09-02", N,
     "كابول (أ ف ب) - قالت وزارة الداخلية إن الانفجار وقع عند الساعة العاشرة والنصف صباحا.",
     [("الساعة العاشرة والنصف صباحا", "2024-09-02T10:30", "Asia/Kabul", "2024-09-02T06:00Z", "place")], ()),
    ("p3-ar-doha-time", "ar", "2024-08-15", N,
     "الدوحة (قنا) - تنطلق جولة المفاوضات الجديدة الساعة الخامسة مساء بتوقيت الدوحة.",
     [("الساعة الخامسة مساء", "2024-08-15T17:00", "Asia/Qatar", "2024-08-15T14:00Z", "explicit")], ()),
    ("p3-ar-istanbul-variant", "ar", "2024-05-20", N,
     "اسطنبول (رويترز) - أغلقت بورصة إسطنبول تعاملاتها الساعة السادسة مساء على انخفاض.",
     [("الساعة السادسة مساء", "2024-05-20T18:00", "Europe/Istanbul", "2024-05-20T15:00Z", "place")], ()),
    ("p3-ar-gaza-before-dst", "ar", "2024-03-20", N,
     "غزة (أ ف ب) - قال شهود إن القصف بدأ قرابة الساعة الثالثة فجرا.",
     [("الساعة الثالثة فجرا", "2024-03-20T03:00", "Asia/Gaza", "2024-03-20T01:00Z", "place")], ()),
    ("p3-ar-cairo-time", "ar", "2024-07-01", N,
     "القاهرة (أ ش أ) - يبدأ العمل بالقرار الساعة الثانية عشرة ظهرا بتوقيت القاهرة.",
     [("الساعة الثانية عشرة ظهرا", "2024-07-01T12:00", "Africa/Cairo", "2024-07-01T09:00Z", "explicit")], ()),
    ("p3-ar-riyadh-bracket-ay", "ar", "2024-11-11", N,
     "الرياض (واس) - تبدأ القمة العربية الإسلامية الساعة الرابعة عصرا (أي 1300 ت.غ).",
     [("الساعة الرابعة عصرا", "2024-11-11T16:00", "Asia/Riyadh", "2024-11-11T13:00Z", "paired")], ()),
    ("p3-ar-sanaa-comma-tg", "ar", "2024-03-01", N,
     "صنعاء (سبأ) - تبدأ الجلسة الساعة 12 ظهرا بالتوقيت المحلي، 0900 ت غ.",
     [("الساعة 12 ظهرا", "2024-03-01T12:00", "Asia/Aden", "2024-03-01T09:00Z", "paired")], ()),
    ("p3-ar-visitor-from-tehran", "ar", "2024-02-10", N,
     "بغداد (رويترز) - وصل الوزير الإيراني قادما من طهران وبدأ محادثاته الساعة الحادية عشرة صباحا.",
     [("الساعة الحادية عشرة صباحا", "2024-02-10T11:00", "Asia/Baghdad", "2024-02-10T08:00Z", "place")], ()),
    ("p3-ar-astana-2023", "ar", "2023-11-10", N,
     "أستانة (رويترز) - يفتتح الرئيس الكازاخي المنتدى الساعة العاشرة صباحا.",
     [("الساعة العاشرة صباحا", "2023-11-10T10:00", "Asia/Almaty", "2023-11-10T04:00Z", "place")], ()),
    ("p3-ar-dubai-new-year", "ar", "2024-12-31", N,
     "دبي (وام) - تنطلق الألعاب النارية من برج خليفة عند منتصف الليل.",
     [("منتصف الليل", "2025-01-01T00:00", "Asia/Dubai", "2024-12-31T20:00Z", "place")], ()),
    ("p3-en-tripoli-comma-lebanon", "en", "2024-07-14", N,
     "TRIPOLI, Lebanon (Reuters) - Clashes resumed at 6 a.m. on Sunday, residents said.",
     [("6 a.m.", "2024-07-14T06:00", "Asia/Beirut", "2024-07-14T03:00Z", "place")], ()),
    ("p3-en-mumbai-ist", "en", "2024-06-05", N,
     "MUMBAI (Reuters) - Indian shares opened higher at 9:15 a.m. IST.",
     [("9:15 a.m. IST", "2024-06-05T09:15", "Asia/Kolkata", "2024-06-05T03:45Z", "explicit")], ()),
    ("p3-en-seoul-kst", "en", "2024-12-03", N,
     "SEOUL (Reuters) - The president declared martial law in a televised address at 10:25 p.m. KST "
     "(1325 GMT).",
     [("10:25 p.m. KST", "2024-12-03T22:25", "Asia/Seoul", "2024-12-03T13:25Z", "explicit")], ()),
    ("p3-en-aktau-2024", "en", "2024-12-25", N,
     "MOSCOW (Reuters) - An Azerbaijan Airlines plane crashed near Aktau, Kazakhstan, at about 11:30 a.m. "
     "local time.",
     [("11:30 a.m.", "2024-12-25T11:30", "Asia/Aqtau", "2024-12-25T06:30Z", "place")], ()),
    ("p3-en-khartoum-gloss", "en", "2024-06-14", N,
     "KHARTOUM (Reuters) - A ceasefire was due to take effect at 6 a.m. (0400 GMT) on Saturday.",
     [("6 a.m.", "2024-06-15T06:00", "Africa/Khartoum", "2024-06-15T04:00Z", "paired")], ()),
]
