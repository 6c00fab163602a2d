"""The adversarial zone set's seventh batch (same format as zones_adversarial_cases.py): ranges
of clock times with a stated zone, parts of the day with a clock ("this evening at 8"), a local
time with its own weekday before a gloss, places named as countries in English, and "X time"
for more capitals."""

from __future__ import annotations

N = None

CASES = [
    # --- English -----------------------------------------------------------------------------
    ("b7-en-between-local", "en", "2024-06-10", N,
     "KARACHI (Reuters) - Power will be cut between 9 a.m. and 5 p.m. local time on Tuesday.",
     [("9 a.m.", "2024-06-11T09:00", "Asia/Karachi", "2024-06-11T04:00Z", "place")], ()),
    ("b7-en-from-to-gmt", "en", "2024-06-10", N,
     "The airspace will be closed from 0600 to 1800 GMT on Wednesday.",
     [("0600", "2024-06-12T06:00", "UTC", "2024-06-12T06:00Z", "explicit")], ()),
    ("b7-en-this-evening", "en", "2024-06-10", N,
     "ISTANBUL (Reuters) - Thousands are expected to gather in Taksim Square this evening at 8.",
     [("this evening at 8", "2024-06-10T20:00", "Europe/Istanbul", "2024-06-10T17:00Z", "place")], ()),
    ("b7-en-weekday-local-gloss", "en", "2024-06-10", N,
     "SEOUL (Reuters) - The launch window opens at 10 p.m. on Thursday (1300 GMT).",
     [("10 p.m.", "2024-06-13T22:00", "Asia/Seoul", "2024-06-13T13:00Z", "paired"),
      ("1300 GMT", "2024-06-13T13:00", "UTC", "2024-06-13T13:00Z", "explicit")], ()),
    ("b7-en-in-country", "en", "2024-06-28", N,
     "Polls in Iran opened at 8 a.m. on Friday, state media said.",
     [("8 a.m.", "2024-06-28T08:00", "Asia/Tehran", "2024-06-28T04:30Z", "place")], ()),
    ("b7-en-beirut-time", "en", "2024-09-17", N,
     "The pagers exploded at about 3:30 p.m. Beirut time, security sources said.",
     [("3:30 p.m. Beirut time", "2024-09-17T15:30", "Asia/Beirut", "2024-09-17T12:30Z", "explicit")], ()),
    ("b7-en-gaza-time", "en", "2025-01-19", N,
     "The ceasefire took effect at 11:15 a.m. Gaza time (0915 GMT) on Sunday.",
     [("11:15 a.m. Gaza time", "2025-01-19T11:15", "Asia/Gaza", "2025-01-19T09:15Z", "explicit"),
      ("0915 GMT", "2025-01-19T09:15", "UTC", "2025-01-19T09:15Z", "explicit")], ()),
    # --- Arabic ------------------------------------------------------------------------------
    ("b7-ar-between-local", "ar", "2024-06-10", N,
     "كراتشي (رويترز) - تنقطع الكهرباء بين الساعة التاسعة صباحا والخامسة مساء بالتوقيت المحلي.",
     [("الساعة التاسعة صباحا", "2024-06-10T09:00", "Asia/Karachi", "2024-06-10T04:00Z", "place")], ()),
    ("b7-ar-from-to-gmt", "ar", "2024-06-10", N,
     "ويغلق المجال الجوي من الساعة 0600 حتى الساعة 1800 بتوقيت غرينتش.",
     [("الساعة 0600", "2024-06-10T06:00", "UTC", "2024-06-10T06:00Z", "explicit")], ()),
    ("b7-ar-evening-clock", "ar", "2024-06-10", N,
     "إسطنبول (الأناضول) - يتجمع الآلاف في ميدان تقسيم مساء اليوم عند الساعة الثامنة.",
     [("الساعة الثامنة", "2024-06-10T20:00", "Europe/Istanbul", "2024-06-10T17:00Z", "place")], ()),
    ("b7-ar-in-country", "ar", "2024-06-28", N,
     "وفتحت مراكز الاقتراع في إيران أبوابها الساعة الثامنة صباحا.",
     [("الساعة الثامنة صباحا", "2024-06-28T08:00", "Asia/Tehran", "2024-06-28T04:30Z", "place")], ()),
    ("b7-ar-gaza-time-paired", "ar", "2025-01-19", N,
     "ودخل وقف إطلاق النار حيز التنفيذ الساعة 11:15 صباحا بتوقيت غزة (09:15 بتوقيت غرينتش).",
     [("الساعة 11:15 صباحا", "2025-01-19T11:15", "Asia/Gaza", "2025-01-19T09:15Z", "explicit"),
      ("09:15 بتوقيت غرينتش", "2025-01-19T09:15", "UTC", "2025-01-19T09:15Z", "explicit")], ()),
    ("b7-ar-sanaa-time", "ar", "2024-01-12", N,
     "وقال المتحدث إن الغارات بدأت الساعة الثانية والنصف فجرا بتوقيت صنعاء.",
     [("الساعة الثانية والنصف فجرا", "2024-01-12T02:30", "Asia/Aden", "2024-01-11T23:30Z", "explicit")], ()),
]
