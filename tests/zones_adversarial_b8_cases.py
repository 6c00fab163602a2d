"""The adversarial zone set's eighth batch (same format as zones_adversarial_cases.py), written
last and scored as written: agency styles not tried before (SPA, KUNA and TASS in English,
Xinhua, IRNA, SANA in English, Petra), and hours written the Gulf way ("08:00 hrs")."""

from __future__ import annotations

N = None

CASES = [
    ("b8-en-spa", "en", "2024-04-09", N,
     "RIYADH, April 9, 2024, SPA -- The Supreme Court said Eid al-Fitr prayers will be held at 6:20 a.m. "
     "on Wednesday.",
     [("6:20 a.m.", "2024-04-10T06:20", "Asia/Riyadh", "2024-04-10T03:20Z", "place")], ()),
    ("b8-en-kuna-hrs", "en", "2024-05-10", N,
     "KUWAIT, May 10 (KUNA) -- The Amiri decree takes effect at 12:00 hrs local time.",
     [("12:00", "2024-05-10T12:00", "Asia/Kuwait", "2024-05-10T09:00Z", "place")], ()),
    ("b8-en-tass", "en", "2024-03-15", N,
     "MOSCOW, March 15. /TASS/. Polling stations in Kamchatka opened at 08:00 local time.",
     [("08:00", "2024-03-15T08:00", "Asia/Kamchatka", "2024-03-14T20:00Z", "place")], ()),
    ("b8-en-xinhua", "en", "2024-10-01", N,
     "BEIJING, Oct. 1 (Xinhua) -- The flag-raising ceremony on Tian'anmen Square began at 6:10 a.m.",
     [("6:10 a.m.", "2024-10-01T06:10", "Asia/Shanghai", "2024-09-30T22:10Z", "place")], ()),
    ("b8-en-irna", "en", "2024-07-05", N,
     "TEHRAN, July 5 (IRNA) - Polling stations will close at midnight, the interior ministry said.",
     [("midnight", "2024-07-06T00:00", "Asia/Tehran", "2024-07-05T20:30Z", "place")], ()),
    ("b8-en-sana", "en", "2024-07-15", N,
     "Damascus, SANA - Polling centers opened at 7:00 am to receive voters, the Higher Judicial "
     "Committee said.",
     [("7:00 am", "2024-07-15T07:00", "Asia/Damascus", "2024-07-15T04:00Z", "place")], ()),
    ("b8-ar-petra-hrs", "ar", "2024-09-10", N,
     "عمان 10 أيلول (بترا) - تفتح مراكز الاقتراع أبوابها الساعة السابعة صباحا وتغلق الساعة السابعة مساء.",
     [("الساعة السابعة صباحا", "2024-09-10T07:00", "Asia/Amman", "2024-09-10T04:00Z", "place"),
      ("الساعة السابعة مساء", "2024-09-10T19:00", "Asia/Amman", "2024-09-10T16:00Z", "place")], ()),
    ("b8-ar-kuna-hrs", "ar", "2024-05-10", N,
     "الكويت - 10 - 5 (كونا) -- يبدأ العمل بالمرسوم الأميري اعتبارا من الساعة 12:00 ظهرا.",
     [("الساعة 12:00 ظهرا", "2024-05-10T12:00", "Asia/Kuwait", "2024-05-10T09:00Z", "place")], ()),
    ("b8-ar-irna", "ar", "2024-07-05", N,
     "طهران (إرنا) - أعلنت وزارة الداخلية تمديد التصويت حتى الساعة العاشرة ليلا.",
     [("الساعة العاشرة ليلا", "2024-07-05T22:00", "Asia/Tehran", "2024-07-05T18:30Z", "place")], ()),
    ("b8-ar-xinhua", "ar", "2024-10-01", N,
     "بكين أول أكتوبر 2024 (شينخوا) - بدأت مراسم رفع العلم في ميدان تيانآنمن الساعة 6:10 صباحا.",
     [("الساعة 6:10 صباحا", "2024-10-01T06:10", "Asia/Shanghai", "2024-09-30T22:10Z", "place")], ()),
]
