"""The adversarial zone set's sixth batch (same format as zones_adversarial_cases.py): glosses
written the other way round (GMT first, local time in brackets), "local" in its many Arabic and
English forms, and clock times of a place other than the dateline's said to be local."""

from __future__ import annotations

N = None

CASES = [
    # --- English -----------------------------------------------------------------------------
    ("b6-en-gmt-first", "en", "2024-04-14", N,
     "JERUSALEM (Reuters) - The first drones were detected at 2300 GMT (0200 local) on Saturday.",
     [("2300 GMT", "2024-04-13T23:00", "UTC", "2024-04-13T23:00Z", "explicit"),
      ("0200", "2024-04-14T02:00", "Asia/Jerusalem", "2024-04-13T23:00Z", "paired")], ()),
    ("b6-en-local-bracket-hhmm", "en", "2024-05-26", N,
     "GAZA (Reuters) - The strike on the tent camp came at 1700 GMT (2000 local), medics said.",
     [("1700 GMT", "2024-05-26T17:00", "UTC", "2024-05-26T17:00Z", "explicit"),
      ("2000", "2024-05-26T20:00", "Asia/Gaza", "2024-05-26T17:00Z", "paired")], ()),
    ("b6-en-local-time-other-place", "en", "2024-03-22", N,
     "LONDON (Reuters) - Gunmen opened fire at a concert hall near Moscow at about 8 p.m. local time, "
     "Russian agencies said.",
     [("8 p.m.", "2024-03-22T20:00", "Europe/Moscow", "2024-03-22T17:00Z", "place")], ()),
    ("b6-en-local-only-dateline", "en", "2024-08-05", N,
     "DHAKA (Reuters) - Prime Minister Sheikh Hasina resigned and "
     "left the country at around 2:30 p.m. local time.",
     [("2:30 p.m.", "2024-08-05T14:30", "Asia/Dhaka", "2024-08-05T08:30Z", "place")], ()),
    ("b6-en-pm-local-gloss", "en", "2024-07-28", N,
     "CARACAS (Reuters) - Polling stations closed at 6 p.m. local (2200 GMT) on Sunday.",
     [("6 p.m.", "2024-07-28T18:00", "America/Caracas", "2024-07-28T22:00Z", "paired"),
      ("2200 GMT", "2024-07-28T22:00", "UTC", "2024-07-28T22:00Z", "explicit")], ()),
    ("b6-en-gmt-comma-local", "en", "2024-07-13", N,
     "The shots rang out at 2211 GMT, or 6:11 p.m. local time, in Butler, Pennsylvania.",
     [("2211 GMT", "2024-07-13T22:11", "UTC", "2024-07-13T22:11Z", "explicit"),
      ("6:11 p.m.", "2024-07-13T18:11", "America/New_York", "2024-07-13T22:11Z", "paired")], ()),
    ("b6-en-source-plain", "en", "2024-02-02", "Asia/Singapore",
     "The ministry will brief reporters at 4 p.m.",
     [("4 p.m.", "2024-02-02T16:00", "Asia/Singapore", "2024-02-02T08:00Z", "source")], ()),
    # --- Arabic ------------------------------------------------------------------------------
    ("b6-ar-gmt-first", "ar", "2024-04-14", N,
     "القدس (رويترز) - رصدت أولى المسيرات الساعة 2300 بتوقيت غرينتش (الثانية فجرا بالتوقيت المحلي).",
     [("الساعة 2300 بتوقيت غرينتش", "2024-04-13T23:00", "UTC", "2024-04-13T23:00Z", "explicit"),
      ("الثانية فجرا", "2024-04-14T02:00", "Asia/Jerusalem", "2024-04-13T23:00Z", "paired")], ()),
    ("b6-ar-hasab-local", "ar", "2024-07-28", N,
     "كراكاس (أ ف ب) - أغلقت مراكز الاقتراع أبوابها الساعة السادسة مساء حسب التوقيت المحلي.",
     [("الساعة السادسة مساء", "2024-07-28T18:00", "America/Caracas", "2024-07-28T22:00Z", "place")], ()),
    ("b6-ar-local-of-city", "ar", "2024-03-22", N,
     "لندن (رويترز) - فتح مسلحون النار في قاعة للحفلات قرب موسكو نحو الساعة الثامنة مساء بالتوقيت المحلي.",
     [("الساعة الثامنة مساء", "2024-03-22T20:00", "Europe/Moscow", "2024-03-22T17:00Z", "place")], ()),
    ("b6-ar-ay-spelled-gmt", "ar", "2024-08-05", N,
     "دكا (رويترز) - غادرت رئيسة الوزراء البلاد نحو الساعة الثانية والنصف بعد الظهر بالتوقيت المحلي، "
     "أي الثامنة والنصف صباحا بتوقيت غرينتش.",
     [("الساعة الثانية والنصف بعد الظهر", "2024-08-05T14:30", "Asia/Dhaka", "2024-08-05T08:30Z", "paired"),
      ("الثامنة والنصف صباحا بتوقيت غرينتش", "2024-08-05T08:30", "UTC", "2024-08-05T08:30Z",
        "explicit")], ()),
    ("b6-ar-source-plain", "ar", "2024-02-02", "Asia/Bahrain",
     "وتعقد الوزارة مؤتمرا صحفيا الساعة الرابعة عصرا.",
     [("الساعة الرابعة عصرا", "2024-02-02T16:00", "Asia/Bahrain", "2024-02-02T13:00Z", "source")], ()),
    ("b6-ar-wafq-local", "ar", "2024-05-26", N,
     "غزة (الأناضول) - قصفت طائرات إسرائيلية مخيما للنازحين في رفح الساعة الثامنة مساء وفق التوقيت المحلي.",
     [("الساعة الثامنة مساء", "2024-05-26T20:00", "Asia/Gaza", "2024-05-26T17:00Z", "place")], ()),
]
