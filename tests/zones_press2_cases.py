"""The press batch's second part (session 6, same format as zones_press_cases.py), written
before running wiretime on it, after the first part's fixes: namesakes told by an adjective
of nationality ("العاصمة الليبية طرابلس", "طرابلس اللبنانية", "the Libyan capital Tripoli"),
zones named after Moscow, Kyiv and London in Arabic, a gloss from a writer who forgot Iran
dropped DST, Egypt's first and last DST days, Palestine's DST ending days before Egypt's,
Lebanon before its 2023 switch, Arabic-Indic digits and "ت غ" in glosses, and clock times
whose UTC day is the day before. As written: UTC 18/22 (ar 13/15, en 5/7), tz_source 22/22, local
21/22; the adjectives of nationality (three) and a day after a stated time's GMT gloss (one)
were our gaps.
"""

from __future__ import annotations

N = None

CASES = [
    # --- namesakes told by an adjective of nationality ---------------------------------------
    ("p2-ar-libyan-capital-in-beirut-story", "ar", "2024-07-15", N,
     "بيروت (رويترز) - أفادت وسائل إعلام بأن اشتباكات اندلعت في العاصمة الليبية طرابلس الساعة العاشرة مساء.",
     [("الساعة العاشرة مساء", "2024-07-15T22:00", "Africa/Tripoli", "2024-07-15T20:00Z", "place")], ()),
    ("p2-ar-lebanese-tripoli-in-cairo-story", "ar", "2024-07-15", N,
     "القاهرة (أ ش أ) - اندلعت اشتباكات في مدينة طرابلس اللبنانية الساعة العاشرة مساء.",
     [("الساعة العاشرة مساء", "2024-07-15T22:00", "Asia/Beirut", "2024-07-15T19:00Z", "place")], ()),
    ("p2-en-libyan-capital-in-beirut-story", "en", "2024-07-15", N,
     "BEIRUT (Reuters) - Clashes broke out in the Libyan capital Tripoli at 10 p.m., local media said.",
     [("10 p.m.", "2024-07-15T22:00", "Africa/Tripoli", "2024-07-15T20:00Z", "place")], ()),
    # --- zones named after a city, in Arabic ----------------------------------------------------
    ("p2-ar-moscow-time", "ar", "2024-01-10", N,
     "كييف (رويترز) - قالت وزارة الدفاع الروسية إن الهجوم بدأ الساعة الخامسة صباحا بتوقيت موسكو.",
     [("الساعة الخامسة صباحا", "2024-01-10T05:00", "Europe/Moscow", "2024-01-10T02:00Z", "explicit")], ()),
    ("p2-ar-kyiv-time", "ar", "2024-07-10", N,
     "موسكو (رويترز) - قالت السلطات الأوكرانية إن صفارات الإنذار دوت الساعة العاشرة صباحا بتوقيت كييف.",
     [("الساعة العاشرة صباحا", "2024-07-10T10:00", "Europe/Kyiv", "2024-07-10T07:00Z", "explicit")], ()),
    ("p2-ar-london-time", "ar", "2024-08-01", N,
     "لندن (رويترز) - يعلن بنك إنجلترا قراره بشأن الفائدة الساعة 12 ظهرا بتوقيت لندن.",
     [("الساعة 12 ظهرا", "2024-08-01T12:00", "Europe/London", "2024-08-01T11:00Z", "explicit")], ()),
    ("p2-ar-jerusalem-time-dst", "ar", "2024-04-02", N,
     "القدس (وفا) - أعلنت الأوقاف فتح أبواب المسجد الأقصى الساعة العاشرة صباحا بتوقيت القدس.",
     [("الساعة العاشرة صباحا", "2024-04-02T10:00", "Asia/Jerusalem", "2024-04-02T07:00Z", "explicit")], ()),
    # --- glosses ----------------------------------------------------------------------------------
    ("p2-ar-tehran-stale-gloss", "ar", "2023-06-15", N,
     "طهران (رويترز) - بدأت المناورات البحرية الساعة الثامنة صباحا (0330 بتوقيت غرينتش).",
     [("الساعة الثامنة صباحا", "2023-06-15T08:00", "+04:30", "2023-06-15T03:30Z", "paired")], ()),
    ("p2-ar-ankara-ay-tg", "ar", "2024-02-01", N,
     "أنقرة (الأناضول) - تبدأ الجلسة الساعة العاشرة صباحا بالتوقيت المحلي، أي الساعة 0700 ت غ.",
     [("الساعة العاشرة صباحا", "2024-02-01T10:00", "Europe/Istanbul", "2024-02-01T07:00Z", "paired")], ()),
    ("p2-ar-damascus-indic-gloss", "ar", "2024-02-01", N,
     "دمشق (سانا) - يبدأ التصويت في مجلس الشعب الساعة العاشرة صباحا (٠٧٠٠ ت.غ).",
     [("الساعة العاشرة صباحا", "2024-02-01T10:00", "Asia/Damascus", "2024-02-01T07:00Z", "paired")], ()),
    ("p2-en-doha-local-gloss", "en", "2024-01-20", N,
     "DOHA (Reuters) - Talks resumed at 6 p.m. local time (1500 GMT) on Saturday, a diplomat said.",
     [("6 p.m.", "2024-01-20T18:00", "Asia/Qatar", "2024-01-20T15:00Z", "paired")], ()),
    ("p2-en-tehran-time-gloss", "en", "2024-05-21", N,
     "DUBAI (Reuters) - Iran will hold the funeral at 9 a.m. Tehran time (0530 GMT) on Thursday.",
     [("9 a.m. Tehran time", "2024-05-23T09:00", "Asia/Tehran", "2024-05-23T05:30Z", "explicit")], ()),
    ("p2-en-cest-comma-gmt", "en", "2024-06-09", N,
     "BRUSSELS (Reuters) - Voting in the last member states ends at 11 p.m. CEST, 2100 GMT, on Sunday.",
     [("11 p.m. CEST", "2024-06-09T23:00", "+02:00", "2024-06-09T21:00Z", "explicit")], ()),
    ("p2-en-et-election-night", "en", "2024-11-05", N,
     "WASHINGTON (Reuters) - The first polls close at 6 p.m. ET (2300 GMT) on Tuesday.",
     [("6 p.m. ET", "2024-11-05T18:00", "America/New_York", "2024-11-05T23:00Z", "explicit")], ()),
    # --- beside zone changes ----------------------------------------------------------------------
    ("p2-ar-beirut-2023-before", "ar", "2023-03-25", N,
     "بيروت (الوكالة الوطنية) - أعلن الأمن العام فتح المعبر الحدودي الساعة الثامنة صباحا.",
     [("الساعة الثامنة صباحا", "2023-03-25T08:00", "Asia/Beirut", "2023-03-25T06:00Z", "place")], ()),
    ("p2-ar-egypt-first-dst-day", "ar", "2024-04-26", N,
     "القاهرة (رويترز) - تقام صلاة الجمعة في الجامع الأزهر الساعة 12:30 ظهرا.",
     [("الساعة 12:30 ظهرا", "2024-04-26T12:30", "Africa/Cairo", "2024-04-26T09:30Z", "place")], ()),
    ("p2-ar-egypt-last-dst-day", "ar", "2024-10-31", N,
     "القاهرة (رويترز) - تبدأ جلسة البرلمان الساعة العاشرة صباحا.",
     [("الساعة العاشرة صباحا", "2024-10-31T10:00", "Africa/Cairo", "2024-10-31T07:00Z", "place")], ()),
    ("p2-ar-egypt-after-dst", "ar", "2024-11-01", N,
     "القاهرة (رويترز) - تنطلق المباراة الساعة العاشرة صباحا.",
     [("الساعة العاشرة صباحا", "2024-11-01T10:00", "Africa/Cairo", "2024-11-01T08:00Z", "place")], ()),
    ("p2-ar-hebron-after-palestine-dst", "ar", "2024-10-29", N,
     "الخليل (وفا) - اقتحمت قوات الاحتلال البلدة القديمة الساعة التاسعة صباحا.",
     [("الساعة التاسعة صباحا", "2024-10-29T09:00", "Asia/Hebron", "2024-10-29T07:00Z", "place")], ()),
    ("p2-en-sydney-dst-first-day", "en", "2024-10-06", N,
     "SYDNEY (Reuters) - The rally will begin at 7 p.m. AEDT outside Town Hall.",
     [("7 p.m. AEDT", "2024-10-06T19:00", "+11:00", "2024-10-06T08:00Z", "explicit")], ()),
    # --- the UTC day before -----------------------------------------------------------------------
    ("p2-ar-tokyo-dawn", "ar", "2024-01-01", N,
     "طوكيو (كيودو) - وقع الزلزال الساعة 4:10 فجر اليوم الاثنين بالتوقيت المحلي.",
     [("الساعة 4:10 فجر", "2024-01-01T04:10", "Asia/Tokyo", "2023-12-31T19:10Z", "place")], ()),
    ("p2-en-seoul-dawn", "en", "2024-01-01", N,
     "SEOUL (Reuters) - North Korea fired a ballistic missile at 5:05 a.m. on Monday, the military said.",
     [("5:05 a.m.", "2024-01-01T05:05", "Asia/Seoul", "2023-12-31T20:05Z", "place")], ()),
]
