"""Time tagging speed: wiretime against Duckling and dateparser on the same sentences.

    python -m benchmarks.timex_bench [--articles 60] [--rounds 3] [--eval-dir ../shared/eval]

Sentences: those of the synthetic wire articles (`benchmarks.corpus`, split by wiretime as
the pipeline does, with each article's publication time and zone as the reference), and,
when the evaluation kit is found, the texts of its Recognizers-Text dev sets (short Arabic
and English sentences) and the sentences of the first TimeBank/AQUAINT documents (English
news), each with its own reference time.

Contenders, each on every sentence with the same reference:
  wiretime          `wiretime.timex.tag`: find and normalize (TIMEX3 values), the like-for-like
                    figure against Duckling's `parse`
  wiretime+zones    what `wiretime tag` does per record: the above, then every clock time's
                    zone, UTC instant and provenance (`wiretime.zones.assign`)
  duckling          pyduckling-native-phihos: `duckling.parse(text, Context(reference time in
                    the zone, locale of the language), [time, duration])`
  dateparser        `dateparser.search.search_dates(text, languages=[lang], RELATIVE_BASE)`;
                    it is slow, so it runs once on the first sentences of each corpus and its
                    rate is extrapolated (the sample size is printed)

Rounds are interleaved and the best round counts (CPU time of this process: Duckling's
Haskell runtime runs in it too), so load from other users of a shared machine distorts the
ratios less. "x duckling" = duckling's time / the contender's time on the same sentences.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.corpus import articles
from benchmarks.timing import best_times
from wiretime import timex, zones
from wiretime.sentences import split
from wiretime.timex import recall

EVAL_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
EVAL_SETS = {"rt_ar_dev": "ar", "rt_en_dev": "en", "tbaq_en_dev": "en"}
TBAQ_DOCUMENTS = 40
DATEPARSER_SENTENCES = 150  # per corpus


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    lang: str
    reference: str  # local wall time at `tz` (naive) or with an offset
    tz: str | None


def wire_sentences(n_articles: int) -> dict[str, list[Sentence]]:
    out: dict[str, list[Sentence]] = {"wire_ar": [], "wire_en": []}
    for a in articles(n_articles):
        for start, end in split(a["text"], a["lang"]):
            sentence = Sentence(a["text"][start:end], a["lang"], a["published"], a["tz"])
            out[f"wire_{a['lang']}"].append(sentence)
    return out


def eval_sentences(eval_dir: Path) -> dict[str, list[Sentence]]:
    out: dict[str, list[Sentence]] = {}
    for name, lang in EVAL_SETS.items():
        path = eval_dir / "data" / "timex" / f"{name}.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh if line.strip()]
        if name.startswith("tbaq"):
            records = records[:TBAQ_DOCUMENTS]
        out[name] = [Sentence(r["text"][s:e], lang, r["reference"], r.get("tz"))
                     for r in records for s, e in _pieces(r["text"], lang, name)]
    return out


def _pieces(text: str, lang: str, name: str) -> list[tuple[int, int]]:
    """Documents are tagged sentence by sentence, as the pipeline does; short cases whole."""
    return split(text, lang) if name.startswith("tbaq") else [(0, len(text))]


def contenders(with_duckling: bool) -> dict[str, Callable[[Sentence], int]]:
    """name -> tagger of one sentence returning how many mentions it found."""
    def wiretime(s: Sentence) -> int:
        return len(timex.tag(s.text, s.lang, s.reference, tz=s.tz))

    def with_zones(s: Sentence) -> int:  # as cli._tag does for a `wiretime tag` record
        home = zones.publication_zone(s.text, s.lang, tz=s.tz)
        found = timex.tag(s.text, s.lang, zones.local_reference(s.reference, home))
        zones.assign(found, s.text, lang=s.lang, source_tz=s.tz)
        return len(found)

    out = {"wiretime": wiretime, "wiretime+zones": with_zones}
    if with_duckling:
        out["duckling"] = Duckling()
    return out


class Duckling:
    """Duckling's parse of one sentence, with a context per (reference, zone, language)
    built ahead (`prepare`), outside the timing."""

    def __init__(self) -> None:
        import duckling
        import tzdata

        self.duckling = duckling
        self.zones = duckling.load_time_zones(os.path.join(os.path.dirname(tzdata.__file__), "zoneinfo"))
        self.dimensions = duckling.parse_dimensions(["time", "duration"])
        self.contexts: dict[tuple[str, str | None, str], object] = {}

    def prepare(self, s: Sentence) -> None:
        key = (s.reference, s.tz, s.lang)
        if key in self.contexts:
            return
        moment = datetime.fromisoformat(s.reference.replace("Z", "+00:00"))
        zone = s.tz or "UTC"
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=ZoneInfo(zone))
        ref_time = self.duckling.parse_ref_time(self.zones, zone, int(moment.timestamp()))
        locale = self.duckling.default_locale_lang(self.duckling.parse_lang(s.lang.upper()))
        self.contexts[key] = self.duckling.Context(ref_time, locale)

    def __call__(self, s: Sentence) -> int:
        context = self.contexts[(s.reference, s.tz, s.lang)]
        return len(self.duckling.parse(s.text, context, self.dimensions, False))


def duckling_crashes(sentences: list[Sentence]) -> list[int]:
    """Indices of the sentences on which Duckling kills the process (a Haskell array-index
    error on some Arabic text, e.g. "بعد يومين." at the end of a text): found in a child
    process, restarted after each crash, so they can be left out for every contender."""
    import multiprocessing

    spawn = multiprocessing.get_context("spawn")  # never fork a running Haskell runtime
    crashes, start = [], 0
    while start < len(sentences):
        at = spawn.Value("i", start)
        child = spawn.Process(target=_screen, args=(sentences, start, at))
        child.start()
        child.join()
        if child.exitcode == 0:
            break
        crashes.append(at.value)
        start = at.value + 1
    return crashes


def _screen(sentences: list[Sentence], start: int, at) -> None:
    tagger = Duckling()
    for i in range(start, len(sentences)):
        at.value = i
        tagger.prepare(sentences[i])
        tagger(sentences[i])


def dateparser_rate(sentences: list[Sentence]) -> tuple[float, int, int]:
    """(seconds per sentence, dates found, sentences) of dateparser on the first sentences."""
    from dateparser.search import search_dates

    sample = sentences[:DATEPARSER_SENTENCES]
    search_dates(sample[0].text, languages=[sample[0].lang])  # loads its language data
    found = 0
    start = time.process_time()
    for s in sample:
        base = datetime.fromisoformat(s.reference.replace("Z", "+00:00")).replace(tzinfo=None)
        found += len(search_dates(s.text, languages=[s.lang], settings={"RELATIVE_BASE": base}) or [])
    return (time.process_time() - start) / len(sample), found, len(sample)


def report(name: str, sentences: list[Sentence], rounds: int, with_duckling: bool,
           with_dateparser: bool) -> list[dict]:
    runs = contenders(with_duckling)
    crashes = set(duckling_crashes(sentences)) if with_duckling else set()
    left_out = [s.text for i, s in enumerate(sentences) if i in crashes]
    sentences = [s for i, s in enumerate(sentences) if i not in crashes]
    if with_duckling:
        for s in sentences:
            runs["duckling"].prepare(s)
    # untimed warm-up: wiretime compiles a rule on its first use, Duckling loads a language
    for s in sentences:
        runs["wiretime"](s)
    for run in runs.values():
        run(sentences[0])
    # each pass starts with no resolution remembered (timex/recall.py): a pass measures the
    # work, not the memory of the previous pass over the same sentences
    results = best_times(runs, sentences, rounds, before_each=recall.forget)
    rows = [{"corpus": name, "tagger": who, "sentences": len(sentences), "mentions": found,
             "seconds": seconds, "sent_per_s": len(sentences) / seconds,
             "left_out": left_out}
            for who, (seconds, found) in results.items()]
    if with_dateparser:
        per_sentence, found, sample = dateparser_rate(sentences)
        rows.append({"corpus": name, "tagger": f"dateparser (first {sample})", "sentences": sample,
                     "mentions": found, "seconds": per_sentence * len(sentences),
                     "sent_per_s": 1 / per_sentence})
    by = {r["tagger"].split(" ")[0]: r["seconds"] for r in rows}
    for row in rows:
        row["x_duckling"] = by["duckling"] / row["seconds"] if "duckling" in by else None
        row["x_dateparser"] = by["dateparser"] / row["seconds"] if "dateparser" in by else None
    return rows


def collect(n_articles: int, eval_dir: Path | None) -> dict[str, list[Sentence]]:
    out = wire_sentences(n_articles)
    if eval_dir is not None:
        out.update(eval_sentences(eval_dir))
    return {name: sentences for name, sentences in out.items() if sentences}


def print_table(rows: list[dict]) -> None:
    header = (f"{'corpus':12} {'tagger':22} {'sentences':>9} {'mentions':>8} {'sent/s':>9}"
              f" {'x duckling':>10} {'x dateparser':>12}")
    print(header)
    print("-" * len(header))
    for r in rows:
        ratio = [f"{r[k]:{w}.2f}" if r[k] is not None else f"{'-':>{w}}"
                 for k, w in (("x_duckling", 10), ("x_dateparser", 12))]
        print(f"{r['corpus']:12} {r['tagger']:22} {r['sentences']:9d} {r['mentions']:8d}"
              f" {r['sent_per_s']:9,.0f} {ratio[0]} {ratio[1]}")


def run(n_articles: int, rounds: int, eval_dir: Path | None, *, duckling: bool = True,
        dateparser: bool = True) -> list[dict]:
    """Every corpus's rows (the evaluation kit's sets when `eval_dir` holds them)."""
    eval_dir = eval_dir if eval_dir and eval_dir.exists() else None
    rows = []
    for name, sentences in collect(n_articles, eval_dir).items():
        rows += report(name, sentences, rounds, duckling, dateparser)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60, help="synthetic wire articles (default 60)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="interleaved rounds; the best counts (default 3)")
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR,
                        help="the evaluation kit, for its timex dev sets (skipped when absent)")
    parser.add_argument("--no-duckling", action="store_true", help="leave Duckling out")
    parser.add_argument("--no-dateparser", action="store_true", help="leave dateparser out")
    parser.add_argument("--json", type=Path, help="also write every figure here")
    args = parser.parse_args()
    rows = run(args.articles, args.rounds, args.eval_dir, duckling=not args.no_duckling,
               dateparser=not args.no_dateparser)
    print_table(rows)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
