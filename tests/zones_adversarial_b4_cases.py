"""The adversarial zone set's fourth batch (same format as zones_adversarial_cases.py): whole
paragraphs rather than single sentences (a dateline, then clock times sentences later, some in
another place), and publication times with a clock and an offset, whose local day differs from
the UTC day ("today" is the day where the article was published)."""

from __future__ import annotations

N = None

CASES = [
    # --- English -----------------------------------------------------------------------------
    ("b4-en-tokyo-pub-utc", "en", "2024-02-29T23:30:00Z", N,
     "TOKYO (Reuters) - Japan's Nikkei share average hit a record high at 9:05 a.m. today, "
     "extending gains from the previous session.",
     [("9:05 a.m.", "2024-03-01T09:05", "Asia/Tokyo", "2024-03-01T00:05Z", "place")], ()),
    ("b4-en-paragraph-two-places", "en", "2024-06-06", N,
     "BEIRUT (Reuters) - Hezbollah said it fired drones at an Israeli base on Thursday. "
     "Israeli media said sirens sounded in the Galilee at 3:20 p.m. "
     "The group's leader will speak at 8:30 p.m., a statement said.",
     [("3:20 p.m.", "2024-06-06T15:20", "Asia/Jerusalem", "2024-06-06T12:20Z", "place"),
      ("8:30 p.m.", "2024-06-06T20:30", "Asia/Beirut", "2024-06-06T17:30Z", "place")], ()),
    ("b4-en-paragraph-gloss-later", "en", "2024-09-26", N,
     "NEW YORK (AP) _ World leaders gathered at the United Nations for a fourth day. "
     "Iran's president is scheduled to speak at 10 a.m. (1400 GMT). "
     "Israel's prime minister arrives later in the week.",
     [("10 a.m.", "2024-09-26T10:00", "America/New_York", "2024-09-26T14:00Z", "paired"),
      ("1400 GMT", "2024-09-26T14:00", "UTC", "2024-09-26T14:00Z", "explicit")], ()),
    ("b4-en-almaty-pub-offset", "en", "2024-03-01T08:00:00+05:00", "Asia/Almaty",
     "The central bank will announce its base rate decision at 3 p.m. today.",
     [("3 p.m.", "2024-03-01T15:00", "Asia/Almaty", "2024-03-01T10:00Z", "source")], ()),
    ("b4-en-la-pub-next-day-utc", "en", "2024-10-31T02:00:00Z", "America/Los_Angeles",
     "Dodgers fans began gathering downtown at 6 p.m. on Wednesday to celebrate the World Series title.",
     [("6 p.m.", "2024-10-30T18:00", "America/Los_Angeles", "2024-10-31T01:00Z", "source")], ()),
    ("b4-en-cairo-then-gaza", "en", "2024-05-03", N,
     "CAIRO (Reuters) - Hamas negotiators arrived in the Egyptian capital on Friday. "
     "A Palestinian official said an Israeli strike hit a house in Gaza City at 11 p.m. on Thursday.",
     [("11 p.m.", "2024-05-02T23:00", "Asia/Gaza", "2024-05-02T20:00Z", "place")], ()),
    ("b4-en-wellington-ap", "en", "2024-12-07", N,
     "WELLINGTON, New Zealand (AP) _ A magnitude 6.1 earthquake struck off the coast at 4:32 a.m., "
     "officials said.",
     [("4:32 a.m.", "2024-12-07T04:32", "Pacific/Auckland", "2024-12-06T15:32Z", "place")], ("6.1",)),
    ("b4-en-tehran-pub-offset", "en", "2024-05-20T06:00:00+03:30", N,
     "TEHRAN (Reuters) - Iran's state media said the funeral of the president would begin at 9:30 a.m. "
     "on Tuesday in Tabriz.",
     [("9:30 a.m.", "2024-05-21T09:30", "Asia/Tehran", "2024-05-21T06:00Z", "place")], ()),
    # --- Arabic ------------------------------------------------------------------------------
    ("b4-ar-riyadh-pub-utc", "ar", "2024-03-10T21:30:00Z", N,
     "الرياض (واس) - أعلنت المحكمة العليا أن اليوم الاثنين هو أول أيام شهر رمضان، وأن صلاة التراويح "
     "تقام الساعة التاسعة مساء اليوم.",
     [("الساعة التاسعة مساء اليوم", "2024-03-11T21:00", "Asia/Riyadh", "2024-03-11T18:00Z", "place")], ()),
    ("b4-ar-paragraph-two-places", "ar", "2024-06-06", N,
     "بيروت (رويترز) - أعلن حزب الله أنه أطلق مسيرات على قاعدة إسرائيلية. وقالت وسائل إعلام "
     "إسرائيلية إن صفارات الإنذار دوت في الجليل الساعة 3:20 عصرا. ويلقي الأمين العام للحزب كلمة "
     "الساعة الثامنة والنصف مساء.",
     [("الساعة 3:20 عصرا", "2024-06-06T15:20", "Asia/Jerusalem", "2024-06-06T12:20Z", "place"),
      ("الساعة الثامنة والنصف مساء", "2024-06-06T20:30", "Asia/Beirut", "2024-06-06T17:30Z", "place")], ()),
    ("b4-ar-paragraph-gloss-later", "ar", "2024-09-26", N,
     "نيويورك (أ ف ب) - تتواصل أعمال الجمعية العامة للأمم المتحدة لليوم الرابع. ومن المقرر أن "
     "يلقي الرئيس الإيراني كلمته الساعة العاشرة صباحا (14:00 ت غ).",
     [("الساعة العاشرة صباحا", "2024-09-26T10:00", "America/New_York", "2024-09-26T14:00Z", "paired"),
      ("14:00 ت غ", "2024-09-26T14:00", "UTC", "2024-09-26T14:00Z", "explicit")], ()),
    ("b4-ar-almaty-source-today", "ar", "2024-03-01T08:00:00+05:00", "Asia/Almaty",
     "يعلن البنك المركزي قراره بشأن سعر الفائدة الأساسي الساعة الثالثة عصر اليوم.",
     [("الساعة الثالثة عصر اليوم", "2024-03-01T15:00", "Asia/Almaty", "2024-03-01T10:00Z", "source")], ()),
    ("b4-ar-cairo-then-gaza", "ar", "2024-05-03", N,
     "القاهرة (رويترز) - وصل وفد حماس إلى العاصمة المصرية. وقال مسؤول فلسطيني إن غارة إسرائيلية "
     "استهدفت منزلا في مدينة غزة الساعة الحادية عشرة من ليل الخميس.",
     [("الساعة الحادية عشرة", "2024-05-02T23:00", "Asia/Gaza", "2024-05-02T20:00Z", "place")], ()),
    ("b4-ar-baghdad-pub-offset", "ar", "2024-01-20T23:30:00+03:00", N,
     "بغداد (رويترز) - قالت مصادر أمنية إن قاعدة عين الأسد تعرضت لهجوم صاروخي الساعة السادسة والنصف "
     "مساء اليوم.",
     [("الساعة السادسة والنصف", "2024-01-20T18:30", "Asia/Baghdad", "2024-01-20T15:30Z", "place")], ()),
    ("b4-ar-wam-paragraph", "ar", "2024-12-02", N,
     "أبوظبي في 2 ديسمبر / وام / شهدت الدولة احتفالات واسعة بعيد الاتحاد. وانطلقت العروض الجوية "
     "فوق كورنيش أبوظبي الساعة الرابعة عصرا، فيما تبدأ الألعاب النارية الساعة التاسعة مساء.",
     [("الساعة الرابعة عصرا", "2024-12-02T16:00", "Asia/Dubai", "2024-12-02T12:00Z", "place"),
      ("الساعة التاسعة مساء", "2024-12-02T21:00", "Asia/Dubai", "2024-12-02T17:00Z", "place")], ()),
]
