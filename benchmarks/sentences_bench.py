"""Sentence splitting speed: wiretime against sentencex and pysbd on the same documents.

    python -m benchmarks.sentences_bench [--articles 400] [--rounds 7] [--eval-dir ../shared/eval]

Corpora: the synthetic wire articles of `benchmarks.corpus` (Arabic and English news, 3-5
KB each), and, when the evaluation kit is found, the texts of its sentence dev sets (real
text: Arabic Wikipedia translations, English web text and GUM). Every splitter gets the same
documents in the same run, in interleaved rounds; the best round counts (CPU time of this
process, so other load on a shared machine distorts it less).

"sent/s" divides the number of sentences wiretime finds in a corpus by each splitter's
time, so the ratios are ratios of time on the same documents (the splitters disagree on
how many sentences there are: sentencex does not end a sentence at a line break). Each
splitter's own count is printed too. sentencex is measured twice: `get_sentence_boundaries`
returns offsets as `wiretime.sentences.split` does (the like-for-like ratio), `segment`
returns strings only. pysbd is two to three orders of magnitude slower: it runs once, on
the first documents of each corpus only (printed), and its rate is extrapolated from those.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.corpus import articles
from benchmarks.timing import best_times
from wiretime.sentences import split

ROOT = Path(__file__).resolve().parent.parent
EVAL_SETS = {"ar_pud_wiki_dev": "ar", "en_ewt_dev": "en", "en_gum_dev": "en"}
PYSBD_CHARS = 60_000  # per corpus


def corpora(n_articles: int, eval_dir: Path | None) -> dict[str, tuple[str, list[str]]]:
    """name -> (language, documents)."""
    wire = list(articles(n_articles))
    out = {f"wire_{lang}": (lang, [a["text"] for a in wire if a["lang"] == lang]) for lang in ("ar", "en")}
    if eval_dir is not None:
        for name, lang in EVAL_SETS.items():
            path = eval_dir / "data" / "sentences" / f"{name}.jsonl"
            if path.exists():
                with path.open(encoding="utf-8") as fh:
                    out[name] = (lang, [json.loads(line)["text"] for line in fh if line.strip()])
    return out


def splitters(lang: str) -> dict[str, Callable[[str], list]]:
    import sentencex

    return {
        "wiretime": lambda text: split(text, lang),
        "sentencex (offsets)": lambda text: sentencex.get_sentence_boundaries(lang, text),
        "sentencex (strings)": lambda text: sentencex.segment(lang, text),
    }


def pysbd_time(lang: str, documents: list[str]) -> tuple[float, int, int, int]:
    """(seconds, sentences, documents, characters) of pysbd on the first documents."""
    import pysbd

    segmenter = pysbd.Segmenter(language=lang, clean=False)
    sample, chars = [], 0
    for text in documents:
        sample.append(text)
        chars += len(text)
        if chars >= PYSBD_CHARS:
            break
    start = time.process_time()
    found = sum(len(segmenter.segment(text)) for text in sample)
    return time.process_time() - start, found, len(sample), chars


def report(name: str, lang: str, documents: list[str], rounds: int, with_pysbd: bool) -> list[dict]:
    chars = sum(map(len, documents))
    results = best_times(splitters(lang), documents, rounds, count=len)
    sentences = results["wiretime"][1]
    rows = [
        {"corpus": name, "splitter": who, "docs": len(documents), "own_sentences": own, "seconds": seconds,
         "sent_per_s": sentences / seconds, "mchar_per_s": chars / seconds / 1e6}
        for who, (seconds, own) in results.items()
    ]
    if with_pysbd:
        seconds, own, n_docs, n_chars = pysbd_time(lang, documents)
        rate = seconds / n_chars * chars  # extrapolated to the whole corpus
        rows.append({"corpus": name, "splitter": f"pysbd (first {n_docs} docs)", "docs": n_docs,
                     "own_sentences": own, "seconds": rate, "sent_per_s": sentences / rate,
                     "mchar_per_s": chars / rate / 1e6})
    offsets, strings = results["sentencex (offsets)"][0], results["sentencex (strings)"][0]
    for row in rows:
        row["vs_sentencex_offsets"] = offsets / row["seconds"]
        row["vs_sentencex_strings"] = strings / row["seconds"]
    return rows


def print_table(rows: list[dict]) -> None:
    header = f"{'corpus':16} {'splitter':26} {'docs':>5} {'sentences':>9} {'sent/s':>10} {'Mchar/s':>8}" \
             f" {'x sx-offsets':>12} {'x sx-strings':>12}"
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{r['corpus']:16} {r['splitter']:26} {r['docs']:5d} {r['own_sentences']:9d}"
              f" {r['sent_per_s']:10,.0f} {r['mchar_per_s']:8.2f}"
              f" {r['vs_sentencex_offsets']:12.2f} {r['vs_sentencex_strings']:12.2f}")


def run(n_articles: int, rounds: int, eval_dir: Path | None, *, pysbd: bool = True) -> list[dict]:
    """Every corpus's rows (the evaluation kit's sets when `eval_dir` holds them)."""
    eval_dir = eval_dir if eval_dir and eval_dir.exists() else None
    rows = []
    for name, (lang, documents) in corpora(n_articles, eval_dir).items():
        split("", lang)  # compile outside the timing
        rows += report(name, lang, documents, rounds, pysbd)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400, help="synthetic wire articles (default 400)")
    parser.add_argument("--rounds", type=int, default=7,
                        help="interleaved rounds; the best counts (default 7)")
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval",
                        help="the evaluation kit, for its sentence dev sets (skipped when absent)")
    parser.add_argument("--no-pysbd", action="store_true", help="leave pysbd out (it takes most of the time)")
    parser.add_argument("--json", type=Path, help="also write every figure here")
    args = parser.parse_args()
    rows = run(args.articles, args.rounds, args.eval_dir, pysbd=not args.no_pysbd)
    print_table(rows)
    if not args.eval_dir.exists():
        print(f"(evaluation kit not found at {args.eval_dir}: synthetic corpora only)")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
