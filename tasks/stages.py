"""One Prefect task per pipeline stage, each on a whole batch (never per article or sentence).

Why the tasks look like this:
- A batch travels through the stages as one `Batch` object (file paths in, annotations
  added stage by stage); only the small `BatchCounts` of the write task comes back to the
  flow. On Dask a batch moves from worker to worker, not through the flow process.
- Nothing is persisted or cached by Prefect (`NO_CACHE`, `persist_result=False`): article
  text must never land in Prefect's result storage; the lake is the only copy.
- Tasks that touch the filesystem retry with exponential backoff, but only on transient
  OS-level errors (a busy or locked file, an I/O hiccup on a network disk). A deterministic
  failure (a bug, a schema mismatch, a missing file) fails at once. The pure stages (split,
  tag) never retry: the same input would fail the same way.
- Log lines carry counts, never article text.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from wiretime import ingest as ingest_stage
from wiretime import sentences, timeline, timex, zones
from wiretime.lake import aggregate as lake_aggregate
from wiretime.lake import writer
from wiretime.lake.state import State
from wiretime.model import Article, TimeMention
from wiretime.runsummary import BatchCounts, mention_counts

#: errors retrying cannot fix, although they are OSErrors
_PERMANENT_OS_ERRORS = (FileNotFoundError, NotADirectoryError, IsADirectoryError, PermissionError)


def transient(task, task_run, state) -> bool:
    """Retry only what may pass: OS-level I/O errors and a locked SQLite state store."""
    error = state.result(raise_on_failure=False)
    if isinstance(error, _PERMANENT_OS_ERRORS):
        return False
    return isinstance(error, OSError | sqlite3.OperationalError)


NO_RESULTS = {"cache_policy": NO_CACHE, "persist_result": False}
FILESYSTEM = {**NO_RESULTS, "retries": 3, "retry_delay_seconds": exponential_backoff(backoff_factor=1),
              "retry_jitter_factor": 0.5, "retry_condition_fn": transient}


@dataclass
class Batch:
    """One batch of landing files and what the stages made of it so far."""

    number: int
    paths: list[str]
    articles: list[Article] = field(default_factory=list)
    quarantined: list[ingest_stage.Quarantined] = field(default_factory=list)
    already_ingested: int = 0
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    mentions: dict[str, list[tuple[int, TimeMention]]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


@contextmanager
def timed(seconds: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - start


@task(name="discover", **FILESYSTEM)
def discover(landing: str, batch_size: int) -> list[list[str]]:
    """The landing folder's article files, in batches of `batch_size`."""
    paths = [str(p) for p in ingest_stage.discover(Path(landing))]
    get_run_logger().info("discovered %d files", len(paths))
    return [paths[i:i + batch_size] for i in range(0, len(paths), batch_size)]


@task(name="ingest", **FILESYSTEM)
def ingest(number: int, paths: list[str], landing: str, lake: str) -> Batch:
    """Read a batch of files; set aside what is already in the lake and what is bad."""
    batch = Batch(number, paths)
    with timed(batch.seconds, "ingest"):
        for path in paths:
            for item in ingest_stage.read(Path(path), Path(landing)):
                (batch.articles if isinstance(item, Article) else batch.quarantined).append(item)
        state = State(Path(lake))
        try:
            known = state.known(a.doc_id for a in batch.articles)
            if batch.quarantined:
                state.record_quarantine([(q.origin, q.reason, q.detail) for q in batch.quarantined])
        finally:
            state.close()
        fresh = [a for a in batch.articles if a.doc_id not in known]
        batch.already_ingested = len(batch.articles) - len(fresh)
        batch.articles = fresh
    get_run_logger().info("batch %d: %d files, %d new articles, %d already in the lake, %d quarantined",
                          number, len(paths), len(fresh), batch.already_ingested, len(batch.quarantined))
    return batch


@task(name="split-sentences", **NO_RESULTS)
def split(batch: Batch) -> Batch:
    """Sentence spans of every article of the batch."""
    with timed(batch.seconds, "split-sentences"):
        batch.spans = {a.doc_id: sentences.split(a.text, a.lang) for a in batch.articles}
    get_run_logger().info("batch %d: %d sentences", batch.number, sum(map(len, batch.spans.values())))
    return batch


@task(name="tag-times", **NO_RESULTS)
def tag(batch: Batch) -> Batch:
    """Time mentions of every article of the batch, with their zones resolved."""
    with timed(batch.seconds, "tag-times"):
        for a in batch.articles:
            home = zones.publication_zone(a.text, a.lang, tz=a.tz, place=a.place)
            found = timex.tag_sentences(a.text, batch.spans[a.doc_id], a.lang,
                                        zones.local_reference(a.published, home))
            zones.assign([m for _, m in found], a.text, lang=a.lang, source_tz=a.tz, place=a.place)
            batch.mentions[a.doc_id] = found
    get_run_logger().info("batch %d: %d time mentions", batch.number, sum(map(len, batch.mentions.values())))
    return batch


@task(name="write-lake", **FILESYSTEM)
def write(batch: Batch, lake: str) -> BatchCounts:
    """Commit the batch's rows to the Parquet lake, exactly once; returns its counts."""
    seconds = dict(batch.seconds)
    with timed(seconds, "write-lake"):
        summary = writer.commit_articles(Path(lake), batch.articles, batch.spans, batch.mentions)
        by_type, by_source, in_utc = mention_counts(Path(lake), summary["files"])
    counts = BatchCounts(
        number=batch.number, files_read=len(batch.paths),
        documents_read=len(batch.articles) + batch.already_ingested,
        documents_written=summary["documents"], duplicates=batch.already_ingested + summary["skipped"],
        quarantined=[(q.origin, q.reason, q.detail) for q in batch.quarantined],
        sentences=summary.get("sentences", 0), mentions_by_type=by_type,
        clock_times_by_provenance=by_source, clock_times_in_utc=in_utc, files=summary["files"],
        seconds=seconds)
    get_run_logger().info("batch %d: wrote %d documents (%d duplicates skipped) in %d files",
                          batch.number, counts.documents_written, counts.duplicates, len(counts.files))
    return counts


@task(name="aggregate", **FILESYSTEM)
def aggregate(lake: str) -> dict[str, int]:
    """Recompute the aggregate tables."""
    rows = lake_aggregate.refresh(Path(lake))
    get_run_logger().info("aggregates: %s", rows)
    return rows


@task(name="timeline-plot", **FILESYSTEM)
def plot_timeline(lake: str) -> str | None:
    """Redraw the lake's timeline PNG; its path, or None while nothing is dated."""
    path = timeline.write(Path(lake))
    get_run_logger().info("timeline plot: %s", path or "nothing dated yet")
    return str(path) if path else None
