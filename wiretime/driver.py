"""A Prefect-free run of the pipeline: the same stage functions, in the same order, as
flows/pipeline.py, in one plain process.

Why it exists: the crash and concurrency tests start the pipeline dozens of times as a
subprocess and kill it; Prefect's embedded server costs 8-20 s per process, this costs the
imports only. It is also what the memory benchmark measures. The flow's tasks call its
`waiting_batches`, `read_new` and `timed` too, so both runs pick and read batches alike.

    python -m wiretime.driver --input LANDING --lake LAKE [--batch-size N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from wiretime import annotate, ingest, lake
from wiretime.lake import faults
from wiretime.lake.state import State, now
from wiretime.model import Article, Mentions, Spans


def run(landing: Path, root: Path, batch_size: int = 500, limits: ingest.Limits | None = None,
        annotator: Callable[[list[Article]], tuple[Spans, Mentions]] | None = None) -> dict:
    """Ingest every new unit of `landing` into the lake at `root`; returns the run's counts.

    `annotator` replaces the split-and-tag stage pair (a benchmark may replace it). The run's
    record in the lake's state keeps the seconds each stage took, as the flow's does."""
    started, clock, seconds = now(), time.perf_counter(), {}
    limits = limits or ingest.limits_from_env()
    with timed(seconds, "discover"):
        _, batches = waiting_batches(landing, root, batch_size, limits)
    totals = {"units": 0, "documents": 0, "replaced": 0, "duplicates": 0, "quarantined": 0, "sentences": 0,
              "mentions": 0, "batches": 0}
    for batch in batches:
        with timed(seconds, "ingest"):
            fresh, quarantined, already = read_new(batch, landing, root, limits)
        faults.point("ingested")
        if annotator is None:
            with timed(seconds, "split-sentences"):
                spans = annotate.split(fresh)
            with timed(seconds, "tag-times"):
                mentions = annotate.tag(fresh, spans)
        else:
            with timed(seconds, "annotate"):
                spans, mentions = annotator(fresh)
        faults.point("annotated")
        with timed(seconds, "write-lake"):
            written = lake.commit_batch(root, fresh, spans, mentions, quarantined=quarantined,
                                        units=[u.key for u in batch])
        totals["units"] += len(batch)
        totals["batches"] += 1
        totals["duplicates"] += already + written["skipped"]
        for key in ("documents", "replaced", "quarantined", "sentences", "mentions"):
            totals[key] += written[key]
    with timed(seconds, "maintain-lake"):
        totals["maintenance"] = lake.maintain(root)
    seconds["total"] = time.perf_counter() - clock
    with State(root) as state:
        state.record_run(uuid.uuid4().hex, started,
                         {**totals, "seconds": {k: round(v, 3) for k, v in seconds.items()}})
    return totals


def waiting_batches(landing: Path, root: Path, batch_size: int,
                    limits: ingest.Limits) -> tuple[list[ingest.Unit], list[list[ingest.Unit]]]:
    """Every landing unit, and those no committed batch consumed yet in batches of about
    `batch_size` articles (the flow's discover task runs this too)."""
    units = ingest.discover(landing, limits, lines_per_unit=batch_size)
    waiting = lake.pending(root, [u.key for u in units])
    return units, ingest.batches([u for u in units if u.key in waiting], batch_size)


def read_new(units: list[ingest.Unit], landing: Path, root: Path,
             limits: ingest.Limits) -> tuple[list[Article], list[ingest.Quarantined], int]:
    """A batch's articles not in the lake yet, its quarantined inputs, and how many articles
    were set aside as already ingested (superseded in the batch or already in the lake)."""
    got = ingest.read_batch(units, landing, limits)
    fresh = lake.unseen(root, got.articles)
    return fresh, got.quarantined, got.superseded + len(got.articles) - len(fresh)


@contextmanager
def timed(seconds: dict[str, float], stage: str) -> Iterator[None]:
    """Add the seconds the block took to `seconds[stage]` (a stage may run once per batch)."""
    start = time.perf_counter()
    try:
        yield
    finally:
        seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wiretime.driver", description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, type=Path, help="landing folder")
    parser.add_argument("--lake", required=True, type=Path, help="lake folder")
    parser.add_argument("--batch-size", type=int, default=500, help="articles per batch")
    args = parser.parse_args(argv)
    if not args.input.is_dir():
        print(f"the landing folder {args.input} does not exist", file=sys.stderr)
        return 2
    print(json.dumps(run(args.input, args.lake, args.batch_size)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
