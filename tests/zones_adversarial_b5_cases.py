"""The adversarial zone set's fifth batch (same format as zones_adversarial_cases.py): the many
ways wire copy names a zone after a clock time, in both languages: countries and capitals
("Israel time", "بتوقيت أنقرة"), US time in Arabic ("بتوقيت شرق الولايات المتحدة", "بتوقيت
واشنطن"), spelled standard names ("Gulf Standard Time", "Arabia Standard Time")."""

from __future__ import annotations

N = None

CASES = [
    # --- English -----------------------------------------------------------------------------
    ("b5-en-israel-time", "en", "2024-10-26", N,
     "The Israeli military said the strikes on Iran ended at 6 a.m. Israel time.",
     [("6 a.m. Israel time", "2024-10-26T06:00", "Asia/Jerusalem", "2024-10-26T03:00Z", "explicit")], ()),
    ("b5-en-gulf-standard-time", "en", "2024-11-20", N,
     "Registration for the event closes at 11:59 p.m. Gulf Standard Time on Friday.",
     [("11:59 p.m. Gulf Standard Time", "2024-11-22T23:59", "+04:00", "2024-11-22T19:59Z", "explicit")], ()),
    ("b5-en-arabia-standard-time", "en", "2024-03-03", N,
     "The offering opens at 10 a.m. Arabia Standard Time, the Saudi exchange said.",
     [("10 a.m. Arabia Standard Time", "2024-03-03T10:00", "+03:00", "2024-03-03T07:00Z", "explicit")], ()),
    ("b5-en-pakistan-time", "en", "2024-02-08", N,
     "Mobile services were suspended from 8 a.m. Pakistan time, the interior ministry said.",
     [("8 a.m. Pakistan time", "2024-02-08T08:00", "Asia/Karachi", "2024-02-08T03:00Z", "explicit")], ()),
    ("b5-en-et-weekday", "en", "2024-07-15", N,
     "The convention's opening session is scheduled for 7:30 p.m. ET Tuesday in Milwaukee.",
     [("7:30 p.m. ET", "2024-07-16T19:30", "America/New_York", "2024-07-16T23:30Z", "explicit")], ()),
    ("b5-en-local-gloss-hhmm", "en", "2024-08-20", N,
     "DHAKA (Reuters) - The curfew will be lifted at 1000 local (0400 GMT), the army said.",
     [("1000", "2024-08-20T10:00", "Asia/Dhaka", "2024-08-20T04:00Z", "paired"),
      ("0400 GMT", "2024-08-20T04:00", "UTC", "2024-08-20T04:00Z", "explicit")], ()),
    ("b5-en-turkey-time", "en", "2024-01-10", N,
     "The lira weakened to 30.05 against the dollar by 1400 Turkey time.",
     [("1400 Turkey time", "2024-01-10T14:00", "Europe/Istanbul", "2024-01-10T11:00Z",
       "explicit")], ("30.05",)),
    ("b5-en-riyadh-time", "en", "2024-06-14", N,
     "Pilgrims begin moving to Arafat at 8 a.m. Riyadh time, the Hajj ministry said.",
     [("8 a.m. Riyadh time", "2024-06-14T08:00", "Asia/Riyadh", "2024-06-14T05:00Z", "explicit")], ()),
    # --- Arabic ------------------------------------------------------------------------------
    ("b5-ar-ankara-time", "ar", "2024-03-31", N,
     "وتغلق صناديق الاقتراع الساعة الخامسة مساء بتوقيت أنقرة.",
     [("الساعة الخامسة مساء", "2024-03-31T17:00", "Europe/Istanbul", "2024-03-31T14:00Z", "explicit")], ()),
    ("b5-ar-us-east", "ar", "2024-11-05", N,
     "وتغلق أولى مراكز الاقتراع الساعة السابعة مساء بتوقيت شرق الولايات المتحدة.",
     [("الساعة السابعة مساء", "2024-11-05T19:00", "America/New_York", "2024-11-06T00:00Z", "explicit")], ()),
    ("b5-ar-washington-time", "ar", "2024-09-10", N,
     "وتبدأ المناظرة الرئاسية الساعة التاسعة مساء بتوقيت واشنطن.",
     [("الساعة التاسعة مساء", "2024-09-10T21:00", "America/New_York", "2024-09-11T01:00Z", "explicit")], ()),
    ("b5-ar-khartoum-time", "ar", "2024-04-15", N,
     "ودخلت الهدنة حيز التنفيذ الساعة السادسة صباحا بتوقيت الخرطوم.",
     [("الساعة السادسة صباحا", "2024-04-15T06:00", "Africa/Khartoum", "2024-04-15T04:00Z", "explicit")], ()),
    ("b5-ar-mecca-short", "ar", "2024-03-11", N,
     "ويرفع أذان المغرب في الحرم الساعة 6:32 مساء بتوقيت مكة.",
     [("الساعة 6:32 مساء", "2024-03-11T18:32", "Asia/Riyadh", "2024-03-11T15:32Z", "explicit")], ()),
    ("b5-ar-uae-time-hhmm", "ar", "2024-04-16", N,
     "وأعلن المركز الوطني للأرصاد أن الأمطار الغزيرة بدأت الساعة 1400 بتوقيت الإمارات.",
     [("الساعة 1400", "2024-04-16T14:00", "Asia/Dubai", "2024-04-16T10:00Z", "explicit")], ()),
    ("b5-ar-local-gloss-hour-words", "ar", "2024-08-20", N,
     "دكا (رويترز) - يرفع حظر التجول الساعة العاشرة صباحا بالتوقيت المحلي (الرابعة بتوقيت غرينتش).",
     [("الساعة العاشرة صباحا", "2024-08-20T10:00", "Asia/Dhaka", "2024-08-20T04:00Z", "paired"),
      ("الرابعة بتوقيت غرينتش", "2024-08-20T04:00", "UTC", "2024-08-20T04:00Z", "explicit")], ()),
    ("b5-ar-istanbul-time", "ar", "2024-01-10", N,
     "وتراجعت الليرة إلى 30.05 مقابل الدولار بحلول الساعة 14:00 بتوقيت إسطنبول.",
     [("الساعة 14:00", "2024-01-10T14:00", "Europe/Istanbul", "2024-01-10T11:00Z", "explicit")], ("30.05",)),
]
