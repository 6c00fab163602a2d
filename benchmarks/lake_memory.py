"""Peak memory (and time) of ingesting a big landing folder into the lake.

Goal: 100,000 synthetic articles (benchmarks/corpus.py: Arabic and English, 3-5 KB, in
chronological order, 1,500 a day: 67 publication partitions; `--spread-days 3650` scatters
them over ten years instead, the worst case) ingest with a peak resident set under 1 GB.
What keeps it bounded: the landing folder is read in units (a JSONL file in
ranges of lines), batches hold about `--batch-size` articles, each batch's rows are written
and committed before the next batch is read, rewrites stream record batches, and the
aggregates are updated by deltas (no full scan).

    python -m benchmarks.lake_memory [--articles 100000] [--batch-size 500] [--flow | --replay]
                                     [--spread-days D] [--work DIR] [--json FILE]

The pipeline runs in a child process (the Prefect-free driver, or with --flow the Prefect
flow through `wiretime run`); its peak RSS is the kernel's (getrusage of the waited child).
Afterwards the lake is checked: one document per article, no duplicate.

--replay measures the ingest and lake side at full size in minutes instead of hours: the
time tagger costs tens of milliseconds per 4 KB article here, so 100k articles take hours.
With it the first `REPLAYED` articles are annotated for real and every later article reuses
the annotation of one of them (same numbers of sentences and mentions, so the same table
sizes; their offsets and values are not meaningful). Reading, decoding, batching, the
Parquet writes, the aggregates and the state store all run as in production.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

from benchmarks.corpus import ensure_landing

ROOT = Path(__file__).resolve().parent.parent
LIMIT_MB = 1024
REPLAYED = 200


class Replay:
    """An annotator that tags the first REPLAYED articles and reuses their annotations."""

    def __init__(self) -> None:
        self.seen: list[tuple[list, list]] = []

    def __call__(self, articles: list) -> tuple[dict, dict]:
        from wiretime import annotate

        fresh = articles[:max(0, REPLAYED - len(self.seen))]
        if fresh:
            spans, mentions = annotate.annotate(fresh)
            self.seen += [(spans[a.doc_id], mentions[a.doc_id]) for a in fresh]
        spans, mentions = {}, {}
        for index, article in enumerate(articles):
            spans[article.doc_id], mentions[article.doc_id] = self.seen[index % len(self.seen)]
        return spans, mentions


def replaying_run(landing: Path, lake: Path, batch_size: int) -> None:
    """The replaying run, in the measured child process."""
    from wiretime import driver

    print(json.dumps(driver.run(landing, lake, batch_size, annotator=Replay()), default=str))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--flow", action="store_true", help="run the Prefect flow (wiretime run) instead")
    parser.add_argument("--work", type=Path, help="folder for the landing and the lake, kept")
    parser.add_argument("--replay", action="store_true", help="annotate 200 articles, reuse for the rest")
    parser.add_argument("--spread-days", type=int, default=0, help="scatter publication dates (corpus.py)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        replaying_run(*args.child, args.batch_size)
        return 0
    work = args.work or Path(tempfile.mkdtemp(prefix="wiretime-lake-bench-"))
    landing, lake = work / "landing", work / "lake"
    ensure_landing(landing, args.articles, spread_days=args.spread_days)
    shutil.rmtree(lake, ignore_errors=True)
    where = ["--input", str(landing), "--lake", str(lake)]
    if args.replay:
        command = [sys.executable, "-m", "benchmarks.lake_memory", "--child", str(landing), str(lake)]
    elif args.flow:
        command = [str(ROOT / ".venv" / "bin" / "wiretime"), "run", *where]
    else:
        command = [sys.executable, "-m", "wiretime.driver", *where]
    command += ["--batch-size", str(args.batch_size)]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if done.returncode != 0:
        print(done.stdout[-4000:])
        return 1
    documents = pl.scan_parquet(lake / "documents" / "**" / "*.parquet").select(
        pl.len().alias("rows"), pl.col("doc_id").n_unique().alias("ids")).collect().row(0, named=True)
    files = sum(1 for _ in lake.rglob("*.parquet"))
    figures = {"articles": args.articles, "batch_size": args.batch_size,
               "runner": "replay" if args.replay else "flow" if args.flow else "driver",
               "peak_rss_mb": round(peak_mb),
               "seconds": round(seconds), "documents": documents["rows"],
               "distinct_ids": documents["ids"], "parquet_files": files, "under_limit": peak_mb < LIMIT_MB}
    print(json.dumps(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    ok = documents["rows"] == documents["ids"] == args.articles and peak_mb < LIMIT_MB
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
