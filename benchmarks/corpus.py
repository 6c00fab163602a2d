"""Synthetic wire articles for the benchmarks: Arabic and English, 3-5 KB, deterministic.

Built from our own templates and word lists: a headline, a dateline ("CAIRO (Reuters) -",
"القاهرة (رويترز) -"), and paragraphs mixing dates, weekdays, relative days, clock times,
GMT glosses, and numbers that are not times (money, percentages, counts, scores).
Article k of a given seed is always the same text, so runs are comparable.

Publication dates follow an archive's shape: chronological, `PER_DAY` articles a day from
`START` (article k is published on day k // PER_DAY, at a random hour), so 100k articles
cover 67 days and 1M about 22 months, and a batch of consecutive articles lands in one or two
publication partitions. `spread_days` scatters them at random over that many days instead
(the worst case for the lake: every batch touches hundreds of partitions).

    python -m benchmarks.corpus OUT_DIR --articles 100000 [--seed 7] [--per-file 1000]
                                        [--per-day 1500 | --spread-days 3650]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

# (English name, Arabic name, IANA zone)
CITIES = [
    ("Cairo", "القاهرة", "Africa/Cairo"), ("Beirut", "بيروت", "Asia/Beirut"),
    ("Damascus", "دمشق", "Asia/Damascus"), ("Amman", "عمان", "Asia/Amman"),
    ("Riyadh", "الرياض", "Asia/Riyadh"), ("Dubai", "دبي", "Asia/Dubai"),
    ("Baghdad", "بغداد", "Asia/Baghdad"), ("Astana", "أستانة", "Asia/Almaty"),
    ("Tunis", "تونس", "Africa/Tunis"), ("Rabat", "الرباط", "Africa/Casablanca"),
    ("Doha", "الدوحة", "Asia/Qatar"), ("Ankara", "أنقرة", "Europe/Istanbul"),
    ("Tehran", "طهران", "Asia/Tehran"), ("Moscow", "موسكو", "Europe/Moscow"),
    ("Geneva", "جنيف", "Europe/Zurich"), ("London", "لندن", "Europe/London"),
]
#: the archive's first day, and how many articles it publishes a day (a few agencies' wires)
START = date(2015, 1, 1)
PER_DAY = 1500
AGENCIES = {"ar": ["رويترز", "أ ف ب", "سانا", "واس", "وام"], "en": ["Reuters", "AFP", "AP"]}

AR = {
    "weekday": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    "month": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
              "أكتوبر", "نوفمبر", "ديسمبر"],
    "hour": ["الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
             "التاسعة", "العاشرة", "الحادية عشرة", "الثانية عشرة"],
    "pod": ["صباحا", "بعد الظهر", "مساء"],
    "relative": ["أمس", "اليوم", "غدا", "الأسبوع الماضي", "الشهر المقبل", "العام الماضي", "الأسبوع المقبل"],
    "person": ["وزير الخارجية", "المتحدث باسم الحكومة", "مصدر دبلوماسي", "رئيس الوزراء", "المبعوث الأممي"],
    "topic": ["المحادثات", "المفاوضات", "الاجتماع", "القمة", "الانتخابات", "الاتفاق"],
    "filler": [
        "وأضاف أن الأطراف المعنية تواصل مشاوراتها من أجل التوصل إلى حل شامل ودائم للأزمة.",
        "وتشهد المنطقة توترا متزايدا منذ أشهر وسط دعوات دولية إلى ضبط النفس.",
        "ولم يتسن الحصول على تعليق فوري من المسؤولين على هذه التصريحات.",
        "وأكد المراقبون أن نجاح هذه الجهود يتوقف على توفر الإرادة السياسية لدى جميع الأطراف.",
    ],
}
EN = {
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"],
    "relative": ["yesterday", "today", "tomorrow", "last week", "next month", "last year", "next week"],
    "person": ["the foreign minister", "a government spokesman", "a senior diplomat", "the prime minister",
               "the U.N. envoy"],
    "topic": ["the talks", "the negotiations", "the meeting", "the summit", "the election", "the agreement"],
    "filler": [
        "The parties are continuing their consultations in search of a lasting solution to the crisis.",
        "Tension has been rising in the region for months amid international calls for restraint.",
        "Officials were not immediately available for comment on the remarks.",
        "Observers said the success of the effort depends on the political will of all sides.",
    ],
}


# Sentence templates; slots are filled by _slots(). One in six is a filler without numbers.
AR_TEMPLATES = [
    "وقال {person} يوم {weekday} إن {topic} ستستأنف في {dom} {month} {year}.",
    "ومن المتوقع أن تبدأ {topic} الساعة {hour_word} {pod} ({gmt} بتوقيت غرينتش).",
    "وأشار التقرير إلى أن الأسعار ارتفعت بنسبة {pct} في المئة لتصل إلى {money} دولار، "
    "فيما بلغ عدد المشاركين {count} شخصا.",
    "وذكرت مصادر أن {topic} عقدت {relative} بحضور ممثلين عن {small} دولة.",
    "وفاز الفريق بنتيجة {score} في المباراة التي جرت مساء {weekday}.",
    "{filler}",
]
EN_TEMPLATES = [
    "{Person} said on {weekday} that {topic} would resume on {month} {dom}, {year}.",
    "{Topic} is due to start at {hour12} p.m. ({gmt} GMT).",
    "Prices rose {pct} percent to ${money}, while {count} people took part.",
    "Sources said {topic} was held {relative} with {small} countries.",
    "The team won {score} in the match played on {weekday} evening.",
    "{filler}",
]


def _gmt_clock(local_hour: int, day: date, zone: str) -> str:
    """The UTC wall clock (HHMM) of a local hour at `zone` on `day`, so every gloss is true
    (half-hour zones like Tehran's give HH30)."""
    offset = datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(zone)).utcoffset()
    minutes = int(local_hour * 60 - offset.total_seconds() // 60) % (24 * 60)
    return f"{minutes // 60:02d}{minutes % 60:02d}"


def _slots(r: random.Random, words: dict, day: date, zone: str) -> dict:
    """Random fillers for one sentence; clock times come with their true GMT equivalent."""
    hour = r.randint(1, 11)
    pod = r.randrange(3) if "pod" in words else 1
    local_hour = hour + (12 if pod else 0)
    person, topic = r.choice(words["person"]), r.choice(words["topic"])
    return {
        "person": person, "Person": person[0].upper() + person[1:], "topic": topic,
        "Topic": topic[0].upper() + topic[1:], "weekday": r.choice(words["weekday"]),
        "month": r.choice(words["month"]), "dom": r.randint(1, 28), "year": day.year,
        "relative": r.choice(words["relative"]), "filler": r.choice(words["filler"]),
        "hour12": hour, "hour_word": words.get("hour", [""] * 12)[hour - 1],
        "pod": words["pod"][pod] if "pod" in words else "", "gmt": _gmt_clock(local_hour, day, zone),
        "pct": r.randint(2, 40), "money": r.randint(100, 9000), "count": r.randint(20, 5000),
        "small": r.randint(3, 30), "score": f"{r.randint(0, 5)}-{r.randint(0, 5)}",
    }


def _sentence(r: random.Random, lang: str, day: date, zone: str) -> str:
    words, templates = (AR, AR_TEMPLATES) if lang == "ar" else (EN, EN_TEMPLATES)
    return r.choice(templates).format(**_slots(r, words, day, zone))


def article(seed: int, k: int, *, per_day: int = PER_DAY, spread_days: int = 0) -> dict:
    """Article number k of corpus `seed` (a JSONL record the landing folder reads): published
    on day k // per_day from START, or on a random one of `spread_days` days when given."""
    r = random.Random(seed * 1_000_003 + k)
    lang = "ar" if r.random() < 0.6 else "en"
    city_en, city_ar, zone = r.choice(CITIES)
    offset = r.randrange(spread_days) if spread_days else k // per_day
    day = START + timedelta(days=offset)
    agency = r.choice(AGENCIES[lang])

    def make(r: random.Random, day: date, zone: str) -> str:
        return _sentence(r, lang, day, zone)

    size = r.randint(3000, 5000)
    if lang == "ar":
        title = f"{r.choice(AR['topic'])} في {city_ar}"
        paragraphs, body = [f"{city_ar} ({agency}) - {make(r, day, zone)}"], 0
    else:
        title = f"{r.choice(EN['topic']).capitalize()} in {city_en}"
        paragraphs, body = [f"{city_en.upper()} ({agency}) - {make(r, day, zone)}"], 0
    body = len(title) + len(paragraphs[0])
    while body < size:
        paragraph = " ".join(make(r, day, zone) for _ in range(r.randint(2, 4)))
        paragraphs.append(paragraph)
        body += len(paragraph) + 1
    hour = r.randrange(24)
    return {"id": f"bench-{seed}-{k}", "source": agency, "lang": lang, "title": title,
            "published": f"{day.isoformat()}T{hour:02d}:{r.randrange(60):02d}:00", "tz": zone,
            "place": city_en, "text": title + "\n" + "\n".join(paragraphs)}


def articles(n: int, seed: int = 7) -> Iterator[dict]:
    """The first n articles of corpus `seed`."""
    return (article(seed, k) for k in range(n))


def write_landing(out: Path, n: int, *, seed: int = 7, per_file: int = 1000, per_day: int = PER_DAY,
                  spread_days: int = 0) -> list[Path]:
    """A landing folder of n articles as JSONL files of `per_file` lines each."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for first in range(0, n, per_file):
        path = out / f"wire-{seed}-{first // per_file:06d}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for k in range(first, min(n, first + per_file)):
                record = article(seed, k, per_day=per_day, spread_days=spread_days)
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


def ensure_landing(landing: Path, n: int, **options: int) -> None:
    """Write the landing folder of n articles (`write_landing`'s `options`) unless a complete
    one is there: benchmarks kept in a --work folder reuse it, and a half-written one (an
    interrupted run) is written again. Says how long the writing took."""
    done = landing / ".complete"
    if done.exists():
        return
    shutil.rmtree(landing, ignore_errors=True)
    started = time.perf_counter()
    write_landing(landing, n, **options)
    done.touch()
    print(f"(wrote {n} articles to {landing} in {time.perf_counter() - started:.0f} s)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-file", type=int, default=1000)
    parser.add_argument("--per-day", type=int, default=PER_DAY, help="articles published a day")
    parser.add_argument("--spread-days", type=int, default=0, help="scatter over this many days instead")
    args = parser.parse_args()
    paths = write_landing(args.out, args.articles, seed=args.seed, per_file=args.per_file,
                          per_day=args.per_day, spread_days=args.spread_days)
    print(f"wrote {args.articles} articles in {len(paths)} files under {args.out}")


if __name__ == "__main__":
    main()
